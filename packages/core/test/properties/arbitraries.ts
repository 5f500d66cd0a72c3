// Generators shared by the property tests: article texts made of the
// characters that break naive offset code, and valid datasets over them.
import { type Dataset, SCHEMA_VERSION } from "@claimset/schema";
import fc from "fast-check";
import { contentHash } from "../../src/text/canonical.js";
import { sha256 } from "../../src/text/sha256.js";

/**
 * Pieces an article is built from: words, curly quotes and dashes, an
 * ellipsis, astral characters (emoji, a math letter, a flag), combining
 * marks, every line ending (CRLF, lone CR, LF, U+2028) and a zero-width joiner.
 */
export const PIECES = [
  "Kim",
  "Kim ",
  "Russia",
  "Russian",
  "a",
  "said",
  " ",
  " ",
  ", ",
  ".",
  "1",
  "771,000",
  "“",
  "”",
  "’",
  "–",
  "—",
  "…",
  "😀",
  "👍🏽",
  "𝔸",
  "🇰🇵",
  "e\u0301",
  "\u0301",
  "ñ",
  "\n",
  "\r\n",
  "\r",
  "\u2028",
  "\u200d",
  "\t",
  '"',
  "'",
] as const;

/** A text of 0..maxPieces pieces, sometimes behind a byte order mark. */
export function arbText(maxPieces = 40): fc.Arbitrary<string> {
  return fc
    .tuple(fc.boolean(), fc.array(fc.constantFrom(...PIECES), { maxLength: maxPieces }))
    .map(([bom, pieces]) => (bom ? "\uFEFF" : "") + pieces.join(""));
}

/** Strings for names, descriptions and notes: the characters CSV and JSON must escape, and the astral ones. */
export function arbField(minLength = 0): fc.Arbitrary<string> {
  return fc
    .array(
      fc.constantFrom("a", "Z", " ", ",", '"', "\r", "\n", "\r\n", "“", "–", "😀", "e\u0301", "null", "\\", "\t", "="),
      { minLength, maxLength: 8 },
    )
    .map((parts) => parts.join(""));
}

/** A small seeded PRNG (mulberry32): the same seed gives the same stream everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UTF-16 offsets that are code point boundaries of `text` (0 and text.length included). */
export function boundaries(text: string): number[] {
  const out = [0];
  let i = 0;
  for (const ch of text) {
    i += ch.length;
    out.push(i);
  }
  return out;
}

interface Range {
  start: number;
  end: number;
}

/**
 * Builds a dataset that passes every rule from a text, a seed and a pool of
 * field strings: disjoint non-empty spans on code point boundaries shared out
 * among entities, quotes, claims and notes, references only to records that
 * exist, bounds that hold their value, and correct hashes.
 */
