// Loaded with --import before the CLI: on exit, writes the process's peak
// resident memory (KiB) and CPU time to the file named by BENCH_USAGE_OUT.
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_USAGE_OUT;
if (out) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ maxRssKiB: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }),
    );
  });
}
