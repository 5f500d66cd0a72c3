import type * as z from "zod";
import type { Issue } from "../errors/issue.js";
import { didYouMean } from "../errors/suggest.js";

/** A value as an error message shows it: short, and never the whole of a long text. */
export function describeInput(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === "string")
    return value.length > 40 ? `${JSON.stringify(value.slice(0, 40))}… (string)` : JSON.stringify(value);
  if (typeof value === "object") return "an object";
  return `${typeof value} ${String(value)}`;
}

/**
 * zod's issues as claimset's: the path without symbols, what was expected
 * and what was found (the bad value itself, so a wrong `kind` is repeated
 * back), and for a value outside a vocabulary the nearest allowed ones.
 * Shared by dataset validation and the authoring compiler, which adds the
 * file, line and column.
 */
export function issuesFromZod(error: z.ZodError, recordIdAt: (path: readonly PropertyKey[]) => string | null): Issue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const out: Issue = { rule: "schema", path, recordId: recordIdAt(issue.path), message: issue.message };
    if ("expected" in issue && typeof issue.expected === "string") out.expected = issue.expected;
    else if (issue.code === "invalid_value" && "values" in issue)
      out.expected = `one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    else if (issue.code === "unrecognized_keys") out.expected = "no other keys";
    if (issue.code === "unrecognized_keys") out.found = issue.keys.join(", ");
    else if ("input" in issue) out.found = describeInput(issue.input);
    if (issue.code === "invalid_value" && typeof issue.input === "string") {
      const hint = didYouMean(
        issue.input,
        issue.values.filter((v): v is string => typeof v === "string"),
      );
      if (hint) out.hint = hint;
    }
    return out;
  });
}
