import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileFolder } from "@claimset/core/node";
import { SCHEMA_ID_BASE } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { REAL, run, tempDir } from "../../test/helpers.js";

const SCHEMA_PACKAGE = fileURLToPath(new URL("../../../schema/", import.meta.url));

/** Bytes a text editor or a careless copy would change: BOM, CRLF, curly quotes, an emoji, no final newline. */
const ARTICLE = Buffer.from("\uFEFFKim said “no” – twice… 👋\r\nRussia’s army", "utf8");

function setup(): { cwd: string; article: string } {
  const cwd = tempDir();
  writeFileSync(join(cwd, "article.txt"), ARTICLE);
  return { cwd, article: "article.txt" };
}

const ok = ["--article", "article.txt", "--rights", "© The Publisher"];

describe("claimset new", () => {
  it("scaffolds a folder that validates as it is, with the article copied byte for byte", async () => {
    const { cwd } = setup();
    const r = await run(["new", "my-article", ...ok, "--title", "A “quoted” title"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const folder = join(cwd, "datasets", "my-article");
    expect(readdirSync(folder).sort()).toEqual([
      "CHANGELOG.md",
      "LICENSE",
      "README.md",
      "article.txt",
      "claims.yml",
      "data",
      "datapackage.json",
      "dataset.json",
      "dataset.yml",
      "dist",
      "entities.yml",
      "notes.yml",
      "package.json",
      "quotes.yml",
      "test",
      "test-types",
      "tsconfig.json",
      "vitest.config.ts",
    ]);
    // Built as it is: nothing is stale, the README's facts included.
    expect((await run(["build", "datasets/my-article", "--check"], { cwd })).code).toBe(0);
    expect(readFileSync(join(folder, "article.txt")).equals(ARTICLE)).toBe(true);
    const dataset = compileFolder(folder);
    expect(dataset.id).toBe("my-article");
    expect(dataset.source.title).toBe("A “quoted” title");
    expect(dataset.source.publisher).toBeNull();
    expect(dataset.source.rights).toBe("© The Publisher");
    expect(dataset.entities).toEqual([]);
    expect((await run(["validate", "datasets/my-article"], { cwd })).code).toBe(0);
  });

  it("points each YAML file at its JSON Schema and leaves no placeholder", async () => {
    const { cwd } = setup();
    await run(["new", "my-article", ...ok], { cwd });
    const folder = join(cwd, "datasets", "my-article");
    for (const name of ["dataset", "entities", "quotes", "claims", "notes"]) {
      const first = readFileSync(join(folder, `${name}.yml`), "utf8").split("\n")[0];
      // Outside a project that installs @claimset/schema, the schema's public id.
      expect(first).toBe(`# yaml-language-server: $schema=${SCHEMA_ID_BASE}/authoring/${name}.schema.json`);
    }
    const everything = ["dataset.yml", "README.md", "CHANGELOG.md", "LICENSE", "package.json", "test/dataset.test.ts"]
      .map((f) => readFileSync(join(folder, f), "utf8"))
      .join("\n");
    expect(everything).not.toMatch(/TODO|TBD|lorem|placeholder|xxx/i);
  });

  it("writes a package.json shaped like the real dataset's", async () => {
    const { cwd } = setup();
    await run(["new", "my-article", ...ok], { cwd });
    const pkg = JSON.parse(readFileSync(join(cwd, "datasets", "my-article", "package.json"), "utf8"));
    const real = JSON.parse(readFileSync(join(REAL, "package.json"), "utf8"));
    expect(pkg.name).toBe("@claimset/dataset-my-article");
    expect(pkg.exports).toEqual(real.exports);
    expect(pkg.files).toEqual(real.files);
    expect(pkg.scripts).toEqual(real.scripts);
    expect(Object.keys(pkg.devDependencies)).toEqual(Object.keys(real.devDependencies));
    // Outside the claimset repository there is no repository to point at.
    expect(pkg.repository).toBeUndefined();
  });

  it("points the schema header at the installed schema, and the repository at the monorepo folder", async () => {
    // A project that installs @claimset/schema, inside a checkout of the claimset monorepo.
    const { cwd } = setup();
    writeFileSync(
      join(cwd, "package.json"),
      JSON.stringify({ name: "claimset-monorepo", private: true, workspaces: ["datasets/*"] }),
    );
    const schema = join(cwd, "node_modules", "@claimset", "schema");
    mkdirSync(schema, { recursive: true });
    cpSync(join(SCHEMA_PACKAGE, "package.json"), join(schema, "package.json"));
    cpSync(join(SCHEMA_PACKAGE, "json"), join(schema, "json"), { recursive: true });
    const r = await run(["new", "my-article", ...ok, "--no-install"], { cwd });
    expect(r.code).toBe(0);
    const folder = join(cwd, "datasets", "my-article");
    const first = readFileSync(join(folder, "entities.yml"), "utf8").split("\n")[0];
    expect(first).toBe(
      "# yaml-language-server: $schema=../../node_modules/@claimset/schema/json/authoring/entities.schema.json",
    );
    const pkg = JSON.parse(readFileSync(join(folder, "package.json"), "utf8"));
    expect(pkg.repository.directory).toBe("datasets/my-article");
  });

  it("refuses an existing folder", async () => {
    const { cwd } = setup();
    mkdirSync(join(cwd, "datasets", "taken"), { recursive: true });
    const r = await run(["new", "taken", ...ok], { cwd });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain("datasets/taken already exists");
  });

  it.each(["javascript:alert(1)", "ftp://news.example/a", "news.example/a"])(
    "refuses the URL %j, which the README would link",
    async (url) => {
      const { cwd } = setup();
      const r = await run(["new", "my-article", ...ok, "--url", url], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        `--url ${JSON.stringify(url)} (source.url): expected an absolute http:// or https:// URL`,
      );
      expect(r.stderr).toContain("leave the flag out to record it as not known (null)");
      expect(existsSync(join(cwd, "datasets"))).toBe(false);
    },
  );

  it("writes the README with `npx @claimset/cli`, and lists CHANGELOG.md in the package files", async () => {
    const { cwd } = setup();
    await run(["new", "my-article", ...ok, "--url", "https://news.example/a"], { cwd });
    const readme = readFileSync(join(cwd, "datasets", "my-article", "README.md"), "utf8");
    expect(readme).toContain("npx @claimset/cli build .");
    expect(readme).not.toMatch(/npx claimset/);
    expect(readme).toContain("- URL: <https://news.example/a>");
    const pkg = JSON.parse(readFileSync(join(cwd, "datasets", "my-article", "package.json"), "utf8"));
    expect(pkg.files).toContain("CHANGELOG.md");
  });

  it.each(["My-Article", "my_article", "../escape", "/abs", "a--b", "a-", "a/b"])(
    "refuses the slug %j",
    async (slug) => {
      const { cwd } = setup();
      const r = await run(["new", slug, ...ok], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("is not a valid slug");
      expect(r.stderr).toContain("^[a-z0-9]+(-[a-z0-9]+)*$");
      expect(existsSync(join(cwd, "datasets"))).toBe(false);
    },
  );

  it("refuses a --dir outside the current folder or through a symlink", async () => {
    const { cwd } = setup();
    const outside = await run(["new", "a", ...ok, "--dir", "../elsewhere"], { cwd });
    expect(outside.code).toBe(3);
    expect(outside.stderr).toContain("is outside");
    const absolute = await run(["new", "a", ...ok, "--dir", tempDir()], { cwd });
    expect(absolute.code).toBe(3);
    const target = tempDir();
    symlinkSync(target, join(cwd, "link"));
    const linked = await run(["new", "a", ...ok, "--dir", "link"], { cwd });
    expect(linked.code).toBe(3);
    expect(linked.stderr).toContain("is a symbolic link");
    expect(readdirSync(target)).toEqual([]);
  });

  it("refuses to start without the article or the rights", async () => {
    const { cwd } = setup();
    const noArticle = await run(["new", "a", "--rights", "r"], { cwd });
    expect(noArticle.code).toBe(2);
    expect(noArticle.stderr).toContain("pass --article <file>");
    const noRights = await run(["new", "a", "--article", "article.txt"], { cwd });
    expect(noRights.code).toBe(2);
    expect(noRights.stderr).toContain("--rights");
    const missing = await run(["new", "a", "--article", "nope.txt", "--rights", "r"], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--article nope.txt: no such file");
    expect(existsSync(join(cwd, "datasets"))).toBe(false);
  });

  it("refuses an article that is not UTF-8", async () => {
    const { cwd } = setup();
    writeFileSync(join(cwd, "latin1.txt"), Buffer.from([0x4b, 0x69, 0x6d, 0xe9]));
    const r = await run(["new", "a", "--article", "latin1.txt", "--rights", "r"], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("not UTF-8 text");
  });

  it("lists what it wrote with --json", async () => {
    const { cwd } = setup();
    const r = await run(["new", "a", ...ok, "--dir", "sets", "--json"], { cwd });
    const { files } = JSON.parse(r.stdout).results[0];
    expect(JSON.parse(r.stdout).results[0]).toMatchObject({ folder: "sets/a", package: "@claimset/dataset-a" });
    expect(files.slice(0, 15)).toEqual([
      "article.txt",
      "dataset.yml",
      "entities.yml",
      "quotes.yml",
      "claims.yml",
      "notes.yml",
      "README.md",
      "CHANGELOG.md",
      "LICENSE",
      "package.json",
      "tsconfig.json",
      "vitest.config.ts",
      "test/dataset.test.ts",
      "test-types/tsconfig.json",
      "test-types/package.test-d.ts",
    ]);
    expect(files).toEqual(expect.arrayContaining(["dataset.json", "datapackage.json", "data/quotes.csv"]));
    for (const file of files) expect(existsSync(join(cwd, "sets", "a", file)), file).toBe(true);
  });
});

describe("claimset new: the article's metadata", () => {
  it("writes every field given, and null for every field not given", async () => {
    const { cwd } = setup();
    const r = await run(
      [
        "new",
        "my-article",
        ...ok,
        "--title",
        "Kim’s “parade” – again…",
        "--publisher",
        "Example News",
        "--url",
        "https://news.example/a?b=1",
        "--published-at",
        "2024-02-29",
        "--authors",
        "Ann Lee, Bo Park",
        "--authors",
        "𝔸 Writer",
        "--language",
        "en-GB",
        "--retrieved-at",
        "2025-05-09T06:30:00Z",
      ],
      { cwd },
    );
    expect(r.stderr).toBe("");
    const { source } = compileFolder(join(cwd, "datasets", "my-article"));
    expect(source).toMatchObject({
      title: "Kim’s “parade” – again…",
      publisher: "Example News",
      url: "https://news.example/a?b=1",
      publishedAt: "2024-02-29",
      authors: ["Ann Lee", "Bo Park", "𝔸 Writer"],
      language: "en-GB",
      retrievedAt: "2025-05-09T06:30:00Z",
      rights: "© The Publisher",
    });
    const bare = await run(["new", "bare", ...ok], { cwd });
    expect(bare.code).toBe(0);
    expect(compileFolder(join(cwd, "datasets", "bare")).source).toMatchObject({
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      authors: null,
      retrievedAt: null,
      language: "en",
    });
  });

  it('records an article known to be unsigned with --authors ""', async () => {
    const { cwd } = setup();
    expect((await run(["new", "a", ...ok, "--authors", ""], { cwd })).code).toBe(0);
    expect(compileFolder(join(cwd, "datasets", "a")).source.authors).toEqual([]);
  });

  it("keeps the README's facts in step with the data: build rewrites them, --check fails when they are stale", async () => {
    const { cwd } = setup();
    await run(["new", "a", ...ok], { cwd });
    const folder = join(cwd, "datasets", "a");
    writeFileSync(
      join(folder, "entities.yml"),
      `${readFileSync(join(folder, "entities.yml"), "utf8").replace("[]\n", "")}- id: russia\n  name: Russia\n  type: location\n  mentions: [Russia]\n`,
    );
    const check = await run(["build", "datasets/a", "--check"], { cwd });
    expect(check.code).toBe(1);
    expect(check.stderr).toContain("stale generated files: dataset.json");
    expect(check.stderr).toContain("README.md");
    const build = await run(["build", "datasets/a", "--json"], { cwd });
    expect(build.code).toBe(0);
    // Files just written are not problems.
    expect(JSON.parse(build.stdout).issues).toEqual([]);
    expect((await run(["build", "datasets/a"], { cwd })).stderr).toBe("");
    expect(readFileSync(join(folder, "README.md"), "utf8")).toContain("| entities | 1 |\n| mentions | 1 |");
    expect((await run(["build", "datasets/a", "--check"], { cwd })).code).toBe(0);
  });

  it("puts the facts in the README's generated block", async () => {
    const { cwd } = setup();
    await run(["new", "a", ...ok, "--title", "Kim’s *parade*", "--publisher", "Example News"], { cwd });
    const readme = readFileSync(join(cwd, "datasets", "a", "README.md"), "utf8");
    expect(readme).toContain("- Title: Kim’s \\*parade\\*");
    expect(readme).toContain("- Publisher: Example News");
    expect(readme).toContain("- URL: not known");
    expect(readme).toContain("| quotes | 0 |");
  });

  it.each([
    [
      ["--published-at", "2025-02-30"],
      '--published-at "2025-02-30" (source.publishedAt): expected an ISO 8601 date that exists',
    ],
    [
      ["--published-at", "9 May 2025"],
      '--published-at "9 May 2025" (source.publishedAt): expected an ISO 8601 date that exists',
    ],
    [
      ["--retrieved-at", "2025-05"],
      '--retrieved-at "2025-05" (source.retrievedAt): expected an ISO 8601 date that exists',
    ],
    [["--retrieved-at", "2025-05-09T25:00:00Z"], '--retrieved-at "2025-05-09T25:00:00Z"'],
    [["--language", "English"], '--language "English" (source.language): expected a BCP 47 tag such as en or pt-BR'],
    [["--title", ""], '--title "" (source.title): expected text, not an empty string'],
    [["--authors", "Ann,,Bo"], "an empty name"],
    [["--rights", ""], "needs --rights"],
  ])("refuses %j before writing anything", async (flags, message) => {
    const { cwd } = setup();
    const r = await run(["new", "a", ...ok, ...flags], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(cwd, "datasets"))).toBe(false);
  });

  it("lists every bad flag at once", async () => {
    const { cwd } = setup();
    const r = await run(["new", "a", ...ok, "--url", "ftp://x", "--published-at", "2025-13-01"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("2 problems:");
    expect(r.stderr).toContain('--url "ftp://x"');
    expect(r.stderr).toContain('--published-at "2025-13-01"');
  });
});

/** A workspace root like the repository's: globs for datasets/*, changesets, the shared configs. */
function workspaceRoot(extra: Record<string, unknown> = {}): { cwd: string } {
  const { cwd } = setup();
  writeFileSync(
    join(cwd, "package.json"),
    JSON.stringify({ name: "claimset-monorepo", private: true, workspaces: ["datasets/*"], ...extra }),
  );
  mkdirSync(join(cwd, ".changeset"));
  writeFileSync(join(cwd, ".changeset", "config.json"), "{}");
  writeFileSync(join(cwd, "package-lock.json"), '{"lockfileVersion": 3}\n');
  writeFileSync(join(cwd, "tsconfig.base.json"), "{}");
  writeFileSync(join(cwd, "vitest.shared.ts"), "export const sharedConfig = {};\n");
  return { cwd };
}

describe("claimset new inside a workspace", () => {
  it("writes the changeset, extends the shared configs, and with --no-install says which command to run", async () => {
    const { cwd } = workspaceRoot();
    const r = await run(["new", "my-article", ...ok, "--no-install"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "npm install --package-lock-only --prefer-offline --no-audit --no-fund --ignore-scripts",
    );
    const changeset = readFileSync(join(cwd, ".changeset", "my-article-initial.md"), "utf8");
    expect(changeset.startsWith('---\n"@claimset/dataset-my-article": none\n---\n')).toBe(true);
    const folder = join(cwd, "datasets", "my-article");
    expect(JSON.parse(readFileSync(join(folder, "tsconfig.json"), "utf8")).extends).toBe("../../tsconfig.base.json");
    expect(readFileSync(join(folder, "vitest.config.ts"), "utf8")).toContain('from "../../vitest.shared.js"');
    expect(readFileSync(join(cwd, "package-lock.json"), "utf8")).toBe('{"lockfileVersion": 3}\n');
  });

  it("takes the versions of the claimset packages from the workspace's own package.json files", async () => {
    const { cwd } = workspaceRoot({ workspaces: ["datasets/*", "tools/*"] });
    for (const [name, version] of [
      ["cli", "7.1.0"],
      ["schema", "7.2.0"],
      ["core", "7.3.0"],
    ] as const) {
      mkdirSync(join(cwd, "tools", name), { recursive: true });
      writeFileSync(join(cwd, "tools", name, "package.json"), JSON.stringify({ name: `@claimset/${name}`, version }));
    }
    await run(["new", "a", ...ok, "--no-install"], { cwd });
    const pkg = JSON.parse(readFileSync(join(cwd, "datasets", "a", "package.json"), "utf8"));
    expect(pkg.devDependencies).toEqual({
      "@claimset/cli": "7.1.0",
      "@claimset/schema": "7.2.0",
      "@claimset/core": "7.3.0",
    });
    expect(pkg.peerDependencies).toEqual({ "@claimset/schema": "^7.2.0" });
  });

  it("refuses an existing changeset of that name, writing nothing", async () => {
    const { cwd } = workspaceRoot();
    writeFileSync(join(cwd, ".changeset", "a-initial.md"), "mine\n");
    const r = await run(["new", "a", ...ok, "--no-install"], { cwd });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(".changeset/a-initial.md already exists");
    expect(existsSync(join(cwd, "datasets"))).toBe(false);
    expect(readFileSync(join(cwd, ".changeset", "a-initial.md"), "utf8")).toBe("mine\n");
  });

  it("removes everything it wrote when npm cannot update the lock file, and shows npm's error", async () => {
    // npm refuses this protocol before it reads any registry.
    const { cwd } = workspaceRoot({ dependencies: { "left-pad": "workspace:*" } });
    const r = await run(["new", "a", ...ok], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("npm install --package-lock-only");
    expect(r.stderr).toContain("failed");
    expect(r.stderr).toMatch(/workspace:/);
    expect(r.stderr).toContain("nothing was created");
    expect(readdirSync(join(cwd, "datasets"))).toEqual([]);
    expect(existsSync(join(cwd, ".changeset", "a-initial.md"))).toBe(false);
    expect(readFileSync(join(cwd, "package-lock.json"), "utf8")).toBe('{"lockfileVersion": 3}\n');
  });
});

describe("claimset new --draft", () => {
  it("fills the folder with a draft that validates and builds", async () => {
    const cwd = tempDir();
    writeFileSync(
      join(cwd, "a.txt"),
      "President Emmanuel Macron said France would send “at least 200 engineers” to Kyiv. “We will not abandon Ukraine,” he told reporters. 👋\n",
    );
    const r = await run(["new", "macron", "--article", "a.txt", "--rights", "Test text", "--draft"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("machine draft");
    const dataset = compileFolder(join(cwd, "datasets", "macron"));
    expect(dataset.entities.map((e) => e.id)).toContain("emmanuel-macron");
    expect(dataset.quotes.find((q) => q.spans[0]!.text === "We will not abandon Ukraine,")?.speaker).toBe(
      "emmanuel-macron",
    );
    expect((await run(["validate", "datasets/macron"], { cwd })).code).toBe(0);
  });
});
