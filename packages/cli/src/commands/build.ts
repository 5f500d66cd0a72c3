import { resolve } from "node:path";
import { buildDatasetFolder } from "@claimset/core/node";
import { type Command, limitsFrom, printJson } from "../command.js";
import { DataError, paint } from "../context.js";

export const build: Command = {
  name: "build",
  summary: "Compile an authored dataset folder into dataset.json, CSV/JSONL, datapackage.json and modules",
  help: `Usage: claimset build <folder...> [--check]

Resolves every anchor in the folder's YAML files, validates the result, and
writes dataset.json, data/*.csv, data/*.jsonl, datapackage.json and dist/.
Nothing is written unless the whole dataset is valid.

Options:
  --check   write nothing; exit 1 if any committed generated file is stale`,
  options: { check: { type: "boolean" } },
  positionals: [1, Number.POSITIVE_INFINITY],
  run(folders, values, context) {
    const limits = limitsFrom(values);
    const check = Boolean(values.check);
    const report = folders.map((folder) => {
      const result = buildDatasetFolder(resolve(context.cwd, folder), { check, limits });
      return {
        folder,
        id: result.dataset.id,
        version: result.dataset.version,
        stale: result.stale,
        files: result.files.length,
      };
    });
    if (values.json) printJson(context, report);
    const stale = report.filter((r) => r.stale.length);
    if (!values.json) {
      for (const r of report) {
        if (check && r.stale.length) {
          context.stderr(`${paint(context, "red", "✗")} ${r.folder}: stale generated files: ${r.stale.join(", ")}\n`);
        } else {
          context.stdout(
            `${paint(context, "green", "✓")} ${r.folder}: ${r.id}@${r.version}${check ? " is up to date" : `, ${r.files} files written`}\n`,
          );
        }
      }
    }
    if (check && stale.length) {
      throw new DataError(`generated files are stale; run \`claimset build ${stale.map((r) => r.folder).join(" ")}\``);
    }
    return 0;
  },
};
