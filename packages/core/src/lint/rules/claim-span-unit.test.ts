import { describe, expect, it } from "vitest";
import { authored, issuesOf } from "../fixture.test-helper.js";
import { lintDataset } from "../lint.js";
import { claimSpanUnit } from "./claim-span-unit.js";
import { statedConventions } from "./stated-conventions.js";

// Written for the test: curly quotes, an astral character, units right after the number and after other words.
const article = [
  "About two dozen drones 🚀 crossed the border, and “dozens of helmets” lay in the field.",
  "Both Leaders met; 19 unnamed officials left within seven minutes.",
].join("\n");

const claim = (id: string, span: string, unit: string) => `- id: ${id}
  kind: count
  span: ${span}
  value: null
  comparator: vague
  bounds: { low: 1, high: null }
  unit: ${unit}
  about: what is counted
  assertedBy: publisher
`;

const lint = (claims: string) => issuesOf(claimSpanUnit, authored(article, { "claims.yml": claims }));

describe("claim-span-unit", () => {
  it("flags a span that stops before the unit noun right after it, and gives the span to write", () => {
    const [issue, ...rest] = lint(claim("n-drones", "About two dozen", "{ text: drones, normalized: drone }"));
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      rule: "claim-span-unit",
      recordId: "n-drones",
      path: ["claims", 0, "span"],
      file: "claims.yml",
      line: 3,
      column: 9,
      expected: 'span "About two dozen drones"',
      found: 'span "About two dozen"',
      hint: "write span: About two dozen drones",
    });
  });

  it("accepts a span that includes its unit noun", () => {
    expect(lint(claim("n-drones", "About two dozen drones", "{ text: drones, normalized: drone }"))).toEqual([]);
  });

  it("flags a unit noun after the number's “of”, inside quotation marks", () => {
    expect(lint(claim("n-helmets", "dozens of", "{ text: helmets, normalized: helmet }"))).toHaveLength(1);
    expect(lint(claim("n-helmets", "dozens of helmets", "{ text: helmets, normalized: helmet }"))).toEqual([]);
  });

  it("compares the unit noun without regard to case", () => {
    expect(lint(claim("n-both", "Both", "{ text: leaders, normalized: person }"))).toHaveLength(1);
    expect(lint(claim("n-both", "Both Leaders", "{ text: leaders, normalized: person }"))).toEqual([]);
  });

  it("leaves a unit noun after other words to the curator", () => {
    expect(lint(claim("n-officials", '"19"', "{ text: officials, normalized: person }"))).toEqual([]);
  });

  it("matches the unit noun as whole words only", () => {
    expect(lint(claim("n-drones", "About two dozen", "{ text: drone, normalized: drone }"))).toEqual([]);
  });

  it("checks nothing when the claim has no written unit", () => {
    expect(lint(claim("n-minutes", "seven", "minute"))).toEqual([]);
  });

  it("counts the claims whose span holds their unit noun as following it, so a stated convention is backed", () => {
    const header = "# convention: claim-span-unit — spans run to the unit noun\n";
    const noFollower = (claims: string) =>
      lintDataset(authored(article, { "claims.yml": header + claims }), {
        rules: [claimSpanUnit, statedConventions],
      }).issues.some((i) => i.rule === "stated-conventions");
    expect(noFollower(claim("n-minutes", "seven", "minute"))).toBe(true);
    expect(noFollower(claim("n-minutes", "seven minutes", "{ text: minutes, normalized: minute }"))).toBe(false);
  });
});
