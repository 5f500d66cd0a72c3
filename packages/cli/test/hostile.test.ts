// Hostile and broken inputs, each run through the built binary
// (`node dist/bin.js validate <input>`): the exit code, the message, and the
// exact rule — read from the error the core loader throws for the same input.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { contentHash, DatasetValidationError } from "@claimset/core";
import {
  AuthoringError,
  compileFolder,
  DatasetReadError,
  DEFAULT_LIMITS,
  type InputLimits,
  readDatasetFile,
} from "@claimset/core/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HANG_MS } from "../../../vitest.shared.js";
import { limitsFrom } from "../src/limits.js";
import { MINI, run } from "./helpers.js";

const BIN = fileURLToPath(new URL("../dist/bin.js", import.meta.url));
const FIXTURES = fileURLToPath(new URL("../../../fixtures/hostile/", import.meta.url));
const README = fileURLToPath(new URL("../README.md", import.meta.url));
const SECURITY = fileURLToPath(new URL("../../../docs/security.md", import.meta.url));

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[]): Result {
  const env = { ...process.env };
  delete env.CLAIMSET_DEBUG;
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: work, env, encoding: "utf8", timeout: HANG_MS });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The rules the core loader reports for an input, as `loadInput` would load it. */
function rulesOf(path: string, limits: InputLimits): string[] {
  try {
    if (existsSync(join(path, "dataset.yml"))) compileFolder(path, limits);
    else readDatasetFile(path, limits);
    return [];
  } catch (error) {
    if (error instanceof AuthoringError || error instanceof DatasetValidationError)
      return error.issues.map((i) => i.rule);
    if (error instanceof DatasetReadError) return [error.rule];
    throw error;
  }
}

let work: string;
let built: Record<string, unknown> & {
  source: { text: string; sha256: string };
  entities: { id: string; description: string | null; mentions: { start: number; end: number; text: string }[] }[];
  quotes: { id: string; speaker: string | null }[];
};

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error(`${BIN} is missing: build first (npx turbo run build --filter=@claimset/cli...)`);
  work = mkdtempSync(join(tmpdir(), "claimset-hostile-"));
  cpSync(MINI, join(work, "mini"), { recursive: true });
  const r = cli(["build", join(work, "mini")]);
  expect(r.code, r.stderr).toBe(0);
  built = JSON.parse(readFileSync(join(work, "mini", "dataset.json"), "utf8"));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Writes `text` to a file in the work folder and returns its path. */
function file(name: string, text: string | Buffer): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

/** A copy of the built dataset, changed by `edit` (and re-hashed when asked), as a file. */
function dataset(name: string, edit: (d: typeof built) => void, options: { rehash?: boolean } = {}): string {
  const copy = structuredClone(built);
  edit(copy);
  if (options.rehash) copy.contentHash = contentHash(copy);
  return file(name, JSON.stringify(copy, null, 2));
}

