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
  /** Keeps timing until this many milliseconds have passed (tinybench `time`). */
  time?: number;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * Times tasks one after another in this process with tinybench, and reports
 * the median of each: ratios between tasks of one call share the process,
 * the heap and the JIT, so they hold across machines better than the times.
 */
export async function measure(
  tasks: Record<string, () => unknown>,
  { iterations, warmup = 1, time = 0 }: MeasureOptions,
): Promise<Record<string, Timing>> {
  const bench = new Bench({ iterations, time, warmupIterations: warmup, warmupTime: 0 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.warmup();
  await bench.run();
  const out: Record<string, Timing> = {};
  for (const task of bench.tasks) {
    const result = task.result;
    if (!result || result.error) throw new Error(`benchmark task ${task.name} failed`, { cause: result?.error });
    out[task.name] = { name: task.name, ms: median(result.samples), samples: result.samples.length };
  }
  return out;
}

/** Times one call of `fn` (for work that can run only once, such as a cold import). */
export async function once<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

export { median };
