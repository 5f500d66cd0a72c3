import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DATA_CHANGE_POLICY, policyTable } from "./policy.js";

describe("the data change policy", () => {
  it("is the table CONTRIBUTING.md shows", () => {
    const contributing = readFileSync(join(import.meta.dirname, "../../../../CONTRIBUTING.md"), "utf8");
    const table = /<!-- policy:start[^>]*-->\n([\s\S]*?)\n<!-- policy:end -->/.exec(contributing)?.[1];
    // On a change to policy.ts, paste policyTable()'s output between the markers.
    expect(table).toBe(policyTable());
  });

  it("orders its rows from major to patch, as the table reads", () => {
    const rank = { major: 0, minor: 1, patch: 2 } as const;
    const levels = Object.values(DATA_CHANGE_POLICY).map((p) => rank[p.level]);
    expect(levels).toEqual([...levels].sort((a, b) => a - b));
  });
});
