import type { CommandSpec } from "../spec.js";

export const lint: CommandSpec = {
  name: "lint",
  summary: "Check authored dataset folders against the lint rules and the conventions their YAML headers state",
  description: `Compiles each authored folder (with dataset.yml) and runs the lint rules on it: those that always run, and each convention rule its YAML headers state with a line "# convention: <rule> — <text>". Every warning names the file, line and column, the record, what was expected and what was found, and how to fix it. Problems that stop the build are reported as errors.

Exit 1 on errors, and on warnings too with --strict.`,
  positionals: [{ name: "folder", required: false, variadic: true }],
  options: {
    strict: { type: "boolean", description: "exit 1 when there are warnings, not only when there are errors" },
    "all-conventions": { type: "boolean", description: "run every convention rule, stated or not" },
    rules: { type: "boolean", description: "list the rules and exit" },
  },
  examples: [
    { command: "claimset lint datasets/*", does: "lint every dataset of the repository" },
    { command: "claimset lint --rules", does: "what each rule checks" },
  ],
  inputs: "files",
  load: () => import("../commands/lint.js"),
};
