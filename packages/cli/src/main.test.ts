import { describe, expect, it } from "vitest";
import { MINI, run } from "../test/helpers.js";
import { EXIT } from "./exit.js";
import { EXIT_CODES_HELP } from "./help.js";
import { optionsOf } from "./parse.js";
import { commands } from "./specs/index.js";
import { VERSION } from "./version.js";

describe("claimset --help and --version", () => {
  it("lists every command, and exits 2 with no command at all", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.stdout).toContain(`  ${command.name} `);
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(help.stdout);
  });

  it("prints the version with --version, -V and -v", async () => {
    for (const flag of ["--version", "-V", "-v"])
      expect(await run([flag])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("gives every command a help page with its usage, its options once each, an example and the exit codes", async () => {
    for (const command of commands) {
      const r = await run([command.name, "--help"]);
      expect(r.code, command.name).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: claimset ${command.name}`));
      expect(r.stdout).toContain("Examples:\n  $ ");
      expect(r.stdout).toContain(EXIT_CODES_HELP);
      for (const name of Object.keys(optionsOf(command))) {
        const mentions = r.stdout.split("\n").filter((line) => new RegExp(`^ +(-., )?--${name}\\b`).test(line));
        expect(mentions.length, `${command.name} --${name}`).toBe(1);
      }
      expect((await run(["help", command.name])).stdout).toBe(r.stdout);
    }
  });

  it("states every exit code of the EXIT map in the help", () => {
    for (const code of Object.values(EXIT)) expect(EXIT_CODES_HELP).toMatch(new RegExp(`^  ${code} `, "m"));
  });
});

describe("mistakes on the command line", () => {
  it("suggests the command meant, and exits 2", async () => {
    const r = await run(["valdate", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'error: unknown command "valdate".\nhint: did you mean claimset validate? (claimset --help lists them)\n',
    );
    expect((await run(["help", "shwo"])).stderr).toContain("did you mean claimset show?");
  });

  it("suggests the option meant instead of Node's message", async () => {
    const r = await run(["quotes", "--speakr", "Putin", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "error: claimset quotes has no option --speakr.\nhint: did you mean --speaker? (see claimset quotes --help)\n",
    );
    expect(r.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option '/);
  });

  it("says how to write -d=path", async () => {
    const r = await run(["stats", `-d=${MINI}`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`-d=${MINI}: a short option takes its value after a space, not "="`);
    expect(r.stderr).toContain(`hint: write -d ${MINI} or --dataset=${MINI}`);
  });

  it("says an option needs a value, and names the values of an option that takes a fixed set", async () => {
    const missing = await run(["quotes", "-d", MINI, "--speaker"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("error: --speaker needs a value.");
    const kind = await run(["claims", "--kind", "cuont", "-d", MINI]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind must be one of count, duration, age");
    expect(kind.stderr).toContain("hint: did you mean count?");
  });

  it("counts arguments and names the ones too many", async () => {
    const r = await run(["diff", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("claimset diff takes 2 arguments, got 1.");
    expect(r.stderr).toContain("hint: usage: claimset diff <before> <after> [options]");
  });
});

describe("colour", () => {
  const tty = { stdoutTTY: true, stderrTTY: true };

  it("paints each stream only when it is a terminal", async () => {
    expect((await run(["show", "nope", "-d", MINI])).stderr).not.toMatch(/\u001b\[/);
    const onlyStderr = await run(["show", "nope", "-d", MINI], { stderrTTY: true });
    expect(onlyStderr.stderr).toMatch(/^\u001b\[31merror:\u001b\[0m no record "nope"/);
    const onlyStdout = await run(["show", "russia", "-d", MINI], { stdoutTTY: true });
    expect(onlyStdout.stdout).toMatch(/\u001b\[1mentity russia\u001b\[0m/);
    expect((await run(["show", "nope", "-d", MINI], { stdoutTTY: true })).stderr).not.toMatch(/\u001b\[/);
  });

  it("never paints with NO_COLOR or TERM=dumb, and always with FORCE_COLOR", async () => {
    for (const env of [{ NO_COLOR: "1" }, { TERM: "dumb" }]) {
      const r = await run(["show", "nope", "-d", MINI], { ...tty, env });
      expect(r.stderr, JSON.stringify(env)).not.toMatch(/\u001b\[/);
    }
    expect((await run(["show", "nope", "-d", MINI], { env: { FORCE_COLOR: "1" } })).stderr).toMatch(/\u001b\[31m/);
  });
});

describe("--json", () => {
  it("prints the envelope on stdout for an error too, with the issue and the exit code", async () => {
    const r = await run(["show", "putn", "-d", MINI, "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ claimset: VERSION, command: "show", ok: false, exitCode: 1, results: [] });
    expect(out.issues).toEqual([
      expect.objectContaining({ rule: "not-found", message: 'no record "putn" in mini@0.0.0.' }),
    ]);
    expect(r.stderr).toContain('error: no record "putn"');
    // The dataset was read before the id was looked for: the envelope says which, as on success.
    expect(out.datasets).toEqual([expect.objectContaining({ id: "mini", version: "0.0.0", input: MINI })]);
    const usage = JSON.parse((await run(["valdate", "--json"])).stdout);
    expect(usage).toMatchObject({ command: "valdate", ok: false, exitCode: 2, issues: [{ rule: "usage" }] });
    expect(usage.datasets).toEqual([]);
  });
});
