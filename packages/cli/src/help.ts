import { optionsOf, usageLine } from "./parse.js";
import type { CommandSpec, Options } from "./spec.js";
import { VERSION } from "./version.js";

/** The exit codes, as every help page and the README state them. */
export const EXIT_CODES_HELP = `Exit codes:
  0   done
  1   a dataset is invalid, an input cannot be read, or what was asked for is not in the data
  2   the command was called wrongly (unknown command or option, a bad value)
  3   a write was refused (the file exists without --force, or the path leaves its folder)
  4   diff --exit-code: the datasets differ
  70  a bug in claimset (run again with CLAIMSET_DEBUG=1 and report it)`;

/** Wraps `text` at `width` columns, every line after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

function optionLines(options: Options, width: number): string[] {
  const left = Object.entries(options).map(([name, o]) => {
    const short = o.short ? `-${o.short}, ` : "    ";
    return `  ${short}--${name}${o.value ? ` ${o.value}` : o.type === "string" ? " <value>" : ""}`;
  });
  const column = Math.min(30, Math.max(...left.map((l) => l.length)) + 2);
  return Object.entries(options).map(([, o], i) => {
    const head = left[i]!;
    const about = o.choices ? `${o.description}: ${o.choices.join(", ")}` : o.description;
    const pad = head.length < column ? " ".repeat(column - head.length) : `\n${" ".repeat(column)}`;
    return `${head}${pad}${wrap(about, width - column, " ".repeat(column))}`;
  });
}

/** `claimset <command> --help`: usage, what it does, its options, examples, exit codes. */
export function commandHelp(spec: CommandSpec, width = 80): string {
  const own = spec.options;
  const common = Object.fromEntries(Object.entries(optionsOf(spec)).filter(([name]) => !(name in own)));
  const parts = [
    `Usage: ${usageLine(spec)}`,
    "",
    ...spec.description.split("\n\n").flatMap((p) => [wrap(p, width, ""), ""]),
  ];
  if (Object.keys(own).length) parts.push("Options:", ...optionLines(own, width), "");
  parts.push("Common options:", ...optionLines(common, width), "");
  parts.push(
    "Examples:",
    ...spec.examples.flatMap((e) => [`  $ ${e.command}`, `    ${wrap(e.does, width - 4, "    ")}`]),
    "",
  );
  parts.push(EXIT_CODES_HELP);
  return `${parts.join("\n")}\n`;
}

/** `claimset --help`: every command, how to get more help, examples. */
export function overview(specs: readonly CommandSpec[]): string {
  const column = Math.max(...specs.map((s) => s.name.length)) + 4;
  return `claimset ${VERSION} — typed, versioned, citable data from news articles

Usage: claimset <command> [arguments] [options]

Commands:
${specs.map((s) => `  ${s.name.padEnd(column - 2)}${s.summary}`).join("\n")}

Run \`claimset <command> --help\` (or \`claimset help <command>\`) for a command's
arguments, options and examples. \`claimset --version\` (-V) prints the version;
\`claimset completion bash|zsh|fish\` prints shell completions.

Examples:
  $ claimset validate datasets/*
  $ claimset quotes --speaker Q7747 datasets/*
  $ claimset show vladimir-putin -d @claimset/dataset-north-korea-victory-day-parade
  $ claimset export --format csv --out data/ datasets/my-article

${EXIT_CODES_HELP}
`;
}
