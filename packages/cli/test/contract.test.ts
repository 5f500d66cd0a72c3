// The --json contract: every command's output, on success and on failure,
// validates against the published output.schema.json.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { outputJsonSchema } from "../src/output-json-schema.js";
import { commands } from "../src/specs/index.js";
import { builtMini, MINI, REAL, run, tempDir } from "./helpers.js";

const SCHEMA_FILE = join(import.meta.dirname, "..", "output.schema.json");
/** brat documents written for the tests (attribution convention). */
const BRAT = join(import.meta.dirname, "fixtures", "brat");
const published = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(published);

/** argv cases per command; `cwd` is a fresh folder holding a built copy of the mini fixture at `mini/`. */
const CASES: Record<string, string[][]> = {
  validate: [["mini"], ["nope.json"], ["mini", REAL]],
  build: [["mini"], ["mini", "--check"]],
  lint: [["mini"], ["--rules"], ["nowhere"]],
  stats: [["mini"], ["mini", REAL]],
  show: [
    ["kim-jong-un", "mini"],
    ["q-kim-alliance", "mini"],
    ["n-losses", "mini"],
    ["note-losses-unsourced", "mini"],
    ["putn", "mini"],
  ],
  entities: [["mini"], ["mini", REAL, "--type", "person"], ["mini", "--type", "persn"]],
  quotes: [
    ["mini", "--speaker", "kim-jong-un"],
    ["--speaker", "Q7747", REAL, "mini"],
    ["mini", "--speaker", "nobody"],
  ],
  claims: [
    ["mini", "--kind", "count"],
    ["mini", "--about", "russia"],
  ],
  export: [
    ["mini", "-f", "csv", "--table", "quotes"],
    ["mini", "-f", "markdown", "-o", "out"],
    ["mini", "-f", "markdown", "-o", "out"],
    ["mini", REAL, "-f", "parquet", "-o", "pq"],
    ["mini", "-f", "brat", "-o", "brat"],
    ["mini", "-f", "label-studio", "-o", "ls"],
    ["mini", "-f", "brat"],
  ],
  import: [
    ["brat", BRAT, "-m", "attribution", "-o", "imported"],
    ["brat", join(BRAT, "bridge.ann"), "-m", "attribution", "--into", "imported/bridge"],
    ["brat", join(BRAT, "harbour.ann"), "-m", "attribution", "--into", "imported/bridge"],
    ["brat", join(BRAT, "bridge.ann"), "-m", "attribution", "--stdout"],
    ["brat", join(BRAT, "bridge.ann"), "-m", "quantities", "-o", "wrong"],
    ["label-studio", "nope.json", "--into", "mini"],
    ["tei", "x"],
  ],
  diff: [[MINI, "mini"], [MINI]],
  verify: [["mini"], ["nope"]],
  new: [
    ["fresh", "--article", "mini/article.txt", "--rights", "test"],
    ["Bad Slug", "--article", "mini/article.txt", "--rights", "x"],
  ],
  completion: [["bash"], ["tcsh"]],
  draft: [["mini/article.txt"], ["mini/article.txt", "--out", "drafted"], ["mini"], ["nope.txt"]],
  eval: [
    ["mini", MINI],
    ["mini", REAL],
  ],
  // A preview serves until it is stopped: only its refusals end on their own.
  preview: [["nowhere"], ["mini", "--port", "70000"]],
};

/** Commands whose successful run does not end by itself. */
const LONG_RUNNING = new Set(["preview"]);

describe("the --json output", () => {
  it("is described by the committed output.schema.json", () => {
    const generated = `${JSON.stringify(outputJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_OUTPUT_SCHEMA) writeFileSync(SCHEMA_FILE, generated);
    expect(readFileSync(SCHEMA_FILE, "utf8"), "run `npm run build -w @claimset/cli` to regenerate it").toBe(generated);
  });

  it("has cases for every command", () => {
    expect(Object.keys(CASES).sort()).toEqual(commands.map((c) => c.name).sort());
  });

  it.each(Object.entries(CASES))(
    "of %s validates against the schema, success and failure alike",
    async (name, cases) => {
      const { dir } = await builtMini();
      const codes = new Set<number>();
      for (const argv of cases) {
        const r = await run([name, ...argv, "--json"], { cwd: dir });
        const where = `claimset ${name} ${argv.join(" ")} --json (exit ${r.code})\n${r.stderr}`;
        const out = JSON.parse(r.stdout);
        const ok = validate(out);
        expect(ok ? [] : validate.errors, where).toEqual([]);
        expect(out).toMatchObject({ command: name, exitCode: r.code, ok: r.code === 0 });
        if (r.code !== 0) expect(out.issues.length, where).toBeGreaterThan(0);
        codes.add(r.code);
      }
      if (!LONG_RUNNING.has(name)) expect(codes.has(0), `${name}: a case that succeeds`).toBe(true);
    },
  );

  it("of an unknown command is the failure envelope", async () => {
    const r = await run(["valdate", "--json"], { cwd: tempDir() });
    expect(validate(JSON.parse(r.stdout)), JSON.stringify(validate.errors)).toBe(true);
  });

  it("refuses what the schema does not allow", () => {
    expect(
      validate({
        claimset: "0",
        schema: "1.0.0",
        command: "stats",
        ok: true,
        exitCode: 0,
        datasets: [],
        results: [{}],
        issues: [],
      }),
    ).toBe(false);
  });
});
