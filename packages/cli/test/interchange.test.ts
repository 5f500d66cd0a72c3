// The interchange commands end to end: brat and Label Studio, out and back in, each result built.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { builtMini, run } from "./helpers.js";

const BRAT = join(import.meta.dirname, "fixtures", "brat");

describe("claimset import brat", () => {
  it("imports a folder of documents as one dataset each, and each builds", async () => {
    const { dir } = await builtMini();
    const r = await run(["import", "brat", BRAT, "-m", "attribution", "-o", "corpus", "--rights", "Test text."], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("2 datasets written");
    const built = await run(["build", "corpus/bridge", "corpus/harbour"], { cwd: dir });
    expect(built.code, built.stderr).toBe(0);
    const dataset = JSON.parse(readFileSync(join(dir, "corpus/bridge/dataset.json"), "utf8"));
    expect(dataset.quotes.map((q: { kind: string }) => q.kind).sort()).toEqual(["direct", "indirect"]);
  });

  it("reports every problem with the .ann line, exits 1 and writes nothing", async () => {
    const { dir } = await builtMini();
    const txt = readFileSync(join(BRAT, "bridge.txt"), "utf8");
    writeFileSync(join(dir, "bad.txt"), txt);
    // UTF-16 offsets for "𝔸da Okafor" (brat counts code points), an unmapped type, a relation to nothing.
    writeFileSync(
      join(dir, "bad.ann"),
      "T1\tPerson 54 65\t𝔸da Okafor\nT2\tVehicle 19 25\tbridge\nR1\tSource Arg1:T1 Arg2:T9\n",
    );
    const r = await run(["import", "brat", "bad.ann", "-m", "attribution", "-o", "out"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("bad.ann:1 [brat-span-text]");
    expect(r.stderr).toContain("UTF-16");
    expect(r.stderr).toContain("bad.ann:3 [brat-dangling]");
    const fixed = "T1\tPerson 54 64\t𝔸da Okafor\nT2\tVehicle 19 25\tbridge\n";
    writeFileSync(join(dir, "bad.ann"), fixed);
    const again = await run(["import", "brat", "bad.ann", "-m", "attribution", "-o", "out"], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("bad.ann:2 [brat-unmapped-type]");
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

describe("claimset import brat --into", () => {
  it("adds what the dataset lacks, appends it byte for byte, builds, and adds nothing the second time", async () => {
    const { dir } = await builtMini();
    const args = ["import", "brat", join(BRAT, "bridge.ann"), "-m", "attribution"];
    expect((await run([...args, "-o", "bridge", "--rights", "Test text."], { cwd: dir })).code).toBe(0);
    // The dataset as someone began it: the entities, no quotes yet.
    writeFileSync(join(dir, "bridge/quotes.yml"), "# Quotes, in text order.\n[]\n");
    const entities = readFileSync(join(dir, "bridge/entities.yml"), "utf8");
    const r = await run([...args, "--into", "bridge", "--json"], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const [result] = JSON.parse(r.stdout).results;
    expect(result.added.quotes).toHaveLength(2);
    expect(result.added.entities).toEqual([]);
    expect(result.covered.every((c: { table: string }) => c.table === "entities")).toBe(true);
    expect(readFileSync(join(dir, "bridge/entities.yml"), "utf8")).toBe(entities);
    expect(readFileSync(join(dir, "bridge/quotes.yml"), "utf8")).toMatch(/^# Quotes, in text order\.\n- id: /);
    expect((await run(["build", "bridge"], { cwd: dir })).code).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, "bridge/dataset.json"), "utf8"));
    expect(built.quotes.map((q: { kind: string }) => q.kind).sort()).toEqual(["direct", "indirect"]);

    const quotes = readFileSync(join(dir, "bridge/quotes.yml"), "utf8");
    const again = await run([...args, "--into", "bridge"], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("nothing to add");
    expect(readFileSync(join(dir, "bridge/quotes.yml"), "utf8")).toBe(quotes);
  });

  it("refuses annotations of another text and a folder of documents, exiting non-zero and writing nothing", async () => {
    const { dir } = await builtMini();
    const args = ["import", "brat", join(BRAT, "bridge.ann"), "-m", "attribution"];
    expect((await run([...args, "-o", "bridge", "--rights", "Test text."], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "bridge/quotes.yml"), "[]\n");
    writeFileSync(join(dir, "other.txt"), readFileSync(join(BRAT, "bridge.txt"), "utf8").replace("bridge", "tunnel"));
    writeFileSync(join(dir, "other.ann"), "");
    const r = await run(["import", "brat", "other.ann", "-m", "attribution", "--into", "bridge"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("[import-text]");
    expect(r.stderr).toContain("line 1, column");
    expect(readFileSync(join(dir, "bridge/quotes.yml"), "utf8")).toBe("[]\n");
    const folder = await run(["import", "brat", BRAT, "-m", "attribution", "--into", "bridge"], { cwd: dir });
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain("--into takes one document");
    const both = await run([...args, "--into", "bridge", "-o", "x"], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("pass one of them");
  });
});

describe("claimset export and import, both formats", () => {
  it("brat: exports the dataset and imports it back to the same records", async () => {
    const { dir } = await builtMini();
    expect((await run(["export", "mini", "-f", "brat", "-o", "brat"], { cwd: dir })).code).toBe(0);
    const r = await run(["import", "brat", "brat/mini.ann", "-o", "back", "--rights", "Test."], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await run(["build", "back"], { cwd: dir })).code).toBe(0);
    const a = JSON.parse(readFileSync(join(dir, "mini/dataset.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(dir, "back/dataset.json"), "utf8"));
    for (const table of ["entities", "quotes", "claims", "notes"]) expect(b[table]).toEqual(a[table]);
  });

  it("label-studio: a review that keeps everything changes no file; one that drops a cue rewrites one record", async () => {
    const { dir } = await builtMini();
    expect((await run(["export", "mini", "-f", "label-studio", "-o", "ls"], { cwd: dir })).code).toBe(0);
    const [task] = JSON.parse(readFileSync(join(dir, "ls/mini.label-studio.json"), "utf8"));
    const result = [
      ...(task.annotations?.[0]?.result ?? []),
      ...(task.predictions ?? []).flatMap((p: { result: unknown[] }) => p.result),
    ];
    const write = (items: unknown[]) =>
      writeFileSync(
        join(dir, "export.json"),
        JSON.stringify([{ id: 1, data: task.data, annotations: [{ id: 1, result: items }] }]),
      );
    const before = readFileSync(join(dir, "mini/quotes.yml"), "utf8");
    write(result);
    const kept = await run(["import", "label-studio", "export.json", "--into", "mini", "--json"], { cwd: dir });
    expect(kept.code, kept.stderr).toBe(0);
    expect(JSON.parse(kept.stdout).results[0]).toMatchObject({ changed: [], removed: [], files: [] });
    expect(readFileSync(join(dir, "mini/quotes.yml"), "utf8")).toBe(before);
    write(result.filter((x: { id?: string }) => x.id !== "q-kim-alliance:cue"));
    const dropped = await run(["import", "label-studio", "export.json", "--into", "mini"], { cwd: dir });
    expect(dropped.code, dropped.stderr).toBe(0);
    expect(dropped.stdout).toContain("1 changed");
    expect((await run(["build", "mini"], { cwd: dir })).code).toBe(0);
    const built = JSON.parse(readFileSync(join(dir, "mini/dataset.json"), "utf8"));
    expect(built.quotes.find((q: { id: string }) => q.id === "q-kim-alliance").cue).toBeNull();
  });
});
