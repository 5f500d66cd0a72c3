import { describe, expect, it } from "vitest";
import { authored, issuesOf } from "../fixture.test-helper.js";
import { lintDataset } from "../lint.js";
import { continuationSpeakerText } from "./continuation-speaker-text.js";
import { statedConventions } from "./stated-conventions.js";

// Written for the test: curly quotes, an astral character, a quote split over paragraphs.
const article = [
  "“We leave at dawn 🚀,” the captain said.",
  "“Nobody stays behind.”",
  "The crew cheered.",
  "“Not even the cook.”",
  "“Yes,” the mate said. “And no.”",
  "I was a sailor – we will sail ‘far’",
].join("\n");

const entities = `- id: captain
  name: The captain
  type: person
  mentions:
    - { text: the captain, kind: nominal }
- id: mate
  name: The mate
  type: person
  mentions:
    - { text: the mate, kind: nominal }
- id: sailor
  name: The sailor
  type: person
  mentions:
    - { text: I, suffix: " was a sailor", kind: pronominal }
`;

const quote = (id: string, spans: string, speaker: string, speakerText?: string) =>
  `- id: ${id}
  kind: direct
  spans: ${spans}
  speaker: ${speaker}
${speakerText ? `  speakerText: ${speakerText}\n` : ""}`;

const dawn = quote("q-dawn", '"We leave at dawn 🚀,"', "captain", "the captain");
const lint = (quotes: string) =>
  issuesOf(continuationSpeakerText, authored(article, { "entities.yml": entities, "quotes.yml": quotes }));

describe("continuation-speaker-text", () => {
  it("flags a quote in the paragraph after an attributed quote of its speaker, and says where the attribution is", () => {
    const [issue, ...rest] = lint(dawn + quote("q-nobody", "Nobody stays behind.", "captain"));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      rule: "continuation-speaker-text",
      recordId: "q-nobody",
      path: ["quotes", 1, "speakerText"],
      file: "quotes.yml",
      line: 6,
      found: "no speakerText",
    });
    expect(issue?.expected).toContain("article line 1");
  });

  it("accepts the continuation once its speakerText points at the attribution, written as the hint says", () => {
    const [issue] = lint(dawn + quote("q-nobody", "Nobody stays behind.", "captain"));
    const anchor = /^add speakerText: (.+)$/.exec(issue?.hint ?? "")?.[1];
    expect(anchor).toBe("the captain");
    expect(lint(dawn + quote("q-nobody", "Nobody stays behind.", "captain", anchor))).toEqual([]);
  });

  it("does not reach back past a paragraph without the speaker's quotes", () => {
    expect(lint(dawn + quote("q-cook", "Not even the cook.", "captain"))).toEqual([]);
  });

  it("flags a quote in the same paragraph as the attributed one", () => {
    const yes = quote("q-yes", "Yes,", "mate", "the mate");
    expect(lint(yes + quote("q-and-no", "And no.", "mate")).map((i) => i.recordId)).toEqual(["q-and-no"]);
    expect(lint(yes + quote("q-and-no", "And no.", "mate", "the mate"))).toEqual([]);
  });

  it("ignores an attributed quote of another speaker", () => {
    expect(lint(dawn + quote("q-nobody", "Nobody stays behind.", "mate"))).toEqual([]);
  });

  it("does not count a quote whose own words hold the attribution as a continuation", () => {
    const far = quote("q-far", "{ text: far, prefix: ‘ }", "sailor", '{ text: I, suffix: " was a sailor" }');
    expect(lint(far + quote("q-sailor", "I was a sailor", "sailor"))).toEqual([]);
  });

  it("counts a quote attributed in an earlier paragraph as following it, so a stated convention is backed", () => {
    const header = "# convention: continuation-speaker-text — continuations point at the attribution\n";
    const noFollower = (quotes: string) =>
      lintDataset(authored(article, { "entities.yml": entities, "quotes.yml": header + quotes }), {
        rules: [continuationSpeakerText, statedConventions],
      }).issues.some((i) => i.rule === "stated-conventions");
    expect(noFollower(dawn)).toBe(true);
    expect(noFollower(dawn + quote("q-nobody", "Nobody stays behind.", "captain", "the captain"))).toBe(false);
  });
});
