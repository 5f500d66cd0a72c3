// A small hand-made dataset for tests of the query and export modules. Its
// text starts with astral characters (a flag and an emoji) so UTF-16 offsets
// differ from code point offsets, and it nests annotations four deep: a
// number inside an entity mention inside a quote inside a note's passage.
import { type Dataset, type Mention, SCHEMA_VERSION, type Source, type Span } from "@claimset/schema";
import { contentHash } from "../text/canonical.js";
import { sha256 } from "../text/sha256.js";

export const FIXTURE_TEXT = [
  "🇰🇵🎉 Victory Day parade – Pyongyang",
  "Kim Jong Un told The Times: “The 2nd Army Corps lost about 24 men, and we won’t stop…”",
  "More than 771,000 Russian soldiers have been killed or wounded.",
  "People familiar with the matter said between 20 and 28 tanks rolled by.",
  "Critics called the parade a “show”.",
  "Kim said dozens of missiles were tested.",
  "The war ended in 1945.",
].join("\n");

/** The span of the `occurrence`-th (1-based) match of `needle` in the fixture text. */
export function spanOf(needle: string, occurrence = 1): Span {
  let start = -1;
  for (let i = 0; i < occurrence; i++) {
    start = FIXTURE_TEXT.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`fixture: match ${occurrence} of ${JSON.stringify(needle)} not found`);
  }
  return { start, end: start + needle.length, text: needle };
}

const mention = (needle: string, kind: Mention["kind"] = "named", occurrence = 1): Mention => ({
  ...spanOf(needle, occurrence),
  kind,
});

/** Records sorted by id, as datasets store them. */
const sorted = <T extends { id: string }>(records: T[]): T[] => records.sort((a, b) => (a.id < b.id ? -1 : 1));

