import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline.js";

const attributed = (text: string) =>
  analyze(text).quotes.map((q) => ({
    kind: q.kind,
    text: q.spans.map((s) => text.slice(s.start, s.end)).join(" | "),
    cue: q.cue ? text.slice(q.cue.start, q.cue.end) : null,
    speaker: q.speakerText ? text.slice(q.speakerText.start, q.speakerText.end) : null,
    addressee: q.addresseeText ? text.slice(q.addresseeText.start, q.addresseeText.end) : null,
  }));

describe("attribution", () => {
  it("reads the frames after a quote: X said, said X, X, 35, told The Times", () => {
    const out = attributed(
      "“We will win,” Ivan Petrov said. “It is over,” said Maria Lopez. “No more,” Tom Reed, 35, told The Times.",
    );
    expect(out.map((q) => [q.cue, q.speaker, q.addressee])).toEqual([
      ["said", "Ivan Petrov", null],
      ["said", "Maria Lopez", null],
      ["told", "Tom Reed", "The Times"],
    ]);
  });

  it("reads the frames before a quote and carries the speaker to the next one", () => {
    const out = attributed(
      "Anna Berg told reporters: “Prices will fall.” “Wait and see.”\nAccording to Tom Reed, “the plan failed”.",
    );
    expect(out.map((q) => [q.text, q.speaker])).toEqual([
      ["Prices will fall.", "Anna Berg"],
      ["Wait and see.", "Anna Berg"],
      ["the plan failed", "Tom Reed"],
    ]);
  });

  it("marks short quotes without a speaker as scare quotes", () => {
    const out = attributed("The so-called “special operation” went on. Residents fled the “safe” zone.");
    expect(out.map((q) => q.kind)).toEqual(["scare", "scare"]);
  });

  it("finds reported speech from reporting frames", () => {
    const out = attributed(
      "Ivan Petrov said that the bridge had fallen. The dam will hold, the engineer said. According to Maria Lopez, the talks collapsed. Tom Reed left, claiming his contract was void.",
    );
    expect(out.map((q) => [q.kind, q.text, q.cue, q.speaker])).toEqual([
      ["indirect", "the bridge had fallen", "said", "Ivan Petrov"],
      ["indirect", "The dam will hold", "said", "the engineer"],
      ["indirect", "the talks collapsed", "According to", "Maria Lopez"],
      ["indirect", "his contract was void", "claiming", "Tom Reed"],
    ]);
  });

  it("finds hearsay without a speaker: as reported, said to be, reportedly", () => {
    const out = attributed(
      [
        "About 4,000 families – more than in 2023 – have left the valley, as first reported in March…",
        "As reported by Anna Berg, the ferry sank near the pier.",
        "The convoy included one old truck – said to be a 1960s model 🚚 – and two vans.",
        "The bridge was reportedly hit twice by drones.",
        "The mayor reportedly said nothing.",
      ].join("\n"),
    );
    expect(out.map((q) => [q.kind, q.text, q.cue, q.speaker])).toEqual([
      ["indirect", "About 4,000 families – more than in 2023 – have left the valley", "reported", null],
      ["indirect", "the ferry sank near the pier", "reported", "Anna Berg"],
      ["indirect", "a 1960s model 🚚", "said", null],
      ["indirect", "The bridge was | hit twice by drones", "reportedly", null],
    ]);
  });

  it("leaves phrases that only look like hearsay frames alone", () => {
    const out = attributed("As expected, the rain came. He said to me nothing. The crowd, as usual, cheered.");
    expect(out).toEqual([]);
  });

  it("gives “…, adding that …” the speaker of the report the sentence opens with, not the nearest name", () => {
    const out = attributed(
      "Anna Berg told The Times about Maria Lopez’s plan for Oslo — 𝔸 draft, adding that 3,000 homes would be rebuilt.",
    );
    expect(out.map((q) => [q.kind, q.text, q.cue, q.speaker])).toEqual([
      ["indirect", "3,000 homes would be rebuilt", "adding", "Anna Berg"],
    ]);
  });
});
