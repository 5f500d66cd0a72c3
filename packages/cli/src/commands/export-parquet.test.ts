import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXPORT_TABLES, flatRows } from "@claimset/core";
import { compileFolder, readDatasetFile } from "@claimset/core/node";
import { describe, expect, it } from "vitest";
import { MINI, run, tempDir } from "../../test/helpers.js";

const SEED = join(import.meta.dirname, "../../../../datasets/north-korea-victory-day-parade");
const mini = compileFolder(MINI);
const seed = readDatasetFile(join(SEED, "dataset.json"));

describe("claimset export --format parquet", () => {
  it("writes one Parquet file per table for several datasets, with every row of each", async () => {
    const cwd = tempDir();
    const r = await run(["export", "--format", "parquet", "--out", "pq", "--json", SEED, MINI], { cwd });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      datasets: { id: string }[];
      results: { path: string; table: string; rows: number }[];
    };
    expect(report.datasets.map((d) => d.id)).toEqual([seed.id, mini.id]);
    expect(readdirSync(join(cwd, "pq")).sort()).toEqual(EXPORT_TABLES.map((t) => `${t}.parquet`).sort());
    for (const file of report.results) {
      const want = flatRows(seed, file.table as never).length + flatRows(mini, file.table as never).length;
      expect(file.rows, file.table).toBe(want);
      const bytes = readFileSync(join(cwd, file.path));
      expect(bytes.subarray(0, 4).toString()).toBe("PAR1");
      expect(bytes.subarray(-4).toString()).toBe("PAR1");
    }
  });

  it("writes Hive partitions by dataset with --partition-by-dataset, and takes -d for one dataset", async () => {
    const cwd = tempDir();
    const r = await run(["export", "-f", "parquet", "-o", "hive", "--partition-by-dataset", "-d", MINI], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${EXPORT_TABLES.length} Parquet files written from 1 dataset`);
    expect(readdirSync(join(cwd, "hive", "mentions"))).toEqual([`dataset=${mini.id}`]);
    expect(readdirSync(join(cwd, "hive", "mentions", `dataset=${mini.id}`))).toEqual(["part-0.parquet"]);
  });

  it("refuses to overwrite, and writes nothing when a dataset repeats", async () => {
    const cwd = tempDir();
    expect((await run(["export", "-f", "parquet", "-o", "pq", MINI], { cwd })).code).toBe(0);
    const again = await run(["export", "-f", "parquet", "-o", "pq", MINI], { cwd });
    expect(again.code).toBe(3);
    expect(again.stderr).toContain("already exists");
    expect((await run(["export", "-f", "parquet", "-o", "pq", "--force", MINI], { cwd })).code).toBe(0);
    const twice = await run(["export", "-f", "parquet", "-o", "twice", MINI, MINI], { cwd });
    expect(twice.code).toBe(3);
    expect(twice.stderr).toContain(`two datasets have the id "${mini.id}"`);
    expect(readdirSync(join(cwd, "twice"))).toEqual([]);
  });

  it("refuses what does not apply, with exit 2", async () => {
    const cases: [string[], string][] = [
      [["-f", "parquet", MINI], "--format parquet writes one file per table"],
      [["-f", "csv", "--table", "quotes", MINI, SEED], "--format csv exports one dataset; got 2"],
      [
        ["-f", "csv", "--table", "quotes", "--partition-by-dataset", "-d", MINI],
        "--partition-by-dataset applies to parquet only",
      ],
    ];
    for (const [args, message] of cases) {
      const r = await run(["export", ...args], { cwd: tempDir() });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
  });
});
