import { describe, expect, it } from "vitest";
import { checkBudgets, oneTableProblems, zodProblems } from "./check.js";

const inputs = [
  { path: "node_modules/zod/v4/core/schemas.js", bytes: 40_000 },
  { path: "packages/core/dist/index.js", bytes: 9_000 },
];

describe("checkBudgets", () => {
  it("passes a bundle within its budget", () => {
    expect(
      checkBudgets([{ name: "a", gzip: 1000 }], [{ name: "a", min: 3000, gzip: 999, inputs, problems: [] }]),
    ).toEqual([{ name: "a", ok: true, lines: [] }]);
  });

  it("names the import, the overshoot and the largest inputs when a bundle grows past its budget", () => {
    const [verdict] = checkBudgets(
      [{ name: "createIndex from @claimset/core", gzip: 2048 }],
      [{ name: "createIndex from @claimset/core", min: 60_000, gzip: 3072, inputs, problems: [] }],
      1,
    );
    expect(verdict?.ok).toBe(false);
    expect(verdict?.lines).toEqual([
      "createIndex from @claimset/core: 3.0 KiB min+gzip, over its budget of 2.0 KiB by 1.0 KiB",
      "  largest inputs (minified bytes):",
      "      39.1 KiB  node_modules/zod/v4/core/schemas.js",
    ]);
  });

  it("fails on a problem other than size, and on a bundle without a budget", () => {
    const [a, b] = checkBudgets(
      [{ name: "a", gzip: 10_000 }],
      [
        { name: "a", min: 1, gzip: 1, inputs, problems: ["zod is in the bundle"] },
        { name: "b", min: 1, gzip: 1, inputs: [], problems: [] },
      ],
    );
    expect(a?.ok).toBe(false);
    expect(a?.lines[0]).toBe("a: zod is in the bundle");
    expect(b?.lines).toEqual(["no budget for b: add one to bench/budgets.json"]);
  });
});

describe("oneTableProblems", () => {
  const own = { path: "../datasets/x/dist/quotes.js" };
  it("accepts a bundle of the table's module alone", () => {
    expect(
      oneTableProblems("quotes", [own, { path: "consumer.js" }], 'var q="q-one";', [
        "n-claim",
        "An entity’s description",
      ]),
    ).toEqual([]);
  });

  it("names other tables' modules and data found in the bundle", () => {
    const problems = oneTableProblems(
      "quotes",
      [own, { path: "../datasets/x/dist/entities.js" }],
      'var e="A \\u201Cquoted\\u201D description",d="An entity’s description";',
      ["An entity’s description", "absent"],
    );
    expect(problems).toEqual([
      "bundles ../datasets/x/dist/entities.js, which is not the quotes table",
      'holds data of other tables (1 strings), e.g. "An entity’s description"',
    ]);
  });
});

describe("zodProblems", () => {
  it("flags zod among the inputs and nothing else", () => {
    expect(zodProblems([{ path: "packages/core/dist/index.js" }])).toEqual([]);
    expect(zodProblems(inputs)[0]).toMatch(
      /^bundles zod \(1 modules, e\.g\. node_modules\/zod\/v4\/core\/schemas\.js\)/,
    );
  });
});
