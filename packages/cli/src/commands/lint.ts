import { relative, resolve } from "node:path";
import { formatIssue } from "@claimset/core";
import { type LintIssue, type LintResult, lintRules } from "@claimset/core/authoring";
import { lintFolder } from "@claimset/core/node";
import { paint } from "../context.js";
import { EXIT } from "../exit.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun } from "../spec.js";

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

export const run: CommandRun = (input, context) => {
  const { values } = input;
  if (values.rules) {
    const rules = lintRules.map(({ name, description, scope, convention }) => ({
      name,
      description,
      scope,
      convention,
    }));
    if (!values.json)
      for (const rule of rules)
        context.stdout(
          `${rule.name} (${rule.scope}, ${rule.convention ? "when stated" : "always"}): ${rule.description}\n`,
        );
    return { results: rules };
  }
  const folders = input.positionals.length ? input.positionals : ["."];
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
  if (!values.json) {
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
      for (const issue of r.issues) context.stdout(`${formatIssue(issue, { style: "block" }).replace(/^/gm, "  ")}\n`);
    }
    if (reports.length > 1)
      context.stdout(
        `${count(warnings, "warning")}, ${count(errors, "error")} in ${count(reports.length, "folder")}\n`,
      );
  }
  return {
    code: errors > 0 || (values.strict === true && warnings > 0) ? EXIT.data : EXIT.ok,
    results: reports.map(({ issues: _issues, ...r }) => r),
    issues: reports.flatMap((r) =>
      r.issues.map((issue) => (issue.file === undefined ? issue : { ...issue, file: `${r.folder}/${issue.file}` })),
    ),
  };
};
