import { main } from "./main.js";

const env = process.env;
process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  color: Boolean(process.stdout.isTTY) && !("NO_COLOR" in env && env.NO_COLOR !== ""),
  isTTY: Boolean(process.stderr.isTTY),
  cwd: process.cwd(),
  env,
});
