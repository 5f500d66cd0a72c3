/**
 * A dataset written back as the authoring files it compiles from: every span
 * turned into the shortest anchor that selects exactly it, every field in the
 * authored order. The importers build datasets in memory and write them with
 * this, so their output compiles to the dataset they built.
 */
import type {
  Dataset,
  EditorialNote,
  Entity,
  Mention,
  NumericClaim,
  Provenance,
  RetiredId,
  Span,
} from "@claimset/schema";
import type { AnchorObject } from "@claimset/schema/authoring";
import type { Issue } from "../../errors/issue.js";
import { AnchorIndex, paragraphScope, type Range } from "./anchors.js";
import { blockList, blockMap, plain, type YamlValue } from "./yaml.js";

/** The authored table files, by name. */
export type AuthoredTableFile = "entities.yml" | "quotes.yml" | "claims.yml" | "notes.yml" | "retired.yml";

export interface WriteAuthoredOptions {
  /** The article file name written in dataset.yml. Default `article.txt`. */
  article?: string;
  /** A comment written at the top of each table file (without the `#`), e.g. where the records came from. */
  comment?: string;
}

export type WriteAuthoredResult = { ok: true; files: Record<string, string> } | { ok: false; issues: Issue[] };

/** The YAML of each record of a table, by id, for tools that replace single records (see mergeLabelStudio). */
export interface AuthoredRecords {
  entities: Map<string, Record<string, YamlValue | undefined>>;
  quotes: Map<string, Record<string, YamlValue | undefined>>;
  claims: Map<string, Record<string, YamlValue | undefined>>;
  notes: Map<string, Record<string, YamlValue | undefined>>;
}

const id = (value: string) => plain(value);

function provenanceYaml(p: Provenance | undefined): YamlValue | undefined {
  if (!p) return undefined;
  return { method: plain(p.method), tool: p.tool, confidence: p.confidence, reviewed: p.reviewed };
}

/**
 * The authored form of every record of `dataset`, or the spans no anchor can
 * select (a span that starts or ends inside a word: anchors match whole words).
 */
export function authoredRecords(dataset: Dataset): { records: AuthoredRecords; issues: Issue[] } {
  const text = dataset.source.text;
  const index = new AnchorIndex(text);
  const issues: Issue[] = [];
  const fail = (recordId: string, path: (string | number)[], span: Span) => {
    issues.push({
      rule: "not-anchorable",
      message: `${path.join(".")}: ${JSON.stringify(span.text)} at ${span.start}..${span.end} starts or ends inside a word, so no anchor selects it`,
      path,
      recordId,
      expected: "a span that starts and ends at word boundaries",
      found: JSON.stringify(text.slice(Math.max(0, span.start - 10), span.end + 10)),
      hint: "widen the span to whole words (anchors match whole words only)",
    });
  };
  const anchor = (recordId: string, path: (string | number)[], span: Span, scope?: Range) => {
    const made = index.anchor(span, scope);
    if (made === null) fail(recordId, path, span);
    return made ?? "";
  };
  /**
   * A span the compiler searches in the paragraph first and in the whole text
   * only when the paragraph has no match (cues, speakers, unnamed sources).
   */
  const scoped = (recordId: string, path: (string | number)[], span: Span, scope: Range) => {
    const inScope = span.start >= scope.start && span.end <= scope.end;
    if (inScope) return anchor(recordId, path, span, scope);
    if (index.within(span.text, scope).length === 0) return anchor(recordId, path, span);
    issues.push({
      rule: "not-anchorable",
      message: `${path.join(".")}: ${JSON.stringify(span.text)} lies outside the record's paragraph, which has the same words itself`,
      path,
      recordId,
      hint: "point the field at the words inside the paragraph",
    });
    return "";
  };

  const entities = new Map<string, Record<string, YamlValue | undefined>>();
  for (const e of dataset.entities)
    entities.set(
      e.id,
      entityYaml(e, (m, j) => anchor(e.id, ["mentions", j], m)),
    );

  const quotes = new Map<string, Record<string, YamlValue | undefined>>();
  for (const q of dataset.quotes) {
    const first = q.spans[0]!;
    const last = q.spans[q.spans.length - 1]!;
    const scope = paragraphScope(text, first.start, last.end);
    const spans = q.spans.map((s, j) => anchor(q.id, ["spans", j], s));
    quotes.set(q.id, {
      id: id(q.id),
      kind: plain(q.kind),
      spans: spans.length === 1 ? spans[0]! : spans,
      speaker: q.speaker === null ? undefined : id(q.speaker),
      noSpeakerReason: q.noSpeakerReason ?? undefined,
      speakerText: q.speakerText ? scoped(q.id, ["speakerText"], q.speakerText, scope) : undefined,
      cue: q.cue ? scoped(q.id, ["cue"], q.cue, scope) : undefined,
      addressee: q.addressee === null ? undefined : id(q.addressee),
      parent: q.parent === null ? undefined : id(q.parent),
      provenance: provenanceYaml(q.provenance),
    });
  }

  const claims = new Map<string, Record<string, YamlValue | undefined>>();
  for (const c of dataset.claims) {
    const scope = paragraphScope(text, c.span.start, c.span.end);
    claims.set(
      c.id,
      claimYaml(c, anchor(c.id, ["span"], c.span), {
        qualifier: c.qualifier ? anchor(c.id, ["qualifier"], c.qualifier, c.span) : undefined,
        unnamed:
          c.assertedBy.type === "unnamed" ? scoped(c.id, ["assertedBy", "span"], c.assertedBy.span, scope) : undefined,
      }),
    );
  }

  const notes = new Map<string, Record<string, YamlValue | undefined>>();
  for (const n of dataset.notes) notes.set(n.id, noteYaml(n, n.span ? anchor(n.id, ["span"], n.span) : undefined));
  return { records: { entities, quotes, claims, notes }, issues };
}

