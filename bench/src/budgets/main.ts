// Bundle budgets, run by `npm test` (turbo `check`, after the builds): the
// min+gzip size of what consumers import, against bench/budgets.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Dataset } from "@claimset/schema";
import { assetSize, bundle } from "./bundle.js";
import { type Budget, checkBudgets, type Measured, oneTableProblems, zodLocaleProblems, zodProblems } from "./check.js";

const here = dirname(fileURLToPath(import.meta.url));
const benchDir = join(here, "../..");
const require = createRequire(import.meta.url);
/** Bytes a table's bundle may add to the gzip size of the table's own data: the module around it. */
const TABLE_OVERHEAD = 1024;

/** Every dataset package of the repository, by name. */
function datasetPackages(): string[] {
  const dir = join(benchDir, "../datasets");
  return readdirSync(dir)
    .filter((slug) => existsSync(join(dir, slug, "package.json")))
    .map((slug) => (JSON.parse(readFileSync(join(dir, slug, "package.json"), "utf8")) as { name: string }).name)
    .sort();
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
  for (const name of datasetPackages()) {
    const table = await bundle(`import { quotes } from "${name}/quotes";\nconsole.log(quotes);\n`, benchDir);
    const dataset = JSON.parse(readFileSync(require.resolve(`${name}/dataset.json`), "utf8")) as Dataset;
    const data = gzipSync(JSON.stringify(dataset.quotes), { level: 9 }).length;
    measured.push({
      name: `quotes from ${name}/quotes`,
      ...table,
      problems: oneTableProblems("quotes", table.inputs, table.code, otherTablesData(dataset)),
      budget: { name: `quotes from ${name}/quotes`, gzip: data + TABLE_OVERHEAD },
    });
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
