// `npm start`: exports every installed dataset package to Parquet and asks
// DuckDB three questions across them. Pass a folder of Parquet tables
// (`claimset export --format parquet --out <dir> datasets/*`) to query that instead.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { exportCorpus, installedDatasets, openDuckDb, type Row } from "./corpus.js";
import { claimsAbout, files, mentionsCut, numbersByKind, quotedMost } from "./queries.js";

function print(title: string, rows: Row[]) {
  console.log(`\n## ${title}\n`);
  if (rows.length === 0) {
    console.log("(none)");
    return;
  }
  const columns = Object.keys(rows[0]!);
  const text = (v: unknown) => (Array.isArray(v) ? v.join(", ") : v === null ? "" : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => text(r[c]).length)));
  console.log(columns.map((c, i) => c.padEnd(widths[i]!)).join("  "));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) console.log(columns.map((c, i) => text(r[c]).padEnd(widths[i]!)).join("  "));
}

const given = process.argv[2];
const dir = given ?? mkdtempSync(join(tmpdir(), "corpus-sql-"));
try {
  if (!given) await exportCorpus(installedDatasets(), dir);
  const db = await openDuckDb();
  const from = files(dir);
  print("Who is quoted most, and to which outlets", await db.query(quotedMost(from)));
  print("Numbers by kind, with their hedges", await db.query(numbersByKind(from)));
  print("Every claim about Russia (Q159), with who asserts it", await db.query(claimsAbout(from), { qid: "Q159" }));
  print("Mentions cut by code point offsets", await db.query(mentionsCut(from)));
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
