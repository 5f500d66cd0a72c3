#!/usr/bin/env node
// Installs the packed packages into a fresh project outside the workspace and
// uses them the way people who install from npm do: ESM import, CJS require,
// TypeScript under moduleResolution node16 and bundler, and the CLI binary.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
function fail(message) {
  process.stderr.write(`consumer smoke: ${message}\n`);
  process.exit(1);
}
function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    process.stderr.write(
      `consumer smoke: \`${cmd} ${args.join(" ")}\` failed in ${cwd}\n${error.stdout ?? ""}${error.stderr ?? ""}\n`,
    );
    process.exit(1);
  }
}

// The tool packages must be built: their tarballs pack dist/. Under `npm test`, turbo
// builds them first (//#check:consumer's dependsOn): a second turbo run inside this
// task would rebuild, and clean, the dist/ folders that other tasks are building or
// reading at the same time. Run on its own, this script builds them itself.
// `--skip-build`: the caller has built them (the scaffold test, in a copy of the repository).
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by turbo for every task it runs; this task is never cached
const underTurbo = process.env.TURBO_HASH !== undefined;
if (!process.argv.includes("--skip-build") && !underTurbo) {
  run("npx", ["turbo", "run", "build", "--filter=./packages/*", "--output-logs=errors-only"], root);
}
if (underTurbo) {
  const task = JSON.parse(readFileSync(join(root, "turbo.json"), "utf8")).tasks["//#check:consumer"] ?? {};
  const after = new Set(task.dependsOn ?? []);
  for (const name of readdirSync(join(root, "packages"))) {
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(root, "packages", name, "package.json"), "utf8"));
    } catch {
      continue;
    }
    if (pkg.private || pkg.scripts?.build === undefined) continue;
    if (!after.has(`${pkg.name}#build`))
      fail(
        `turbo.json's //#check:consumer does not wait for ${pkg.name}'s build: add "${pkg.name}#build" to its dependsOn`,
      );
  }
}

