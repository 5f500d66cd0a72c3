// The files of a new dataset package, each one a function of what `claimset new`
// was told: no placeholder, and metadata nobody gave stays null.
import { createRequire } from "node:module";
import { join, relative, sep } from "node:path";
import { README_FACTS_END, README_FACTS_START } from "@claimset/core/node";
import { RECORD_TABLES, SCHEMA_ID_BASE, TABLES } from "@claimset/schema";

/** What is known about the article; null: not known, and written as null. */
export interface ArticleMetadata {
  language: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  /** An empty list: known to be unsigned. */
  authors: string[] | null;
  retrievedAt: string | null;
  rights: string;
}

export interface ScaffoldOptions {
  slug: string;
  /** The article file's bytes, copied unchanged: the build hashes them as they are. */
  article: Uint8Array;
  metadata: ArticleMetadata;
  /** SPDX id of the annotations' license. */
  license: string;
  /** The versions of @claimset/cli, @claimset/schema and @claimset/core the package develops against. */
  tools: { cli: string; schema: string; core: string };
  /** The folder the package will live in (its files are written elsewhere first). */
  folder: string;
  /** The workspace root, when the folder is inside one. */
  root: string | null;
  /** The repository folder for `repository.directory`: set inside the claimset repository only. */
  repositoryDirectory: string | null;
}

export interface ScaffoldFile {
  path: string;
  content: string | Uint8Array;
}

export const packageName = (slug: string) => `@claimset/dataset-${slug}`;

const toPosix = (path: string) => path.split(sep).join("/");

/** The `$schema` an authored file points its editor at: the installed schema package if it resolves, else its public id. */
export function schemaRef(folder: string, name: string): string {
  try {
    const require = createRequire(join(folder, "noop.js"));
    return toPosix(relative(folder, require.resolve(`@claimset/schema/authoring/${name}.schema.json`)));
  } catch {
    return `${SCHEMA_ID_BASE}/authoring/${name}.schema.json`;
  }
}

const yamlString = (value: string | null) => (value === null ? "null" : JSON.stringify(value));

function datasetYml(options: ScaffoldOptions): string {
  const m = options.metadata;
  const authors = m.authors === null ? "null" : `[${m.authors.map((a) => JSON.stringify(a)).join(", ")}]`;
  return `# yaml-language-server: $schema=${schemaRef(options.folder, "dataset")}
# What is known about the article. Unknown metadata stays null: never guess it;
# an estimate (of the date, say) belongs in an editorial note of kind inference.
id: ${options.slug}
article: article.txt
language: ${yamlString(m.language)}
title: ${yamlString(m.title)}
publisher: ${yamlString(m.publisher)}
url: ${yamlString(m.url)}
publishedAt: ${yamlString(m.publishedAt)}
authors: ${authors}
retrievedAt: ${yamlString(m.retrievedAt)}
rights: ${yamlString(m.rights)}
`;
}

