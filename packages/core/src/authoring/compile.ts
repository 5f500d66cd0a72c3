import {
  type AssertedBy,
  type Bounds,
  type Dataset,
  type EditorialNote,
  type Entity,
  type Mention,
  type NumericClaim,
  type Quote,
  type RetiredId,
  SCHEMA_VERSION,
  type Span,
} from "@claimset/schema";
import {
  type Anchor as AnchorInput,
  type AnchorObject,
  AUTHORED_FILES,
  type AuthoredClaim,
  type AuthoredDatasetMeta,
  type AuthoredEntity,
  type AuthoredNote,
  type AuthoredQuote,
  type MentionAnchor,
} from "@claimset/schema/authoring";
import { RECORD_FIELDS, RECORD_TABLES, TABLE_DESCRIPTIONS, TABLES } from "@claimset/schema/tables";
import type * as z from "zod";
import { anchorFor, formatAnchor } from "../lint/anchor-hint.js";
import { type AnchorResult, lineColumnOf, resolveAnchor } from "../text/anchor.js";
import { contentHash } from "../text/canonical.js";
import { contextOf, nearMatches } from "../text/near.js";
import { sha256 } from "../text/sha256.js";
import { validateDataset } from "../validate/validate.js";
import { issuesFromZod } from "../validate/zod-issues.js";
import { boundsOfComparator } from "./bounds.js";
import {
  type AuthoringIssue,
  DEFAULT_YAML_LIMITS,
  type ParsedFile,
  parseYamlFile,
  type YamlLimits,
} from "./parse-yaml.js";

/** The authored files of one dataset, as text, keyed by file name (`entities.yml`, ...). */
export interface AuthoredFiles {
  /** `dataset.yml` and the table files; `retired.yml` may be missing. */
  files: Record<string, string>;
  /** The article text the anchors are resolved against. */
  article: string;
  /** The dataset version to stamp (the package's version). */
  version: string;
}

export type CompileResult =
  | {
      ok: true;
      dataset: Dataset;
      /** Each authored file as parsed (its data checked by its authoring schema), for tools that point into it. */
      files: ReadonlyMap<string, ParsedFile>;
    }
  | { ok: false; issues: AuthoringIssue[] };

const TABLE_FILES = TABLES.map((table) => TABLE_DESCRIPTIONS[table].file);
const OPTIONAL = new Set<string>(
  TABLES.filter((t) => TABLE_DESCRIPTIONS[t].optionalFile).map((t) => TABLE_DESCRIPTIONS[t].file),
);

/** The fields every record carries (see `recordFields` in @claimset/schema), copied as authored when present. */
function recordFieldsOf(authored: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of RECORD_FIELDS) {
    const value = (authored as Record<string, unknown>)[name];
    if (value !== undefined) out[name] = value;
  }
  return out;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byStart = (a: Span, b: Span) => a.start - b.start || a.end - b.end;

function asQuery(anchor: AnchorInput): AnchorObject {
  return typeof anchor === "string" ? { text: anchor } : anchor;
}

/** The lines (paragraphs) that contain `from..to`. */
function paragraphOf(text: string, from: number, to: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", from - 1) + 1;
  const nl = text.indexOf("\n", Math.max(to - 1, from));
  return { start, end: nl === -1 ? text.length : nl };
}

/**
 * Turns authored files into a canonical dataset: validates each file against
 * its authoring schema, resolves every anchor, fills defaults, sorts records,
 * stamps hashes, and checks the result against every integrity rule. Returns
 * every problem found, each located by file and line.
 */
