import { describe, expect, it } from "vitest";
import { countIssues, formatIssue, formatIssues, formatPath, type Issue } from "./issue.js";

describe("formatPath", () => {
  it("writes paths as people do", () => {
    expect(formatPath(["quotes", 3, "speaker"])).toBe("quotes[3].speaker");
    expect(formatPath([0, "mentions", 2])).toBe("[0].mentions[2]");
    expect(formatPath(["source", "odd key"])).toBe('source["odd key"]');
    expect(formatPath([])).toBe("(root)");
  });
});

describe("formatIssue", () => {
  const base: Issue = { rule: "references", path: ["quotes", 3, "speaker"], recordId: "q-a", message: "dangling" };

  it("puts the file, line and column first when there are some", () => {
    expect(formatIssue({ ...base, file: "quotes.yml", line: 12, column: 5 })).toBe(
      "quotes.yml:12:5 (q-a) [references]: dangling",
    );
    expect(formatIssue({ ...base, file: "quotes.yml" })).toBe(
      "quotes.yml quotes[3].speaker (q-a) [references]: dangling",
    );
  });

  it("adds what was expected and found, the hint, and marks warnings", () => {
    expect(
      formatIssue({ ...base, expected: "an id in entities", found: '"putn"', hint: "did you mean vladimir-putin?" }),
    ).toBe(
      'quotes[3].speaker (q-a) [references]: dangling (expected an id in entities, found "putn"); did you mean vladimir-putin?',
    );
    expect(formatIssue({ ...base, severity: "warning" })).toBe(
      "quotes[3].speaker (q-a) [warning references]: dangling",
    );
    expect(formatIssue({ ...base, severity: "error" })).toBe("quotes[3].speaker (q-a) [error references]: dangling");
  });
});

describe("formatIssue as a block", () => {
  it("puts what was expected and found, and the hint, on lines of their own", () => {
    const issue: Issue = {
      rule: "claim-span-unit",
      severity: "warning",
      message: "span stops before its unit noun",
      path: [4, "span"],
      recordId: "n-troops",
      file: "claims.yml",
      line: 5,
      column: 9,
      expected: 'span "12,000 troops"',
      found: 'span "12,000"',
      hint: 'write span: "12,000 troops"',
    };
    expect(formatIssue(issue, { style: "block" }).split("\n")).toEqual([
      "claims.yml:5:9 (n-troops) [warning claim-span-unit]: span stops before its unit noun",
      '  expected span "12,000 troops", found span "12,000"',
      '  hint: write span: "12,000 troops"',
    ]);
    expect(
      formatIssue(
        { ...issue, expected: undefined as never, found: undefined as never, hint: undefined as never },
        { style: "block" },
      ),
    ).toBe("claims.yml:5:9 (n-troops) [warning claim-span-unit]: span stops before its unit noun");
  });
});

describe("formatIssues", () => {
  it("groups dataset issues by record and file issues by file, and counts what it leaves out", () => {
    const issues: Issue[] = [
      { rule: "a", path: ["quotes", 0], recordId: "q-a", message: "one" },
      { rule: "b", path: ["quotes", 0, "cue"], recordId: "q-a", message: "two" },
      { rule: "c", path: [], recordId: null, file: "notes.yml", line: 2, message: "three" },
    ];
    expect(formatIssues(issues)).toBe(
      [
        "3 problems",
        "  q-a",
        "    quotes[0] (q-a) [a]: one",
        "    quotes[0].cue (q-a) [b]: two",
        "  notes.yml:2 [c]: three",
      ].join("\n"),
    );
    expect(formatIssues(issues, { heading: "x", limit: 1 }).split("\n")).toEqual([
      "x",
      "  q-a",
      "    quotes[0] (q-a) [a]: one",
      "  … and 2 more",
    ]);
  });

  it("counts problems and warnings apart", () => {
    const error: Issue = { rule: "a", path: [], recordId: null, message: "m" };
    expect(countIssues([error])).toBe("1 problem");
    expect(countIssues([error, error, { ...error, severity: "warning" }])).toBe("2 problems and 1 warning");
    expect(countIssues([{ ...error, severity: "warning" }])).toBe("1 warning");
  });
});
