import { ClaimsetError, type ErrorCode } from "@claimset/core/errors";
import { DataError, UsageError } from "./context.js";

/**
 * The exit codes of every command, one meaning each (the CLI README has the
 * table): 0 done; 1 the data is invalid, cannot be read, or lacks what was
 * asked for; 2 the command was called wrongly; 3 a write was refused; 4
 * `diff --exit-code` found differences; 70 a bug in claimset.
 */
export const EXIT = { ok: 0, data: 1, usage: 2, refused: 3, differ: 4, internal: 70 } as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The exit code of each kind of `ClaimsetError`. */
export const EXIT_FOR_CODE: Record<ErrorCode, ExitCode> = {
  "invalid-dataset": EXIT.data,
  authoring: EXIT.data,
  read: EXIT.data,
  "file-safety": EXIT.refused,
  "invalid-argument": EXIT.usage,
};

/** The exit code an error ends the command with. */
export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof DataError) return EXIT.data;
  if (error instanceof ClaimsetError) return EXIT_FOR_CODE[error.code];
  return EXIT.internal;
}