function entityYaml(
  e: Entity,
  anchor: (m: Mention, j: number) => string | AnchorObject,
): Record<string, YamlValue | undefined> {
  return {
    id: id(e.id),
    name: e.name,
    type: plain(e.type),
    aliases: e.aliases.length ? [...e.aliases] : undefined,
    wikidata: e.wikidata ?? undefined,
    description: e.description ?? undefined,
    mentions: e.mentions.map((m, j) => {
      const a = anchor(m, j);
      if (m.kind === "named") return a;
      return { ...(typeof a === "string" ? { text: a } : a), kind: plain(m.kind) };
    }),
    provenance: provenanceYaml(e.provenance),
  };
}

function claimYaml(
  c: NumericClaim,
  span: string | AnchorObject,
  anchors: { qualifier: YamlValue | undefined; unnamed: YamlValue | undefined },
): Record<string, YamlValue | undefined> {
  let assertedBy: YamlValue = "publisher";
  if (c.assertedBy.type === "entity") assertedBy = { entity: id(c.assertedBy.id) };
  else if (c.assertedBy.type === "quote") assertedBy = { quote: id(c.assertedBy.id) };
  else if (c.assertedBy.type === "unnamed") assertedBy = { unnamed: anchors.unnamed ?? "" };
  return {
    id: id(c.id),
    kind: plain(c.kind),
    span,
    value: c.value,
    comparator: c.comparator,
    bounds: {
      low: c.bounds.low,
      high: c.bounds.high,
      lowInclusive: c.bounds.lowInclusive,
      highInclusive: c.bounds.highInclusive,
    },
    qualifier: anchors.qualifier,
    unit: { text: c.unit.text, normalized: c.unit.normalized },
    about: c.about.entities.length
      ? { text: c.about.text, entities: c.about.entities.map(id) }
      : { text: c.about.text },
    assertedBy,
    iso: c.iso ?? undefined,
    timeRef: c.timeRef ?? undefined,
    provenance: provenanceYaml(c.provenance),
  };
}

function noteYaml(n: EditorialNote, span: YamlValue | undefined): Record<string, YamlValue | undefined> {
  return {
    id: id(n.id),
    kind: plain(n.kind),
    targets: n.targets.length ? n.targets.map(id) : undefined,
    span,
    text: n.text,
    provenance: provenanceYaml(n.provenance),
  };
}

function retiredYaml(r: RetiredId): Record<string, YamlValue | undefined> {
  return { id: id(r.id), kind: plain(r.kind), to: r.to.map(id), since: r.since, reason: r.reason };
}

/** dataset.yml for `dataset`: its id, the article file and the article's metadata. */
export function datasetMetaYaml(dataset: Dataset, article = "article.txt"): string {
  const s = dataset.source;
  return blockMap({
    id: id(dataset.id),
    article,
    language: s.language,
    title: s.title,
    publisher: s.publisher,
    url: s.url,
    publishedAt: s.publishedAt,
    authors: s.authors,
    retrievedAt: s.retrievedAt,
    rights: s.rights,
    machineDrafted: dataset.machineDrafted ? true : undefined,
  });
}

/**
 * Every authored file of `dataset` — dataset.yml, entities.yml, quotes.yml,
 * claims.yml, notes.yml and retired.yml when it has tombstones — such that
 * compiling them with the article gives `dataset` back. Records are written
 * in the dataset's (id) order.
 */
export function writeAuthoredFiles(dataset: Dataset, options: WriteAuthoredOptions = {}): WriteAuthoredResult {
  const { records, issues } = authoredRecords(dataset);
  if (issues.length) return { ok: false, issues };
  const head = options.comment
    ? `${options.comment
        .split("\n")
        .map((l) => `# ${l}`.trimEnd())
        .join("\n")}\n`
    : "";
  const list = (map: Map<string, Record<string, YamlValue | undefined>>) => `${head}${blockList([...map.values()])}`;
  const files: Record<string, string> = {
    "dataset.yml": datasetMetaYaml(dataset, options.article),
    "entities.yml": list(records.entities),
    "quotes.yml": list(records.quotes),
    "claims.yml": list(records.claims),
    "notes.yml": list(records.notes),
  };
  if (dataset.retired.length) files["retired.yml"] = blockList(dataset.retired.map(retiredYaml));
  return { ok: true, files };
}
