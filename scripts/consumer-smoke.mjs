#!/usr/bin/env node
// Installs the packed packages into a fresh project outside the workspace and
// uses them the way people who install from npm do: ESM import, CJS require,
// TypeScript under moduleResolution node16 and bundler, and the CLI binary.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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

  const dataset = publishable.find(({ pkg }) => pkg.name.startsWith("@claimset/dataset-")).pkg.name;
  writeFileSync(
    join(app, "esm.mjs"),
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
if (quotes.length !== dataset.quotes.length || quotes.length === 0) throw new Error("quotes entry point is wrong");
if (dataset.schemaVersion.split(".")[0] !== SCHEMA_VERSION.split(".")[0]) throw new Error("schema mismatch");
const index = createIndex(loaded);
if (!index.record(quotes[0].id)) throw new Error("index lookup failed");
console.log("esm ok", version, quotes.length, "quotes");
`,
  );
  writeFileSync(
    join(app, "cjs.cjs"),
    `const { loadDataset } = require("@claimset/core");
const { Dataset } = require("@claimset/schema");
const { dataset } = require("${dataset}");
const { claims } = require("${dataset}/claims");
Dataset.parse(dataset);
loadDataset(JSON.parse(JSON.stringify(dataset)));
if (!claims.length) throw new Error("claims entry point is empty");
console.log("cjs ok", claims.length, "claims");
`,
  );
  const tsSource = `import { createIndex, loadDataset, type ValidationIssue } from "@claimset/core";
import type { Quote, ReadonlyDataset } from "@claimset/schema";
import { dataset, type QuoteId } from "${dataset}";
import { entities } from "${dataset}/entities";
const readonlyData: ReadonlyDataset = dataset;
const first: QuoteId = dataset.quotes[0]!.id as QuoteId;
const q: Readonly<Pick<Quote, "id">> = { id: first };
const names: string[] = entities.map((e) => e.name);
const issues: ValidationIssue[] = [];
const index = createIndex(readonlyData);
export { loadDataset, q, names, issues, index };
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
  step(run("node", ["esm.mjs"], app).trim());
  step(run("node", ["cjs.cjs"], app).trim());
  const stats = run(join(app, "node_modules/.bin/claimset"), ["stats", dataset, "--json"], app);
  step(`claimset stats ${dataset}: ${JSON.parse(stats).quotes.total} quotes`);

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
  const npx = run("npx", ["--no", "@claimset/cli", "stats", dataset, "--json"], app);
  step(`npx @claimset/cli stats ${dataset}: ${JSON.parse(npx).quotes.total} quotes`);
  step(`ok (${rootPkg.name})`);
} finally {
  if (!process.exitCode) rmSync(work, { recursive: true, force: true });
}
