import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { draftAndCompile } from "./tests/helpers.js";

const DIR = fileURLToPath(new URL("../test/regressions/", import.meta.url));
const cases = readdirSync(DIR).filter((f) => f.endsWith(".txt"));

describe("fuzz regressions", () => {
  it.each(cases)("drafts %s into files that compile", (name) => {
    const text = readFileSync(join(DIR, name), "utf8");
    expect(draftAndCompile(text).dataset.source.text).toBe(text);
  });
});
