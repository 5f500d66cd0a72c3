import { relative, resolve } from "node:path";
import { formatIssue } from "@claimset/core";
import { type LintIssue, type LintResult, lintRules } from "@claimset/core/authoring";
import { lintFolder } from "@claimset/core/node";
import { type Command, limitsFrom, printJson } from "../command.js";
import { paint, UsageError } from "../context.js";

interface FolderReport {
  folder: string;
  id: string | null;
  version: string | null;
  ran: string[];
  conventions: { file: string; line: number; rule: string | null }[];
  warnings: number;
  errors: number;
  issues: LintIssue[];
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function report(folder: string, result: LintResult): FolderReport {
  return {
    folder,
    id: result.dataset?.id ?? null,
    version: result.dataset?.version ?? null,
    ran: result.ran,
    conventions: result.conventions.map((c) => ({ file: c.file, line: c.line, rule: c.rule })),
    warnings: result.issues.filter((i) => i.severity === "warning").length,
    errors: result.issues.filter((i) => i.severity === "error").length,
    issues: result.issues,
  };
}

export const lint: Command = {
  name: "lint",
  summary: "Check authored dataset folders against the lint rules and the conventions their YAML headers state",
  help: `Usage: claimset lint <folder...> [--strict] [--all-conventions]
       claimset lint --rules

Compiles each authored folder (with dataset.yml) and runs the lint rules on it:
those that always run, and each convention rule its YAML headers state with a
line "# convention: <rule> — <text>". Every warning names the file, line and
column, the record, what was expected and what was found, and how to fix it.
Problems that stop the build are reported as errors.

Options:
  --strict            exit 1 when there are warnings, not only when there are errors
  --all-conventions   run every convention rule, stated or not
  --rules             list the rules and exit`,
  options: { strict: { type: "boolean" }, "all-conventions": { type: "boolean" }, rules: { type: "boolean" } },
  positionals: [0, Number.POSITIVE_INFINITY],
  run(folders, values, context) {
    if (values.rules) {
      if (values.json)
        printJson(
          context,
          lintRules.map(({ name, description, scope, convention }) => ({ name, description, scope, convention })),
        );
      else
        for (const rule of lintRules)
          context.stdout(
            `${rule.name} (${rule.scope}, ${rule.convention ? "when stated" : "always"}): ${rule.description}\n`,
          );
      return 0;
    }
    if (folders.length === 0)
      throw new UsageError("claimset lint takes at least 1 folder.\nUsage: claimset lint <folder...>");
    const limits = limitsFrom(values);
    const reports = folders.map((folder) => {
      const result = lintFolder(resolve(context.cwd, folder), {
        conventions: values["all-conventions"] ? "all" : "stated",
        limits,
      });
      return report(relative(context.cwd, resolve(context.cwd, folder)) || folder, result);
    });
    const warnings = reports.reduce((n, r) => n + r.warnings, 0);
    const errors = reports.reduce((n, r) => n + r.errors, 0);
    if (values.json) printJson(context, { ok: errors === 0 && (!values.strict || warnings === 0), results: reports });
    else {
      for (const r of reports) {
        const mark = r.errors
          ? paint(context, "red", "✗")
          : r.warnings
            ? paint(context, "yellow", "!")
            : paint(context, "green", "✓");
        const name = r.id ? ` (${r.id}@${r.version})` : "";
        const stated = r.conventions.filter((c) => c.rule !== null).length;
        context.stdout(
          `${mark} ${r.folder}${name}: ${count(r.warnings, "warning")}, ${count(r.errors, "error")} — ${count(r.ran.length, "rule")} run, ${count(stated, "convention")} stated\n`,
        );
        for (const issue of r.issues)
          context.stdout(`${formatIssue(issue, { style: "block" }).replace(/^/gm, "  ")}\n`);
      }
      if (reports.length > 1)
        context.stdout(
          `${count(warnings, "warning")}, ${count(errors, "error")} in ${count(reports.length, "folder")}\n`,
        );
    }
    return errors > 0 || (values.strict && warnings > 0) ? 1 : 0;
  },
};
