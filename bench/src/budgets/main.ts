// Bundle budgets, run by `npm test` (turbo `check`, after the builds): the
// min+gzip size of what consumers import, against bench/budgets.json.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { datasetPackageFiles, readDatasetFile } from "@claimset/core/node";
import type { Dataset } from "@claimset/schema";
import { assetSize, bundle } from "./bundle.js";
import { type Budget, checkBudgets, type Measured, oneTableProblems, zodLocaleProblems, zodProblems } from "./check.js";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "../..");
const require = createRequire(import.meta.url);
/** Bytes a table's bundle may add to the gzip size of the table's own data: the module around it. */
const TABLE_OVERHEAD = 1024;

/** Every dataset package of the repository: its folder and its name. */
function datasetPackages(): { dir: string; name: string }[] {
  const base = join(benchDir, "../datasets");
  return readdirSync(base)
    .filter((slug) => existsSync(join(base, slug, "package.json")))
    .map((slug) => {
      const dir = join(base, slug);
      return { dir, name: (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string }).name };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/**
 * Installs a dataset package into `work/node_modules` as \`claimset build\` writes it: its package.json and the
 * modules built from its committed dataset.json (which \`claimset build --check\` keeps in step with the YAML).
 * In \`npm test\` turbo runs this check after the builds of bench's own dependencies only, so a dataset added
 * since may not be built yet; building its modules here measures the same bytes without waiting on its build.
 */
function installBuilt(dir: string, name: string, work: string): Dataset {
  const target = join(work, "node_modules", ...name.split("/"));
  const dataset = readDatasetFile(join(dir, "dataset.json"));
  const schema = readFileSync(require.resolve("@claimset/schema/dataset.schema.json"), "utf8");
  for (const file of [
    { path: "package.json", content: readFileSync(join(dir, "package.json"), "utf8") },
    ...datasetPackageFiles(dataset, schema),
  ]) {
    mkdirSync(dirname(join(target, file.path)), { recursive: true });
    writeFileSync(join(target, file.path), file.content);
  }
  return dataset;
}

/** Strings that only the other tables hold: none may reach a bundle of the quotes table. */
function otherTablesData(dataset: Dataset): string[] {
  return [
    dataset.source.sha256,
    dataset.source.text.slice(0, 60),
    ...dataset.entities.flatMap((e) => (e.description ? [e.description] : [])),
    ...dataset.claims.map((c) => `"${c.id}"`),
    ...dataset.notes.map((n) => `"${n.id}"`),
    ...dataset.notes.map((n) => n.text.slice(0, 60)),
  ];
}

export async function measureAll(): Promise<Measured[]> {
  const measured: Measured[] = [];

  // One table of every dataset: its own data and nothing else, whatever the article.
  const work = mkdtempSync(join(tmpdir(), "claimset-budgets-"));
  try {
    for (const { dir, name } of datasetPackages()) {
      const dataset = installBuilt(dir, name, work);
      const table = await bundle(`import { quotes } from "${name}/quotes";\nconsole.log(quotes);\n`, work);
      const data = gzipSync(JSON.stringify(dataset.quotes), { level: 9 }).length;
      measured.push({
        name: `quotes from ${name}/quotes`,
        ...table,
        problems: oneTableProblems("quotes", table.inputs, table.code, otherTablesData(dataset)),
        budget: { name: `quotes from ${name}/quotes`, gzip: data + TABLE_OVERHEAD },
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const query = await bundle(`import { createIndex } from "@claimset/core";\nconsole.log(createIndex);\n`, benchDir);
  measured.push({ name: "createIndex from @claimset/core", ...query, problems: zodProblems(query.inputs) });

  // A page that validates a dataset it fetched, bundled by esbuild (what vite's dev
  // server, tsup and many tools use): zod's schemas, not its locales.
  const validate = await bundle(
    `import { validateDataset } from "@claimset/core";\nconst result = validateDataset(JSON.parse(document.body.textContent));\ndocument.body.textContent = result.ok ? "valid" : result.issues.length + " issues";\n`,
    benchDir,
  );
  measured.push({
    name: "validateDataset from @claimset/core",
    ...validate,
    problems: zodLocaleProblems(validate.inputs),
  });

  // The drafter runs in the browser too: its whole pipeline, without zod or any Node built-in.
  const drafter = await bundle(`import { draft } from "@claimset/draft";\nconsole.log(draft);\n`, benchDir);
  measured.push({ name: "draft from @claimset/draft", ...drafter, problems: zodProblems(drafter.inputs) });

  // The web viewer builds with its own bundler (vite); its emitted assets are measured as they are. The
  // validator is a chunk of its own, loaded only for datasets from elsewhere (a file from disk, `?src=`).
  const viewerDist = join(dirname(require.resolve("@claimset/viewer/package.json")), "dist/site/assets");
  if (existsSync(viewerDist)) {
    const groups = [
      { name: "web viewer js", test: (f: string) => f.endsWith(".js") && !f.startsWith("validate-") },
      { name: "web viewer js, validator chunk", test: (f: string) => f.endsWith(".js") && f.startsWith("validate-") },
      { name: "web viewer css", test: (f: string) => f.endsWith(".css") },
    ];
    for (const { name, test } of groups) {
      const files = readdirSync(viewerDist).filter(test);
      const sizes = files.map((f) => ({
        path: `packages/viewer/dist/site/assets/${f}`,
        ...assetSize(readFileSync(join(viewerDist, f))),
      }));
      measured.push({
        name,
        min: sizes.reduce((n, s) => n + s.min, 0),
        gzip: sizes.reduce((n, s) => n + s.gzip, 0),
        inputs: sizes.map((s) => ({ path: s.path, bytes: s.min })).sort((a, b) => b.bytes - a.bytes),
        problems: files.length ? [] : [`no ${name} asset in ${viewerDist}`],
      });
    }
  }
  return measured;
}

export function readBudgets(): Budget[] {
  return JSON.parse(readFileSync(join(benchDir, "budgets.json"), "utf8")).budgets as Budget[];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const measured = await measureAll();
  const verdicts = checkBudgets(readBudgets(), measured);
  for (const m of measured) {
    const budget = m.budget ?? readBudgets().find((b) => b.name === m.name);
    process.stdout.write(
      `${verdicts.find((v) => v.name === m.name)?.ok ? "✓" : "✗"} ${m.name}: ${m.gzip} B min+gzip (${m.min} B min)${budget ? `, budget ${budget.gzip} B` : ""}\n`,
    );
  }
  const failed = verdicts.filter((v) => !v.ok);
  for (const v of failed) process.stderr.write(`${v.lines.join("\n")}\n`);
  process.exitCode = failed.length ? 1 : 0;
}
