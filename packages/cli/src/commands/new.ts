import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { FileSafetyError, resolveInside, writeFileAtomic } from "@claimset/core/node";
import { RECORD_TABLES, RecordId, SCHEMA_ID_BASE, Source, TABLES } from "@claimset/schema";
import { type Context, DataError, paint, UsageError } from "../context.js";
import { limitsFrom, stringOption } from "../limits.js";
import type { CommandRun } from "../spec.js";
import { VERSION } from "../version.js";

/** What `claimset new` needs to know about the article. */
export interface NewDatasetOptions {
  slug: string;
  /** The article file's bytes, copied unchanged. */
  article: Uint8Array;
  rights: string;
  language: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  license: string;
}

const AUTHORED = RECORD_TABLES;

/** The `$schema` an authored file points its editor at: the installed schema package if it resolves, else its public id. */
function schemaRef(folder: string, name: string): string {
  try {
    const require = createRequire(join(folder, "noop.js"));
    const path = require.resolve(`@claimset/schema/authoring/${name}.schema.json`);
    return relative(folder, path).split(sep).join("/");
  } catch {
    return `${SCHEMA_ID_BASE}/authoring/${name}.schema.json`;
  }
}

const yamlString = (value: string | null) => (value === null ? "null" : JSON.stringify(value));

function packageVersionOf(name: string): string {
  try {
    const require = createRequire(import.meta.url);
    return (require(`${name}/package.json`) as { version: string }).version;
  } catch {
    return VERSION;
  }
}

/** The monorepo root holding `folder`, when it is inside the claimset repository itself. */
function claimsetRepoRoot(folder: string): string | null {
  for (let dir = dirname(folder); ; dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      try {
        if ((JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === "claimset-monorepo") return dir;
      } catch {
        // An unreadable package.json is not the root we are looking for.
      }
    }
    if (dirname(dir) === dir) return null;
  }
}

