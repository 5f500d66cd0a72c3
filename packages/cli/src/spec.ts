import type { Issue } from "@claimset/core";
import type { Context } from "./context.js";

/** One option of a command, described once for parsing, help, completion and did-you-mean. */
export interface OptionSpec {
  type: "string" | "boolean";
  short?: string;
  /** Given more than once, the values accumulate (`-d a -d b`). */
  multiple?: boolean;
  /** The value's name in help: `<path>`. */
  value?: string;
  description: string;
  /** The values the option takes; anything else is a usage error naming the closest. */
  choices?: readonly string[];
}

export type Options = Record<string, OptionSpec>;

/** A positional argument, for the usage line, help and the argument count check. */
export interface PositionalSpec {
  name: string;
  required: boolean;
  /** Takes any number of values (`<dataset...>`). */
  variadic?: boolean;
  /** The values are datasets, read the same way as `-d` (and added to those given with it). */
  datasets?: boolean;
}

/** A worked example shown in the command's help. */
export interface Example {
  command: string;
  /** What it does, in a few words. */
  does: string;
}

/**
 * One `claimset <name>` command. The spec is light: it loads no command code
 * and no data library, so `--help`, `--version` and completions start fast;
 * `load` brings the implementation in when the command runs.
 */
export interface CommandSpec {
  name: string;
  /** One line, shown in `claimset --help`. */
  summary: string;
  /** A paragraph or two for `claimset <name> --help`. */
  description: string;
  positionals: readonly PositionalSpec[];
  options: Options;
  examples: readonly Example[];
  /**
   * What the command reads: `datasets` named by positionals and `-d` (which
   * adds -d and the input limits to its options), `files` (the limits only),
   * or `none`.
   */
  inputs: "datasets" | "files" | "none";
  load(): Promise<{ run: CommandRun }>;
}

/** What a command gets: its positionals, its parsed option values and the spec it was called by. */
export interface CommandInput {
  positionals: string[];
  values: Values;
  spec: CommandSpec;
}

export type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** A dataset a command read, as the JSON envelope names it. */
export interface DatasetRef {
  id: string;
  version: string;
  schemaVersion: string;
  contentHash: string;
  /** What the user typed for it (a path or a package name). */
  input: string;
}

/**
 * What a command did, for the JSON envelope: the datasets it read, its
 * results (one entry per row, record or file), problems found that are not
 * errors, and the exit code when it is not 0. People's output is written by
 * the command itself, through the context, unless the run is `--json`.
 */
export interface CommandResult {
  code?: number;
  datasets?: DatasetRef[];
  results: unknown[];
  issues?: Issue[];
}

export type CommandRun = (input: CommandInput, context: Context) => CommandResult | Promise<CommandResult>;
