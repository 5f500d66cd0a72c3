import { describe, expect, it } from "vitest";
import { authored } from "../fixture.test-helper.js";
import { lintDataset } from "../lint.js";
import { lintRules } from "./index.js";

// Written for the test: a curly-quoted, emoji-carrying sentence with a unit right after its number.
const article = "The “fleet” of seven ships ⛵ sailed; 🚀 three ships stayed.";

const claim = (id: string, span: string) => `- id: ${id}
  kind: count
  span: ${span}
  value: 7
  comparator: "="
  unit: { text: ships, normalized: ship }
  about: ships
  assertedBy: publisher
`;

const lint = (header: string, claims = claim("n-seven", "seven ships")) =>
  lintDataset(authored(article, { "claims.yml": `${header}${claims}` })).issues.filter(
    (i) => i.rule === "stated-conventions",
  );

describe("stated-conventions", () => {
  it("accepts a convention a rule checks, stated in its file and followed by a record", () => {
    expect(lint("# convention: claim-span-unit — spans run to the unit noun\n")).toEqual([]);
  });

  it("accepts the text going on over indented comment lines, with an en dash or two hyphens", () => {
    expect(lint("# convention: claim-span-unit – spans run\n#   to the unit noun\n")).toEqual([]);
    expect(lint("# convention: claim-span-unit -- spans run to the unit noun\n")).toEqual([]);
  });

  it("flags a convention line that is not of the checkable form, at its line and column", () => {
    const [issue, ...rest] = lint("# yaml header\n# convention: spans run to the unit noun\n");
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      severity: "warning",
      file: "claims.yml",
      line: 2,
      column: 3,
      path: [],
      recordId: null,
      expected: "# convention: <rule-name> — <text>",
    });
  });

  it("flags a convention no rule checks, and names the rules that can", () => {
    const [issue] = lint("# convention: no-such-rule — every ship is counted\n");
    expect(issue).toMatchObject({ found: "no-such-rule", column: 15 });
    expect(issue?.expected).toContain("claim-span-unit");
    expect(lint("# convention: stated-conventions — conventions are checked\n")).toHaveLength(1);
  });

  it("flags a convention stated in the header of another table's file", () => {
    const files = authored(article, {
      "quotes.yml": "# convention: claim-span-unit — spans run to the unit noun\n[]\n",
      "claims.yml": claim("n-seven", "seven ships"),
    });
    const issues = lintDataset(files).issues.filter((i) => i.rule === "stated-conventions");
    expect(issues).toMatchObject([{ file: "quotes.yml", line: 1, expected: "the line in the header of claims.yml" }]);
  });

  it("flags a convention stated below the first record, where it is not read", () => {
    const claims = `${claim("n-seven", "seven ships")}# convention: claim-span-unit — spans run to the unit noun\n`;
    expect(lint("", claims)).toMatchObject([{ line: 9 }]);
  });

  it("flags a stated convention that no record follows", () => {
    const [issue] = lint("# convention: claim-span-unit — spans run to the unit noun\n", claim("n-seven", "seven"));
    expect(issue).toMatchObject({
      message: 'no record follows the stated convention "claim-span-unit"',
      found: "none",
    });
  });

  it("turns a convention rule on only where it is stated", () => {
    const files = (header: string) => authored(article, { "claims.yml": header + claim("n-seven", "seven") });
    const stated = lintDataset(files("# convention: claim-span-unit — spans run to the unit noun\n"));
    const unstated = lintDataset(files(""));
    expect(stated.ran).toContain("claim-span-unit");
    expect(unstated.ran).not.toContain("claim-span-unit");
    expect(unstated.issues).toEqual([]);
    expect(lintRules.map((r) => r.name)).toContain("stated-conventions");
  });
});
