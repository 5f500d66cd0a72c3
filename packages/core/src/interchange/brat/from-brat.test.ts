import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileDataset } from "../../authoring/compile.js";
import { writeAuthoredFiles } from "../../authoring/write/dataset.js";
import { fromBrat } from "./from-brat.js";
import { parseBratMapping } from "./mapping.js";
import { builtinMapping } from "./mappings.js";
import { carried, throughBrat } from "./round-trip.test-helper.js";

/** brat offsets (code points) of the `n`-th `exact` in `text`. */
function cp(text: string, exact: string, n = 1): string {
  let at = -1;
  for (let i = 0; i < n; i++) at = text.indexOf(exact, at + 1);
  if (at < 0) throw new Error(`no ${exact}`);
  const start = [...text.slice(0, at)].length;
  return `${start} ${start + [...exact].length}\t${exact}`;
}

const ATTRIBUTION_TEXT =
  "“We will build the bridge — all of it…” said Minister 𝔸da Okafor on Tuesday.\nOfficials said the budget had doubled.\n";

function attributionAnn(text: string) {
  return [
    `T1\tPerson ${cp(text, "𝔸da Okafor")}`,
    `T2\tSource ${cp(text, "Minister 𝔸da Okafor")}`,
    `T3\tCue ${cp(text, "said")}`,
    `T4\tContent ${cp(text, "“We will build the bridge — all of it…”")}`,
    "R1\tSource Arg1:T4 Arg2:T2",
    "R2\tCue Arg1:T4 Arg2:T3",
    "A1\tType T4 Direct",
    `T5\tSource ${cp(text, "Officials")}`,
    `T6\tAttribution ${cp(text, "said", 2)}`,
    `T7\tContent ${cp(text, "the budget had doubled")}`,
    "E1\tAttribution:T6 Content:T7 Source:T5",
    "",
  ].join("\n");
}

const attribution = (ann: string, txt = ATTRIBUTION_TEXT) =>
  fromBrat({ txt, ann, mapping: builtinMapping("attribution"), annFile: "doc.ann", id: "doc" });

describe("fromBrat with the attribution mapping", () => {
  it("turns Source, Cue and Content into quotes with speakers, past an astral character", () => {
    const result = attribution(attributionAnn(ATTRIBUTION_TEXT));
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { entities, quotes } = result.dataset;
    expect(entities).toMatchObject([{ id: "ada-okafor", name: "𝔸da Okafor", type: "person" }]);
    const direct = quotes.find((q) => q.kind === "direct")!;
    expect(direct.spans.map((s) => s.text)).toEqual(["We will build the bridge — all of it…"]);
    expect(direct).toMatchObject({ speaker: "ada-okafor", speakerText: { text: "Minister 𝔸da Okafor" } });
    expect(direct.cue).toMatchObject({ text: "said", start: ATTRIBUTION_TEXT.indexOf("said") });
    const indirect = quotes.find((q) => q.kind === "indirect")!;
    expect(indirect).toMatchObject({
      speaker: null,
      noSpeakerReason: "the annotated source names no entity",
      speakerText: { text: "Officials" },
      cue: { start: ATTRIBUTION_TEXT.lastIndexOf("said") },
    });
    expect(indirect.provenance).toEqual({ method: "imported", tool: "brat", confidence: null, reviewed: false });
    expect(result.files["quotes.yml"]).toContain("We will build the bridge — all of it…");
  });

  it("reports offsets counted in UTF-16 units, with the line and the fix", () => {
    // Offsets of "said" as UTF-16 indices: one too far after the astral 𝔸.
    const ann = `T1\tPerson ${ATTRIBUTION_TEXT.indexOf("𝔸da Okafor")} ${ATTRIBUTION_TEXT.indexOf("𝔸da Okafor") + 11}\t𝔸da Okafor\n`;
    const result = attribution(ann);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ rule: "brat-span-text", file: "doc.ann", line: 1 });
  });

  it("reports an unmapped type, a dangling relation and a discontinuous mention, each with its line", () => {
    const text = ATTRIBUTION_TEXT;
    const ann = [
      `T1\tPerson ${cp(text, "𝔸da Okafor")}`,
      `T2\tVehicle ${cp(text, "bridge")}`,
      "R1\tSource Arg1:T1 Arg2:T9",
      "",
    ].join("\n");
    const dangling = attribution(ann);
    expect(dangling.ok || dangling.issues.map((i) => [i.rule, i.line])).toEqual([["brat-dangling", 3]]);
    const unmapped = attribution(ann.replace("R1\tSource Arg1:T1 Arg2:T9\n", ""));
    expect(unmapped.ok || unmapped.issues.map((i) => [i.rule, i.line, i.hint?.includes("ignore")])).toEqual([
      ["brat-unmapped-type", 2, true],
    ]);
    const start = [...text.slice(0, text.indexOf("Minister"))].length;
    const split = attribution(`T1\tPerson ${start} ${start + 8};${start + 9} ${start + 19}\tMinister 𝔸da Okafor\n`);
    expect(split.ok || split.issues.map((i) => [i.rule, i.line])).toEqual([["brat-discontinuous", 1]]);
  });

  it("refuses a malformed line and a reused id", () => {
    const result = attribution("T1\tPerson 0 x\tWe\nT2\tPerson 1 3\tWe\nT2\tPerson 1 3\tWe\n");
    expect(result.ok || result.issues.map((i) => [i.rule, i.line])).toEqual([
      ["brat-syntax", 1],
      ["brat-syntax", 3],
    ]);
  });
});

const QUANTITY_TEXT = "The 😀 bridge has a length of 1,250 m at high tide – and about 40 % of it is steel.\n";

