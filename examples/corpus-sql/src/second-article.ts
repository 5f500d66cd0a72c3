// A second article, written here as an outside project would write its own
// dataset: a short made-up text with an emoji before every span (so code
// points and UTF-16 units differ), naming Vladimir Putin (Q7747) and Russia
// (Q159) as the seed article does, with a quote said to The Times (Q50008).
import { contentHash, type ReadonlyDataset, sha256, validateDataset } from "@claimset/core";

const TEXT =
  "🛰️ Briefing – “We will not stop,” Vladimir Putin told The Times on Monday. " +
  "Russia lost about 300 tanks last year, officials said. Putin said Russia had 2 new divisions.";

function span(needle: string, occurrence = 1) {
  let start = -1;
  for (let i = 0; i < occurrence; i++) start = TEXT.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

export function secondArticle(): ReadonlyDataset {
  const body = {
    schemaVersion: "1.1.0",
    id: "second-article",
    version: "1.0.0",
    source: {
      text: TEXT,
      sha256: sha256(TEXT),
      language: "en",
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      authors: null,
      retrievedAt: null,
      rights: "Written for this example.",
    },
    entities: [
      {
        id: "officials",
        name: "Officials",
        type: "group",
        aliases: [],
        wikidata: null,
        description: null,
        mentions: [{ ...span("officials"), kind: "nominal" }],
      },
      {
        id: "putin",
        name: "Vladimir Putin",
        type: "person",
        aliases: ["Putin"],
        wikidata: "Q7747",
        description: null,
        mentions: [
          { ...span("We"), kind: "pronominal" },
          { ...span("Vladimir Putin"), kind: "named" },
          { ...span("Putin", 2), kind: "named" },
        ],
      },
      {
        id: "russia",
        name: "Russia",
        type: "location",
        aliases: [],
        wikidata: "Q159",
        description: null,
        mentions: [
          { ...span("Russia"), kind: "named" },
          { ...span("Russia", 2), kind: "named" },
        ],
      },
      {
        id: "times",
        name: "The Times",
        type: "media-outlet",
        aliases: [],
        wikidata: "Q50008",
        description: null,
        mentions: [{ ...span("The Times"), kind: "named" }],
      },
    ],
    quotes: [
      {
        id: "q-divisions",
        kind: "indirect",
        spans: [span("Russia had 2 new divisions")],
        speaker: "putin",
        noSpeakerReason: null,
        speakerText: span("Putin", 2),
        cue: span("said", 2),
        addressee: null,
        parent: null,
      },
      {
        id: "q-not-stop",
        kind: "direct",
        spans: [span("We will not stop,")],
        speaker: "putin",
        noSpeakerReason: null,
        speakerText: span("Vladimir Putin"),
        cue: span("told"),
        addressee: "times",
        parent: null,
      },
    ],
    claims: [
      {
        id: "n-divisions",
        kind: "count",
        span: span("2"),
        value: 2,
        comparator: "=",
        bounds: { low: 2, high: 2, lowInclusive: true, highInclusive: true },
        qualifier: null,
        unit: { text: "divisions", normalized: "division" },
        about: { text: "new divisions Russia had", entities: ["russia"] },
        assertedBy: { type: "quote", id: "q-divisions" },
        iso: null,
        timeRef: null,
      },
      {
        id: "n-tanks",
        kind: "count",
        span: span("about 300"),
        value: 300,
        comparator: "~",
        bounds: { low: 250, high: 350, lowInclusive: true, highInclusive: true },
        qualifier: span("about"),
        unit: { text: "tanks", normalized: "tank" },
        about: { text: "tanks Russia lost last year", entities: ["russia"] },
        assertedBy: { type: "entity", id: "officials" },
        iso: null,
        timeRef: "last year",
      },
    ],
    notes: [],
    retired: [],
  };
  const dataset = { ...body, contentHash: contentHash(body as unknown as Record<string, unknown>) };
  const result = validateDataset(dataset);
  if (!result.ok) throw new Error(`the second article is invalid: ${JSON.stringify(result.issues, null, 2)}`);
  return result.dataset;
}