/** Builds the fixture dataset, with optional overrides of the source metadata. Hashes are recomputed. */
export function buildFixture(source: Partial<Omit<Source, "text" | "sha256">> = {}): Dataset {
  const line2 = FIXTURE_TEXT.split("\n")[1]!;
  const dataset: Omit<Dataset, "contentHash"> = {
    schemaVersion: SCHEMA_VERSION,
    id: "fixture-parade",
    version: "1.2.0",
    source: {
      text: FIXTURE_TEXT,
      sha256: sha256(FIXTURE_TEXT),
      language: "en",
      title: null,
      publisher: null,
      url: null,
      publishedAt: "2025-05-09",
      authors: null,
      retrievedAt: null,
      rights: "Excerpt for testing.",
      ...source,
    },
    entities: sorted([
      {
        id: "kim-jong-un",
        name: "Kim Jong Un",
        type: "person",
        aliases: ["Kim"],
        wikidata: "Q56226",
        description: "Leader of North Korea",
        mentions: [mention("Kim Jong Un"), mention("we", "pronominal"), mention("Kim", "named", 2)],
      },
      {
        id: "the-times",
        name: "The Times",
        type: "media-outlet",
        aliases: ["Times"],
        wikidata: "Q50008",
        description: null,
        mentions: [mention("The Times")],
      },
      {
        id: "second-army-corps",
        name: "2nd Army Corps",
        type: "military-unit",
        aliases: [],
        wikidata: null,
        description: null,
        mentions: [mention("The 2nd Army Corps")],
      },
      {
        id: "russians",
        name: "Russians",
        type: "group",
        aliases: ["Russian"],
        wikidata: null,
        description: null,
        mentions: [mention("Russian")],
      },
      {
        id: "pyongyang",
        name: "Pyongyang",
        type: "location",
        aliases: [],
        wikidata: "Q18808",
        description: "Capital of North Korea",
        mentions: [mention("Pyongyang")],
      },
      {
        id: "victory-day",
        name: "Victory Day",
        type: "event",
        aliases: [],
        wikidata: null,
        description: null,
        mentions: [mention("Victory Day")],
      },
    ]),
    quotes: sorted([
      {
        id: "q-kim-losses",
        kind: "direct",
        spans: [spanOf("The 2nd Army Corps lost about 24 men, and we won’t stop…")],
        speaker: "kim-jong-un",
        noSpeakerReason: null,
        speakerText: spanOf("Kim Jong Un"),
        cue: spanOf("told"),
        addressee: "the-times",
        parent: null,
      },
      {
        id: "q-show",
        kind: "scare",
        spans: [spanOf("show")],
        speaker: null,
        noSpeakerReason: "scare quote: the writer keeps a distance from the word",
        speakerText: null,
        cue: spanOf("called"),
        addressee: null,
        parent: null,
      },
      {
        id: "q-kim-missiles",
        kind: "indirect",
        spans: [spanOf("dozens of missiles were tested")],
        speaker: "kim-jong-un",
        noSpeakerReason: null,
        speakerText: spanOf("Kim", 2),
        cue: spanOf("said", 2),
        addressee: null,
        parent: null,
      },
    ]),
    claims: sorted([
      {
        id: "n-corps-number",
        kind: "ordinal",
        span: spanOf("2nd"),
        value: 2,
        comparator: "=",
        bounds: { low: 2, high: 2, lowInclusive: true, highInclusive: true },
        qualifier: null,
        unit: { text: null, normalized: "army-corps" },
        about: { text: "which army corps", entities: ["second-army-corps"] },
        assertedBy: { type: "quote", id: "q-kim-losses" },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-corps-losses",
        kind: "count",
        span: spanOf("about 24"),
        value: 24,
        comparator: "~",
        bounds: { low: 20, high: 28, lowInclusive: true, highInclusive: true },
        qualifier: spanOf("about"),
        unit: { text: "men", normalized: "person" },
        about: { text: "men lost by the 2nd Army Corps", entities: ["second-army-corps"] },
        assertedBy: { type: "quote", id: "q-kim-losses" },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-russian-casualties",
        kind: "count",
        span: spanOf("More than 771,000"),
        value: 771000,
        comparator: ">",
        bounds: { low: 771000, high: null, lowInclusive: false, highInclusive: true },
        qualifier: spanOf("More than"),
        unit: { text: "soldiers", normalized: "person" },
        about: { text: "Russian soldiers killed | wounded", entities: ["russians"] },
        assertedBy: { type: "publisher" },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-tanks",
        kind: "count",
        span: spanOf("between 20 and 28"),
        value: null,
        comparator: "range",
        bounds: { low: 20, high: 28, lowInclusive: true, highInclusive: true },
        qualifier: spanOf("between"),
        unit: { text: "tanks", normalized: "tank" },
        about: { text: "tanks that rolled by\nin the parade", entities: [] },
        assertedBy: { type: "unnamed", span: spanOf("People familiar with the matter") },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-missiles",
        kind: "count",
        span: spanOf("dozens of"),
        value: null,
        comparator: "vague",
        bounds: { low: 24, high: null, lowInclusive: true, highInclusive: true },
        qualifier: spanOf("dozens of"),
        unit: { text: "missiles", normalized: "missile" },
        about: { text: "missiles tested", entities: [] },
        assertedBy: { type: "quote", id: "q-kim-missiles" },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-war-end",
        kind: "year",
        span: spanOf("1945"),
        value: 1945,
        comparator: "=",
        bounds: { low: 1945, high: 1945, lowInclusive: true, highInclusive: true },
        qualifier: null,
        unit: { text: null, normalized: "year" },
        about: { text: "the year the war ended", entities: [] },
        assertedBy: { type: "publisher" },
        iso: "1945",
        timeRef: null,
      },
    ]),
    notes: sorted([
      {
        id: "note-line-context",
        kind: "context",
        targets: ["q-kim-losses"],
        span: spanOf(line2),
        text: "The interview was given before the parade.",
      },
      {
        id: "note-we",
        kind: "inference",
        targets: ["kim-jong-un"],
        span: spanOf("we"),
        text: "“we” is read as Kim’s side | his army.",
      },
      {
        id: "note-show",
        kind: "ambiguity",
        targets: ["q-show"],
        span: null,
        text: "Which critics is unclear.",
      },
      {
        id: "note-article",
        kind: "context",
        targets: [],
        span: null,
        text: "A made-up article\nfor tests.",
      },
    ]),
    retired: [
      { id: "kim", kind: "moved", to: ["kim-jong-un"], since: "1.1.0", reason: "Renamed to the full name." },
      {
        id: "n-tank-count",
        kind: "split",
        to: ["n-missiles", "n-tanks"],
        since: "1.1.0",
        reason: "One record held two numbers.",
      },
      { id: "n-withdrawn", kind: "removed", to: [], since: "1.2.0", reason: "Not a number in the text." },
    ],
  };
  return { ...dataset, contentHash: contentHash(dataset) } as Dataset;
}