/** A copy of the authored mini folder with files replaced. */
function authored(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  cpSync(MINI, dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

const fixture = (name: string) => readFileSync(join(FIXTURES, name), "utf8");

interface HostileCase {
  name: string;
  input: () => string;
  args?: string[];
  /** The rule the loader reports, or `usage` for a usage error (exit 2). */
  rule: string;
  code: 1 | 2;
  /** What stderr must say. */
  says: string | RegExp;
}

const CASES: HostileCase[] = [
  { name: "an empty file", input: () => file("empty.json", ""), rule: "empty", code: 1, says: "file is empty" },
  {
    name: "a file of whitespace",
    input: () => join(FIXTURES, "whitespace.json"),
    rule: "empty",
    code: 1,
    says: "file is empty",
  },
  {
    name: "a file cut off inside a string",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("truncated.json", text.slice(0, text.indexOf('"text"') + 20));
    },
    rule: "json",
    code: 1,
    says: "(the file looks truncated)",
  },
  {
    name: "a file cut off after a comma",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("truncated-comma.json", text.slice(0, text.indexOf('"quotes"')));
    },
    rule: "json",
    code: 1,
    says: "(the file looks truncated)",
  },
  {
    name: "binary junk",
    input: () => file("junk.json", Buffer.from([0xff, 0xfe, 0x00, 0x7b, 0x80, 0x81])),
    rule: "json",
    code: 1,
    says: "not valid JSON",
  },
  {
    name: "an array at the top level",
    input: () => join(FIXTURES, "array.json"),
    rule: "schema",
    code: 1,
    says: "(root) [schema]",
  },
  {
    name: "a string at the top level",
    input: () => join(FIXTURES, "string.json"),
    rule: "schema",
    code: 1,
    says: '(root) [schema]: Invalid input: expected object, received string\n      expected object, found "a dataset"',
  },
  {
    name: "null at the top level",
    input: () => join(FIXTURES, "null.json"),
    rule: "schema",
    code: 1,
    says: "found null",
  },
  {
    name: "a duplicate id",
    input: () => dataset("duplicate.json", (d) => d.quotes.push(structuredClone(d.quotes[0]!)), { rehash: true }),
    rule: "unique-ids",
    code: 1,
    says: "[unique-ids]: duplicate id",
  },
  {
    name: "a dangling reference",
    input: () =>
      dataset(
        "dangling.json",
        (d) => {
          d.quotes[0]!.speaker = "nobody";
        },
        { rehash: true },
      ),
    rule: "references",
    code: 1,
    says: '[references]: dangling reference: no record has id "nobody"',
  },
  {
    name: "a span past the end of the text",
    input: () =>
      dataset(
        "past-end.json",
        (d) => {
          const m = d.entities[0]!.mentions[0]!;
          m.end = d.source.text.length + 5;
        },
        { rehash: true },
      ),
    rule: "span-bounds",
    code: 1,
    says: "[span-bounds]: span runs past the end of the text",
  },
  {
    name: "an inverted span",
    input: () =>
      dataset(
        "inverted.json",
        (d) => {
          const m = d.entities[0]!.mentions[0]!;
          [m.start, m.end] = [m.end, m.start];
        },
        { rehash: true },
      ),
    rule: "span-bounds",
    code: 1,
    says: "[span-bounds]: span is inverted",
  },
  {
    name: "a span that splits a surrogate pair",
    input: () =>
      dataset(
        "surrogate.json",
        (d) => {
          const at = d.source.text.search(/[\ud800-\udbff]/);
          expect(at).toBeGreaterThanOrEqual(0);
          d.entities[0]!.mentions[0] = { ...d.entities[0]!.mentions[0]!, start: at + 1, end: at + 2 };
          d.entities[0]!.mentions[0]!.text = d.source.text.slice(at + 1, at + 2);
        },
        { rehash: true },
      ),
    rule: "span-bounds",
    code: 1,
    says: "[span-bounds]: span splits a surrogate pair",
  },
  {
    name: "text that no longer matches its hash",
    input: () =>
      dataset("stale-hash.json", (d) => {
        d.source.text = d.source.text.replace(" sent ", " SENT ");
      }),
    rule: "source-hash",
    code: 1,
    says: "[source-hash]: the source text does not match its hash",
  },
  {
    name: "a top-level __proto__ key",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("proto.json", text.replace("{", '{\n  "__proto__": { "polluted": true },'));
    },
    rule: "schema",
    code: 1,
    says: "[schema]: Unrecognized key",
  },
  {
    name: "constructor.prototype inside a record",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file(
        "constructor.json",
        text.replace('"id": "colonel"', '"id": "colonel", "constructor": { "prototype": { "polluted": true } }'),
      );
    },
    rule: "schema",
    code: 1,
    says: "(colonel) [schema]: Unrecognized key",
  },
  {
    name: "__proto__ and constructor keys in authored YAML",
    input: () => authored("proto-yaml", { "entities.yml": fixture("proto.entities.yml") }),
    rule: "schema",
    code: 1,
    says: /entities\.yml:2:3 \(kim-jong-un\) \[schema\]: 0: Unrecognized key: "__proto__"\n {4}expected no other keys, found __proto__\n.*entities\.yml:8:3 \(russia\) \[schema\]: 1: Unrecognized key: "constructor"/,
  },
  {
    name: "JSON nested deeper than --max-depth",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("deep.json", text.replace('"retired": []', `"retired": ${"[".repeat(100)}${"]".repeat(100)}`));
    },
    rule: "max-depth",
    code: 1,
    says: "JSON nests deeper than 64 levels (raise the limit with --max-depth)",
  },
  {
    name: "YAML nested 20,000 levels deep",
    input: () => authored("deep-yaml", { "notes.yml": `${"- ".repeat(20_000)}x\n` }),
    rule: "max-depth",
    code: 1,
    says: "notes.yml:1:129 [max-depth]: YAML nests deeper than 64 levels\n    expected at most 64 levels of lists and maps\n    hint: raise the limit with --max-depth if the nesting is meant",
  },
  {
    name: "100,000 levels of nesting, with --max-depth raised past them",
    input: () => file("very-deep.json", `${"[".repeat(100_000)}${"]".repeat(100_000)}`),
    args: ["--max-depth", "1000000"],
    rule: "schema",
    code: 1,
    says: "(root) [schema]: Invalid input: expected object, received array",
  },
  { name: "a NaN literal", input: () => join(FIXTURES, "nan.json"), rule: "json", code: 1, says: "not valid JSON" },
  {
    name: "an Infinity literal",
    input: () => join(FIXTURES, "infinity.json"),
    rule: "json",
    code: 1,
    says: "not valid JSON",
  },
  {
    name: "a number too large for a double (1e400 parses as Infinity)",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("huge-number.json", text.replace('"value": 12000', '"value": 1e400'));
    },
    rule: "schema",
    code: 1,
    says: "claims[2].value (n-troops) [schema]: Invalid input: expected number, received Infinity",
  },
  {
    name: "an offset beyond 2^53",
    input: () => {
      const text = readFileSync(join(work, "mini", "dataset.json"), "utf8");
      return file("huge-offset.json", text.replace(/"end": \d+/, '"end": 9007199254740993'));
    },
    rule: "schema",
    code: 1,
    says: "[schema]: Too big",
  },
  {
    name: "a megabyte string above --max-bytes",
    input: () =>
      dataset(
        "megabytes.json",
        (d) => {
          d.entities[0]!.description = "x".repeat(3 * 1024 * 1024);
        },
        { rehash: true },
      ),
    args: ["--max-bytes", String(2 * 1024 * 1024)],
    rule: "max-bytes",
    code: 1,
    says: "more than the limit of 2097152 (raise it with --max-bytes)",
  },
  {
    name: "YAML aliases that expand exponentially",
    input: () => authored("laughs", { "entities.yml": fixture("billion-laughs.entities.yml") }),
    rule: "yaml",
    code: 1,
    says: "entities.yml [yaml]: Excessive alias count indicates a resource exhaustion attack",
  },
  {
    name: "a !!js/function tag",
    input: () => authored("js-function", { "entities.yml": fixture("js-function.entities.yml") }),
    rule: "yaml",
    code: 1,
    says: "[yaml]: unsupported YAML tag: Unresolved tag: tag:yaml.org,2002:js/function",
  },
  {
    name: "a !!python/object tag",
    input: () => authored("python-object", { "entities.yml": fixture("python-object.entities.yml") }),
    rule: "yaml",
    code: 1,
    says: "[yaml]: unsupported YAML tag: Unresolved tag: tag:yaml.org,2002:python/object/apply:os.system",
  },
  {
    name: "a YAML key that is a collection",
    input: () =>
      authored("complex-key", {
        "dataset.yml": `${readFileSync(join(MINI, "dataset.yml"), "utf8")}? [complex, key]\n: value\n`,
      }),
    rule: "schema",
    code: 1,
    says: 'dataset.yml:2:1 [schema]: Unrecognized key: "[ complex, key ]"',
  },
  {
    name: "a duplicate YAML key",
    input: () => authored("duplicate-key", { "entities.yml": fixture("duplicate-key.entities.yml") }),
    rule: "yaml",
    code: 1,
    says: "entities.yml:2:3 [yaml]: Map keys must be unique",
  },
  {
    name: "more records than --max-records",
    input: () => join(work, "mini", "dataset.json"),
    args: ["--max-records", "2"],
    rule: "max-records",
    code: 1,
    says: "entities [max-records]: table entities has more records than the limit (raise it with --max-records)\n      expected at most 2, found 3 records",
  },
  {
    name: "a package.json beside the authored files that is not JSON",
    input: () => authored("bad-package", { "package.json": '{ "name": "x", "version": ' }),
    rule: "json",
    code: 1,
    says: /bad-package\/package\.json: not valid JSON: .*\(the file looks truncated\)/,
  },
  {
    name: "an article path that leaves the folder",
    input: () =>
      authored("escape", {
        "dataset.yml": readFileSync(join(MINI, "dataset.yml"), "utf8").replace(
          "article: article.txt",
          "article: ../../../../../../etc/hostname",
        ),
      }),
    rule: "article",
    code: 1,
    says: "is outside",
  },
  {
    name: "an article that is a symbolic link",
    input: () => {
      const dir = authored("article-link", {});
      rmSync(join(dir, "article.txt"));
      symlinkSync(join(MINI, "article.txt"), join(dir, "article.txt"));
      return dir;
    },
    rule: "article",
    code: 1,
    says: "is a symbolic link",
  },
  {
    name: "a limit flag that is not a positive integer",
    input: () => join(work, "mini", "dataset.json"),
    args: ["--max-depth", "0"],
    rule: "usage",
    code: 2,
    says: '--max-depth expects a positive integer, got "0"',
  },
  {
    name: "a path that does not exist",
    input: () => join(work, "nowhere", "dataset.json"),
    rule: "cli-input",
    code: 1,
    says: "no such file or folder",
  },
  {
    name: "a folder with no dataset in it",
    input: () => {
      mkdirSync(join(work, "empty-folder"), { recursive: true });
      return join(work, "empty-folder");
    },
    rule: "cli-input",
    code: 1,
    says: "is a folder with neither dataset.yml (authored files) nor dataset.json",
  },
];

