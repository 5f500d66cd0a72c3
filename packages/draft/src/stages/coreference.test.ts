import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline.js";

const mentionsOf = (text: string, name: string) => {
  const doc = analyze(text);
  const e = doc.entities.findIndex((x) => x.name === name);
  return doc.mentions.filter((m) => m.entity === e).map((m) => `${text.slice(m.start, m.end)}/${m.kind}`);
};

describe("coreference", () => {
  it("links he and she to the nearest person of the same gender", () => {
    const text = "Maria Lopez met Ivan Petrov in Oslo. She said the talks went well. He disagreed.";
    expect(mentionsOf(text, "Maria Lopez")).toEqual(["Maria Lopez/named", "She/pronominal"]);
    expect(mentionsOf(text, "Ivan Petrov")).toEqual(["Ivan Petrov/named", "He/pronominal"]);
  });

  it("links an apposition, a role and an age to the person they describe", () => {
    const text =
      "Tom Reed, a 35-year-old soldier, crossed the river. Lt. Col. Anna Berg waited. The soldier said nothing. The colonel later spoke.";
    expect(mentionsOf(text, "Tom Reed")).toEqual([
      "Tom Reed/named",
      "a 35-year-old soldier/nominal",
      "The soldier/nominal",
    ]);
    expect(mentionsOf(text, "Anna Berg")).toContain("The colonel/nominal");
  });

  it("links the leader of a country to its head of state when the text names them", () => {
    const text = "Vladimir Putin spoke on Monday. The Russian leader did not mention the losses.";
    expect(mentionsOf(text, "Vladimir Putin")).toEqual(["Vladimir Putin/named", "The Russian leader/nominal"]);
  });

  it("gives I in a direct quote to its speaker, and leaves pronouns with no clear antecedent alone", () => {
    const text = "“I was there,” Anna Berg said. He was not.";
    expect(mentionsOf(text, "Anna Berg")).toEqual(["I/pronominal", "Anna Berg/named"]);
  });
});