const publishable = [];
for (const group of ["packages", "datasets"]) {
  for (const name of readdirSync(join(root, group))) {
    const dir = join(root, group, name);
    let pkg;
    try {
      pkg = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    if (!pkg.private) publishable.push({ dir, pkg });
  }
}

const work = mkdtempSync(join(tmpdir(), "claimset-consumer-"));
const step = (label) => process.stdout.write(`consumer smoke: ${label}\n`);
try {
  const tarballs = join(work, "tarballs");
  mkdirSync(tarballs);
  const deps = {};
  // Each dataset is built from its authored files in a copy of its folder, and packed
  // from there: the build turbo may be running in the folder itself at this moment
  // writes the same files, and this test must not read one half written.
  const builtCopies = join(work, "datasets");
  const cli = join(root, "packages/cli/bin/claimset.js");
  for (const { dir, pkg } of publishable) {
    if (!pkg.name.startsWith("@claimset/dataset-") && !existsSync(join(dir, "dist")))
      fail(`${pkg.name} is not built: run \`npm run build\` first`);
  }
  for (const entry of publishable) {
    if (!entry.pkg.name.startsWith("@claimset/dataset-")) continue;
    const copy = join(builtCopies, entry.dir.split(/[\\/]/).pop());
    cpSync(entry.dir, copy, {
      recursive: true,
      filter: (from) => !/[\\/](node_modules|\.turbo|dist)$/.test(from.slice(entry.dir.length)),
    });
    run(process.execPath, [cli, "build", "."], copy);
    entry.dir = copy;
  }
  for (const { dir, pkg } of publishable) {
    const [packed] = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", tarballs], dir));
    deps[pkg.name] = `file:${join(tarballs, packed.filename)}`;
    step(`packed ${pkg.name}@${pkg.version} (${packed.entryCount} files, ${packed.size} bytes)`);
  }
  const rootPkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const typescript = JSON.parse(readFileSync(join(root, "node_modules/typescript/package.json"), "utf8")).version;
  const app = join(work, "app");
  mkdirSync(app);
  writeFileSync(
    join(app, "package.json"),
    JSON.stringify({ name: "consumer", private: true, type: "module", dependencies: { ...deps, typescript } }, null, 2),
  );
  step("installing the tarballs into a fresh project");
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--ignore-scripts"], app);

  // Every dataset of the repository, not the first one found.
  const datasets = publishable
    .filter(({ pkg }) => pkg.name.startsWith("@claimset/dataset-"))
    .map(({ pkg }) => pkg.name);
  if (datasets.length === 0) fail("no dataset package to check");
  datasets.forEach((dataset, n) => {
    writeFileSync(
      join(app, `esm-${n}.mjs`),
      `import { loadDataset, createIndex } from "@claimset/core";
import { readDatasetFile } from "@claimset/core/node";
import { SCHEMA_VERSION } from "@claimset/schema";
import { dataset, version } from "${dataset}";
import { quotes } from "${dataset}/quotes";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const fromJson = readDatasetFile(require.resolve("${dataset}/dataset.json"));
const loaded = loadDataset(structuredClone(dataset));
if (loaded.contentHash !== fromJson.contentHash) throw new Error("module and dataset.json differ");
if (quotes.length !== dataset.quotes.length) throw new Error("quotes entry point is wrong");
if (dataset.schemaVersion.split(".")[0] !== SCHEMA_VERSION.split(".")[0]) throw new Error("schema mismatch");
const index = createIndex(loaded);
if (quotes.length && !index.record(quotes[0].id)) throw new Error("index lookup failed");
console.log("esm ok", "${dataset}", version, quotes.length, "quotes");
`,
    );
    writeFileSync(
      join(app, `cjs-${n}.cjs`),
      `const { loadDataset } = require("@claimset/core");
const { Dataset } = require("@claimset/schema");
const { dataset } = require("${dataset}");
const { claims } = require("${dataset}/claims");
Dataset.parse(dataset);
loadDataset(JSON.parse(JSON.stringify(dataset)));
if (claims.length !== dataset.claims.length) throw new Error("claims entry point is wrong");
console.log("cjs ok", "${dataset}", claims.length, "claims");
`,
    );
  });
  const tsSource = `import { createIndex, loadDataset, type Issue } from "@claimset/core";
import type { Quote, ReadonlyDataset } from "@claimset/schema";
${datasets.map((d, n) => `import { dataset as dataset${n} } from "${d}";\nimport { entities as entities${n} } from "${d}/entities";`).join("\n")}
const readonly: ReadonlyDataset[] = [${datasets.map((_, n) => `dataset${n}`).join(", ")}];
const ids: Readonly<Pick<Quote, "id">>[] = readonly.flatMap((d) => d.quotes.map((q) => ({ id: q.id })));
const names: string[] = [${datasets.map((_, n) => `...entities${n}.map((e) => e.name)`).join(", ")}];
const issues: Issue[] = [];
const indexes = readonly.map((d) => createIndex(d));
export { loadDataset, ids, names, issues, indexes };
`;
  for (const [name, options] of [
    ["node16", { module: "node16", moduleResolution: "node16" }],
    ["bundler", { module: "esnext", moduleResolution: "bundler" }],
  ]) {
    const dir = join(app, `ts-${name}`);
    mkdirSync(dir);
    writeFileSync(join(dir, "index.ts"), tsSource);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { ...options, strict: true, noEmit: true, skipLibCheck: false, target: "es2022", types: [] },
        files: ["index.ts"],
      }),
    );
    step(`typecheck with moduleResolution ${name}`);
    run(join(app, "node_modules/.bin/tsc"), ["-p", dir], app);
  }
  datasets.forEach((_, n) => {
    step(run("node", [`esm-${n}.mjs`], app).trim());
    step(run("node", [`cjs-${n}.cjs`], app).trim());
  });
  const stats = JSON.parse(run(join(app, "node_modules/.bin/claimset"), ["stats", ...datasets, "--json"], app));
  if (stats.results.length !== datasets.length)
    fail(`claimset stats read ${stats.results.length} of ${datasets.length} datasets`);
  step(`claimset stats: ${stats.results.map((r) => `${r.dataset} ${r.quotes.total} quotes`).join(", ")}`);
  // `claimset preview` serves the viewer's built page from the installed @claimset/viewer.
  writeFileSync(
    join(app, "viewer.mjs"),
    `import { existsSync } from "node:fs";
import { join } from "node:path";
import { assetsDir } from "@claimset/viewer/assets";
if (!existsSync(join(assetsDir, "index.html"))) throw new Error("@claimset/viewer ships no built page at " + assetsDir);
console.log("viewer ok", assetsDir.includes("node_modules") ? "installed" : assetsDir);
`,
  );
  step(run("node", ["viewer.mjs"], app).trim());

  // What npm shows of each package: a README, a license and a changelog, and
  // no README sending people to `npx claimset` (not our name on npm).
  for (const { pkg } of publishable) {
    const installed = join(app, "node_modules", pkg.name);
    const missing = ["README.md", "LICENSE", "CHANGELOG.md"].filter((f) => !existsSync(join(installed, f)));
    if (missing.length) fail(`${pkg.name}'s tarball lacks ${missing.join(", ")}`);
    const readme = readFileSync(join(installed, "README.md"), "utf8");
    if (/\bnpx\s+(?:-\S+\s+)*claimset\b/.test(readme))
      fail(`${pkg.name}'s README says \`npx claimset\`; write \`npx @claimset/cli\``);
    // The README's example (its first js block) runs as written against the installed packages.
    const example = /```js\n([\s\S]*?)```/.exec(readme)?.[1];
    if (example) {
      const file = join(app, `readme-${pkg.name.replace(/[@/]/g, "_")}.mjs`);
      writeFileSync(file, example);
      step(`README example of ${pkg.name}: ${run("node", [file], app).trim().split("\n").join(" | ")}`);
    }
  }
  // The command the READMEs give, exactly: npx resolves @claimset/cli to the installed package.
  const npx = JSON.parse(run("npx", ["--no", "@claimset/cli", "stats", ...datasets, "--json"], app));
  step(`npx @claimset/cli stats: ${npx.results.length} datasets`);
  step(`ok (${rootPkg.name})`);
} finally {
  if (!process.exitCode) rmSync(work, { recursive: true, force: true });
}