describe(`hostile inputs (${CASES.length} cases)`, () => {
  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const path = c.input();
    const args = c.args ?? [];
    const r = cli(["validate", path, ...args]);
    expect(r.stderr, "no stack trace").not.toContain("    at ");
    expect(r.stderr).not.toContain("internal error");
    expect(r.stderr, "no warnings from Node or a library").not.toMatch(/\(node:\d+\) Warning/);
    expect(r.code, r.stderr).toBe(c.code);
    if (typeof c.says === "string") expect(r.stderr).toContain(c.says);
    else expect(r.stderr).toMatch(c.says);
    // Usage errors, and inputs the CLI refuses before core reads them, have no core rule to check.
    if (c.rule === "usage" || c.rule === "cli-input") return;
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    const rules = rulesOf(
      path,
      limitsFrom(Object.fromEntries(args.flatMap((a, i) => (i % 2 ? [] : [[a.slice(2), args[i + 1]]])))),
    );
    expect(rules).toContain(c.rule);
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("leaves Object.prototype untouched when __proto__ and constructor keys go through the CLI in-process", async () => {
    const before = Object.getOwnPropertyNames(Object.prototype).join();
    for (const name of [
      "a top-level __proto__ key",
      "constructor.prototype inside a record",
      "__proto__ and constructor keys in authored YAML",
    ]) {
      const c = CASES.find((x) => x.name === name)!;
      const r = await run(["validate", c.input()]);
      expect(r.code).toBe(1);
    }
    expect(Object.getOwnPropertyNames(Object.prototype).join()).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});

describe("every limit can be raised by its flag", () => {
  it("--max-bytes: the megabyte dataset is valid once the limit allows it", () => {
    const path = CASES.find((c) => c.rule === "max-bytes")!.input();
    expect(cli(["validate", path, "--max-bytes", String(2 * 1024 * 1024)]).code).toBe(1);
    const r = cli(["validate", path, "--max-bytes", String(8 * 1024 * 1024)]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("1 valid, 0 invalid");
  });

  it("--max-depth: deep JSON gets past the depth check and on to the schema", () => {
    const path = CASES.find((c) => c.rule === "max-depth")!.input();
    const r = cli(["validate", path, "--max-depth", "200"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("nests deeper");
    expect(r.stderr).toContain("retired[0] [schema]");
    expect(rulesOf(path, { ...DEFAULT_LIMITS, maxDepth: 200 })).toEqual(["schema"]);
    // And lowered: the valid mini dataset nests 5 levels deep.
    expect(cli(["validate", join(work, "mini", "dataset.json"), "--max-depth", "4"]).code).toBe(1);
    expect(cli(["validate", join(work, "mini", "dataset.json"), "--max-depth", "5"]).code).toBe(0);
  });

  it("--max-records: the same dataset is valid at its own size", () => {
    expect(cli(["validate", join(work, "mini", "dataset.json"), "--max-records", "3"]).code).toBe(0);
  });

  it("--max-aliases: the alias bomb expands (and fails the schema instead) when the limit is raised", () => {
    const dir = authored("laughs-raised", { "entities.yml": fixture("billion-laughs.entities.yml") });
    const r = cli(["validate", dir, "--max-aliases", "100000"]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toContain("alias");
    expect(r.stderr).toContain("[schema]");
    // A few aliases are ordinary YAML, and allowed by default.
    const entities = readFileSync(join(MINI, "entities.yml"), "utf8").replace("type: person", "type: &t person");
    const ok = authored("few-aliases", { "entities.yml": entities.replace("type: person", "type: *t") });
    expect(cli(["validate", ok]).code).toBe(0);
  });

  it("are documented with their defaults in the CLI README and docs/security.md", () => {
    const readme = readFileSync(README, "utf8");
    const security = readFileSync(SECURITY, "utf8");
    const flags = {
      "--max-bytes": DEFAULT_LIMITS.maxBytes,
      "--max-depth": DEFAULT_LIMITS.maxDepth,
      "--max-records": DEFAULT_LIMITS.maxRecords,
      "--max-aliases": DEFAULT_LIMITS.maxAliasCount,
    };
    for (const [flag, value] of Object.entries(flags)) {
      for (const [name, doc] of [
        ["README", readme],
        ["security.md", security],
      ] as const) {
        const row = doc.split("\n").find((line) => line.startsWith(`| \`${flag}`));
        expect(row, `${flag} in ${name}`).toBeDefined();
        expect(row, `${flag} default in ${name}`).toContain(String(value));
      }
    }
    const help = cli(["validate", "--help"]);
    for (const [flag, value] of Object.entries(flags)) {
      expect(help.stdout).toMatch(new RegExp(`${flag} <n>.*\\(default ${value}\\)`));
    }
  });
});
