import { ClaimsetError, closest, type Issue } from "@claimset/core/errors";
import { type Context, DataError, paintErr, UsageError } from "./context.js";
import { EXIT, exitCodeOf } from "./exit.js";
import { commandHelp, overview } from "./help.js";
import { parseCommandArgs } from "./parse.js";
import type { CommandResult, CommandSpec, DatasetRef } from "./spec.js";
import { commands } from "./specs/index.js";
import { VERSION } from "./version.js";

/** The version of the JSON envelope's shape (output.schema.json); a breaking change to it is a major release. */
export const OUTPUT_SCHEMA_VERSION = "1.0.0";

/**
 * What every `--json` run prints on stdout, errors included: the CLI and
 * envelope versions, the command, whether it succeeded, the datasets it read,
 * its results and every issue. Published as output.schema.json.
 */
export interface Envelope {
  claimset: string;
  schema: string;
  command: string;
  ok: boolean;
  exitCode: number;
  datasets: NonNullable<CommandResult["datasets"]>;
  results: unknown[];
  issues: Issue[];
}

function findCommand(name: string): CommandSpec {
  const spec = commands.find((c) => c.name === name);
  if (spec) return spec;
  const near = closest(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError(`unknown command "${name}".`, {
    hint: near.length
      ? `did you mean claimset ${near.join(" or claimset ")}? (claimset --help lists them)`
      : "claimset --help lists the commands",
  });
}

/** The issues an error stands for, in the one issue shape. */
function issuesOf(error: unknown): Issue[] {
  if (error instanceof ClaimsetError) return [...error.issues];
  const hint = (error as { hint?: string }).hint;
  const base = { path: [], recordId: null, message: error instanceof Error ? error.message : String(error) };
  if (error instanceof UsageError) return [{ rule: "usage", ...base, ...(hint ? { hint } : {}) }];
  if (error instanceof DataError) return [{ rule: error.rule, ...base, ...(hint ? { hint } : {}) }];
  return [{ rule: "internal", ...base, hint: "a bug in claimset: run again with CLAIMSET_DEBUG=1 and report it" }];
}

/** An error for people, on stderr: what went wrong, then how to fix it. */
function reportError(error: unknown, context: Context): void {
  const red = (text: string) => paintErr(context, "red", text);
  if (error instanceof UsageError || error instanceof DataError) {
    context.stderr(`${red("error:")} ${error.message}\n`);
    if (error.hint) context.stderr(`${paintErr(context, "cyan", "hint:")} ${error.hint}\n`);
  } else if (error instanceof ClaimsetError) {
    context.stderr(`${red("✗")} ${error.message}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    context.stderr(`${red("internal error:")} ${message}\n`);
    if (context.env.CLAIMSET_DEBUG && error instanceof Error && error.stack) context.stderr(`${error.stack}\n`);
    else
      context.stderr("This is a bug in claimset: run again with CLAIMSET_DEBUG=1 for details, and please report it.\n");
  }
}

/**
 * Holds what a command prints on a terminal, so that output longer than the
 * screen goes through the pager in one piece.
 */
function pagedContext(context: Context, enabled: boolean): { context: Context; flush: () => Promise<void> } {
  if (!enabled || !context.page || !context.stdoutTTY) return { context, flush: async () => {} };
  let buffer = "";
  const held: Context = {
    ...context,
    stdout: (text) => {
      buffer += text;
    },
  };
  return {
    context: held,
    flush: async () => {
      const lines = buffer.split("\n").length - 1;
      // A terminal that reports no height (0) is taken to have the classic 24 rows.
      const rows = context.rows && context.rows > 0 ? context.rows : 24;
      const paged = lines > rows - 1 && (await context.page!(buffer));
      if (!paged) context.stdout(buffer);
    },
  };
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], context: Context): Promise<number> {
  const [name, ...rest] = argv;
  const json = argv.includes("--json");
  let command = name ?? "";
  const read: DatasetRef[] = [];
  try {
    if (name === undefined) {
      context.stdout(overview(commands));
      return EXIT.usage;
    }
    if (name === "--help" || name === "-h") {
      context.stdout(overview(commands));
      return EXIT.ok;
    }
    if (name === "help") {
      const topic = rest.find((a) => !a.startsWith("-"));
      context.stdout(topic ? commandHelp(findCommand(topic), context.columns) : overview(commands));
      return EXIT.ok;
    }
    if (name === "--version" || name === "-V" || name === "-v") {
      context.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    if (name.startsWith("-")) {
      throw new UsageError(`${name} is not a command; options go after the command.`, {
        hint: "write claimset <command> [options] (claimset --help lists the commands)",
      });
    }
    const spec = findCommand(name);
    command = spec.name;
    const input = { ...parseCommandArgs(spec, rest), spec };
    if (input.values.help) {
      context.stdout(commandHelp(spec, context.columns));
      return EXIT.ok;
    }
    const paging = pagedContext(context, !json && input.values["no-pager"] !== true);
    const { run } = await spec.load();
    const authoring = await import("./authoring-loader.js");
    if (authoring.mayReadAuthored(rest, context.cwd)) await authoring.loadCompiler();
    const { collectingReads } = await import("./loads.js");
    const result = await collectingReads(read, () => run(input, paging.context));
    await paging.flush();
    const code = result.code ?? EXIT.ok;
    if (json) printEnvelope(context, command, code, result);
    return code;
  } catch (error) {
    const code = exitCodeOf(error);
    reportError(error, context);
    if (json) printEnvelope(context, command, code, { datasets: read, results: [], issues: issuesOf(error) });
    return code;
  }
}

function printEnvelope(context: Context, command: string, code: number, result: CommandResult): void {
  const envelope: Envelope = {
    claimset: VERSION,
    schema: OUTPUT_SCHEMA_VERSION,
    command,
    ok: code === EXIT.ok,
    exitCode: code,
    datasets: result.datasets ?? [],
    results: result.results,
    issues: result.issues ?? [],
  };
  context.stdout(`${JSON.stringify(envelope, null, 2)}\n`);
}
