// The fuzz cases of @claimset/core, run through the CLI in-process: whatever
// the input, a command exits 0, 1, 2 or 3, and prints no stack trace and no
// "internal error". (The long run is `npm run fuzz`.)
import { afterAll, describe, expect, it } from "vitest";
import { prototypePolluted, Workspace } from "../../core/test/fuzz/harness.js";
import { run } from "./helpers.js";

const SEED = 20250510;
const ITERATIONS = 300;

/** Commands that load a dataset, with the arguments that follow the input path. */
const COMMANDS: { argv: (input: string) => string[]; authored: boolean }[] = [
  { argv: (input) => ["validate", input], authored: true },
  { argv: (input) => ["validate", input, "--json"], authored: true },
  { argv: (input) => ["stats", input], authored: true },
  { argv: (input) => ["quotes", "-d", input], authored: true },
  { argv: (input) => ["claims", "-d", input, "--json"], authored: true },
  { argv: (input) => ["export", "--format", "csv", "--table", "mentions", "-d", input], authored: true },
  { argv: (input) => ["export", "--format", "webannotation", "-d", input], authored: true },
  { argv: (input) => ["verify", input], authored: false },
];

const workspace = new Workspace(["mini"]);
afterAll(() => workspace.dispose());

describe("fuzzing the CLI", () => {
  it(`exits 0, 1, 2 or 3 without a stack trace on ${ITERATIONS} mutated inputs`, async () => {
    const codes: Record<number, number> = {};
    const usage: string[] = [];
    for (let i = 0; i < ITERATIONS; i++) {
      const c = workspace.generate(SEED, i);
      const input = workspace.write(c);
      const candidates = COMMANDS.filter((command) => command.authored || c.kind === "json");
      const command = candidates[i % candidates.length]!;
      const argv = command.argv(input);
      try {
        const r = await run(argv, { cwd: workspace.root });
        const where = `case ${i} (${c.file}, ${c.applied.join("+")}): claimset ${argv.join(" ")}\n${r.stderr}`;
        expect([0, 1, 2, 3], where).toContain(r.code);
        expect(r.stderr, where).not.toContain("    at ");
        expect(r.stderr, where).not.toContain("internal error");
        // Every --json run prints one JSON envelope, failures included.
        if (argv.includes("--json")) {
          const out = JSON.parse(r.stdout);
          expect(out.exitCode, where).toBe(r.code);
          expect(out.ok, where).toBe(r.code === 0);
        }
        codes[r.code] = (codes[r.code] ?? 0) + 1;
        if (r.code === 2) usage.push(where);
      } finally {
        workspace.restore(c);
      }
      expect(prototypePolluted()).toBe(false);
    }
    // The commands are called correctly, so a usage error means the input was taken for an option or a name.
    expect(usage).toEqual([]);
    // Both outcomes occur: the mutations are not all fatal, nor all harmless.
    expect(codes[0], JSON.stringify(codes)).toBeGreaterThan(0);
    expect(codes[1], JSON.stringify(codes)).toBeGreaterThan(0);
  });
});
