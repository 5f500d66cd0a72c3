import { VERSION } from "./version.js";

// A reader that stops early (`claimset quotes | head`) closes the pipe: that
// is not an error, so stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

/**
 * Shows text through the user's pager ($CLAIMSET_PAGER, $PAGER, else
 * `less -FRX`), which exits at once when the text fits the screen. Resolves
 * false when no pager could be started, so the caller prints the text.
 */
async function page(text: string): Promise<boolean> {
  const command = process.env.CLAIMSET_PAGER ?? process.env.PAGER ?? "less -FRX";
  if (command.trim() === "" || command === "cat") return false;
  const { spawn } = await import("node:child_process");
  return new Promise((done) => {
    const child = spawn(command, { shell: true, stdio: ["pipe", "inherit", "inherit"] });
    child.on("error", () => done(false));
    child.on("close", (code) => done(code !== 127));
    child.stdin.on("error", () => {});
    child.stdin.end(text);
  });
}

const argv = process.argv.slice(2);
// `--version` alone needs nothing but the version: main, the command table and
// the error model are loaded for everything else. (main answers it the same way.)
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V" || argv[0] === "-v")) {
  process.stdout.write(`${VERSION}\n`);
} else {
  const { main } = await import("./main.js");
  process.exitCode = await main(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdoutTTY: process.stdout.isTTY === true,
    stderrTTY: process.stderr.isTTY === true,
    ...(process.stdout.isTTY ? { columns: process.stdout.columns, rows: process.stdout.rows } : {}),
    page,
  });
}
