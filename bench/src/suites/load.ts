import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { datasetPackageFiles } from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { median } from "../measure.js";

const CHILD = join(dirname(fileURLToPath(import.meta.url)), "load-child.mjs");

export interface LoadFigures {
  articles: number;
  /** Importing each article's package entry (`dist/index.js`, which imports every table), cold. */
  importMs: number;
  /** readFileSync and JSON.parse of each article's dataset.json, in a process of its own. */
  parseMs: number;
  /** importMs / parseMs. */
  vsParse: number;
}

export interface TableImport {
  importMs: number;
  /** Every module the import loaded, relative to the package. */
  loaded: string[];
}

/**
 * Writes the package files `claimset build` makes (dist modules and
 * dataset.json) for each article into `dir`/article-NNNN, and returns the folders.
 */
export function writePackages(files: readonly string[], dir: string): string[] {
  const require = createRequire(import.meta.url);
  const schemaJson = readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8");
  return files.map((file, i) => {
    const folder = join(dir, `article-${String(i + 1).padStart(4, "0")}`);
    const dataset = JSON.parse(readFileSync(file, "utf8")) as Dataset;
    for (const out of datasetPackageFiles(dataset, schemaJson)) {
      if (!(out.path.endsWith(".js") || out.path === "dataset.json")) continue;
      mkdirSync(dirname(join(folder, out.path)), { recursive: true });
      writeFileSync(join(folder, out.path), out.content);
    }
    writeFileSync(join(folder, "package.json"), '{ "type": "module", "sideEffects": false }\n');
    return folder;
  });
}

function child(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, [CHILD, ...args], { encoding: "utf8", maxBuffer: 1 << 24 }));
}

/**
 * Cold import of N dataset packages against JSON.parse of their dataset.json,
 * each in a fresh process (an ES module loads once per process, so the import
 * cannot be repeated in one); the median of `runs` processes each.
 */
export function benchLoad(packages: readonly string[], listFile: string, runs: number): LoadFigures {
  writeFileSync(listFile, JSON.stringify(packages));
  type Run = { ms: number; quotes: number };
  const imports: Run[] = [];
  const parses: Run[] = [];
  // Alternated, so that a busy spell on the machine falls on both.
  for (let i = 0; i < runs; i++) {
    imports.push(child(["import", listFile]) as Run);
    parses.push(child(["parse", listFile]) as Run);
  }
  if (imports.some((r, i) => r.quotes !== parses[i]!.quotes)) throw new Error("imported and parsed datasets differ");
  const importMs = median(imports.map((r) => r.ms));
  const parseMs = median(parses.map((r) => r.ms));
  return { articles: packages.length, importMs, parseMs, vsParse: importMs / parseMs };
}

/** Imports one table of a package in a fresh process and lists what loaded. */
export function importOneTable(packageDir: string): TableImport {
  const result = child(["table", packageDir]) as { importMs: number; loaded: string[] };
  return {
    importMs: result.importMs,
    loaded: result.loaded.map((url) => relative(packageDir, fileURLToPath(url)).replaceAll("\\", "/")),
  };
}
