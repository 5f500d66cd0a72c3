import { describe, expect, it } from "vitest";
import { authored, issuesOf } from "../fixture.test-helper.js";
import { lintDataset } from "../lint.js";
import { assertedByForm } from "./asserted-by-form.js";
import { statedConventions } from "./stated-conventions.js";

// Written for the test: an unnamed aide with a pronoun, a named minister, an astral character.
const article = [
  "A senior aide 🚀 said on Monday that “nine” delegations had arrived.",
  "He added that four of them came by train.",
  "Minister Olga Ivanova said two more were expected, according to people close to the talks.",
].join("\n");

const entities = `- id: aide
  name: Senior aide
  type: person
  mentions:
    - { text: A senior aide, kind: nominal }
    - { text: He, prefix: "arrived.\\n", kind: pronominal }
- id: olga-ivanova
  name: Olga Ivanova
  type: person
  mentions:
    - Olga Ivanova
`;

const claim = (id: string, span: string, assertedBy: string) => `- id: ${id}
  kind: count
  span: ${span}
  value: 1
  comparator: "="
  unit: delegation
  about: delegations
  assertedBy: ${assertedBy}
`;

const lint = (claims: string) =>
  issuesOf(assertedByForm, authored(article, { "entities.yml": entities, "claims.yml": claims }));

describe("asserted-by-form", () => {
  it("accepts an unnamed source cited as unnamed, at the phrase that names it", () => {
    expect(lint(claim("n-nine", "nine", "{ unnamed: A senior aide }"))).toEqual([]);
  });

  it("flags an unnamed source cited as an entity, and says which phrase to cite instead", () => {
    const claims = `# a comment line first\n${claim("n-four", "four", "{ entity: aide }")}`;
    const [issue, ...rest] = lint(claims);
    expect(rest).toEqual([]);
    expect(issue).toMatchObject({
      rule: "asserted-by-form",
      severity: "warning",
      recordId: "n-four",
      path: ["claims", 0, "assertedBy"],
      file: "claims.yml",
      line: 9,
      column: 15,
      found: "assertedBy: { entity: aide }",
    });
    expect(issue?.hint).toContain("{ unnamed: A senior aide }");
  });

  it("accepts a named source cited as an entity", () => {
    expect(lint(claim("n-two", "two", "{ entity: olga-ivanova }"))).toEqual([]);
  });

  it("flags a named source cited as unnamed", () => {
    const [issue] = lint(claim("n-two", "two", "{ unnamed: Olga Ivanova }"));
    expect(issue).toMatchObject({ recordId: "n-two", expected: "assertedBy: { entity: olga-ivanova }" });
  });

  it("flags an unnamed source whose span is a pronoun, and points at the phrase that names it", () => {
    const [issue] = lint(claim("n-four", "four", '{ unnamed: { text: He, prefix: "arrived.\\n" } }'));
    expect(issue).toMatchObject({ recordId: "n-four", path: ["claims", 0, "assertedBy", "span"] });
    expect(issue?.found).toContain('"He"');
    expect(issue?.hint).toContain("A senior aide");
  });

  it("accepts an unnamed source that has no entity record", () => {
    expect(lint(claim("n-two", "two", "{ unnamed: people close to the talks }"))).toEqual([]);
  });

  it("a fixed record passes where the flagged one failed, following the hint", () => {
    const [issue] = lint(claim("n-four", "four", "{ entity: aide }"));
    const written = /assertedBy: (\{ unnamed: .+? \})/.exec(issue?.hint ?? "")?.[1];
    expect(written).toBeDefined();
    expect(lint(claim("n-four", "four", written as string))).toEqual([]);
  });

  it("counts the claims whose form is right as following it, so a stated convention is backed", () => {
    const header = "# convention: asserted-by-form — sources take the form that fits them\n";
    const noFollower = (claims: string) =>
      lintDataset(authored(article, { "entities.yml": entities, "claims.yml": header + claims }), {
        rules: [assertedByForm, statedConventions],
      }).issues.some((i) => i.rule === "stated-conventions");
    expect(noFollower(claim("n-four", "four", "{ entity: aide }"))).toBe(true);
    expect(noFollower(claim("n-nine", "nine", "{ unnamed: A senior aide }"))).toBe(false);
  });
});
