import { main } from "./main.js";

// A reader that stops early (`claimset quotes | head`) closes the pipe: that
// is not an error, so stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const env = process.env;
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== ""),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env,
});
