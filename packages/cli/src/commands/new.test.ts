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
      "README.md",
      "article.txt",
      "claims.yml",
      "dataset.yml",
      "entities.yml",
      "notes.yml",
      "package.json",
      "quotes.yml",
    ]);
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
    const everything = readdirSync(folder)
      .filter((f) => f !== "article.txt")
      .map((f) => readFileSync(join(folder, f), "utf8"))
      .join("\n");
    expect(everything).not.toMatch(/TODO|TBD|lorem|placeholder|xxx|\.\.\./i);
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
    writeFileSync(join(cwd, "package.json"), JSON.stringify({ name: "claimset-monorepo", private: true }));
    const schema = join(cwd, "node_modules", "@claimset", "schema");
    mkdirSync(schema, { recursive: true });
    cpSync(join(SCHEMA_PACKAGE, "package.json"), join(schema, "package.json"));
    cpSync(join(SCHEMA_PACKAGE, "json"), join(schema, "json"), { recursive: true });
    const r = await run(["new", "my-article", ...ok], { cwd });
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
      expect(r.stderr).toContain("--url expects an absolute http:// or https:// URL");
      expect(existsSync(join(cwd, "datasets"))).toBe(false);
    },
  );

  it("writes the README with `npx @claimset/cli`, and lists CHANGELOG.md in the package files", async () => {
    const { cwd } = setup();
    await run(["new", "my-article", ...ok, "--url", "https://news.example/a"], { cwd });
    const readme = readFileSync(join(cwd, "datasets", "my-article", "README.md"), "utf8");
    expect(readme).toContain("npx @claimset/cli validate .");
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
    expect(JSON.parse(r.stdout).results[0]).toEqual({
      folder: "sets/a",
      package: "@claimset/dataset-a",
      files: [
        "article.txt",
        "dataset.yml",
        "entities.yml",
        "quotes.yml",
        "claims.yml",
        "notes.yml",
        "README.md",
        "package.json",
      ],
    });
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
