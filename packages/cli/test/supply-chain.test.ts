// Supply chain: the smallest dependency lists that work, no install scripts,
// and packages that ship only what they mean to. docs/security.md says why.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Each case runs `npm pack`, which takes seconds on a loaded machine.

const REPO = fileURLToPath(new URL("../../../", import.meta.url));

interface Manifest {
  name: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  scripts?: Record<string, string>;
}

/** Every package.json of the repository: the root and each workspace folder. */
const manifests = [
  "",
  ...["packages", "datasets", "examples"].flatMap((group) =>
    existsSync(join(REPO, group)) ? readdirSync(join(REPO, group)).map((name) => `${group}/${name}`) : [],
  ),
  "bench",
]
  .filter((dir) => existsSync(join(REPO, dir, "package.json")))
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(REPO, dir, "package.json"), "utf8")) as Manifest }));

const publishable = manifests.filter(({ pkg }) => pkg.private !== true);
const datasets = publishable.filter(({ dir }) => dir.startsWith("datasets/"));

/** The runtime dependencies each library may have, and no more. */
const ALLOWED: Record<string, string[]> = {
  "@claimset/schema": ["zod"],
  // zod checks brat mapping files in @claimset/core/interchange; it is already installed with @claimset/schema.
  "@claimset/core": ["@claimset/schema", "hyparquet-writer", "yaml", "zod"],
  // The drafter writes its YAML with the authoring writer of @claimset/core/authoring.
  "@claimset/draft": ["@claimset/core", "@claimset/schema"],
  "@claimset/cli": ["@claimset/core", "@claimset/draft", "@claimset/schema", "@claimset/viewer"],
  "@claimset/viewer": [],
};

const COMMON = /^(README\.md|LICENSE|CHANGELOG\.md|package\.json)$/;
const TEST_FILE = /(^|\/)(tests?|fixtures)\/|\.test\.ts$|\.test-d\.ts$|\.test-helper\.ts$/;
/** Paths each kind of package may ship. */
const SHIPS: Record<"library" | "cli" | "dataset" | "viewer", (path: string) => boolean> = {
  library: (p) => COMMON.test(p) || /^(dist|json)\//.test(p) || (/^src\//.test(p) && !TEST_FILE.test(p)),
  cli: (p) => COMMON.test(p) || /^dist\//.test(p) || p === "bin/claimset.js" || p === "output.schema.json",
  // The built page and its Node entries; not the datasets the repository's own build puts beside the page.
  viewer: (p) => COMMON.test(p) || (/^dist\/(site|node)\//.test(p) && !/^dist\/site\/datasets\//.test(p)),
  dataset: (p) =>
    COMMON.test(p) ||
    /^(dist|data|releases|changes)\//.test(p) ||
    /^(dataset\.json|datapackage\.json|article\.txt)$/.test(p),
};
const kindOf = (name: string) =>
  name === "@claimset/cli"
    ? "cli"
    : name === "@claimset/viewer"
      ? "viewer"
      : name.startsWith("@claimset/dataset-")
        ? "dataset"
        : "library";

const packedFiles = new Map<string, string[]>();
/** The paths `npm pack` would put in the package's tarball (once per package: packing takes seconds). */
function packed(dir: string): string[] {
  const known = packedFiles.get(dir);
  if (known) return known;
  const files = pack(dir);
  packedFiles.set(dir, files);
  return files;
}

function pack(dir: string): string[] {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
    cwd: join(REPO, dir),
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const [result] = JSON.parse(out) as { files: { path: string }[] }[];
  return (result?.files ?? []).map((f) => f.path);
}

describe("dependencies", () => {
  it("finds every publishable package", () => {
    expect(publishable.map(({ pkg }) => pkg.name)).toEqual(expect.arrayContaining(Object.keys(ALLOWED)));
    expect(datasets.length).toBeGreaterThan(0);
  });

  it.each(datasets.map(({ dir, pkg }) => [dir, pkg] as const))("%s has no runtime dependencies", (_dir, pkg) => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it.each(Object.entries(ALLOWED))("%s depends on exactly %j", (name, allowed) => {
    const pkg = publishable.find((m) => m.pkg.name === name)?.pkg;
    expect(Object.keys(pkg?.dependencies ?? {}).sort()).toEqual([...allowed].sort());
  });

  it("no package.json anywhere runs a script on install", () => {
    for (const { dir, pkg } of manifests) {
      for (const hook of ["preinstall", "install", "postinstall", "prepare"]) {
        expect(pkg.scripts?.[hook], `${dir || "(root)"} ${hook}`).toBeUndefined();
      }
    }
  });
});

describe("published files", () => {
  it.each(publishable.map(({ dir, pkg }) => [pkg.name, dir] as const))(
    "%s ships only whitelisted paths",
    (name, dir) => {
      const files = packed(dir);
      const allowed = SHIPS[kindOf(name)];
      expect(files.filter((path) => !allowed(path))).toEqual([]);
      expect(files.filter((path) => TEST_FILE.test(path) || /\.tmp$|(^|\/)\./.test(path))).toEqual([]);
      expect(files).toContain("package.json");
      if (kindOf(name) === "dataset") expect(files).toEqual(expect.arrayContaining(["dataset.json", "article.txt"]));
      if (kindOf(name) === "library") expect(files.some((p) => p.startsWith("src/"))).toBe(true);
    },
  );

  it("the whitelists refuse what must not ship", () => {
    for (const path of [
      "src/text/anchor.test.ts",
      "src/validate/tests/fixture.ts",
      "test/fixtures/mini/x.yml",
      "vitest.config.ts",
      "tsconfig.json",
      "tsup.config.ts",
    ]) {
      expect(SHIPS.library(path), path).toBe(false);
    }
    expect(SHIPS.cli("src/main.ts")).toBe(false);
    expect(SHIPS.dataset("entities.yml")).toBe(false);
    expect(SHIPS.dataset("test/dataset.test.ts")).toBe(false);
    for (const path of ["src/app.ts", "index.html", "test/viewer.e2e.test.ts", "dist/site/datasets/index.json"]) {
      expect(SHIPS.viewer(path), path).toBe(false);
    }
  });
});

/** Every README.md of the repository, outside node_modules, dist and .git. */
function readmes(dir = REPO, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!["node_modules", "dist", ".git", ".turbo"].includes(entry.name)) readmes(join(dir, entry.name), out);
    } else if (entry.name === "README.md") out.push(join(dir, entry.name));
  }
  return out;
}

