// The SQL answers checked against the same questions asked of the datasets
// directly (createCorpus), over every installed dataset package plus a
// second article written here; and the Hive layout Spark and Trino read
// giving the same answers as one file per table.
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createCorpus, type ReadonlyDataset } from "@claimset/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exportCorpus, installedDatasets, openDuckDb } from "./corpus.js";
import { claimsAbout, files, mentionsCut, numbersByKind, partitions, quotedMost } from "./queries.js";
import { secondArticle } from "./second-article.js";

const datasets: ReadonlyDataset[] = [...installedDatasets(), secondArticle()];
const corpus = createCorpus(datasets);
const work = mkdtempSync(join(tmpdir(), "corpus-sql-test-"));
let db: Awaited<ReturnType<typeof openDuckDb>>;

beforeAll(async () => {
  // Streamed: the writer asks for one dataset at a time.
  await exportCorpus(datasets.values(), join(work, "files"));
  await exportCorpus(datasets.values(), join(work, "hive"), true);
  db = await openDuckDb();
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("over every installed dataset and a second article", () => {
  it("covers every dataset package the example depends on", () => {
    expect(datasets.map((d) => d.id)).toContain("north-korea-victory-day-parade");
    expect(datasets.length).toBeGreaterThanOrEqual(2);
  });

  it("counts quotes per speaker across articles, joined on the Wikidata id, with the outlets", async () => {
    const rows = await db.query(quotedMost(files(join(work, "files")), 1000));
    const putin = rows.find((r) => r.who === "Q7747")!;
    expect(putin.quotes).toBe(corpus.quotesBy("Q7747").length);
    expect(putin.articles).toBe(new Set(corpus.quotesBy("Q7747").map((h) => h.dataset)).size);
    expect(putin.articles).toBe(2);
    expect(putin.outlets).toEqual(["The Times"]);
    const total = rows.reduce((n, r) => n + (r.quotes as number), 0);
    expect(total).toBe(datasets.reduce((n, d) => n + d.quotes.filter((q) => q.speaker !== null).length, 0));
  });

  it("counts numbers by kind and comparator, with their hedge words", async () => {
    const rows = await db.query(numbersByKind(files(join(work, "files"))));
    for (const row of rows) {
      const claims = datasets.flatMap((d) =>
        d.claims.filter((c) => c.kind === row.kind && c.comparator === row.comparator),
      );
      expect(row.claims, `${row.kind} ${row.comparator}`).toBe(claims.length);
      expect(row.hedged).toBe(claims.filter((c) => c.qualifier !== null).length);
    }
    expect(rows.reduce((n, r) => n + (r.claims as number), 0)).toBe(datasets.reduce((n, d) => n + d.claims.length, 0));
  });

  it("lists every claim about Russia in every article, with who asserts it", async () => {
    const rows = await db.query(claimsAbout(files(join(work, "files"))), { qid: "Q159" });
    expect(rows.map((r) => `${r.dataset}:${r.id}`).sort()).toEqual(
      corpus
        .claimsAbout("Q159")
        .map((h) => h.key)
        .sort(),
    );
    expect(rows.find((r) => r.id === "n-tanks")).toMatchObject({ dataset: "second-article", asserted_by: "Officials" });
    expect(rows.find((r) => r.id === "n-divisions")).toMatchObject({ by: "quote", asserted_by: "Vladimir Putin" });
  });

  it("cuts every mention of every article exactly with code point offsets (an emoji before every span of the second)", async () => {
    const [row] = await db.query(mentionsCut(files(join(work, "files"))));
    expect(row!.mentions).toBe(datasets.reduce((n, d) => n + d.entities.reduce((m, e) => m + e.mentions.length, 0), 0));
    expect(row!.exact).toBe(row!.mentions);
  });
});

describe("the Hive layout (what Spark's spark.read.parquet and a Trino table over the folder read)", () => {
  it("is one folder per dataset, dataset=<id>", () => {
    expect(readdirSync(join(work, "hive", "claims")).sort()).toEqual(datasets.map((d) => `dataset=${d.id}`).sort());
  });

  it("answers every question the same as one file per table", async () => {
    const one = files(join(work, "files"));
    const hive = partitions(join(work, "hive"));
    expect(await db.query(quotedMost(hive, 1000))).toEqual(await db.query(quotedMost(one, 1000)));
    expect(await db.query(numbersByKind(hive))).toEqual(await db.query(numbersByKind(one)));
    expect(await db.query(claimsAbout(hive), { qid: "Q159" })).toEqual(
      await db.query(claimsAbout(one), { qid: "Q159" }),
    );
    expect(await db.query(mentionsCut(hive))).toEqual(await db.query(mentionsCut(one)));
  });
});