function packageJson(options: ScaffoldOptions): string {
  const entry = (base: string) => ({
    import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
    require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
  });
  const { title } = options.metadata;
  const pkg = {
    name: packageName(options.slug),
    version: "0.1.0",
    description: `Every entity, quote and numeric claim of ${title === null ? "one news article" : `the article “${title}”`}, anchored to the text.`,
    keywords: ["claimset", "dataset", "news", "quotes", "numeric-claims", "entities"],
    license: options.license,
    type: "module",
    sideEffects: false,
    engines: { node: ">=20" },
    ...(options.repositoryDirectory === null
      ? {}
      : {
          repository: {
            type: "git",
            url: "git+https://github.com/claimset/claimset.git",
            directory: options.repositoryDirectory,
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
        "claimset build . --check && tsc -p test-types && publint --strict && attw --pack --profile node16 --exclude-entrypoints ./article.txt",
    },
    peerDependencies: { "@claimset/schema": `^${options.tools.schema}` },
    peerDependenciesMeta: { "@claimset/schema": { optional: true } },
    devDependencies: {
      "@claimset/cli": options.tools.cli,
      "@claimset/schema": options.tools.schema,
      "@claimset/core": options.tools.core,
    },
    publishConfig: { access: "public" },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}

/** The shared base config's settings that matter to a dataset's tests, for a package outside a workspace. */
const STANDALONE_COMPILER_OPTIONS = {
  target: "ES2022",
  module: "ESNext",
  moduleResolution: "Bundler",
  strict: true,
  noUncheckedIndexedAccess: true,
  skipLibCheck: true,
  noEmit: true,
  types: ["node"],
};

/** Inside a workspace with the shared base config, extend it; elsewhere, the same settings written out. */
function tsconfig(options: ScaffoldOptions, hasBase: boolean): string {
  const base =
    options.root === null ? null : toPosix(relative(options.folder, join(options.root, "tsconfig.base.json")));
  const config =
    hasBase && base !== null
      ? { extends: base, include: ["test", "vitest.config.ts"] }
      : { compilerOptions: STANDALONE_COMPILER_OPTIONS, include: ["test", "vitest.config.ts"] };
  return `${inlineArrays(JSON.stringify(config, null, 2))}\n`;
}

/**
 * The type test's config: the package as its users get it, through its built
 * declarations (no source condition), so it runs in `check`, after the build.
 */
function typesTsconfig(options: ScaffoldOptions, hasBase: boolean): string {
  const base =
    options.root === null
      ? null
      : toPosix(relative(join(options.folder, "test-types"), join(options.root, "tsconfig.base.json")));
  const config =
    hasBase && base !== null
      ? { extends: base, compilerOptions: { customConditions: [] }, include: ["."] }
      : { compilerOptions: STANDALONE_COMPILER_OPTIONS, include: ["."] };
  return `${inlineArrays(JSON.stringify(config, null, 2))}\n`;
}

/** The type test: every id and reference is typed with the dataset's own ids, so a misspelt id does not compile. */
function typesTest(options: ScaffoldOptions): string {
  const name = packageName(options.slug);
  return `// The package's built declarations type every id and reference with this
// dataset's own ids, so a misspelt id is a compile error. \`npm run check\`
// type-checks this file against dist/ after the build: the
// \`@ts-expect-error\` line must be an error, or tsc fails. Nothing here runs.
import { createIndex } from "@claimset/core";
import { type DatasetIds, dataset, type EntityId, type QuoteId } from "${name}";
import { quotes } from "${name}/quotes";
import { expectTypeOf } from "vitest";

expectTypeOf<DatasetIds["entity"]>().toEqualTypeOf<EntityId>();
expectTypeOf(dataset.quotes).toEqualTypeOf(quotes);
expectTypeOf<(typeof quotes)[number]["id"]>().toEqualTypeOf<QuoteId>();
expectTypeOf<(typeof quotes)[number]["speaker"]>().toEqualTypeOf<EntityId | null>();

// @ts-expect-error an id this dataset does not have is not one of its entity ids
createIndex(dataset).quotesBy("no-such-entity-id");
`;
}

/** Short arrays of strings on one line, as the repository's formatter (Biome) writes them. */
const inlineArrays = (json: string) =>
  json.replace(
    /\[\n\s*((?:"[^"\n]*",\n\s*)*"[^"\n]*")\n\s*\]/g,
    (_, items: string) => `[${items.split(/,\n\s*/).join(", ")}]`,
  );

function vitestConfig(options: ScaffoldOptions, hasShared: boolean): string {
  if (hasShared && options.root !== null) {
    const shared = toPosix(relative(options.folder, join(options.root, "vitest.shared.js")));
    return `import { sharedConfig } from "${shared}";\n\nexport default sharedConfig;\n`;
  }
  return `import { defineConfig } from "vitest/config";\n\nexport default defineConfig({ test: { include: ["test/**/*.test.ts"] } });\n`;
}

/** The starter test: what holds of every dataset package, whatever its records, checked on this one. */
function datasetTest(options: ScaffoldOptions): string {
  return `// The properties every claimset dataset package keeps, checked on this one
// (written by \`claimset new\`). Add tests of your own records below: the
// seed dataset's test/dataset.test.ts has examples.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatIssues, validateDataset } from "@claimset/core";
import { compileFolder } from "@claimset/core/node";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");
const json: unknown = JSON.parse(readFileSync(join(root, "dataset.json"), "utf8"));
const result = validateDataset(json);
if (!result.ok)
  throw new Error(formatIssues(result.issues, { heading: "dataset.json is not valid (claimset validate .)" }));
const dataset = result.dataset;
const article = readFileSync(join(root, "article.txt"), "utf8");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** Every { start, end, text } in the dataset: mentions, quote spans, cues, claim spans, qualifiers, note spans. */
function spans(value: unknown, at: string, found: { at: string; start: number; end: number; text: string }[] = []) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) spans(v, \`\${at}[\${i}]\`, found);
  } else if (typeof value === "object" && value !== null) {
    const v = value as Record<string, unknown>;
    if (typeof v.start === "number" && typeof v.end === "number" && typeof v.text === "string") {
      found.push({ at, start: v.start, end: v.end, text: v.text });
    }
    for (const [key, child] of Object.entries(v)) spans(child, \`\${at}.\${key}\`, found);
  }
  return found;
}

describe("dataset.json", () => {
  it("is valid and is what the authored files build to", () => {
    expect(result.issues).toEqual([]);
    expect(json).toEqual(compileFolder(root));
    expect(dataset.id).toBe(${JSON.stringify(options.slug)});
  });

  it("holds the article byte for byte", () => {
    expect(dataset.source.text).toBe(article);
    const sha256 = createHash("sha256")
      .update(readFileSync(join(root, "article.txt")))
      .digest("hex");
    expect(dataset.source.sha256).toBe(sha256);
  });

  it("keeps every span on the text", () => {
    const found = spans(dataset, "dataset");
    // Each quote has a span, each claim one, each mention is one: all of them are checked.
    const mentions = dataset.entities.reduce((n, e) => n + e.mentions.length, 0);
    expect(found.length).toBeGreaterThanOrEqual(dataset.quotes.length + dataset.claims.length + mentions);
    for (const s of found) expect(article.slice(s.start, s.end), s.at).toBe(s.text);
  });
});

describe("README.md", () => {
  const count = (table: string) => Number(new RegExp(\`^\\\\| \${table} \\\\| (\\\\d+) \\\\|$\`, "m").exec(readme)?.[1]);

  it("gives the counts of the data", () => {
    expect(count("entities")).toBe(dataset.entities.length);
    expect(count("mentions")).toBe(dataset.entities.reduce((n, e) => n + e.mentions.length, 0));
    expect(count("quotes")).toBe(dataset.quotes.length);
    expect(count("claims")).toBe(dataset.claims.length);
    expect(count("notes")).toBe(dataset.notes.length);
  });

  it("names the version it describes", () => {
    expect(readme).toContain(\`\${dataset.id}@\${dataset.version},\`);
  });
});
`;
}

function readme(options: ScaffoldOptions): string {
  const name = packageName(options.slug);
  return `# ${name}

Every entity, quote and numeric claim of one news article, anchored to its
text by UTF-16 offsets, as typed, versioned, citable data.

## The article and the data

${README_FACTS_START}
${README_FACTS_END}

(\`claimset build\` rewrites what is between the two comment lines from the
data; \`claimset build --check\` fails when it is stale.)

## Install

\`\`\`sh
npm install ${name}
\`\`\`

\`\`\`js
import { dataset, entities, quotes, claims, notes } from "${name}";
console.log(dataset.id, entities.length, "entities,", quotes.length, "quotes,", claims.length, "claims,", notes.length, "notes");
\`\`\`

The package also ships \`dataset.json\`, the tables as \`data/*.csv\` and
\`data/*.jsonl\`, a Frictionless \`datapackage.json\`, and \`article.txt\`.

Offsets are JavaScript string indices (UTF-16 code units), end-exclusive:
\`source.text.slice(start, end) === text\`.

## Authoring

The records are written by hand in \`entities.yml\`, \`quotes.yml\`,
\`claims.yml\` and \`notes.yml\`, each anchored to the exact text of
\`article.txt\` (which is never edited). Check and build them with:

\`\`\`sh
npx @claimset/cli lint .
npx @claimset/cli build .
\`\`\`

Record ids are public API: renaming or removing one is a breaking change that
needs a tombstone in \`retired.yml\`.

## License

The annotations: ${options.license} (see \`LICENSE\`). The rights to the
article text are stated above and in \`source.rights\`.
`;
}

function licenseText(options: ScaffoldOptions): string {
  const url =
    options.license === "CC-BY-4.0"
      ? "https://creativecommons.org/licenses/by/4.0/"
      : `https://spdx.org/licenses/${options.license}.html`;
  return `The annotations in this package (entities, mentions, quotes, numeric claims,
editorial notes and every file derived from them) are licensed under ${options.license}:
${url}

Attribution: "claimset: ${options.slug}" and the package version.

The article text (article.txt, and source.text in dataset.json) is not covered
by the license above. Its rights: ${options.metadata.rights}
`;
}

function changelog(options: ScaffoldOptions): string {
  return `# ${packageName(options.slug)}\n`;
}

/** The changeset announcing the package. `none`: the first release is the version package.json has, 0.1.0. */
export function initialChangeset(options: ScaffoldOptions): string {
  const { title } = options.metadata;
  return `---
"${packageName(options.slug)}": none
---

A new dataset: every entity, quote and numeric claim of ${title === null ? `the article \`${options.slug}\`` : `“${title}”`}, anchored to the text. \`npm run version\` releases it as 0.1.0 (the bump \`none\` keeps the version package.json has) and writes the first release's snapshot and changelog entry.
`;
}

/** Every file of a fresh dataset folder, relative to it, before the build adds the generated ones. */
export function scaffoldFiles(
  options: ScaffoldOptions,
  shared: { tsconfigBase: boolean; vitestShared: boolean },
): ScaffoldFile[] {
  const header = (name: string) => `# yaml-language-server: $schema=${schemaRef(options.folder, name)}\n`;
  return [
    { path: "article.txt", content: options.article },
    { path: "dataset.yml", content: datasetYml(options) },
    ...RECORD_TABLES.map((table) => ({ path: `${table}.yml`, content: `${header(table)}[]\n` })),
    { path: "README.md", content: readme(options) },
    { path: "CHANGELOG.md", content: changelog(options) },
    { path: "LICENSE", content: licenseText(options) },
    { path: "package.json", content: packageJson(options) },
    { path: "tsconfig.json", content: tsconfig(options, shared.tsconfigBase) },
    { path: "vitest.config.ts", content: vitestConfig(options, shared.vitestShared) },
    { path: "test/dataset.test.ts", content: datasetTest(options) },
    { path: "test-types/tsconfig.json", content: typesTsconfig(options, shared.tsconfigBase) },
    { path: "test-types/package.test-d.ts", content: typesTest(options) },
  ];
}
