// The long fuzz run: `npm run fuzz -- --iterations 20000 --seed 7`.
// (Environment: FUZZ_ITERATIONS, FUZZ_SEED, FUZZ_HANG_MS.)
//
// The cases run in a child process watched by this one: a case that hangs
// (no word from the child for --hang-ms) is killed, kept as a regression like
// any other failure, and the run goes on from the next case. Every failing
// input is written to packages/core/test/fuzz/regressions/, which
// `npm test` replays.
import { fork } from "node:child_process";
import { parseArgs } from "node:util";
import {
  type FuzzCase,
  type FuzzSummary,
  type Outcome,
  REGRESSIONS,
  runFuzz,
  saveRegression,
  Workspace,
} from "../packages/core/test/fuzz/harness.js";

// Not turbo task inputs: the fuzz run is never cached.
const env = process.env;
const { values } = parseArgs({
  options: {
    iterations: { type: "string", default: env.FUZZ_ITERATIONS ?? "20000" },
    seed: { type: "string", default: env.FUZZ_SEED ?? String(Date.now() % 2 ** 31) },
    "hang-ms": { type: "string", default: env.FUZZ_HANG_MS ?? "30000" },
    child: { type: "string" },
  },
});
const seed = Number(values.seed);
const iterations = Number(values.iterations);
const hangMs = Number(values["hang-ms"]);
for (const [name, n] of Object.entries({ seed, iterations, hangMs })) {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`--${name} expects a non-negative integer`);
}

type Message =
  | { type: "case"; iteration: number }
  | { type: "outcome"; iteration: number; status: Outcome["status"]; rule?: string }
  | { type: "summary"; summary: Omit<FuzzSummary, "failures"> };

if (values.child !== undefined) {
  // Child: run cases from --child, report each to the parent, keep failures.
  const workspace = new Workspace();
  const send = (message: Message) => process.send?.(message);
  // One bug tends to fail many cases: keep the first few inputs of each kind of failure per file.
  const kept = new Map<string, number>();
  try {
    const summary = runFuzz(workspace, {
      seed,
      iterations: iterations - Number(values.child),
      start: Number(values.child),
      onCase: (c) => send({ type: "case", iteration: c.iteration }),
      onOutcome: (c: FuzzCase, outcome) => {
        if (outcome.status === "failure") {
          const signature = `${c.base}/${c.kind}/${c.file}: ${outcome.reason.split(":")[0]}`;
          const seen = kept.get(signature) ?? 0;
          kept.set(signature, seen + 1);
          const folder = seen < 3 ? saveRegression(c, outcome.reason) : "(not kept: a 4th input failing the same way)";
          console.error(
            `✗ case ${c.iteration} (${c.base}/${c.file}, ${c.applied.join("+")}): ${outcome.reason}\n  kept in ${folder}`,
          );
        }
        send({
          type: "outcome",
          iteration: c.iteration,
          status: outcome.status,
          ...(outcome.status === "rejected" ? { rule: outcome.rule } : {}),
        });
      },
    });
    const { failures: _failures, ...rest } = summary;
    send({ type: "summary", summary: rest });
  } finally {
    workspace.dispose();
  }
  process.disconnect?.();
} else {
  console.log(`fuzzing ${iterations} cases, seed ${seed} (replay one: --seed ${seed}), failures go to ${REGRESSIONS}`);
  const counts = { valid: 0, rejected: 0, failure: 0, hang: 0 };
  const rules: Record<string, number> = {};
  const started = Date.now();
  let next = 0;
  while (next < iterations) {
    next = await new Promise<number>((resolve) => {
      const child = fork(process.argv[1] as string, [...process.argv.slice(2), "--child", String(next)], {
        stdio: ["ignore", "inherit", "inherit", "ipc"],
      });
      let current = next;
      // The case the child is running: announced, with no outcome yet.
      let pending: number | null = null;
      let timer: NodeJS.Timeout;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          // A hang: regenerate the case (it is deterministic), keep it, go on after it.
          child.kill("SIGKILL");
          const workspace = new Workspace();
          const c = workspace.generate(seed, current);
          workspace.dispose();
          const folder = saveRegression(c, `no result after ${hangMs} ms`);
          console.error(`✗ case ${current} hung (${c.base}/${c.file}, ${c.applied.join("+")}); kept in ${folder}`);
          counts.hang++;
          resolve(current + 1);
        }, hangMs);
      };
      arm();
      child.on("message", (message: Message) => {
        arm();
        if (message.type === "case") {
          current = message.iteration;
          pending = message.iteration;
        } else if (message.type === "outcome") {
          pending = null;
          counts[message.status]++;
          if (message.rule) rules[message.rule] = (rules[message.rule] ?? 0) + 1;
          if ((message.iteration + 1) % 1000 === 0) {
            console.log(`  ${message.iteration + 1}/${iterations} (${Math.round((Date.now() - started) / 1000)} s)`);
          }
        }
      });
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        if (signal === "SIGKILL") return;
        if (code !== 0) {
          counts.failure++;
          if (pending === null) {
            // Between cases: a bug in the harness, not an input to keep.
            console.error(`✗ the fuzzing process exited with ${code ?? signal} after case ${current}`);
            resolve(current + 1);
            return;
          }
          // The child died on a case (out of memory, say): keep that case.
          const workspace = new Workspace();
          const c = workspace.generate(seed, pending);
          workspace.dispose();
          const folder = saveRegression(c, `the fuzzing process exited with ${code ?? signal}`);
          console.error(`✗ case ${pending} killed the fuzzing process; kept in ${folder}`);
          resolve(pending + 1);
        } else resolve(iterations);
      });
    });
  }
  const seconds = Math.round((Date.now() - started) / 100) / 10;
  console.log(`done in ${seconds} s: ${JSON.stringify(counts)}`);
  console.log(
    `errors by rule: ${JSON.stringify(Object.fromEntries(Object.entries(rules).sort((a, b) => b[1] - a[1])))}`,
  );
  process.exitCode = counts.failure + counts.hang > 0 ? 1 : 0;
}
