import { feature } from "@ideditor/country-coder";
import { describe, expect, it } from "vitest";
import { DEMONYMS, GAZETTEER, GAZETTEER_NAMES } from "./gazetteer.js";

describe("gazetteer", () => {
  it("gives every country a Wikidata id that country-coder knows by that name, for its ISO code", () => {
    const countries = GAZETTEER.filter((e) => e.iso !== undefined);
    expect(countries.length).toBeGreaterThan(80);
    for (const c of countries) {
      const byIso = feature(c.iso!)?.properties;
      const byQid = feature(c.qid!)?.properties;
      expect(byIso, `${c.name} (${c.iso})`).toBeDefined();
      expect([c.name, ...c.aliases], `${c.name} (${c.qid})`).toContain(byQid?.nameEn);
      // Denmark and the Netherlands: the country itself (Q35, Q55), not the realm the ISO code stands for.
      if (byIso!.wikidata !== c.qid)
        expect(byIso!.nameEn).toBe(`Kingdom of ${c.name === "Netherlands" ? "the Netherlands" : c.name}`);
    }
  });

  it("uses each Wikidata id once, and only well-formed ones", () => {
    const qids = GAZETTEER.map((e) => e.qid).filter((q): q is string => q !== null);
    expect(new Set(qids).size).toBe(qids.length);
    for (const q of qids) expect(q).toMatch(/^Q[1-9]\d*$/);
  });

  it("finds names, aliases and demonyms", () => {
    expect(GAZETTEER_NAMES.get("U.S.")?.name).toBe("United States");
    expect(GAZETTEER_NAMES.get("Kyiv")?.qid).toBe("Q1899");
    expect(DEMONYMS.get("North Koreans")).toMatchObject({ plural: true, country: { name: "North Korea" } });
    expect(DEMONYMS.get("Ukrainian")).toMatchObject({ plural: false, country: { name: "Ukraine" } });
  });
});