export function compileDataset(input: AuthoredFiles, limits: YamlLimits = DEFAULT_YAML_LIMITS): CompileResult {
  const issues: AuthoringIssue[] = [];
  const parsed = new Map<string, ParsedFile>();
  const text = input.article;

  for (const name of ["dataset.yml", ...TABLE_FILES] as const) {
    const source = input.files[name];
    if (source === undefined) {
      if (!OPTIONAL.has(name))
        issues.push({
          file: name,
          path: [],
          recordId: null,
          rule: "missing-file",
          message: `${name} is missing`,
          hint: `create it (an empty list, \`[]\`, for a table with no records yet)`,
        });
      continue;
    }
    const result = parseYamlFile(name, source, limits);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const file = result.parsed;
    // An empty table file parses as null: treat it as an empty list.
    const data = file.data === null && name !== "dataset.yml" ? [] : file.data;
    const schema = AUTHORED_FILES[name] as z.ZodType;
    const check = schema.safeParse(data, { reportInput: true });
    if (!check.success) {
      const recordIdAt = (path: readonly PropertyKey[]) => {
        const record =
          typeof path[0] === "number" && Array.isArray(data) ? (data[path[0]] as { id?: unknown }) : undefined;
        return typeof record?.id === "string" ? record.id : null;
      };
      for (const issue of issuesFromZod(check.error, recordIdAt)) {
        issues.push({
          ...issue,
          file: name,
          ...file.keyPositionAt(issue.path),
          message: `${issue.path.length ? `${issue.path.join(".")}: ` : ""}${issue.message}`,
        });
      }
      continue;
    }
    parsed.set(name, { ...file, data: check.data });
  }
  if (issues.length) return { ok: false, issues };

  const get = <T>(name: string): T => parsed.get(name)?.data as T;
  /** The place of a field in an authored file: its path, and the line and column of its key. */
  const placeOf = (file: string, path: (string | number)[]) => {
    const found = parsed.get(file);
    return found ? { file, path, ...found.keyPositionAt(path) } : { file, path };
  };

  const resolve = (
    file: string,
    recordId: string,
    path: (string | number)[],
    anchor: AnchorInput,
    scope?: { start: number; end: number },
    fallbackToWholeText = false,
  ): Span[] | null => {
    const query = asQuery(anchor);
    let result = resolveAnchor(text, query, scope);
    if (!result.ok && result.reason === "not-found" && scope && fallbackToWholeText)
      result = resolveAnchor(text, query);
    if (result.ok) return result.spans;
    const hint = anchorHint(text, query, result, scope, fallbackToWholeText, path[1] === "mentions");
    issues.push({
      ...placeOf(file, path),
      recordId,
      rule: `anchor-${result.reason}`,
      message: `${path.slice(1).join(".")}: ${result.message}${scope && !fallbackToWholeText ? " inside the record's span" : ""}`,
      ...(hint ? { hint } : {}),
    });
    return null;
  };
  const one = (...args: Parameters<typeof resolve>): Span | null => {
    const spans = resolve(...args);
    if (spans === null) return null;
    if (spans.length !== 1) {
      const [file, recordId, path] = args;
      issues.push({
        ...placeOf(file, path),
        recordId,
        rule: "anchor-many",
        message: `${path.slice(1).join(".")}: this field takes one span, but the anchor selects ${spans.length}`,
      });
      return null;
    }
    return spans[0] as Span;
  };

  const meta = get<AuthoredDatasetMeta>("dataset.yml");

  // Ids are unique across the tables, and a retired id is never reused: said here, where both copies have a line.
  const firstAt = new Map<string, { file: string; line?: number }>();
  for (const file of TABLE_FILES) {
    (parsed.get(file)?.data as { id: string }[] | undefined)?.forEach((record, index) => {
      const place = placeOf(file, [index, "id"]);
      const first = firstAt.get(record.id);
      if (first === undefined) {
        firstAt.set(record.id, place);
        return;
      }
      const there = `${first.file}${first.line === undefined ? "" : `:${first.line}`}`;
      const tombstone = file === "retired.yml";
      issues.push({
        ...place,
        recordId: record.id,
        rule: "unique-ids",
        message: tombstone
          ? `the retired id ${JSON.stringify(record.id)} is still in use`
          : `duplicate id ${JSON.stringify(record.id)}`,
        expected: tombstone ? "a retired id that no record uses" : "an id used once across all tables",
        found: tombstone ? `it in use at ${there}` : `the same id at ${there}`,
        hint: tombstone
          ? `give the record at ${there} a new id: a retired id is never reused`
          : `rename one of them; ids are unique across entities, quotes, claims and notes`,
      });
    });
  }

  const entities: Entity[] = get<AuthoredEntity[]>("entities.yml").map((e, i) => {
    const mentions: Mention[] = [];
    e.mentions.forEach((m: MentionAnchor, j) => {
      const kind = typeof m === "string" ? "named" : (m.kind ?? "named");
      const anchor =
        typeof m === "string" ? m : { text: m.text, prefix: m.prefix, suffix: m.suffix, occurrence: m.occurrence };
      for (const span of resolve("entities.yml", e.id, [i, "mentions", j], anchor as AnchorInput) ?? []) {
        mentions.push({ ...span, kind });
      }
    });
    mentions.sort(byStart);
    return {
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      wikidata: e.wikidata ?? null,
      description: e.description ?? null,
      mentions,
      ...recordFieldsOf(e),
    };
  });

  const quotes: Quote[] = get<AuthoredQuote[]>("quotes.yml").map((q, i) => {
    const anchors = Array.isArray(q.spans) ? q.spans : [q.spans];
    const before = issues.length;
    const spans = anchors.flatMap(
      (a, j) => resolve("quotes.yml", q.id, [i, "spans", ...(Array.isArray(q.spans) ? [j] : [])], a) ?? [],
    );
    spans.sort(byStart);
    const first = spans[0];
    const last = spans[spans.length - 1];
    const scope = first && last ? paragraphOf(text, first.start, last.end) : undefined;
    // The speaker text and cue are looked for beside the quote: with its spans unresolved there is nowhere to
    // look, and searching the whole article would only add errors that go away with the first fix.
    const spansFailed = issues.length > before;
    return {
      id: q.id,
      kind: q.kind,
      spans,
      speaker: q.speaker ?? null,
      noSpeakerReason: q.noSpeakerReason ?? null,
      speakerText:
        q.speakerText === undefined || spansFailed
          ? null
          : one("quotes.yml", q.id, [i, "speakerText"], q.speakerText, scope, true),
      cue: q.cue === undefined || spansFailed ? null : one("quotes.yml", q.id, [i, "cue"], q.cue, scope, true),
      addressee: q.addressee ?? null,
      parent: q.parent ?? null,
      ...recordFieldsOf(q),
    };
  });

  const claims: NumericClaim[] = get<AuthoredClaim[]>("claims.yml").map((c, i) => {
    const resolved = one("claims.yml", c.id, [i, "span"], c.span);
    const span = resolved ?? { start: 0, end: 0, text: "" };
    const scope = paragraphOf(text, span.start, span.end);
    // As for quotes: the qualifier and an unnamed source are looked for in and beside the claim's span.
    const qualifier =
      c.qualifier === undefined || resolved === null
        ? null
        : one("claims.yml", c.id, [i, "qualifier"], c.qualifier, { start: span.start, end: span.end });
    let assertedBy: AssertedBy;
    if (c.assertedBy === "publisher") assertedBy = { type: "publisher" };
    else if ("entity" in c.assertedBy) assertedBy = { type: "entity", id: c.assertedBy.entity };
    else if ("quote" in c.assertedBy) assertedBy = { type: "quote", id: c.assertedBy.quote };
    else {
      const source =
        resolved === null
          ? null
          : one("claims.yml", c.id, [i, "assertedBy", "unnamed"], c.assertedBy.unnamed, scope, true);
      assertedBy = { type: "unnamed", span: source ?? { start: 0, end: 0, text: "" } };
    }
    const bounds = boundsOf(c);
    if (bounds === null) {
      issues.push({
        ...placeOf("claims.yml", [i, "comparator"]),
        recordId: c.id,
        rule: "bounds-required",
        message: `a "${c.comparator}" claim needs explicit bounds (low/high, null for an open side)`,
      });
    }
    return {
      id: c.id,
      kind: c.kind,
      span,
      value: c.value,
      comparator: c.comparator,
      bounds: bounds ?? { low: null, high: null, lowInclusive: true, highInclusive: true },
      qualifier,
      unit: typeof c.unit === "string" ? { text: null, normalized: c.unit } : c.unit,
      about:
        typeof c.about === "string"
          ? { text: c.about, entities: [] }
          : { text: c.about.text, entities: c.about.entities ?? [] },
      assertedBy,
      iso: c.iso ?? null,
      timeRef: c.timeRef ?? null,
      ...recordFieldsOf(c),
    };
  });

  const notes: EditorialNote[] = get<AuthoredNote[]>("notes.yml").map((n, i) => ({
    id: n.id,
    kind: n.kind,
    targets: n.targets ?? [],
    span: n.span === undefined ? null : one("notes.yml", n.id, [i, "span"], n.span),
    text: n.text,
    ...recordFieldsOf(n),
  }));

  const retired: RetiredId[] = get<RetiredId[] | undefined>("retired.yml") ?? [];
  if (issues.length) return { ok: false, issues };

  const content = {
    schemaVersion: SCHEMA_VERSION,
    id: meta.id,
    version: input.version,
    contentHash: "",
    // Written only when true: absent means false, and keeps the dataset in the oldest format it fits.
    ...(meta.machineDrafted ? { machineDrafted: true } : {}),
    source: {
      text,
      sha256: sha256(text),
      language: meta.language,
      title: meta.title,
      publisher: meta.publisher,
      url: meta.url,
      publishedAt: meta.publishedAt,
      authors: meta.authors,
      retrievedAt: meta.retrievedAt,
      rights: meta.rights,
    },
    entities: entities.sort(byId),
    quotes: quotes.sort(byId),
    claims: claims.sort(byId),
    notes: notes.sort(byId),
    retired: [...retired].sort(byId),
  } satisfies Dataset;
  content.schemaVersion = formatVersionOf(content);
  content.contentHash = contentHash(content);

  const result = validateDataset(content);
  if (result.ok) return { ok: true, dataset: result.dataset, files: parsed };
  // Point each integrity problem back at the authored field it came from: the
  // record by its id, then the field by its path inside the record (a list item
  // that the compiler sorted or expanded falls back to the list's own line).
  const where = new Map<string, { file: string; index: number }>();
  for (const file of TABLE_FILES) {
    const data = parsed.get(file)?.data as { id: string }[] | undefined;
    data?.forEach((record, index) => {
      if (!where.has(record.id)) where.set(record.id, { file, index });
    });
  }
  return {
    ok: false,
    issues: result.issues.map((issue): AuthoringIssue => {
      const at = issue.recordId ? where.get(issue.recordId) : undefined;
      const { path: _datasetPath, ...rest } = issue;
      if (!at) return { ...rest, file: "dataset.yml", path: [] };
      const inRecord = issue.path.slice(2);
      // Span lists are sorted (and anchors expanded) by the compiler: their item indices are not the authored ones.
      const table = TABLES.find((t) => TABLE_DESCRIPTIONS[t].file === at.file);
      const sorted = table && TABLE_DESCRIPTIONS[table].spans.some((f) => f.list && f.path[0] === inRecord[0]);
      const path = [at.index, ...(sorted ? inRecord.slice(0, 1) : inRecord)];
      return { ...rest, ...placeOf(at.file, path) };
    }),
  };
}

