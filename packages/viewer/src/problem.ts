import { formatIssue } from "@claimset/core/errors";
import { fill, h } from "./dom.js";
import { DatasetLoadError, type LoadErrorKind, type Problem } from "./load.js";

const TITLE: Record<LoadErrorKind | "internal", string> = {
  internal: "The viewer failed",
  refused: "This address cannot be opened",
  "not-found": "Dataset not found",
  unreachable: "The dataset could not be read",
  "not-json": "The file is not JSON",
  invalid: "Not a valid claimset dataset",
  authoring: "The authored files do not compile",
};

const FIX: Record<LoadErrorKind | "internal", string> = {
  internal: "This is a bug in the viewer, not a problem with the data: please report it with the address of this page.",
  refused: "Use ?dataset=<name> for a dataset of this site, or ?src=<path or https: URL> for a dataset.json elsewhere.",
  "not-found": "Check the path or the name, or pick a dataset from the list above.",
  unreachable: "Check that the address is right and that its server allows other sites to read it (CORS).",
  "not-json": "Open a dataset.json that `claimset build` wrote; its first problem is shown above.",
  invalid: "`npx claimset validate <file>` lists the same problems; rebuild the file with `claimset build`.",
  authoring: "Fix the file and save it: this page follows the files and updates by itself.",
};

/** How many problems are listed before "and N more". */
const SHOWN = 200;

export function problemLine(p: Problem): string {
  return formatIssue(p);
}

/** Shows why a dataset could not be opened: what kind of failure, where, every problem found, and what to do. */
export function renderProblem(slot: HTMLElement, error: unknown, note: string | null = null): void {
  const known = error instanceof DatasetLoadError ? error : null;
  const kind = known?.kind ?? "internal";
  const problems = known?.problems ?? [];
  fill(
    slot,
    h(
      "section",
      { class: `problem problem-${kind}`, attrs: { role: "alert", "aria-labelledby": "problem-heading" } },
      h("h2", { attrs: { id: "problem-heading" } }, TITLE[kind]),
      h("p", {}, error instanceof Error ? error.message : String(error)),
      problems.length
        ? h(
            "ul",
            { class: "problems" },
            ...problems.slice(0, SHOWN).map((p) => h("li", {}, h("code", {}, problemLine(p)))),
            problems.length > SHOWN ? h("li", {}, `… and ${problems.length - SHOWN} more.`) : null,
          )
        : null,
      h("p", { class: "fix" }, FIX[kind]),
      note ? h("p", { class: "fix" }, note) : null,
    ),
  );
}
