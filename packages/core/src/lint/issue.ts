import type { Issue } from "../errors/issue.js";

/** How much a reported problem matters: a `warning` is for a curator to look at, an `error` stops the build. */
export type Severity = "warning" | "error";

/** A lint finding: an `Issue` that always says its severity. */
export type LintIssue = Issue & { severity: Severity };
