// Runs the built binary the way users do: `node dist/bin.js …` in a child
// process, against fixtures copied to a temporary folder.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MINI, REAL } from "./helpers.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const ANSI = /\u001b\[/;

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Result {
  const env = { ...process.env, ...options.env };
  delete env.CLAIMSET_DEBUG;
  if (!options.env?.NO_COLOR) delete env.NO_COLOR;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? work, env, encoding: "utf8" });
  const result = { code: r.status, stdout: r.stdout, stderr: r.stderr };
  // Whatever went wrong, a user never sees a stack trace.
  expect(result.stderr, `stderr of claimset ${args.join(" ")}`).not.toContain("    at ");
  return result;
}

let work: string;
let built: string;
let dataset: {
  source: { text: string };
  entities: { id: string }[];
  quotes: { id: string; speaker: string | null }[];
  contentHash: string;
};

beforeAll(() => {
  if (!existsSync(BIN)) {
    throw new Error(`${BIN} is missing: build first (npx turbo run build --filter=@claimset/cli...)`);
  }
  work = mkdtempSync(join(tmpdir(), "claimset-e2e-"));
  built = join(work, "mini");
  cpSync(MINI, built, { recursive: true });
  const r = cli(["build", built]);
  expect(r.code, r.stderr).toBe(0);
  dataset = JSON.parse(readFileSync(join(built, "dataset.json"), "utf8"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes a copy of the built mini dataset.json, changed by `edit`, and returns its path. */
function broken(name: string, edit: (d: typeof dataset & Record<string, never>) => void): string {
  const copy = structuredClone(dataset) as typeof dataset & Record<string, never>;
  edit(copy);
  const path = join(work, name);
  writeFileSync(path, JSON.stringify(copy, null, 2));
  return path;
}

describe("conventions", () => {
  it("prints help and version with exit 0, and exits 2 on usage errors", () => {
    const help = cli(["--help"]);
    expect(help.code).toBe(0);
    for (const name of [
      "validate",
      "build",
      "stats",
      "show",
      "entities",
      "quotes",
      "claims",
      "export",
      "diff",
      "verify",
      "new",
    ]) {
      expect(help.stdout).toMatch(new RegExp(`^  ${name} `, "m"));
    }
    const version = cli(["--version"]);
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(join(REPO, "packages/cli/package.json"), "utf8")).version}\n`,
    );
    const unknown = cli(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('error: unknown command "frobnicate".\nhint: claimset --help lists the commands\n');
    const badFlag = cli(["show", "x", "--nope"]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("error: claimset show has no option --nope.\nhint: see claimset show --help");
    expect(cli(["export", "--help"]).stdout).toContain("--format <format>");
  });

  it("writes no ANSI escapes when stdout is not a terminal", () => {
    const r = cli(["stats", built]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it("stops quietly when the reader closes the pipe early", () => {
    // Enough output to outlast the pipe buffer once `head` has gone.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} show vladimir-putin -d ${JSON.stringify(REAL)} --json | head -c 10`;
    const r = spawnSync("bash", ["-o", "pipefail", "-c", `${command}; echo "exit=$?" >&2`], { encoding: "utf8" });
    expect(r.stdout).toHaveLength(10);
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stderr).toMatch(/exit=0/);
  });

  const hasScript = spawnSync("script", ["--version"], { encoding: "utf8" }).status === 0;
  it.skipIf(!hasScript)("colors a terminal, and honours NO_COLOR there", () => {
    // util-linux `script` gives the child a pseudo-terminal.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} stats ${JSON.stringify(built)}`;
    const env = { ...process.env };
    delete env.NO_COLOR;
    const tty = spawnSync("script", ["-qec", command, "/dev/null"], { env, encoding: "utf8" });
    expect(tty.stdout).toContain("mini@0.0.0");
    expect(tty.stdout).toMatch(ANSI);
    const plain = spawnSync("script", ["-qec", command, "/dev/null"], {
      env: { ...env, NO_COLOR: "1" },
      encoding: "utf8",
    });
    expect(plain.stdout).toContain("mini@0.0.0");
    expect(plain.stdout).not.toMatch(ANSI);
  });
});

describe("the mini fixture", () => {
  it("validates as an authored folder and as its built dataset.json", () => {
    const r = cli(["validate", MINI, join(built, "dataset.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 valid, 0 invalid");
  });

  it("shows records and lists them", () => {
    const show = cli(["show", "q-kim-alliance", "-d", built]);
    expect(show.code).toBe(0);
    expect(show.stdout).toMatch(/speaker\s+Kim Jong Un \(kim-jong-un\)/);
    const missing = cli(["show", "q-kim", "-d", built]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(
      'error: no record "q-kim" in mini@0.0.0.\nhint: did you mean q-kim-alliance or kim-jong-un?\n',
    );
    const entities = cli(["entities", "--json", "-d", built]);
    expect(JSON.parse(entities.stdout).results.map((e: { record: { id: string } }) => e.record.id)).toEqual(
      dataset.entities.map((e) => e.id),
    );
    const kind = cli(["claims", "--kind", "amount", "-d", built]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain(
      "--kind must be one of count, duration, age, year, date, ordinal, money, percent, other",
    );
  });

  it("verifies the built package's hashes", () => {
    const r = cli(["verify", built]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`contentHash\\s+${dataset.contentHash}\\s+${dataset.contentHash}\\s+ok`));
  });

  it("exports, refusing to overwrite without --force and to write outside the current folder", () => {
    const cwd = join(work, "exports");
    mkdirSync(cwd);
    const first = cli(["export", "--format", "datapackage", "--out", "pkg", "-d", built], { cwd });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("pkg/datapackage.json");
    const again = cli(["export", "--format", "datapackage", "--out", "pkg", "-d", built], { cwd });
    expect(again.code).toBe(3);
    expect(again.stderr).toBe(
      "✗ refusing to overwrite pkg/article.txt, pkg/dataset.json, pkg/datapackage.json and 16 more; pass --force to replace them\n",
    );
    const forced = cli(["export", "--format", "datapackage", "--out", "pkg", "--force", "-d", built], { cwd });
    expect(forced.code).toBe(0);
    const outside = cli(["export", "--format", "markdown", "--out", "../x", "-d", built], { cwd });
    expect(outside.code).toBe(3);
    expect(outside.stderr).toContain("../x is outside");
    expect(existsSync(join(work, "x"))).toBe(false);
  });

  it("diffs a folder against its build: no release needed", () => {
    const r = cli(["diff", MINI, built]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("required release: none");
  });

  it("scaffolds a new dataset that validates", () => {
    const cwd = join(work, "new");
    mkdirSync(cwd);
    writeFileSync(join(cwd, "a.txt"), dataset.source.text);
    const r = cli(["new", "fresh", "--article", "a.txt", "--rights", "Test text."], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(cli(["validate", "datasets/fresh"], { cwd }).code).toBe(0);
    expect(cli(["new", "fresh", "--article", "a.txt", "--rights", "Test text."], { cwd }).code).toBe(3);
  });
});

describe("broken datasets", () => {
  /** Both a listing command (stats → `error:`) and validate (`✗`) report it the same way, exit 1. */
  function expectInvalid(path: string, ...fragments: string[]): string {
    for (const command of ["validate", "stats"]) {
      const r = cli([command, path]);
      expect(r.code, `${command} ${path}`).toBe(1);
      for (const fragment of fragments) expect(r.stderr).toContain(fragment);
    }
    return cli(["validate", path]).stderr;
  }

  it("a span whose offset is off by one: rule, JSON path and record id", () => {
    const i = dataset.entities.findIndex((e) => e.id === "kim-jong-un");
    const path = broken("offset.json", (d) => {
      (d.entities[i] as unknown as { mentions: { start: number }[] }).mentions[0]!.start += 1;
    });
    expectInvalid(
      path,
      `entities[${i}].mentions[0].text (kim-jong-un) [span-text]: span text does not match the source at 1..11`,
    );
  });

  it("a duplicate id", () => {
    const path = broken("duplicate.json", (d) => {
      d.quotes.push(structuredClone(d.quotes[0]!));
    });
    expectInvalid(path, `quotes[${dataset.quotes.length}].id (q-kim-alliance) [unique-ids]: duplicate id`);
  });

  it("a dangling speaker", () => {
    const i = dataset.quotes.findIndex((q) => q.id === "q-meat-grinder");
    const path = broken("speaker.json", (d) => {
      d.quotes[i]!.speaker = "nobody";
    });
    expectInvalid(
      path,
      `quotes[${i}].speaker (q-meat-grinder) [references]: dangling reference: no record has id "nobody"`,
    );
  });

  it("text edited after the build: both hashes mismatch, and verify says so", () => {
    // Same length, outside every span: only the hashes can notice.
    const path = broken("hash.json", (d) => {
      d.source.text = d.source.text.replace(" sent ", " SENT ");
    });
    const stderr = expectInvalid(path, "source.sha256 [source-hash]", "contentHash [content-hash]");
    expect(stderr).not.toContain("[span-text]");
    const verify = cli(["verify", path]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/source\.sha256\s+[0-9a-f]{64}\s+[0-9a-f]{64}\s+MISMATCH/);
    expect(verify.stderr).toContain("source.sha256 is declared as");
  });

  it("malformed JSON", () => {
    const path = join(work, "malformed.json");
    writeFileSync(path, readFileSync(join(built, "dataset.json"), "utf8").replace('"quotes": [', '"quotes": [,'));
    expectInvalid(path, `${path}: not valid JSON: Unexpected token ','`);
  });

  it("an empty file", () => {
    const path = join(work, "empty.json");
    writeFileSync(path, "");
    expectInvalid(path, `${path}: file is empty, expected a dataset JSON object`);
  });

  it("a truncated file, cut inside a string or between values", () => {
    const text = readFileSync(join(built, "dataset.json"), "utf8");
    const inString = join(work, "truncated.json");
    writeFileSync(inString, text.slice(0, text.indexOf('"Kim Jong Un') + 5));
    expectInvalid(inString, "not valid JSON: Unterminated string", "(the file looks truncated)");
    const cut = text.indexOf('"quotes"');
    const between = join(work, "truncated-between.json");
    writeFileSync(between, text.slice(0, cut));
    const line = text.slice(0, cut).split("\n").length;
    expectInvalid(between, `${between}:${line}: not valid JSON`, "(the file looks truncated)");
  });

  it("a file larger than --max-bytes", () => {
    const r = cli(["stats", join(built, "dataset.json"), "--max-bytes", "100"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("more than the limit of 100 (raise it with --max-bytes)");
    expect(cli(["stats", built, "--max-bytes", "lots"]).code).toBe(2);
  });
});

describe("the Victory Day parade dataset", () => {
  const file = join(REAL, "dataset.json");
  const real = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as typeof dataset & { id: string; version: string })
    : null;

  it.skipIf(real === null)("validates, and its authored folder builds to the committed dataset.json", () => {
    expect(cli(["validate", REAL]).code).toBe(0);
    const diff = cli(["diff", REAL, file]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain("required release: none");
  });

  it.skipIf(real === null)("verifies by package name", () => {
    const r = cli(["verify", "@claimset/dataset-north-korea-victory-day-parade"], { cwd: REPO });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`(${real?.id}@${real?.version})`);
    expect(r.stdout).toMatch(new RegExp(`contentHash\\s+${real?.contentHash}\\s+${real?.contentHash}\\s+ok`));
  });

  it.skipIf(real === null)("lists and shows its records", () => {
    const entities = JSON.parse(cli(["entities", "--json", "-d", file]).stdout).results;
    expect(entities).toHaveLength(real?.entities.length ?? -1);
    const quote = real?.quotes.find((q) => q.speaker !== null);
    const r = cli(["show", quote?.id ?? "", "-d", file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`quote ${quote?.id}`);
    expect(r.stdout).toContain(`(${quote?.speaker})`);
    const bySpeaker = JSON.parse(cli(["quotes", "--speaker", quote?.speaker ?? "", "--json", "-d", file]).stdout);
    expect(bySpeaker.results.map((q: { record: { id: string } }) => q.record.id)).toContain(quote?.id);
  });
});
