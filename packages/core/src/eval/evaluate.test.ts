import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { compileDataset } from "../authoring/compile.js";
import { EvalInputError, evaluateDatasets, groupingScores } from "./evaluate.js";
import { formatEvalReport } from "./format.js";
import { matchExact, matchOverlap } from "./match.js";

const ARTICLE =
  "“We held the line,” Ivan Petrov said. He added that about 12,000 troops – more than before… 👋 had come. Anna Berg disagreed.";

const META = `id: t\narticle: article.txt\nlanguage: en\ntitle: null\npublisher: null\nurl: null\npublishedAt: null\nauthors: null\nretrievedAt: null\nrights: Test text.\n`;

function dataset(entities: string, quotes: string, claims: string, article = ARTICLE): Dataset {
  const result = compileDataset({
    files: {
      "dataset.yml": META,
      "entities.yml": entities,
      "quotes.yml": quotes,
      "claims.yml": claims,
      "notes.yml": "[]",
    },
    article,
    version: "1.0.0",
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.dataset;
}

const reference = dataset(
  `- { id: ivan-petrov, name: Ivan Petrov, type: person, mentions: ["Ivan Petrov", { text: He, kind: pronominal }] }
- { id: anna-berg, name: Anna Berg, type: person, mentions: ["Anna Berg"] }`,
  `- { id: q-held, kind: direct, spans: "We held the line,", speaker: ivan-petrov, cue: said }
- { id: q-troops, kind: indirect, spans: "about 12,000 troops – more than before… 👋 had come", speaker: ivan-petrov, cue: added }`,
  `- { id: n-troops, kind: count, span: "about 12,000", value: 12000, comparator: "~", bounds: { low: 11000, high: 13000 }, qualifier: about, unit: person, about: troops, assertedBy: { quote: q-troops } }`,
);

// The candidate: the same quote under another id, a shorter indirect span, Anna Berg merged into Petrov, bounds off by one step.
const candidate = dataset(
  `- { id: petrov, name: Petrov, type: person, mentions: ["Ivan Petrov", { text: He, kind: pronominal }, "Anna Berg"] }`,
  `- { id: q-a, kind: direct, spans: "We held the line,", speaker: petrov, cue: said }
- { id: q-b, kind: indirect, spans: "about 12,000 troops", speaker: petrov, cue: added }`,
  `- { id: n-a, kind: count, span: "about 12,000", value: 12000, comparator: "~", bounds: { low: 10000, high: 14000 }, qualifier: about, unit: person, about: troops, assertedBy: { quote: q-b } }`,
);

describe("evaluateDatasets", () => {
  const report = evaluateDatasets(candidate, reference);

  it("reports exact and overlap matching apart", () => {
    expect(report.detection.quotes.exact).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(report.detection.quotes.overlap).toMatchObject({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(report.detection.quoteGroups.indirect.exact.recall).toBe(0);
    expect(report.detection.quoteGroups.indirect.overlap.recall).toBe(1);
    expect(report.detection.mentions.exact).toMatchObject({ tp: 3, fp: 0, fn: 0 });
  });

  it("scores speakers through the entity alignment, and values, bounds and comparators apart", () => {
    expect(report.fields.quotes.speaker).toEqual({ correct: 2, total: 2, accuracy: 1 });
    expect(report.fields.claims.value.accuracy).toBe(1);
    expect(report.fields.claims.comparator.accuracy).toBe(1);
    expect(report.fields.claims.bounds.accuracy).toBe(0);
    expect(report.fields.claims.valueBoundsComparator.accuracy).toBe(0);
    expect(report.fields.claims.assertedBy.accuracy).toBe(1);
    expect(report.disagreements.map((d) => d.field)).toEqual(["value, comparator, bounds"]);
  });

  it("scores mention grouping pairwise and with B³", () => {
    // Reference groups {Ivan Petrov, He} {Anna Berg}; candidate {Ivan Petrov, He, Anna Berg}.
    expect(report.grouping.mentions).toBe(3);
    expect(report.grouping.pairwise).toMatchObject({ tp: 1, fp: 2, fn: 0, recall: 1 });
    expect(report.grouping.pairwise.precision).toBeCloseTo(1 / 3);
    expect(report.grouping.bcubed.recall).toBe(1);
    expect(report.grouping.bcubed.precision).toBeCloseTo((2 / 3 + 2 / 3 + 1 / 3) / 3);
    expect(report.detection.entities.overlap).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });

  it("agrees with itself perfectly", () => {
    const self = evaluateDatasets(reference, reference);
    for (const d of [self.detection.quotes, self.detection.claims, self.detection.mentions, self.detection.entities]) {
      expect(d.exact.f1).toBe(1);
    }
    expect(self.grouping.pairwise.f1).toBe(1);
    expect(self.missed).toEqual([]);
    expect(self.spurious).toEqual([]);
  });

  it("refuses datasets of different articles", () => {
    const other = dataset("[]", "[]", "[]", `${ARTICLE} Changed.`);
    expect(() => evaluateDatasets(other, reference)).toThrow(EvalInputError);
    expect(() => evaluateDatasets(other, reference)).toThrow(/different texts/);
  });

  it("formats a readable table", () => {
    const text = formatEvalReport(report);
    expect(text).toMatch(/^quotes\s+2\s+2\s+0\.500 0\.500 0\.500\s+1\.000 1\.000 1\.000$/m);
    expect(text).toContain("mention grouping over 3 shared mentions");
    expect(text).toContain("exact: a candidate record matches");
  });
});

describe("matching", () => {
  const item = (start: number, end: number, kind = "x") => ({ spans: [{ start, end }], kind });
  it("matches one to one, largest overlap first", () => {
    const m = matchOverlap([item(0, 10), item(8, 20)], [item(9, 20), item(0, 9)]);
    expect([...m]).toEqual([
      [1, 0],
      [0, 1],
    ]);
    expect(matchExact([item(0, 10), item(0, 10)], [item(0, 10)]).size).toBe(1);
    expect(matchOverlap([item(0, 5)], [item(5, 9)]).size).toBe(0);
  });
  it("scores an empty grouping as undefined, not perfect", () => {
    expect(groupingScores([]).pairwise.f1).toBeNull();
  });
});
