/** Where a command writes, and how: injected so tests can run commands in-process. */
export interface Context {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colors only on a TTY and when NO_COLOR is unset (https://no-color.org). */
  color: boolean;
  /** Whether stderr is an interactive terminal (progress bars go there). */
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** The user's mistake in how the command was called: exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The data is invalid or cannot be read: exit code 1. The message is already formatted for people. */
export class DataError extends Error {
  override name = "DataError";
}

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

const codes = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, dim: 2, bold: 1 } as const;
export type Style = keyof typeof codes;

export function paint(context: Pick<Context, "color">, style: Style, text: string): string {
  return context.color ? `\u001b[${codes[style]}m${text}\u001b[0m` : text;
}
