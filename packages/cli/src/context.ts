/** Where a command writes, and what it writes to: injected so tests can run commands in-process. */
export interface Context {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout and stderr are terminals. Colour, truncation to the width and the pager follow them. */
  stdoutTTY?: boolean;
  stderrTTY?: boolean;
  /** The terminal's width and height, when stdout is one. */
  columns?: number;
  rows?: number;
  /** Shows long output through a pager; resolves false when none could be started (the caller prints it). */
  page?: (text: string) => Promise<boolean>;
}

/** How the command was called was wrong: exit code 2. `hint` says how to call it instead. */
export class UsageError extends Error {
  override name = "UsageError";
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.hint = options.hint;
  }
}

/**
 * What the command was asked for is not in the data (an id, an entity, a
 * record): exit code 1, with the closest matches in `hint`.
 */
export class DataError extends Error {
  override name = "DataError";
  readonly rule: string;
  readonly hint: string | undefined;
  constructor(message: string, options: { rule?: string; hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.rule = options.rule ?? "not-found";
    this.hint = options.hint;
  }
}

/**
 * Whether to colour what goes to one stream: never with NO_COLOR
 * (https://no-color.org) or TERM=dumb, always with FORCE_COLOR (not "0"),
 * else when that stream is a terminal.
 */
export function colorFor(env: Context["env"], isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") return true;
  if (env.TERM === "dumb") return false;
  return Boolean(isTTY);
}

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
export type Style = keyof typeof codes;

/** Paints text when colour is on for the stream it goes to. */
export function paintWith(color: boolean, style: Style, text: string): string {
  return color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text;
}

/** Whether stdout, and stderr, of this context take colour. */
export function colors(context: Context): { stdout: boolean; stderr: boolean } {
  return { stdout: colorFor(context.env, context.stdoutTTY), stderr: colorFor(context.env, context.stderrTTY) };
}

/** Paints text for stdout. */
export function paint(context: Context, style: Style, text: string): string {
  return paintWith(colors(context).stdout, style, text);
}

/** Paints text for stderr. */
export function paintErr(context: Context, style: Style, text: string): string {
  return paintWith(colors(context).stderr, style, text);
}
