import { type Document, isNode, LineCounter, parseDocument } from "yaml";

/** A parsed authoring file that can say which line any value came from. */
export interface ParsedFile {
  file: string;
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing ancestor. */
  lineAt(path: readonly (string | number)[]): number;
}

/** A problem in an authored file, located by file and line. */
export interface AuthoringIssue {
  file: string;
  line: number | null;
  recordId: string | null;
  rule: string;
  message: string;
}

/** Limits that keep hostile input from exhausting memory. */
export interface YamlLimits {
  /** Largest number of alias expansions a file may use (guards against "billion laughs"). */
  maxAliasCount: number;
}

export const DEFAULT_YAML_LIMITS: YamlLimits = { maxAliasCount: 100 };

/**
 * Parses YAML (or JSON, which is YAML) with the plain core schema: no custom
 * tags that construct objects, unique keys, bounded alias expansion.
 */
export function parseYamlFile(
  file: string,
  source: string,
  limits: YamlLimits = DEFAULT_YAML_LIMITS,
): { ok: true; parsed: ParsedFile } | { ok: false; issues: AuthoringIssue[] } {
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
      issues: [
        { file, line: null, recordId: null, rule: "yaml", message: `cannot parse: ${(error as Error).message}` },
      ],
    };
  }
  // Warnings (an unresolved tag, for one) are errors here: authored data is either clean or refused.
  const problems = [...doc.errors, ...doc.warnings];
  if (problems.length) {
    return {
      ok: false,
      issues: problems.map((e) => ({
        file,
        line: e.linePos?.[0]?.line ?? lineCounter.linePos(e.pos[0]).line,
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
      issues: [{ file, line: null, recordId: null, rule: "yaml", message: (error as Error).message }],
    };
  }
  const lineAt = (path: readonly (string | number)[]): number => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { ok: true, parsed: { file, data, lineAt } };
}
