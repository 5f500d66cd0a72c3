import { describe, expect, it } from "vitest";
import { at, dataset, entity, issuesOf, quote, rehash } from "../tests/fixture.js";
import { quoteSpeaker } from "./quote-speaker.js";

const TEXT = "Ana 🦊 said “we sail” and “at dawn” and “with the tide” and “home”… “Nobody” agreed.";

const base = () =>
  dataset(TEXT, {
    entities: [entity("ana", [at(TEXT, "Ana")])],
    quotes: [
      quote("q-a", [at(TEXT, "we sail")], "ana"),
      quote("q-b", [at(TEXT, "at dawn")], "ana"),
      quote("q-c", [at(TEXT, "with the tide")], "ana"),
      quote("q-d", [at(TEXT, "home")], "ana"),
      quote("q-nobody", [at(TEXT, "Nobody")], null, { kind: "scare" }),
    ],
  });

const loop = (i: number, recordId: string, through: string) => ({
  rule: "quote-speaker",
  path: ["quotes", i, "parent"],
  recordId,
  message: "quote parent chain loops back to itself",
  expected: "a chain that ends",
  found: `loop through ${JSON.stringify(through)}`,
});

describe("quote-speaker", () => {
  it("accepts a speaker alone, a reason alone, and a parent chain that ends", () => {
    const d = base();
    d.quotes[1]!.parent = "q-a";
    d.quotes[2]!.parent = "q-b";
    d.quotes[3]!.parent = "q-c";
    expect(issuesOf(quoteSpeaker, d)).toEqual([]);
  });

  it("reports a quote with neither a speaker nor a reason", () => {
    const d = base();
    d.quotes[4]!.noSpeakerReason = null;
    expect(issuesOf(quoteSpeaker, d)).toEqual([
      {
        rule: "quote-speaker",
        path: ["quotes", 4, "noSpeakerReason"],
        recordId: "q-nobody",
        message: "a quote without a speaker must say why",
        expected: "a speaker id or a noSpeakerReason",
        found: "neither",
      },
    ]);
  });

  it("reports a quote with both a speaker and a reason", () => {
    const d = base();
    d.quotes[0]!.noSpeakerReason = "“unclear”";
    expect(issuesOf(quoteSpeaker, d)).toEqual([
      {
        rule: "quote-speaker",
        path: ["quotes", 0, "noSpeakerReason"],
        recordId: "q-a",
        message: "a quote with a speaker cannot also give a reason for having none",
        expected: "null",
        found: '"“unclear”"',
      },
    ]);
  });

  it("reports a quote that is its own parent", () => {
    const d = base();
    d.quotes[2]!.parent = "q-c";
    expect(issuesOf(quoteSpeaker, d)).toEqual([loop(2, "q-c", "q-c")]);
  });

  it("reports every quote on a parent loop", () => {
    const d = base();
    d.quotes[0]!.parent = "q-b";
    d.quotes[1]!.parent = "q-c";
    d.quotes[2]!.parent = "q-a";
    expect(issuesOf(quoteSpeaker, d)).toEqual([loop(0, "q-a", "q-a"), loop(1, "q-b", "q-b"), loop(2, "q-c", "q-c")]);
  });

  it("reports a loop of two quotes at each of them, through itself", () => {
    const d = base();
    d.quotes = d.quotes.slice(0, 2);
    d.quotes[0]!.parent = "q-b";
    d.quotes[1]!.parent = "q-a";
    expect(issuesOf(quoteSpeaker, rehash(d))).toEqual([loop(0, "q-a", "q-a"), loop(1, "q-b", "q-b")]);
  });

  it("reports a quote whose chain runs into a loop it is not part of, and ends", () => {
    const d = base();
    d.quotes[0]!.parent = "q-b";
    d.quotes[1]!.parent = "q-c";
    d.quotes[2]!.parent = "q-b";
    const issues = issuesOf(quoteSpeaker, d);
    expect(issues.map((i) => i.recordId)).toEqual(["q-a", "q-b", "q-c"]);
    expect(issues[0]).toMatchObject({
      path: ["quotes", 0, "parent"],
      message: "quote parent chain loops back to itself",
    });
  });
});