// `claimset` is not the package's name on npm: `npx claimset` would fetch and
// run whatever package someone publishes under that name.
const UNSAFE_NPX = /\bnpx\s+(?:-[^\s]+\s+)*claimset\b/;

describe("what npm shows", () => {
  it.each(publishable.map(({ dir, pkg }) => [pkg.name, dir] as const))(
    "%s ships a README, a LICENSE and a CHANGELOG",
    (_name, dir) => {
      const files = packed(dir);
      expect(files).toEqual(expect.arrayContaining(["README.md", "LICENSE", "CHANGELOG.md"]));
      // What the tarball holds is what the folder holds: no README left empty.
      expect(readFileSync(join(REPO, dir, "README.md"), "utf8").length).toBeGreaterThan(500);
    },
  );

  it("no README tells people to run `npx claimset`: the documented command is `npx @claimset/cli`", () => {
    const found = readmes();
    expect(found.length).toBeGreaterThanOrEqual(publishable.length);
    const offending = found.flatMap((path) =>
      readFileSync(path, "utf8")
        .split("\n")
        .map((line, i) => ({ line, at: `${path.slice(REPO.length)}:${i + 1}` }))
        .filter(({ line }) => UNSAFE_NPX.test(line))
        .map(({ at }) => at),
    );
    expect(offending).toEqual([]);
    expect(UNSAFE_NPX.test("npx claimset validate .")).toBe(true);
    expect(UNSAFE_NPX.test("npx --yes claimset stats")).toBe(true);
    expect(UNSAFE_NPX.test("npx @claimset/cli validate .")).toBe(false);
  });

  it("a dataset README that lists CHANGELOG.md among its files ships it", () => {
    for (const { dir } of datasets) {
      const readme = readFileSync(join(REPO, dir, "README.md"), "utf8");
      if (readme.includes("`CHANGELOG.md`")) expect(packed(dir), dir).toContain("CHANGELOG.md");
    }
  });
});
