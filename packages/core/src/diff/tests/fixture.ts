// Hand-made minimal datasets for the diff tests: small enough to read, valid
// enough to pass validateDataset (a test checks that), with curly quotes, an
// en dash, an ellipsis and an astral character so offsets are UTF-16 indices.
import type { Dataset, Span } from "@claimset/schema";
import { SCHEMA_VERSION } from "@claimset/schema";
import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";

export const TEXT = [
  "🇷🇺 Vladimir Putin said on Wednesday: “We will win.”",
  "Putin called the war “a special operation” – again… He did not say more.",
  "More than 771,000 Russian soldiers 🪖 were killed or wounded, Kyiv claims; Putin disputes it.",
].join("\n");

/** The span of the `occurrence`-th (1-based) match of `needle` in `text`. */
export function spanOf(needle: string, occurrence = 1, text = TEXT): Span {
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`fixture: occurrence ${occurrence} of ${JSON.stringify(needle)} not in the text`);
  }
  return { start, end: start + needle.length, text: needle };
}

/** Recomputes the hashes after a change, so edited fixtures stay valid. */
export function seal(dataset: Dataset): Dataset {
  dataset.source.sha256 = sha256(dataset.source.text);
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}

export function baseDataset(): Dataset {
  return seal({
    schemaVersion: SCHEMA_VERSION,
    id: "putin-war-claims",
    version: "1.0.0",
    contentHash: "",
    source: {
      text: TEXT,
      sha256: "",
      language: "en",
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      authors: null,
      retrievedAt: null,
      rights: "Test fixture written for claimset.",
    },
    entities: [
      {
        id: "kyiv",
        name: "Kyiv",
        type: "location",
        aliases: [],
        wikidata: null,
        description: "Capital of Ukraine, standing for the Ukrainian government",
        mentions: [{ ...spanOf("Kyiv"), kind: "named" }],
      },
      {
        id: "vladimir-putin",
        name: "Vladimir Putin",
        type: "person",
        aliases: ["Putin"],
        wikidata: "Q7747",
        description: "President of Russia",
        mentions: [
          { ...spanOf("Vladimir Putin"), kind: "named" },
          { ...spanOf("Putin", 2), kind: "named" },
          { ...spanOf("He"), kind: "pronominal" },
        ],
      },
    ],
    quotes: [
      {
        id: "q-putin-will-win",
        kind: "direct",
        spans: [spanOf("We will win.")],
        speaker: "vladimir-putin",
        noSpeakerReason: null,
        speakerText: spanOf("Vladimir Putin"),
        cue: spanOf("said"),
        addressee: null,
        parent: null,
      },
    ],
    claims: [
      {
        id: "n-russian-casualties",
        kind: "count",
        span: spanOf("More than 771,000"),
        value: 771000,
        comparator: ">",
        bounds: { low: 771000, high: null, lowInclusive: false, highInclusive: true },
        qualifier: spanOf("More than"),
        unit: { text: "soldiers", normalized: "person" },
        about: { text: "Russian soldiers killed or wounded", entities: [] },
        assertedBy: { type: "entity", id: "kyiv" },
        iso: null,
        timeRef: null,
      },
    ],
    notes: [
      {
        id: "note-special-operation",
        kind: "context",
        targets: ["vladimir-putin"],
        span: spanOf("a special operation"),
        text: "The Kremlin's term for the invasion of Ukraine.",
      },
    ],
    retired: [],
  });
}

/** A copy of `dataset` changed by `change`, with its hashes recomputed. */
export function edit(dataset: Dataset, change: (draft: Dataset) => void): Dataset {
  const draft = structuredClone(dataset);
  change(draft);
  return seal(draft);
}

/** The first record of `table` with `id`; throws (naming both) when there is none. */
export function find<T extends { id: string }>(records: T[], id: string): T {
  const record = records.find((r) => r.id === id);
  if (!record) throw new Error(`fixture: no record ${id}`);
  return record;
}
