import type { StatedConvention } from "../conventions.js";
import type { LintIssue } from "../issue.js";
import { type LintContext, type LintRule, TABLE_FILE } from "../rule.js";

const FORM = "# convention: <rule-name> — <text>";

function fileIssue(
  convention: StatedConvention,
  detail: Pick<LintIssue, "message"> & Partial<Pick<LintIssue, "expected" | "found" | "hint">>,
): LintIssue {
  const issue: LintIssue = {
    rule: statedConventions.name,
    severity: "warning",
    message: detail.message,
    path: [],
    recordId: null,
    file: convention.file,
    line: convention.line,
    column: convention.column,
  };
  if (detail.expected !== undefined) issue.expected = detail.expected;
  if (detail.found !== undefined) issue.found = detail.found;
  if (detail.hint !== undefined) issue.hint = detail.hint;
  return issue;
}

/** Rules that can back a stated convention: those that say which records follow them. */
const checkable = (context: LintContext) =>
  [...context.rules.values()].filter((r) => r.followers !== undefined && r.scope !== "files");

/**
 * Every convention a file's header states (`# convention: <rule> — <text>`)
 * is backed by a rule that checks it, stands in the header of the file whose
 * records it is about, and is followed by at least one record; a convention
 * no record follows is words only. Records that break a stated convention
 * are reported by its rule.
 */
export const statedConventions: LintRule = {
  name: "stated-conventions",
  description:
    "Each `# convention:` line in a YAML header names a rule that checks it, sits in the header of the file it is about, and is followed by at least one record.",
  scope: "files",
  convention: false,
  check(context) {
    const issues: LintIssue[] = [];
    const followers = new Map<string, number>();
    const names = () =>
      checkable(context)
        .map((r) => r.name)
        .sort()
        .join(", ");
    for (const convention of context.conventions) {
      if (convention.rule === null) {
        issues.push(
          fileIssue(convention, {
            message: "convention line is not of the form a rule can check",
            expected: FORM,
            found: JSON.stringify(convention.text),
            hint: `name the rule that checks it, then a dash and the convention in words (rules: ${names()})`,
          }),
        );
        continue;
      }
      if (!convention.inHeader) {
        issues.push(
          fileIssue(convention, {
            message: `convention "${convention.rule}" is stated after the first record, where it is not read`,
            expected: "the convention in the header comments, before the first record",
            hint: `move the line to the top of ${convention.file}`,
          }),
        );
        continue;
      }
      const rule = context.rules.get(convention.rule);
      if (!rule?.followers || rule.scope === "files") {
        issues.push(
          fileIssue(convention, {
            message: `no rule checks the convention "${convention.rule}"`,
            expected: `one of ${names()}`,
            found: convention.rule,
            hint: "name a rule that checks it, or write the convention as a plain comment (it will not be checked)",
          }),
        );
        continue;
      }
      const home = TABLE_FILE[rule.scope];
      if (home !== convention.file) {
        issues.push(
          fileIssue(convention, {
            message: `convention "${rule.name}" is about ${rule.scope}, authored in ${home}, not in ${convention.file}`,
            expected: `the line in the header of ${home}`,
            found: convention.file,
            hint: `move the line to ${home}`,
          }),
        );
        continue;
      }
      let count = followers.get(rule.name);
      if (count === undefined) {
        count = rule.followers(context).length;
        followers.set(rule.name, count);
      }
      if (count === 0) {
        issues.push(
          fileIssue(convention, {
            message: `no record follows the stated convention "${rule.name}"`,
            expected: `at least one record of ${home} that follows it`,
            found: "none",
            hint: "apply the convention to the records it is about, or remove the line",
          }),
        );
      }
    }
    return issues;
  },
};
