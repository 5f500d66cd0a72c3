import { describe, expect, it } from "vitest";
import { MINI, run } from "../test/helpers.js";
import { commands } from "./commands/index.js";
import { VERSION } from "./version.js";

describe("main", () => {
  it("lists every command in --help, and exits 2 with no command at all", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const command of commands) expect(help.stdout).toContain(`  ${command.name} `);
    const bare = await run([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe(help.stdout);
  });

  it("prints the version", async () => {
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("gives every command a --help with its usage line and the common options", async () => {
    for (const command of commands) {
      const r = await run([command.name, "--help"]);
      expect(r.code, command.name).toBe(0);
      expect(r.stdout).toMatch(new RegExp(`^Usage: claimset ${command.name}`));
      expect(r.stdout).toContain("--json");
    }
  });

  it("prints JSON with --json: the machine-readable form of each listing", async () => {
    const outputs = await Promise.all(
      [["stats", MINI], ["entities"], ["quotes"], ["claims"], ["show", "russia"]].map((argv) =>
        run([...argv, "--json", ...(argv[0] === "stats" ? [] : ["-d", MINI])]),
      ),
    );
    for (const r of outputs) {
      expect(r.code).toBe(0);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
    }
  });

  it("colors only when the context allows it", async () => {
    const plain = await run(["show", "nope", "-d", MINI]);
    expect(plain.stderr).not.toMatch(/\u001b\[/);
    const colored = await run(["show", "nope", "-d", MINI], { color: true });
    expect(colored.stderr).toMatch(/^\u001b\[31merror:\u001b\[0m no record "nope"/);
  });
});
