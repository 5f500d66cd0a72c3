import { type CST, type Document, isNode, LineCounter, Parser, parseDocument } from "yaml";
import type { Issue } from "../errors/issue.js";

/** A parsed authoring file that can say where any value came from. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** The source text of the file. */
  source: string;
  /** 1-based line of the value at `path`, or of its nearest existing ancestor. */
  lineAt(path: readonly (string | number)[]): number;
  /** 1-based line and column of the value at `path` (or its nearest existing ancestor). */
  positionAt(path: readonly (string | number)[]): { line: number; column: number };
  /**
   * 1-based line and column of the key of the field at `path` (`speaker:` rather
   * than its value), falling back to `positionAt`.
   */
  keyPositionAt(path: readonly (string | number)[]): { line: number; column: number };
}

/**
 * A problem in an authored file: an `Issue` with its `file`, and `line` and
 * `column` where the file has them.
 * @deprecated Use `Issue`: every check reports the same shape.
 */
export type AuthoringIssue = Issue;

/** Limits that keep hostile input from exhausting memory. */
export interface YamlLimits {
  /** Largest number of alias expansions a file may use (guards against "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of collections a file may use. An authored file needs 5. */
  maxDepth: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100, maxDepth: 64 };

/**
 * The first place where collections in YAML text nest deeper than `limit`,
 * or null. It walks the concrete syntax tree, which the yaml package builds
 * without recursion, with a stack of its own: the document builder recurses
 * once per level, and deep enough input exhausts the call stack or memory.
 */
export function yamlDepthExceeds(source: string, limit: number): { offset: number } | null {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of new Parser().parse(source)) stack.push({ token, depth: 0 });
  while (stack.length) {
    const { token, depth } = stack.pop()!;
    if (token.type === "document") {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === "block-map" || token.type === "block-seq" || token.type === "flow-collection") {
      if (depth + 1 > limit) return { offset: token.offset };
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return null;
}

/**
 * Parses YAML (or JSON, which is YAML) with the plain core schema: no custom
 * tags that construct objects, unique keys, bounded alias expansion.
 */
export function parseYamlFile(
  file: string,
  source: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
): { ok: true; parsed: ParsedFile } | { ok: false; issues: AuthoringIssue[] } {
  const tooDeep = yamlDepthExceeds(source, limits.maxDepth);
  if (tooDeep) {
    const before = source.slice(0, tooDeep.offset);
    const line = before.split("\n").length;
    const col = tooDeep.offset - before.lastIndexOf("\n");
    return {
      ok: false,
      issues: [
        {
          file,
          path: [],
          line,
          column: col,
          recordId: null,
          rule: "max-depth",
          message: `YAML nests deeper than ${limits.maxDepth} levels`,
          expected: `at most ${limits.maxDepth} levels of lists and maps`,
          hint: "raise the limit with --max-depth if the nesting is meant",
        },
      ],
    };
  }
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // logLevel "error": yaml would print its warnings (a collection used as a key) on stderr itself;
    // what the data gets wrong is reported as an issue instead.
    doc = parseDocument(source, {
      lineCounter,
      schema: "core",
      uniqueKeys: true,
      prettyErrors: false,
      strict: true,
      logLevel: "error",
    });
  } catch (error) {
    return {
      ok: false,
      issues: [{ file, path: [], recordId: null, rule: "yaml", message: `cannot parse: ${(error as Error).message}` }],
    };
  }
  // Warnings (an unresolved tag, for one) are errors here: authored data is either clean or refused.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    return {
      ok: false,
      issues: problems.map((e) => ({
        file,
        path: [],
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
        column: e.linePos?.[0]?.col ?? lineCounter.linePos(e.pos[0]).col,
        recordId: null,
        rule: "yaml",
        message:
          e.code === "TAG_RESOLVE_FAILED" ? `unsupported YAML tag: ${e.message}` : (e.message.split("\n")[0] ?? e.code),
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          file,
          path: [],
          recordId: null,
          rule: "yaml",
          message: (error as Error).message,
          hint: "raise the limit with --max-aliases, or write the values out instead of aliasing them",
        },
      ],
    };
  }
  const positionAt = (path: readonly (string | number)[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return { line: 1, column: 1 };
  };
  const keyPositionAt = (path: readonly (string | number)[]) => {
    const key = path[path.length - 1];
    if (typeof key === "string") {
      const parent = doc.getIn(path.slice(0, -1), true) as { items?: { key?: unknown }[] } | undefined;
      const pair = parent?.items?.find((item) => isNode(item.key) && (item.key as { value?: unknown }).value === key);
      const node = pair?.key;
      if (isNode(node) && node.range) {
        const { line, col } = lineCounter.linePos(node.range[0]);
        return { line, column: col };
      }
    }
    return positionAt(path);
  };
  return {
    ok: true,
    parsed: { file, data, source, lineAt: (path) => positionAt(path).line, positionAt, keyPositionAt },
  };
}
