import { describe, expect, it } from "vitest";
import { checkBudgets, oneTableProblems, zodLocaleProblems, zodProblems } from "./check.js";

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

describe("checkBudgets with a minified-size budget", () => {
  it("fails a bundle over its minified budget even when the gzip size fits", () => {
    const [verdict] = checkBudgets(
      [{ name: "page", gzip: 50_000, min: 150_000 }],
      [{ name: "page", min: 486_000, gzip: 49_000, inputs, problems: [] }],
      1,
    );
    expect(verdict?.ok).toBe(false);
    expect(verdict?.lines[0]).toBe("page: 474.6 KiB minified, over its budget of 146.5 KiB by 328.1 KiB");
    const [fits] = checkBudgets(
      [{ name: "page", gzip: 50_000, min: 150_000 }],
      [{ name: "page", min: 120_000, gzip: 37_000, inputs, problems: [] }],
    );
    expect(fits?.ok).toBe(true);
  });
});

describe("zodLocaleProblems", () => {
  it("flags zod's locale modules and nothing else of zod", () => {
    expect(zodLocaleProblems(inputs)).toEqual([]);
    expect(zodLocaleProblems([{ path: "../node_modules/zod/v4/locales/en.js" }])).toEqual([]);
    expect(zodLocaleProblems([{ path: "../node_modules/zod/v4/locales/de.js" }])[0]).toMatch(
      /^bundles 1 zod locale modules/,
    );
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
