// `npm run mutate [module…]`: runs Stryker on each module (all by default),
// one after the other, then rewrites the score table in TESTING.md.
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { MODULES } from "./modules.mjs";
import { writeScoreTable } from "./report.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const names = Object.keys(MODULES);
const asked = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const flags = process.argv.slice(2).filter((a) => a.startsWith("-"));
for (const name of asked) {
  if (!names.includes(name)) {
    console.error(`unknown module ${JSON.stringify(name)}: expected one of ${names.join(", ")}`);
    process.exit(2);
  }
}
for (const name of asked.length ? asked : names) {
  console.log(`\n== mutation testing: ${name}`);
  const run = spawnSync("npx", ["stryker", "run", "stryker/stryker.config.mjs", ...flags], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, STRYKER_MODULE: name },
  });
  if (run.status !== 0) {
    console.error(`stryker failed on ${name} (exit ${run.status})`);
    process.exit(run.status ?? 1);
  }
}
writeScoreTable(root);
