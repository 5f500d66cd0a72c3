import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { type Context, DataError, paint, UsageError } from "../context.js";
import { loadDataset } from "../datasets.js";
import { limitsFrom, stringOption } from "../limits.js";
import { printPlanned } from "../planned.js";
import type { CommandRun } from "../spec.js";

const TABLES = ["entities.yml", "quotes.yml", "claims.yml", "notes.yml"] as const;

function readArticleText(path: string, maxBytes: number): string {
  const size = statSync(path).size;
  if (size > maxBytes)
    throw new DataError(`${path}: ${size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`);
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new DataError(`${path}: the article is empty`);
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new DataError(`${path}: not UTF-8 text; convert it first (e.g. with iconv)`);
  }
}

/** Compiles drafted files against the article before anything is written; a failure is a bug in the drafter. */
async function mustCompile(files: Record<string, string>, article: string, where: string): Promise<void> {
  const { compileDataset } = await import("@claimset/core/authoring");
  const result = compileDataset({ files, article, version: "0.0.0" });
  if (!result.ok) {
    const first = result.issues
      .slice(0, 5)
      .map((i) => `  ${i.file}${i.line ? `:${i.line}` : ""} [${i.rule}]: ${i.message}`);
    throw new Error(`the draft for ${where} does not compile (nothing was written):\n${first.join("\n")}`);
  }
}

/** Prints the files, each under its name (what --stdout shows). */
function printFiles(context: Context, files: Record<string, string>): void {
  printPlanned(
    context,
    Object.entries(files).map(([path, content]) => ({ path, content })),
  );
}

function counts(tables: { entities: unknown[]; quotes: unknown[]; claims: unknown[]; notes: unknown[] }) {
  return {
    entities: tables.entities.length,
    quotes: tables.quotes.length,
    claims: tables.claims.length,
    notes: tables.notes.length,
  };
}

export const run: CommandRun = async ({ positionals: [input], values }, context) => {
  const limits = limitsFrom(values);
  const path = resolve(context.cwd, input as string);
  if (!existsSync(path))
    throw new UsageError(`${input}: no such file or folder.`, {
      hint: "name an article text file or an authored dataset folder",
    });
  const { draft, draftMissing, DRAFTER_TOOL, MergeError } = await import("@claimset/draft");
  const { FileSafetyError, resolveInside, writeFileAtomic, isAuthoredFolder } = await import("@claimset/core/node");
  // The schema this CLI ships with takes provenance on records and machineDrafted on the dataset.
  const provenance = true;
  const machineDrafted = Boolean(values["machine-drafted"]);
  const shown = (p: string) => relative(context.cwd, p) || ".";

  if (statSync(path).isDirectory()) {
    if (!isAuthoredFolder(path))
      throw new UsageError(`${input} is a folder without dataset.yml.`, {
        hint: "pass an article file or an authored dataset folder",
      });
    if (values.out !== undefined)
      throw new UsageError("--out applies to an article file; a dataset folder is drafted into itself.", {
        hint: "leave --out out",
      });
    const existing = loadDataset(input as string, context.cwd, limits).dataset;
    const files: Record<string, string> = {};
    for (const name of TABLES) {
      const file = join(path, name);
      files[name] = existsSync(file) ? readFileSync(file, "utf8") : "[]\n";
    }
    let merged: ReturnType<typeof draftMissing>;
    try {
      merged = draftMissing(existing, files, { provenance });
    } catch (error) {
      if (error instanceof MergeError) throw new DataError(`${input}: ${error.message}`, { rule: "merge" });
      throw error;
    }
    const meta = readFileSync(join(path, "dataset.yml"), "utf8");
    await mustCompile(
      {
        "dataset.yml": meta,
        ...files,
        ...merged.files,
        ...(existsSync(join(path, "retired.yml"))
          ? { "retired.yml": readFileSync(join(path, "retired.yml"), "utf8") }
          : {}),
      },
      existing.source.text,
      shown(path),
    );
    const added = counts(merged.added);
    const proposed = { folder: shown(path), tool: DRAFTER_TOOL, added, files: Object.keys(merged.files) };
    if (values.stdout) {
      if (!values.json) printFiles(context, merged.files);
      return { results: [{ ...proposed, content: merged.files }] };
    }
    // Appending is the point here: the files exist, and only new records were added below their text.
    for (const [name, content] of Object.entries(merged.files))
      writeFileAtomic(resolveInside(path, name), content, { force: true });
    if (!values.json) {
      const total = added.entities + added.quotes + added.claims + added.notes;
      context.stdout(
        total === 0
          ? `${paint(context, "green", "✓")} ${shown(path)}: nothing to propose; every drafted record is covered by an existing one\n`
          : `${paint(context, "green", "✓")} ${shown(path)}: proposed ${added.entities} entities, ${added.quotes} quotes, ${added.claims} claims, ${added.notes} notes (unreviewed, appended to ${Object.keys(merged.files).join(", ")})\n`,
      );
    }
    return { results: [proposed] };
  }

  const article = readArticleText(path, limits.maxBytes);
  const id =
    stringOption(values, "id") ??
    (basename(path)
      .replace(/\.[^.]+$/, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") ||
      "draft");
  const rights = stringOption(values, "rights");
  const { SCHEMA_ID_BASE } = await import("@claimset/schema");
  const schemaRef = (name: string) => `${SCHEMA_ID_BASE}/authoring/${name}.schema.json`;
  const result = draft(article, { id, provenance, machineDrafted, schemaRef, ...(rights ? { rights } : {}) });
  await mustCompile(result.files, article, shown(path));
  const out = stringOption(values, "out");
  if (out === undefined || values.stdout) {
    if (!values.json) printFiles(context, result.files);
    return {
      results: [
        { tool: DRAFTER_TOOL, added: counts(result.tables), files: Object.keys(result.files), content: result.files },
      ],
    };
  }
  const folder = resolveInside(context.cwd, out);
  const targets = ["article.txt", ...Object.keys(result.files)];
  const clashes = targets.filter((name) => existsSync(join(folder, name)));
  const sameArticle =
    existsSync(join(folder, "article.txt")) && readFileSync(join(folder, "article.txt"), "utf8") === article;
  const blocking = clashes.filter((name) => !(name === "article.txt" && sameArticle));
  if (blocking.length && !values.force) {
    throw new FileSafetyError(`${shown(folder)} already has ${blocking.join(", ")}`, {
      rule: "exists",
      hint: "pass --force to overwrite, or draft the folder itself to propose only what is missing",
    });
  }
  const force = Boolean(values.force);
  if (!sameArticle) writeFileAtomic(resolveInside(folder, "article.txt"), readFileSync(path), { force });
  for (const [name, content] of Object.entries(result.files))
    writeFileAtomic(resolveInside(folder, name), content, { force });
  const c = counts(result.tables);
  if (!values.json) {
    context.stdout(
      `${paint(context, "green", "✓")} drafted ${shown(folder)}/: ${c.entities} entities, ${c.quotes} quotes, ${c.claims} claims, ${c.notes} notes, all unreviewed\n`,
    );
    context.stdout(
      `\nNext: review the records (set reviewed: true on each one you have checked), then run\n  claimset validate ${shown(folder)}\n`,
    );
  }
  return { results: [{ folder: shown(folder), tool: DRAFTER_TOOL, added: c, files: targets }] };
};
