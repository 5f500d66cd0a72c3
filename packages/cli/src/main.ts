import { parseArgs } from "node:util";
import { COMMON_HELP, COMMON_OPTIONS, type Command } from "./command.js";
import { commands } from "./commands/index.js";
import { type Context, DataError, EXIT, paint, UsageError } from "./context.js";
import { describeDataError } from "./load.js";
import { VERSION } from "./version.js";

function overview(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `claimset ${VERSION} — typed, versioned, citable data from news articles

Usage: claimset <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n")}

Run \`claimset <command> --help\` for a command's options.

Exit codes: 0 ok, 1 invalid or unreadable data, 2 usage error.
`;
}

function parse(command: Command, args: string[]) {
  try {
    return parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(
      `${(error as Error).message.split("\n")[0]}\nRun \`claimset ${command.name} --help\` for usage.`,
    );
  }
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: string[], context: Context): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "--help" || name === "-h" || name === "help") {
      context.stdout(overview());
      return name === undefined ? EXIT.usage : EXIT.ok;
    }
    if (name === "--version" || name === "-v") {
      context.stdout(`${VERSION}\n`);
      return EXIT.ok;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}". Run \`claimset --help\` for the list.`);
    const { values, positionals } = parse(command, rest);
    if (values.help) {
      context.stdout(`${command.help.trim()}\n${COMMON_HELP}\n`);
      return EXIT.ok;
    }
    const [min, max] = command.positionals;
    if (positionals.length < min || positionals.length > max) {
      const want = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
      throw new UsageError(
        `claimset ${command.name} takes ${want} argument${want === "1" ? "" : "s"}, got ${positionals.length}.\n${command.help.trim().split("\n")[0]}`,
      );
    }
    return await command.run(positionals, values, context);
  } catch (error) {
    if (error instanceof UsageError) {
      context.stderr(`${paint(context, "red", "error:")} ${error.message}\n`);
      return EXIT.usage;
    }
    if (error instanceof DataError) {
      context.stderr(`${paint(context, "red", "error:")} ${error.message}\n`);
      return EXIT.invalid;
    }
    const described = describeDataError(error);
    if (described !== null) {
      context.stderr(`${paint(context, "red", "error:")} ${described}\n`);
      return EXIT.invalid;
    }
    // A bug in claimset, not the user's mistake: say so, without a stack unless asked.
    const message = error instanceof Error ? error.message : String(error);
    context.stderr(`${paint(context, "red", "internal error:")} ${message}\n`);
    if (context.env.CLAIMSET_DEBUG && error instanceof Error && error.stack) context.stderr(`${error.stack}\n`);
    else context.stderr("Set CLAIMSET_DEBUG=1 for details, and please report this.\n");
    return 70;
  }
}
