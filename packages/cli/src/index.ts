// @claimset/cli as a library: run the CLI in-process (as its tests do), and
// the command specs that its help and shell completions are made from.
export type { Context } from "./context.js";
export { DataError, UsageError } from "./context.js";
export type { ExitCode } from "./exit.js";
export { EXIT } from "./exit.js";
export type { Envelope } from "./main.js";
export { main, OUTPUT_SCHEMA_VERSION } from "./main.js";
export type {
  CommandInput,
  CommandResult,
  CommandSpec,
  DatasetRef,
  Example,
  OptionSpec,
  PositionalSpec,
} from "./spec.js";
export { commands } from "./specs/index.js";
