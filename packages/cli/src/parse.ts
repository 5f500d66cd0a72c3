import { type ParseArgsConfig, parseArgs } from "node:util";
import { closest, didYouMean } from "@claimset/core/errors";
import { UsageError } from "./context.js";
import type { CommandSpec, Options, Values } from "./spec.js";

/** Options every command takes. */
export const COMMON_OPTIONS: Options = {
  help: { type: "boolean", short: "h", description: "this help" },
  json: {
    type: "boolean",
    description: "print one JSON document on stdout (the envelope in output.schema.json), errors included",
  },
};

/** The option of the commands that read datasets named by the user. */
export const DATASET_OPTION: Options = {
  dataset: {
    type: "string",
    short: "d",
    multiple: true,
    value: "<path>",
    description:
      "a dataset JSON file, authored folder, package folder or installed package name; repeat for more (as positionals do)",
  },
};

/** The input limits, taken by every command that reads files. */
export const LIMIT_OPTIONS: Options = {
  "max-bytes": { type: "string", value: "<n>", description: "largest input file in bytes (default 67108864)" },
  "max-depth": { type: "string", value: "<n>", description: "deepest JSON or YAML nesting (default 64)" },
  "max-records": { type: "string", value: "<n>", description: "most records per table (default 100000)" },
  "max-aliases": { type: "string", value: "<n>", description: "most YAML alias expansions per file (default 100)" },
};

/** Options of the commands that print tables. */
export const LISTING_OPTIONS: Options = {
  limit: { type: "string", value: "<n>", description: "print at most n rows (the JSON output has them all)" },
  wide: { type: "boolean", description: "print every cell whole, however wide the terminal" },
  "no-pager": { type: "boolean", description: "never page long output on a terminal" },
};

/** Every option a command takes: its own, then the common ones. */
export function optionsOf(spec: CommandSpec): Options {
  return {
    ...spec.options,
    ...(spec.inputs === "datasets" ? DATASET_OPTION : {}),
    ...(spec.inputs === "none" ? {} : LIMIT_OPTIONS),
    ...COMMON_OPTIONS,
  };
}

const dashed = (name: string) => `--${name}`;

/** `-d=path`: a short option with its value glued on by `=`, which parseArgs would read as the value "=path". */
function gluedShortValue(arg: string, options: Options): string | null {
  const m = /^-([A-Za-z])=(.*)$/s.exec(arg);
  if (!m) return null;
  const long = Object.entries(options).find(([, o]) => o.short === m[1])?.[0];
  return long ?? null;
}

/**
 * Parses a command's arguments with its options, turning every problem into
 * a usage error that says what was wrong and what to type instead.
 */
export function parseCommandArgs(spec: CommandSpec, args: string[]): { values: Values; positionals: string[] } {
  const options = optionsOf(spec);
  for (const arg of args) {
    if (arg === "--") break;
    const long = gluedShortValue(arg, options);
    if (long) {
      const [flag, value] = [arg.slice(0, 2), arg.slice(3)];
      throw new UsageError(`${arg}: a short option takes its value after a space, not "="`, {
        hint: `write ${flag} ${value || "<value>"} or --${long}=${value || "<value>"}`,
      });
    }
  }
  const config: NonNullable<ParseArgsConfig["options"]> = {};
  for (const [name, o] of Object.entries(options)) {
    config[name] = { type: o.type, ...(o.short ? { short: o.short } : {}), ...(o.multiple ? { multiple: true } : {}) };
  }
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args, options: config, allowPositionals: true, strict: true }) as typeof parsed;
  } catch (error) {
    throw friendly(error as Error & { code?: string }, spec, options, args);
  }
  // Help is shown whatever else the command line holds.
  if (parsed.values.help === true) return parsed;
  for (const [name, o] of Object.entries(options)) {
    const value = parsed.values[name];
    if (o.choices && typeof value === "string" && !o.choices.includes(value)) {
      throw new UsageError(`--${name} must be one of ${o.choices.join(", ")}; got ${JSON.stringify(value)}.`, {
        hint: didYouMean(value, o.choices) ?? `see claimset ${spec.name} --help`,
      });
    }
  }
  checkPositionals(spec, parsed.positionals);
  return parsed;
}

function friendly(error: Error & { code?: string }, spec: CommandSpec, options: Options, args: string[]): UsageError {
  const help = `see claimset ${spec.name} --help`;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const m = /'([^']+)'/.exec(error.message);
    const typed = m?.[1] ?? "?";
    const names = Object.keys(options).map(dashed);
    const shorts = Object.values(options).flatMap((o) => (o.short ? [`-${o.short}`] : []));
    const near = closest(typed.replace(/=.*$/, ""), [...names, ...shorts]);
    return new UsageError(`claimset ${spec.name} has no option ${typed}.`, {
      hint: near.length ? `did you mean ${near.join(" or ")}? (${help})` : help,
    });
  }
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    // A string option given as the last argument, or followed by another option: it has no value.
    const name = Object.entries(options).find(([long, o]) =>
      args.some(
        (a, i) =>
          (a === `--${long}` || (o.short && a === `-${o.short}`)) &&
          o.type === "string" &&
          (args[i + 1] === undefined || args[i + 1]!.startsWith("-")),
      ),
    )?.[0];
    if (name) {
      const o = options[name]!;
      return new UsageError(`--${name} needs a value.`, { hint: `write --${name} ${o.value ?? "<value>"} (${help})` });
    }
    const boolean = Object.entries(options).find(
      ([long, o]) => o.type === "boolean" && args.some((a) => a.startsWith(`--${long}=`)),
    )?.[0];
    if (boolean)
      return new UsageError(`--${boolean} is a switch and takes no value.`, {
        hint: `write --${boolean} alone (${help})`,
      });
  }
  return new UsageError(error.message.split("\n")[0] ?? String(error), { hint: help });
}

/** The usage line of a command: `claimset show <record-id> [dataset...]`. */
export function usageLine(spec: CommandSpec): string {
  const positionals = spec.positionals.map((p) => {
    const name = `${p.name}${p.variadic ? "..." : ""}`;
    return p.required ? `<${name}>` : `[${name}]`;
  });
  return ["claimset", spec.name, ...positionals, "[options]"].join(" ");
}

function checkPositionals(spec: CommandSpec, positionals: readonly string[]): void {
  const min = spec.positionals.filter((p) => p.required).length;
  const max = spec.positionals.some((p) => p.variadic) ? Number.POSITIVE_INFINITY : spec.positionals.length;
  if (positionals.length >= min && positionals.length <= max) return;
  const want = min === max ? `${min}` : max === Number.POSITIVE_INFINITY ? `at least ${min}` : `${min} to ${max}`;
  const got = positionals.length;
  const extra =
    got > max
      ? `: ${positionals
          .slice(max)
          .map((p) => JSON.stringify(p))
          .join(", ")} ${got - max === 1 ? "is" : "are"} too many`
      : "";
  const one = want === "1" || want === "at least 1";
  throw new UsageError(`claimset ${spec.name} takes ${want} argument${one ? "" : "s"}, got ${got}${extra}.`, {
    hint: `usage: ${usageLine(spec)}`,
  });
}