/**
 * The oldest format version that holds everything `dataset` uses (see
 * FORMAT_VERSIONS): 1.1.0 once a record has provenance or the dataset is
 * declared machine-drafted, 1.0.0 otherwise.
 */
export function formatVersionOf(dataset: Dataset): string {
  const drafted =
    dataset.machineDrafted === true ||
    RECORD_TABLES.some((table) =>
      (dataset[table] as readonly { provenance?: unknown }[]).some((r) => r.provenance !== undefined),
    );
  return drafted ? "1.1.0" : "1.0.0";
}

const MAX_LISTED = 5;
const ARTICLE = "article.txt";
const orList = (items: readonly string[]) =>
  items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items.at(-1)}`;

/**
 * What to write instead of an anchor that did not resolve. Not found: the
 * stretches of the article it most likely meant (the same words with the
 * article's own quotes, apostrophes, dashes and spacing, or its case, or a
 * word spelled within two edits), each with its place in article.txt.
 * Ambiguous or out of range: each match with its place, a few words around
 * it and the shortest anchor that picks it alone, and, for a mention list,
 * `occurrence: all`.
 */
function anchorHint(
  text: string,
  query: AnchorObject,
  result: Extract<AnchorResult, { ok: false }>,
  scope: { start: number; end: number } | undefined,
  fallback: boolean,
  isList: boolean,
): string | undefined {
  if (result.reason === "not-found") {
    if (query.text.length === 0) return "write the exact words of the article, copied from article.txt";
    const near = nearMatches(text, query.text);
    if (near.length) {
      const places = near.map((m) => `${JSON.stringify(m.text)} at ${ARTICLE}:${m.line}:${m.column}`);
      const why =
        near[0]!.differs === "typography"
          ? " Copy it as the article writes it (its quotes, apostrophes, dashes and spaces)."
          : near[0]!.differs === "case"
            ? " Copy it with the article's capitals."
            : "";
      return `did you mean ${orList(places)}?${why}`;
    }
    const bare = resolveAnchor(text, { text: query.text });
    const elsewhere = bare.ok ? bare.spans.map((s) => s.start) : bare.matches;
    if (elsewhere.length && (query.prefix !== undefined || query.suffix !== undefined))
      return `the text alone occurs at ${elsewhere
        .slice(0, MAX_LISTED)
        .map((m) => `${ARTICLE}:${lineColumnOf(text, m)}`)
        .join(", ")}: check the prefix and suffix against the article`;
    if (elsewhere.length && scope && !fallback)
      return `it occurs at ${elsewhere
        .slice(0, MAX_LISTED)
        .map((m) => `${ARTICLE}:${lineColumnOf(text, m)}`)
        .join(", ")}, outside the record's span; anchor words inside the span`;
    return undefined;
  }
  const shown = result.matches.slice(0, MAX_LISTED).map((start) => {
    const end = start + query.text.length;
    const unique = anchorFor(text, { start, end, text: query.text }, scope, fallback);
    return `${ARTICLE}:${lineColumnOf(text, start)} ${contextOf(text, start, end)}${unique ? ` → ${formatAnchor(unique)}` : ""}`;
  });
  const more = result.matches.length > MAX_LISTED ? ` (and ${result.matches.length - MAX_LISTED} more)` : "";
  const all = isList ? "; or add `occurrence: all` to take every one" : "";
  return `to pick one, write its anchor: ${shown.join("; ")}${more}${all}`;
}

function boundsOf(c: AuthoredClaim): Bounds | null {
  if (c.bounds) {
    return {
      low: c.bounds.low,
      high: c.bounds.high,
      lowInclusive: c.bounds.lowInclusive ?? true,
      highInclusive: c.bounds.highInclusive ?? true,
    };
  }
  return boundsOfComparator(c.comparator, c.value);
}
