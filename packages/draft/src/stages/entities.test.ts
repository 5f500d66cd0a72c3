import { describe, expect, it } from "vitest";
import { analyze } from "../pipeline.js";

const entitiesOf = (text: string) => {
  const doc = analyze(text);
  return doc.entities.map((e, i) => ({
    name: e.name,
    type: e.type,
    wikidata: e.wikidata,
    mentions: doc.mentions.filter((m) => m.entity === i).map((m) => `${text.slice(m.start, m.end)}/${m.kind}`),
  }));
};

describe("entities", () => {
  it("groups a full name, its titles and its surname under one entity", () => {
    const out = entitiesOf("Defence Minister Ivan Petrov visited Kyiv. Petrov said the war was long. Mr Petrov left.");
    const petrov = out.find((e) => e.name === "Ivan Petrov")!;
    expect(petrov.type).toBe("person");
    expect(petrov.mentions).toEqual(["Defence Minister Ivan Petrov/named", "Petrov/named", "Mr Petrov/named"]);
    expect(out.find((e) => e.name === "Kyiv")).toMatchObject({ type: "location", wikidata: "Q1899" });
  });

  it("types names from words inside them and from the gazetteer", () => {
    const out = entitiesOf(
      "Officials at the Ministry of Transport met staff of the United Nations and reporters from Reuters near Red Square before the Harvest Festival.",
    );
    const type = (name: string) => out.find((e) => e.name === name)?.type;
    expect(type("Ministry of Transport")).toBe("organization");
    expect(type("United Nations")).toBe("organization");
    expect(type("Reuters")).toBe("media-outlet");
    expect(type("Red Square")).toBe("facility");
    expect(type("Harvest Festival")).toBe("event");
  });

  it("drops capitalised common words that start a sentence", () => {
    const names = entitiesOf("Markets fell. Analysts were worried. Insurers waited for Anna Berg.").map((e) => e.name);
    expect(names).toEqual(["Anna Berg"]);
  });

  it("makes nationalities into country mentions and groups", () => {
    const out = entitiesOf("Ukrainian troops advanced while Ukrainians watched.");
    expect(out.find((e) => e.name === "Ukraine")!.mentions).toEqual(["Ukrainian/named"]);
    expect(out.find((e) => e.type === "group")!.mentions).toEqual(["Ukrainian troops/nominal", "Ukrainians/named"]);
  });
});