function packageJson(options: NewDatasetOptions, folder: string): string {
  const name = `@claimset/dataset-${options.slug}`;
  const entry = (base: string) => ({
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  });
  const root = claimsetRepoRoot(folder);
  const tools = {
    "@claimset/cli": packageVersionOf("@claimset/cli"),
    "@claimset/schema": packageVersionOf("@claimset/schema"),
    "@claimset/core": packageVersionOf("@claimset/core"),
  };
  const pkg = {
    name,
    version: "0.1.0",
    description: `Every entity, quote and numeric claim of ${options.title === null ? "one news article" : `the article “${options.title}”`}, anchored to the text.`,
    keywords: ["claimset", "dataset", "news", "quotes", "numeric-claims", "entities"],
    license: options.license,
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    ...(root === null
      ? {}
      : {
          repository: {
            type: "git",
            url: "git+https://github.com/claimset/claimset.git",
            directory: relative(root, folder).split(sep).join("/"),
          },
        }),
    exports: {
      ".": entry("index"),
      ...Object.fromEntries(["source", ...TABLES].map((t) => [`./${t}`, entry(t)])),
      "./dataset.json": "./dataset.json",
      "./datapackage.json": "./datapackage.json",
      "./schema.json": "./dist/dataset.schema.json",
      "./article.txt": "./article.txt",
      "./data/*": "./data/*",
      "./package.json": "./package.json",
    },
    main: "./dist/index.cjs",
    module: "./dist/index.js",
    types: "./dist/index.d.ts",
    files: ["dist", "data", "dataset.json", "datapackage.json", "article.txt", "releases", "changes", "CHANGELOG.md"],
    scripts: {
      build: "claimset build .",
      typecheck: "tsc --noEmit",
      test: "vitest run",
      check:
        "claimset build . --check && publint --strict && attw --pack --profile node16 --exclude-entrypoints ./article.txt",
    },
    peerDependencies: { "@claimset/schema": `^${tools["@claimset/schema"]}` },
    peerDependenciesMeta: { "@claimset/schema": { optional: true } },
    devDependencies: tools,
    publishConfig: { access: "public" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

function readme(options: NewDatasetOptions): string {
  const name = `@claimset/dataset-${options.slug}`;
  const about = [
    options.title === null ? null : `- Title: ${options.title}`,
    options.publisher === null ? null : `- Publisher: ${options.publisher}`,
    options.url === null ? null : `- URL: <${options.url}>`,
    `- Language: ${options.language}`,
  ].filter((line): line is string => line !== null);
  return `# ${name}

Every entity, quote and numeric claim of one news article, anchored to its
text by UTF-16 offsets, as typed, versioned, citable data.

## The article

${about.join("\n")}

## Install

\`\`\`sh
npm install ${name}
\`\`\`

\`\`\`js
import { dataset, entities, quotes, claims, notes } from "${name}";
\`\`\`

The package also ships \`dataset.json\`, the tables as \`data/*.csv\` and
\`data/*.jsonl\`, and a Frictionless \`datapackage.json\`.

## Authoring

The records are written by hand in \`entities.yml\`, \`quotes.yml\`,
\`claims.yml\` and \`notes.yml\`, each anchored to the exact text of
\`article.txt\` (which is never edited). Check and build them with:

\`\`\`sh
npx @claimset/cli validate .
npx @claimset/cli build .
\`\`\`

Record ids are public API: renaming or removing one is a breaking change that
needs a tombstone in \`retired.yml\`.

## Rights

The article text: ${options.rights}

The annotations: ${options.license}.
`;
}

/** Every file of a fresh authored dataset folder, relative to it. */
export function scaffoldFiles(
  options: NewDatasetOptions,
  folder: string,
): { path: string; content: string | Uint8Array }[] {
  const header = (name: string) => `# yaml-language-server: $schema=${schemaRef(folder, name)}\n`;
  const meta = `${header("dataset")}id: ${options.slug}
article: article.txt
language: ${yamlString(options.language)}
title: ${yamlString(options.title)}
publisher: ${yamlString(options.publisher)}
url: ${yamlString(options.url)}
publishedAt: null
authors: null
retrievedAt: null
rights: ${yamlString(options.rights)}
`;
  return [
    { path: "article.txt", content: options.article },
    { path: "dataset.yml", content: meta },
    ...AUTHORED.map((table) => ({ path: `${table}.yml`, content: `${header(table)}[]\n` })),
    { path: "README.md", content: readme(options) },
    { path: "package.json", content: packageJson(options, folder) },
  ];
}

function readArticle(path: string, context: Context, maxBytes: number): Uint8Array {
  const full = resolve(context.cwd, path);
  if (!existsSync(full) || !statSync(full).isFile()) throw new UsageError(`--article ${path}: no such file`);
  const size = statSync(full).size;
  if (size > maxBytes) {
    throw new DataError(`${path}: ${size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`);
  }
  const bytes = readFileSync(full);
  if (bytes.length === 0) throw new DataError(`${path}: the article is empty`);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(
      `${path}: not UTF-8 text; claimset annotates UTF-8 articles (convert it first, e.g. with iconv)`,
    );
  }
  return bytes;
}

export const run: CommandRun = async ({ positionals: [slug], values }, context) => {
  const id = slug as string;
  if (!RecordId.safeParse(id).success) {
    throw new UsageError(
      `${JSON.stringify(id)} is not a valid slug: use lowercase letters, digits and single hyphens (kebab-case), e.g. north-korea-victory-day-parade`,
    );
  }
  const articlePath = stringOption(values, "article");
  if (articlePath === undefined) throw new UsageError("claimset new needs the article: pass --article <file>");
  const rights = stringOption(values, "rights");
  if (rights === undefined || rights.trim() === "") {
    throw new UsageError("claimset new needs --rights <text>: who holds the rights to the article text");
  }
  const language = stringOption(values, "language") ?? "en";
  if (!/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(language)) {
    throw new UsageError(`--language expects a BCP 47 tag such as en or pt-BR, got ${JSON.stringify(language)}`);
  }
  const url = stringOption(values, "url") ?? null;
  // The README links it: the same rule as the schema's, checked before anything is written.
  if (url !== null && !Source.shape.url.safeParse(url).success) {
    throw new UsageError(`--url expects an absolute http:// or https:// URL, got ${JSON.stringify(url)}`);
  }
  const article = readArticle(articlePath, context, limitsFrom(values).maxBytes);
  const dirName = stringOption(values, "dir") ?? "datasets";
  const parent = resolveInside(context.cwd, dirName);
  const folder = resolveInside(parent, id);
  if (existsSync(folder) || isLink(folder)) {
    throw new FileSafetyError(`${relative(context.cwd, folder)} already exists`, {
      rule: "exists",
      hint: "choose another slug, or remove the folder first",
    });
  }
  const options: NewDatasetOptions = {
    slug: id,
    article,
    rights,
    language,
    title: stringOption(values, "title") ?? null,
    publisher: stringOption(values, "publisher") ?? null,
    url,
    license: stringOption(values, "license") ?? "CC-BY-4.0",
  };
  const files = scaffoldFiles(options, folder);
  if (values.draft) await fillWithDraft(files, options, folder);
  // Written into a hidden sibling, then renamed: the folder appears whole or not at all.
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${id}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    for (const file of files) writeFileAtomic(resolveInside(staging, file.path), file.content);
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const shown = relative(context.cwd, folder) || ".";
  const result = { results: [{ folder: shown, package: `@claimset/dataset-${id}`, files: files.map((f) => f.path) }] };
  if (values.json) return result;
  context.stdout(`${paint(context, "green", "✓")} created ${shown}/\n`);
  for (const file of files) context.stdout(`  ${file.path}\n`);
  context.stdout(
    values.draft
      ? `\nThe YAML files hold a machine draft, every record unreviewed: check each one against ${shown}/article.txt, then run\n  claimset validate ${shown}\n  claimset build ${shown}\n`
      : `\nNext: add entities, quotes, claims and notes anchored to ${shown}/article.txt, then run\n  claimset validate ${shown}\n  claimset build ${shown}\n`,
  );
  return result;
};

/** `--draft`: replaces the empty table files with the drafter's, checked to compile before anything is written. */
async function fillWithDraft(
  files: { path: string; content: string | Uint8Array }[],
  options: NewDatasetOptions,
  folder: string,
): Promise<void> {
  const { draft } = await import("@claimset/draft");
  const { compileDataset } = await import("@claimset/core/authoring");
  // The BOM stays: the compiler reads the article as Node reads it, byte for byte.
  const article = new TextDecoder("utf-8", { ignoreBOM: true }).decode(options.article);
  const header = (name: string) => `${SCHEMA_ID_BASE}/authoring/${name}.schema.json`;
  const result = draft(article, {
    id: options.slug,
    language: options.language,
    title: options.title,
    publisher: options.publisher,
    url: options.url,
    rights: options.rights,
    provenance: true,
    schemaRef: (name) => schemaRef(folder, name) || header(name),
  });
  const meta = files.find((f) => f.path === "dataset.yml")!.content as string;
  const compiled = compileDataset({ files: { ...result.files, "dataset.yml": meta }, article, version: "0.1.0" });
  if (!compiled.ok) {
    const first = compiled.issues[0]!;
    throw new Error(
      `the draft does not compile (nothing was written): ${first.file}:${first.line ?? "?"} ${first.message}`,
    );
  }
  for (const file of files) {
    const drafted = result.files[file.path];
    if (drafted !== undefined && file.path !== "dataset.yml") file.content = drafted;
  }
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
