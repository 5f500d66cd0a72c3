import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { AuthoringError } from "../errors/errors.js";
import { MINI_DIR } from "../validate/tests/fixture.js";
import { buildDatasetFolder } from "./build.js";
import { README_FACTS_END, README_FACTS_START, readmeFacts, refreshReadme } from "./readme.js";

const dirs: string[] = [];
function copyOfMini(readme?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "claimset-readme-"));
  dirs.push(dir);
  cpSync(MINI_DIR, dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "@claimset/dataset-mini", version: "0.1.0" }));
  if (readme !== undefined) writeFileSync(join(dir, "README.md"), readme);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const BLOCK = `# Mini – “a test” 😀\n\nIntro…\n\n${README_FACTS_START}\nstale\n${README_FACTS_END}\n\nOutro.\n`;

describe("the README facts block", () => {
  it("is filled by the build with the counts of the data, and the text around it is kept", () => {
    const dir = copyOfMini(BLOCK);
    const { dataset, stale } = buildDatasetFolder(dir);
    expect(stale).toContain("README.md");
    const readme = readFileSync(join(dir, "README.md"), "utf8");
    expect(readme.startsWith("# Mini – “a test” 😀\n\nIntro…\n\n")).toBe(true);
    expect(readme.endsWith(`${README_FACTS_END}\n\nOutro.\n`)).toBe(true);
    const mentions = dataset.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(mentions).toBeGreaterThan(0);
    expect(readme).toContain(`| entities | ${dataset.entities.length} |`);
    expect(readme).toContain(`| mentions | ${mentions} |`);
    expect(readme).toContain(`| quotes | ${dataset.quotes.length} |`);
    expect(readme).toContain(`| claims | ${dataset.claims.length} |`);
    expect(readme).toContain(`| notes | ${dataset.notes.length} |`);
    expect(readme).not.toContain("stale");
    expect(buildDatasetFolder(dir, { check: true }).stale).toEqual([]);
  });

  it("is reported stale by --check after a record is added, and nothing is written", () => {
    const dir = copyOfMini(BLOCK);
    buildDatasetFolder(dir);
    const before = readFileSync(join(dir, "README.md"), "utf8");
    const notes = readFileSync(join(dir, "notes.yml"), "utf8");
    writeFileSync(
      join(dir, "notes.yml"),
      `${notes}- id: note-added\n  kind: context\n  text: “Added” – to change the count… 🪖\n`,
    );
    expect(buildDatasetFolder(dir, { check: true }).stale).toEqual(
      expect.arrayContaining(["dataset.json", "README.md"]),
    );
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe(before);
  });

  it("says which metadata is not known instead of leaving it out", () => {
    const dir = copyOfMini(BLOCK);
    const { dataset } = buildDatasetFolder(dir);
    const facts = readmeFacts({ ...dataset, source: { ...dataset.source, title: null, authors: [] } });
    expect(facts).toContain("- Title: not known");
    expect(facts).toContain("- Authors: unsigned");
    const named = readmeFacts({
      ...dataset,
      source: { ...dataset.source, title: "A *bold* | claim", authors: ["A. B", "C_D"] },
    });
    expect(named).toContain("- Title: A \\*bold\\* \\| claim");
    expect(named).toContain("- Authors: A. B; C\\_D");
  });

  it("leaves a README without the block alone", () => {
    const dir = copyOfMini("# Hand-written\n");
    const { files } = buildDatasetFolder(dir);
    expect(files.map((f) => f.path)).not.toContain("README.md");
    expect(readFileSync(join(dir, "README.md"), "utf8")).toBe("# Hand-written\n");
  });

  it.each([
    ["an opening line only", `a\n${README_FACTS_START}\nb\n`],
    ["a closing line only", `a\n${README_FACTS_END}\n`],
    ["the lines swapped", `${README_FACTS_END}\n${README_FACTS_START}\n`],
    ["two blocks", `${README_FACTS_START}\n${README_FACTS_END}\n${README_FACTS_START}\n${README_FACTS_END}\n`],
  ])("refuses %s, naming README.md and the fix", (_, readme) => {
    const dir = copyOfMini(readme);
    const error = (() => {
      try {
        refreshReadme(readme, buildDatasetFolder(copyOfMini(), { check: true }).dataset, dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AuthoringError);
    const [issue] = (error as AuthoringError).issues;
    expect(issue).toMatchObject({ file: "README.md", rule: "readme-facts" });
    expect(issue!.hint).toContain("restore both lines");
    expect(() => buildDatasetFolder(dir)).toThrow(AuthoringError);
  });
});
