import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { contentHash, sha256 } from "@claimset/core";
import type { Dataset, Span } from "@claimset/schema";
import { generateArticle } from "./article.js";

/** The seed of every published figure; change it only with a note in BENCHMARKS.md. */
export const DEFAULT_SEED = 1;

export interface Corpus {
  dir: string;
  /** Dataset JSON files, article 1 first; the corpus of n articles is the first n. */
  files: string[];
  bytes: number[];
}

/**
 * Writes `count` synthetic articles as dataset JSON files (two-space indent,
 * as `claimset build` writes them) into `dir`, replacing what was there.
 */
export function writeCorpus(dir: string, count: number, seed = DEFAULT_SEED): Corpus {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  const bytes: number[] = [];
  for (let i = 1; i <= count; i++) {
    const file = join(dir, `article-${String(i).padStart(4, "0")}.json`);
    const json = `${JSON.stringify(generateArticle(i, seed), null, 2)}\n`;
    writeFileSync(file, json);
    files.push(file);
    bytes.push(Buffer.byteLength(json));
  }
  return { dir, files, bytes };
}

/** The dataset files of a corpus folder, in article order. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /^article-\d+\.json$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

const SEPARATOR = "\n\n";

function shifted<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/**
 * Concatenates articles into one dataset: the texts joined by a blank line,
 * every span moved by its article's offset, records kept as they are (their
 * ids carry the article's index, so they do not clash). Valid when the
 * articles are; with `hash: false` the hashes are left empty (queries do not
 * read them, and hashing 100 MB of content is not what a query benchmark measures).
 */
export function mergeArticles(
  articles: readonly Dataset[],
  { id = "synthetic-corpus", hash = true }: { id?: string; hash?: boolean } = {},
): Dataset {
  const [first] = articles;
  if (!first) throw new RangeError("mergeArticles needs at least one article");
  const merged: Dataset = {
    ...first,
    id,
    contentHash: "",
    source: { ...first.source, text: "", sha256: "" },
    entities: [],
    quotes: [],
    claims: [],
    notes: [],
    retired: [],
  };
  const texts: string[] = [];
  let offset = 0;
  for (const article of articles) {
    const by = offset;
    for (const e of article.entities) merged.entities.push({ ...e, mentions: e.mentions.map((m) => shifted(m, by)) });
    for (const q of article.quotes) {
      merged.quotes.push({
        ...q,
        spans: q.spans.map((s) => shifted(s, by)),
        speakerText: q.speakerText && shifted(q.speakerText, by),
        cue: q.cue && shifted(q.cue, by),
      });
    }
    for (const c of article.claims) {
      merged.claims.push({
        ...c,
        span: shifted(c.span, by),
        qualifier: c.qualifier && shifted(c.qualifier, by),
        assertedBy:
          c.assertedBy.type === "unnamed" ? { ...c.assertedBy, span: shifted(c.assertedBy.span, by) } : c.assertedBy,
      });
    }
    for (const n of article.notes) merged.notes.push({ ...n, span: n.span && shifted(n.span, by) });
    merged.retired.push(...article.retired);
    texts.push(article.source.text);
    offset += article.source.text.length + SEPARATOR.length;
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const table of ["entities", "quotes", "claims", "notes", "retired"] as const) merged[table].sort(byId);
  merged.source.text = texts.join(SEPARATOR);
  if (hash) {
    merged.source.sha256 = sha256(merged.source.text);
    merged.contentHash = contentHash(merged as unknown as Record<string, unknown>);
  }
  return merged;
}