describe("fromBrat with the quantities mapping", () => {
  it("turns quantities into claims with unit, what they measure and their qualifiers", () => {
    const t = QUANTITY_TEXT;
    const ann = [
      `T1\tQuantity ${cp(t, "1,250 m")}`,
      `T2\tMeasuredProperty ${cp(t, "length")}`,
      `T3\tMeasuredEntity ${cp(t, "bridge")}`,
      `T4\tQualifier ${cp(t, "at high tide")}`,
      `T5\tQuantity ${cp(t, "about 40 %")}`,
      `T6\tQualifier ${cp(t, "about")}`,
      "R1\tHasQuantity Arg1:T2 Arg2:T1",
      "R2\tHasProperty Arg1:T3 Arg2:T2",
      "R3\tQualifies Arg1:T4 Arg2:T1",
      "R4\tQualifies Arg1:T6 Arg2:T5",
      "",
    ].join("\n");
    const result = fromBrat({ txt: t, ann, mapping: builtinMapping("quantities"), annFile: "q.ann", id: "q" });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const [length, share] = [...result.dataset.claims].sort((a, b) => a.span.start - b.span.start);
    expect(length).toMatchObject({
      value: 1250,
      comparator: "=",
      unit: { text: "m", normalized: "m" },
      about: { text: "length of bridge" },
      qualifier: null,
    });
    // "about 40 %": the hedge makes it approximate, and its reach is not invented (both bounds open, to review).
    expect(share).toMatchObject({
      value: 40,
      comparator: "~",
      bounds: { low: null, high: null },
      unit: { text: "%", normalized: "percent" },
      qualifier: { text: "about" },
    });
    expect(result.dataset.notes).toMatchObject([
      { kind: "context", targets: [length!.id], span: { text: "at high tide" } },
    ]);
  });
});

describe("mapping files", () => {
  it("checks a mapping and points at the line of a wrong value", () => {
    const result = parseBratMapping("entities:\n  Person: human\n", "m.yml");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]).toMatchObject({ rule: "mapping", file: "m.yml", line: 2 });
  });

  it("reads the YAML of a mapping the way the shipped one is written", () => {
    const result = parseBratMapping(
      "entities: { Person: person }\nquotes:\n  Content: { kind: indirect, speaker: Source, cue: Cue }\n",
      "m.yml",
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const imported = fromBrat({
      txt: ATTRIBUTION_TEXT,
      ann: attributionAnn(ATTRIBUTION_TEXT).split("\nA1")[0]!.concat("\n"),
      mapping: result.mapping,
      annFile: "doc.ann",
      id: "doc",
    });
    expect(imported.ok).toBe(true);
  });
});

// Words with the characters offsets trip over: curly quotes, dashes, ellipses, astral letters and emoji.
const WORDS = ["Ada", "𝔸lpha", "“quoted”", "—", "said", "wait…", "😀", "O’Neil", "–", "bridge", "𝔹eta", "ok"];

describe("claimset → brat → claimset, property", () => {
  it("gives back every generated dataset", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 30 }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        (words, picks) => {
          const text = `${words.join(" ")}\n`;
          let at = 0;
          const spans = words.map((w) => {
            const start = text.indexOf(w, at);
            at = start + w.length;
            return { start, end: at, text: w };
          });
          const named = spans.filter((s) => /^[\p{L}]/u.test(s.text));
          if (named.length === 0) return;
          const chosen = [...new Set(picks.map((p) => named[p % named.length]!))].sort((a, b) => a.start - b.start);
          const byText = new Map<string, typeof chosen>();
          for (const s of chosen) byText.set(s.text, [...(byText.get(s.text) ?? []), s]);
          const draft = {
            id: "gen",
            source: {
              text,
              language: "en",
              title: null,
              publisher: null,
              url: null,
              publishedAt: null,
              authors: null,
              retrievedAt: null,
              rights: "Test text.",
            },
            entities: [...byText].map(([name, mentions], i) => ({
              id: `e${i}`,
              name,
              type: "other",
              aliases: [],
              wikidata: null,
              description: null,
              mentions: mentions.map((m) => ({ ...m, kind: "named" })),
            })),
            quotes: [
              {
                id: "q-gen",
                kind: "scare",
                spans: [chosen[0]!],
                speaker: null,
                noSpeakerReason: "a scare quote",
                speakerText: null,
                cue: null,
                addressee: null,
                parent: null,
                provenance: { method: "drafted", tool: "test", confidence: 0.5, reviewed: false },
              },
            ],
            claims: [],
            notes: [
              { id: "note-gen", kind: "context", targets: ["q-gen"], span: null, text: "A note … with “quotes”." },
            ],
            retired: [],
          } as unknown as Dataset;
          const written = writeAuthoredFiles(draft);
          if (!written.ok) throw new Error(JSON.stringify(written.issues));
          const compiled = compileDataset({ files: written.files, article: text, version: "0.1.0" });
          if (!compiled.ok) throw new Error(JSON.stringify(compiled.issues));
          expect(carried(throughBrat(compiled.dataset))).toEqual(carried(compiled.dataset));
        },
      ),
      { numRuns: 60, seed: 17 },
    );
  });
});

describe("the mapping files in docs/mappings", () => {
  it.each(["attribution", "quantities"] as const)("%s.yml is the shipped mapping", (name) => {
    const path = join(import.meta.dirname, "../../../../../docs/mappings", `${name}.yml`);
    const parsed = parseBratMapping(readFileSync(path, "utf8"), `${name}.yml`);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    expect(parsed.mapping).toEqual(builtinMapping(name));
  });
});
