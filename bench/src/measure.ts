import { Bench } from "tinybench";

export interface Timing {
  name: string;
  /** Median of the samples, in milliseconds. */
  ms: number;
  samples: number;
}

export interface MeasureOptions {
  /** Fewest timed runs of each task. */
  iterations: number;
  /** Runs before timing starts, to let the JIT settle. */
  warmup?: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Times tasks in this process with tinybench, in interleaved rounds (each
 * round runs every task once), and reports each task's median. Ratios
 * between tasks of one call share the process, the heap and the JIT, and
 * interleaving spreads any noise from a busy machine over all of them.
 */
export async function measure(
  tasks: Record<string, () => unknown>,
  { iterations, warmup = 1 }: MeasureOptions,
): Promise<Record<string, Timing>> {
  for (let i = 0; i < warmup; i++) for (const fn of Object.values(tasks)) fn();
  const samples = new Map<string, number[]>(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < iterations; round++) {
    const bench = new Bench({ iterations: 1, time: 0, warmupIterations: 0, warmupTime: 0 });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (!result || result.error) throw new Error(`benchmark task ${task.name} failed`, { cause: result?.error });
      samples.get(task.name)!.push(...result.samples);
    }
  }
  const out: Record<string, Timing> = {};
  for (const [name, values] of samples) out[name] = { name, ms: median(values), samples: values.length };
  return out;
}

/** Times one call of `fn` (for work that can run only once, such as a cold import). */
export async function once<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export { median };
