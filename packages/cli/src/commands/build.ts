import { resolve } from "node:path";
import { buildDatasetFolder } from "@claimset/core/node";
import { paint, paintErr } from "../context.js";
import { displayPath } from "../datasets.js";
import { EXIT } from "../exit.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun } from "../spec.js";

export const run: CommandRun = (input, context) => {
  const limits = limitsFrom(input.values);
  const check = input.values.check === true;
  const report = input.positionals.map((folder) => {
    const result = buildDatasetFolder(resolve(context.cwd, folder), { check, limits });
    return {
      folder: displayPath(context.cwd, resolve(context.cwd, folder)),
      dataset: result.dataset.id,
      version: result.dataset.version,
      written: check ? [] : result.files.map((f) => f.path),
      stale: result.stale,
      ref: {
        id: result.dataset.id,
        version: result.dataset.version,
        schemaVersion: result.dataset.schemaVersion,
        contentHash: result.dataset.contentHash,
        input: folder,
      },
    };
  });
  const stale = report.filter((r) => r.stale.length);
  if (!input.values.json) {
    for (const r of report) {
      if (check && r.stale.length)
        context.stderr(`${paintErr(context, "red", "✗")} ${r.folder}: stale generated files: ${r.stale.join(", ")}\n`);
      else
        context.stdout(
          `${paint(context, "green", "✓")} ${r.folder}: ${r.dataset}@${r.version}${check ? " is up to date" : `, ${r.written.length} files written`}\n`,
        );
    }
    if (check && stale.length)
      context.stderr(`run \`claimset build ${stale.map((r) => r.folder).join(" ")}\` and commit the result\n`);
  }
  return {
    code: check && stale.length ? EXIT.data : EXIT.ok,
    datasets: report.map((r) => r.ref),
    results: report.map(({ ref: _ref, ...r }) => r),
    // Without --check, the stale files are the ones just written: not a problem.
    issues: (check ? stale : []).flatMap((r) =>
      r.stale.map((file) => ({
        rule: "stale",
        path: [],
        recordId: null,
        file: `${r.folder}/${file}`,
        message: `${file} differs from what the authored files build to`,
        hint: `run claimset build ${r.folder}`,
      })),
    ),
  };
};
