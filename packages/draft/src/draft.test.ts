import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draft } from "./draft.js";
import { draftAndCompile } from "./tests/helpers.js";
import { DRAFTER_TOOL } from "./version.js";

const DEV = fileURLToPath(new URL("../test/dev/", import.meta.url));
const devTexts = readdirSync(DEV).filter((f) => f.endsWith(".txt"));

describe("draft", () => {
  it.each(devTexts)("drafts %s into files that compile first time", (name) => {
    const text = readFileSync(join(DEV, name), "utf8");
    const { dataset } = draftAndCompile(text);
    expect(dataset.entities.length).toBeGreaterThan(3);
    expect(dataset.quotes.length).toBeGreaterThan(3);
    expect(dataset.claims.length).toBeGreaterThan(5);
    for (const q of dataset.quotes) for (const s of q.spans) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it("marks every record drafted and unreviewed, with the tool and a confidence", () => {
    const { files } = draft("“We will rebuild,” said Mayor Anna Berg, 52, after 3,000 homes flooded in Oslo.", {
      provenance: true,
    });
    for (const table of ["entities.yml", "quotes.yml", "claims.yml"]) {
      const records = parse(files[table]!) as {
        provenance: { method: string; tool: string; confidence: number; reviewed: boolean };
      }[];
      expect(records.length).toBeGreaterThan(0);
      for (const r of records) {
        expect(r.provenance).toMatchObject({ method: "drafted", tool: DRAFTER_TOOL, reviewed: false });
        expect(r.provenance.confidence).toBeGreaterThanOrEqual(0);
        expect(r.provenance.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it("declares a machine-drafted dataset only when asked", () => {
    expect(draft("Text.", {}).files["dataset.yml"]).not.toMatch(/machineDrafted/);
    expect(draft("Text.", { machineDrafted: true }).files["dataset.yml"]).toMatch(/^machineDrafted: true$/m);
  });

  it("is deterministic and gives unique, well-formed ids", () => {
    const text = readFileSync(join(DEV, devTexts[0]!), "utf8");
    const a = draft(text).files;
    expect(draft(text).files).toEqual(a);
    const { tables } = draft(text);
    const ids = [...tables.entities, ...tables.quotes, ...tables.claims, ...tables.notes].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("reads nothing but its input: no source file names a dataset of this repository", () => {
    const src = fileURLToPath(new URL(".", import.meta.url));
    const files = readdirSync(src, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    for (const f of files) expect(readFileSync(join(src, f), "utf8")).not.toMatch(/datasets\/|victory-day/);
  });
});

describe("version", () => {
  it("names the tool by the package's own version", async () => {
    const { DRAFTER_TOOL } = await import("./version.js");
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL("../package.json", import.meta.url)), "utf8")) as {
      name: string;
      version: string;
    };
    expect(DRAFTER_TOOL).toBe(`${pkg.name}@${pkg.version}`);
  });
});
