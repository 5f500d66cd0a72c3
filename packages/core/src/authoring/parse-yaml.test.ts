import { describe, expect, it } from "vitest";
import { parseYamlFile, yamlDepthExceeds } from "./parse-yaml.js";

const limits = { maxAliasCount: 100, maxDepth: 64 };

/** `n` nested block lists: `- - - x`. */
const dashes = (n: number) => `${"- ".repeat(n)}x\n`;
/** `n` nested flow lists: `[[[x]]]`. */
const brackets = (n: number) => `${"[".repeat(n)}x${"]".repeat(n)}\n`;
/** `n` nested block maps, one level of indentation each. */
const maps = (n: number) => Array.from({ length: n }, (_, i) => `${"  ".repeat(i)}k${i}:`).join("\n") + " x\n";

describe("yamlDepthExceeds", () => {
  it("measures block lists, flow lists and block maps alike", () => {
    for (const make of [dashes, brackets, maps]) {
      expect(yamlDepthExceeds(make(10), 10), make.name).toBeNull();
      expect(yamlDepthExceeds(make(11), 10), make.name).not.toBeNull();
    }
  });

  it("takes no stack for input far deeper than a recursive parser survives", () => {
    expect(yamlDepthExceeds(dashes(20_000), 64)).toEqual({ offset: expect.any(Number) });
    expect(yamlDepthExceeds(brackets(20_000), 64)).not.toBeNull();
  });
});

describe("parseYamlFile", () => {
  it("refuses 20,000 levels of nesting with the limit and the flag, before the document is built", () => {
    for (const source of [dashes(20_000), brackets(20_000)]) {
      const result = parseYamlFile("entities.yml", source, limits);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues).toEqual([
        expect.objectContaining({
          file: "entities.yml",
          line: 1,
          rule: "max-depth",
          message: "YAML nests deeper than 64 levels",
          hint: expect.stringContaining("--max-depth"),
        }),
      ]);
    }
  });

  it("reads nesting exactly at the limit, and reports the line where the limit is passed", () => {
    expect(parseYamlFile("a.yml", maps(64), limits).ok).toBe(true);
    // Line 3 holds k0 in the root map; the map holding k64, on line 3 + 64, is the 65th level.
    const deep = parseYamlFile("a.yml", `# a comment\nlist:\n${maps(70)}`, limits);
    expect(!deep.ok && deep.issues[0]).toMatchObject({ rule: "max-depth", line: 3 + 64 });
  });
});
