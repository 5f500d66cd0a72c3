// The drafter's long fuzz run: `npm run fuzz -w @claimset/draft -- --iterations 5000 --seed 7`, and part of
// the repository's `npm run fuzz`.
// Every text the draft of which does not compile is written to
// packages/draft/test/regressions/, which `npm test` replays.
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import fc from "fast-check";
import { draftAndCompile } from "../src/tests/helpers.js";
import { hostileText } from "../src/tests/hostile.js";

const env = process.env;
const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: env.FUZZ_ITERATIONS ?? "5000" },
    seed: { type: "string", default: env.FUZZ_SEED ?? String(Date.now() % 2 ** 31) },
  },
});
const iterations = Number(values.iterations);
const seed = Number(values.seed);
const regressions = join(import.meta.dirname, "regressions");
let failures = 0;
const samples = fc.sample(hostileText(400), { numRuns: iterations, seed });
samples.forEach((text) => {
  try {
    draftAndCompile(text);
  } catch (error) {
    failures++;
    const name = createHash("sha256").update(text).digest("hex").slice(0, 16);
    writeFileSync(join(regressions, `${name}.txt`), text);
    process.stderr.write(`case ${name}: ${(error as Error).message.split("\n").slice(0, 3).join(" | ")}\n`);
  }
});
process.stdout.write(
  `drafter fuzz: ${iterations} texts, seed ${seed}: ${iterations - failures} compiled, ${failures} failed\n`,
);
process.exitCode = failures ? 1 : 0;
