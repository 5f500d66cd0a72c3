import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Read-only consumers bundle the diff for browsers: it must not pull in zod
// (through @claimset/schema's values) or anything outside core's text helpers
// and the plain-data table description.
const dir = fileURLToPath(new URL(".", import.meta.url));
const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));

describe("diff module imports", () => {
  it("has source files to check", () => {
    expect(sources).toContain("diff.ts");
  });

  it("takes the table description from a module that imports nothing", () => {
    const tables = readFileSync(new URL("../../../schema/src/tables.ts", import.meta.url), "utf8");
    expect(tables).not.toMatch(/^\s*(import|export)\s[^;]*from\s/m);
  });

  it.each(sources)("%s imports values only from the module itself, ../text/ and the table description", (file) => {
    const text = readFileSync(dir + file, "utf8");
    const valueImports = [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)"/gms)].map(
      (m) => m[1] as string,
    );
    for (const from of valueImports)
      expect(from, `${file} imports ${from}`).toMatch(/^\.\/|^\.\.\/text\/|^@claimset\/schema\/tables$/);
  });
});