export function buildDataset(text: string, seed: number, fields: readonly string[]): Dataset {
  const rng = mulberry32(seed);
  const int = (n: number) => Math.floor(rng() * n);
  const field = (fallback: string) => {
    const s = fields.length ? (fields[int(fields.length)] as string) : fallback;
    return s === "" ? fallback : s;
  };
  // Disjoint ranges: pick distinct boundaries in order and pair them up.
  const cuts = boundaries(text).filter(() => rng() < 0.5);
  const ranges: Range[] = [];
  for (let i = 0; i + 1 < cuts.length; i += 2) ranges.push({ start: cuts[i] as number, end: cuts[i + 1] as number });
  // Shuffle so each table gets spans from all over the text.
  for (let i = ranges.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [ranges[i], ranges[j]] = [ranges[j] as Range, ranges[i] as Range];
  }
  const span = (r: Range) => ({ start: r.start, end: r.end, text: text.slice(r.start, r.end) });
  const take = () => ranges.pop();

  const entities: Dataset["entities"] = [];
  const entityCount = Math.min(1 + int(4), ranges.length);
  for (let e = 0; e < entityCount; e++) {
    const mine = [take() as Range];
    while (ranges.length > 4 && rng() < 0.4) mine.push(take() as Range);
    mine.sort((x, y) => x.start - y.start);
    entities.push({
      id: `entity-${e}`,
      name: field(`Entity ${e}`),
      type: (["person", "location", "organization", "group"] as const)[int(4)] ?? "person",
      aliases: rng() < 0.5 ? [field("alias")] : [],
      wikidata: rng() < 0.3 ? `Q${1 + int(99999)}` : null,
      description: rng() < 0.5 ? field("described") : null,
      mentions: mine.map((r) => ({
        ...span(r),
        kind: (["named", "nominal", "pronominal"] as const)[int(3)] ?? "named",
      })),
    });
  }
  const entityId = () => (entities.length ? (entities[int(entities.length)]?.id ?? null) : null);

  const quotes: Dataset["quotes"] = [];
  for (let q = 0; ranges.length > 0 && rng() < 0.6; q++) {
    const spans = [take() as Range];
    if (ranges.length && rng() < 0.3) spans.push(take() as Range);
    spans.sort((x, y) => x.start - y.start);
    const speaker = rng() < 0.7 ? entityId() : null;
    quotes.push({
      id: `q-quote-${q}`,
      kind: (["direct", "indirect", "mixed", "scare"] as const)[int(4)] ?? "direct",
      spans: spans.map(span),
      speaker,
      noSpeakerReason: speaker === null ? field("unnamed") : null,
      speakerText: null,
      cue: null,
      addressee: rng() < 0.2 ? entityId() : null,
      parent: q > 0 && rng() < 0.3 ? `q-quote-${q - 1}` : null,
    });
  }

  const claims: Dataset["claims"] = [];
  for (let c = 0; ranges.length > 0 && rng() < 0.6; c++) {
    const r = take() as Range;
    const exact = rng() < 0.6;
    const value = exact ? (rng() - 0.5) * 10 ** int(12) : null;
    claims.push({
      id: `n-claim-${c}`,
      kind: (["count", "year", "percent", "other"] as const)[int(4)] ?? "count",
      span: span(r),
      value,
      comparator: exact ? "=" : "vague",
      bounds: exact
        ? { low: value, high: value, lowInclusive: true, highInclusive: true }
        : { low: rng() < 0.5 ? null : 0, high: null, lowInclusive: true, highInclusive: rng() < 0.5 },
      qualifier: null,
      unit: { text: rng() < 0.5 ? null : field("units"), normalized: "person" },
      about: { text: field("things"), entities: entities.length && rng() < 0.5 ? [entityId() as string] : [] },
      assertedBy:
        quotes.length && rng() < 0.3
          ? { type: "quote", id: quotes[0]?.id as string }
          : entities.length && rng() < 0.3
            ? { type: "entity", id: entityId() as string }
            : { type: "publisher" },
      iso: rng() < 0.3 ? "1945" : null,
      timeRef: rng() < 0.3 ? field("then") : null,
    });
  }

  const notes: Dataset["notes"] = [];
  for (let n = 0; rng() < 0.5; n++) {
    const r = ranges.length && rng() < 0.6 ? take() : undefined;
    notes.push({
      id: `note-note-${n}`,
      kind: (["context", "inference", "fact-check"] as const)[int(3)] ?? "context",
      targets: entities.length && rng() < 0.6 ? [entityId() as string] : [],
      span: r ? span(r) : null,
      text: field("A note."),
    });
  }

  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: "generated",
    version: "1.0.0",
    contentHash: "",
    source: {
      text,
      sha256: sha256(text),
      language: "en",
      title: rng() < 0.5 ? null : field("Title"),
      publisher: null,
      url: null,
      publishedAt: null,
      authors: rng() < 0.5 ? null : [field("Author")],
      retrievedAt: null,
      rights: field("rights"),
    },
    entities,
    quotes,
    claims,
    notes,
    retired: rng() < 0.3 ? [{ id: "old-id", kind: "removed", to: [], since: "1.0.0", reason: field("gone") }] : [],
  };
  if (rng() < 0.3) dataset.machineDrafted = rng() < 0.5;
  // Some records were drafted by a machine: their shape differs from their neighbours'.
  for (const table of [dataset.entities, dataset.quotes, dataset.claims, dataset.notes] as {
    provenance?: unknown;
  }[][]) {
    for (const record of table) {
      if (rng() < 0.25)
        record.provenance = {
          method: rng() < 0.8 ? "drafted" : "imported",
          tool: field("tool"),
          confidence: rng() < 0.9 ? Math.round(rng() * 100) / 100 : null,
          reviewed: rng() < 0.5,
        };
    }
  }
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}

/** A valid dataset over a generated text: at least one code point, so an entity has a mention. */
export function arbDataset(): fc.Arbitrary<Dataset> {
  return fc
    .record({
      text: arbText(60).filter((t) => t.length > 0),
      seed: fc.integer(),
      fields: fc.array(arbField(), { maxLength: 6 }),
    })
    .map(({ text, seed, fields }) => buildDataset(text, seed, fields));
}
