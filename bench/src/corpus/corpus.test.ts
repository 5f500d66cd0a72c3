import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createIndex, validateDataset } from "@claimset/core";
import { afterAll, describe, expect, it } from "vitest";
import { generateArticle } from "./article.js";
import { corpusFiles, mergeArticles, writeCorpus } from "./corpus.js";

const dir = mkdtempSync(join(tmpdir(), "claimset-corpus-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("writeCorpus", () => {
  it("writes one valid dataset file per article, in order, and lists them back", () => {
    const corpus = writeCorpus(join(dir, "c"), 3);
    expect(corpusFiles(corpus.dir)).toEqual(corpus.files);
    expect(corpus.files.map((f) => f.slice(-17))).toEqual([
      "article-0001.json",
      "article-0002.json",
      "article-0003.json",
    ]);
    const text = readFileSync(corpus.files[1]!, "utf8");
    expect(Buffer.byteLength(text)).toBe(corpus.bytes[1]);
    expect(validateDataset(JSON.parse(text)).ok).toBe(true);
    expect(JSON.parse(text)).toEqual(generateArticle(2));
  });
});

describe("mergeArticles", () => {
  const articles = [1, 2, 3].map((i) => generateArticle(i));
  const merged = mergeArticles(articles);

  it("makes one valid dataset holding every record", () => {
    const result = validateDataset(merged);
    expect(result.ok ? [] : result.issues.slice(0, 3)).toEqual([]);
    expect(merged.quotes).toHaveLength(articles.reduce((n, a) => n + a.quotes.length, 0));
  });

  it("moves the spans of later articles by the length of the text before them", () => {
    const second = articles[1]!.quotes[0]!;
    const moved = merged.quotes.find((q) => q.id === second.id)!;
    expect(moved.spans[0]!.start).toBe(second.spans[0]!.start + articles[0]!.source.text.length + 2);
    expect(
      createIndex(merged)
        .at(moved.spans[0]!.start)
        .some((a) => a.type === "quote" && a.quote.id === second.id),
    ).toBe(true);
  });
});
