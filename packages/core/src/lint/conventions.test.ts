import { describe, expect, it } from "vitest";
import { parseConventions } from "./conventions.js";

describe("parseConventions", () => {
  it("reads a convention line, its rule, its text and where the rule name is", () => {
    const source =
      "# yaml-language-server: $schema=x\n#\n# convention: claim-span-unit — spans run to the unit 🚀\n- id: a\n";
    expect(parseConventions("claims.yml", source)).toEqual([
      {
        file: "claims.yml",
        line: 3,
        column: 15,
        rule: "claim-span-unit",
        text: "spans run to the unit 🚀",
        inHeader: true,
      },
    ]);
  });

  it("joins comment lines indented by two spaces or more, and stops at a bullet or a blank line", () => {
    const source = [
      "# convention: claim-span-unit — spans run",
      "#   to the “unit” noun",
      "# - a bullet of its own",
      "#   that goes on",
      "# convention: asserted-by-form -- sources",
      "",
      "#   not part of it",
    ].join("\r\n");
    expect(parseConventions("claims.yml", source).map((c) => [c.rule, c.text])).toEqual([
      ["claim-span-unit", "spans run to the “unit” noun"],
      ["asserted-by-form", "sources"],
    ]);
  });

  it("keeps a line that is not of the form, with no rule", () => {
    expect(parseConventions("quotes.yml", "# convention: Speaker text — x\n# convention: a-rule\n")).toMatchObject([
      { rule: null, column: 3, text: "Speaker text — x" },
      { rule: null, text: "a-rule" },
    ]);
  });

  it("marks a convention after the first line of data as outside the header", () => {
    const source = "- id: a\n# convention: claim-span-unit — late\n";
    expect(parseConventions("claims.yml", source)).toMatchObject([{ inHeader: false, line: 2 }]);
  });

  it("ignores comments that only mention conventions", () => {
    expect(
      parseConventions("claims.yml", '# Conventions: see below\n# Lines starting "convention:" are checked\n'),
    ).toEqual([]);
  });
});
