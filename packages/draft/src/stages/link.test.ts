import { describe, expect, it } from "vitest";
import { draftAndCompile } from "../tests/helpers.js";

const speakerOf = (text: string, words: string) => {
  const { dataset } = draftAndCompile(text);
  const q = dataset.quotes.find((x) => x.spans.some((s) => s.text.includes(words)));
  if (!q) throw new Error(`no quote with ${words}`);
  const e = dataset.entities.find((x) => x.id === q.speaker) ?? null;
  return { quote: q, entity: e, dataset };
};

describe("link: described speakers", () => {
  it("gives a writing that speaks (“one of the letters said”) the group it belongs to, as an artifact", () => {
    const text =
      "Relatives kept the letters for years.\nOne of the letters said: “I will come home by spring — I promise… 😀”\n“Keep the garden for me.”";
    const first = speakerOf(text, "come home");
    expect(first.entity?.type).toBe("artifact");
    expect(first.entity?.mentions.map((m) => m.text)).toEqual(["the letters"]);
    // The next paragraph's quote, with no frame of its own, continues the same speaker.
    expect(speakerOf(text, "Keep the garden").quote.speaker).toBe(first.quote.speaker);
    // "I" in a letter is its writer, not the letter: no mention of the artifact.
    expect(first.entity?.mentions.some((m) => m.kind === "pronominal")).toBe(false);
  });

  it("keeps a person speaker's “I” and leaves a partitive without a definite group unresolved", () => {
    const person = speakerOf("“I saw the convoy,” Anna Berg told reporters on Friday.", "convoy");
    expect(person.entity?.mentions.map((m) => m.text)).toContain("I");
    const vague = speakerOf("One of many said: “Nobody came — not once.”", "Nobody came");
    expect(vague.quote.speaker).toBeNull();
  });
});
