import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DatasetReadError } from "../errors/errors.js";
import { formatIssue } from "../errors/issue.js";
import { lintFolder } from "../node/authored.js";
import { authored } from "./fixture.test-helper.js";
import { lintDataset } from "./lint.js";

// Written for the test: curly quotes and an astral character in the article.
const article = "“Nine” delegations 🚀 arrived, a senior aide said.\nHe added that four came by train.";
const entities = `- id: aide
  name: Senior aide
  type: person
  mentions:
    - { text: a senior aide, kind: nominal }
`;
const claims = `# convention: claim-span-unit — spans run to the unit noun
- id: n-nine
  kind: count
  span: "“Nine” delegations"
  value: 9
  comparator: "="
  unit: { text: delegations, normalized: delegation }
  about: delegations
  assertedBy: { entity: aide }
- id: n-four
  kind: count
  span: four
  value: 4
  comparator: "="
  unit: delegation
  about: delegations
  assertedBy: { unnamed: a senior aide }
`;
const files = authored(article, { "entities.yml": entities, "claims.yml": claims });

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function folder(contents: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "claimset-lint-"));
  dirs.push(dir);
  for (const [name, text] of Object.entries(contents)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("lintDataset", () => {
  it("runs every rule that applies and reports each issue at its record, path and line", () => {
    const result = lintDataset(files);
    expect(result.dataset?.claims.map((c) => c.id)).toEqual(["n-four", "n-nine"]);
    expect(result.ran).toEqual(["asserted-by-form", "claim-span-unit", "stated-conventions"]);
    expect(result.issues.map((i) => [i.rule, i.recordId, i.line])).toEqual([["asserted-by-form", "n-nine", 9]]);
    // The path points into the compiled dataset, whose records are sorted by id.
    expect(result.issues[0]?.path).toEqual(["claims", 1, "assertedBy"]);
  });

  it("returns the build's problems as errors, with file and line, and no dataset", () => {
    const broken = authored(article, { "entities.yml": entities.replace("a senior aide", "a junior aide") });
    const result = lintDataset(broken);
    expect(result.dataset).toBeNull();
    expect(result.issues).toMatchObject([{ severity: "error", file: "entities.yml", line: 5, recordId: "aide" }]);
  });

  it("reads a dataset folder, taking the version from package.json", () => {
    const dir = folder({ ...files.files, "article.txt": article, "package.json": '{ "version": "2.3.4" }' });
    const result = lintFolder(dir);
    expect(result.dataset?.version).toBe("2.3.4");
    expect(result.issues).toEqual(lintDataset(files).issues);
  });

  it("refuses a folder with no dataset.yml, an article outside it, or a file over the size limit", () => {
    expect(() => lintFolder(folder({ "article.txt": article }))).toThrow(DatasetReadError);
    const outside = { ...files.files, "dataset.yml": files.files["dataset.yml"]!.replace("article.txt", "../x.txt") };
    expect(() => lintFolder(folder(outside))).toThrow(/outside/);
    const big = folder({ ...files.files, "article.txt": article });
    const limits = { maxBytes: 10, maxDepth: 64, maxRecords: 100_000, maxAliasCount: 100 };
    expect(() => lintFolder(big, { limits })).toThrow(/more than the limit of 10/);
  });

  it("formats an issue on one line, as every issue is, with its hint", () => {
    const [issue] = lintDataset(files).issues;
    expect(formatIssue(issue!)).toMatch(
      /^claims\.yml:9:15 \(n-nine\) \[warning asserted-by-form\]: "aide" is not named in the text \(its mentions are all nominal or pronominal\), so it is an unnamed source \(expected assertedBy: \{ unnamed: <phrase> \} for an unnamed source, found assertedBy: \{ entity: aide \}\); write assertedBy: \{ unnamed: a senior aide \}/,
    );
  });
});
