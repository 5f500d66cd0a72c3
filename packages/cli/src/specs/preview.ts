import type { CommandSpec } from "../spec.js";

/** The port `claimset preview` listens on unless told otherwise. */
export const DEFAULT_PORT = 4321;

export const preview: CommandSpec = {
  name: "preview",
  summary: "Serve the web viewer on an authored dataset folder, rebuilding it on every save",
  description: `Compiles the folder's YAML files and article, serves the web viewer on them, and rebuilds whenever a file is saved: the page follows, keeping its scroll position and selection. When the files do not compile, the page lists every problem (file:line:column, record, rule, hint) until they do. Stop with Ctrl+C.`,
  positionals: [{ name: "folder", required: true }],
  options: {
    port: {
      type: "string",
      value: "<n>",
      description: `port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)`,
    },
    host: {
      type: "string",
      value: "<address>",
      description: "interface to listen on (default 127.0.0.1, this machine only)",
    },
    open: { type: "boolean", description: "open the page in the default browser" },
  },
  examples: [
    { command: "claimset preview datasets/my-article --open", does: "edit the YAML and watch the page follow" },
  ],
  inputs: "files",
  load: () => import("../commands/preview.js"),
};
