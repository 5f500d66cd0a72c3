import { readFileSync, statSync } from "node:fs";
import type { Dataset } from "@claimset/schema";
import { DatasetReadError, DatasetValidationError } from "../errors/errors.js";
import { lineOf } from "../text/anchor.js";
import { validateDataset } from "../validate/validate.js";
import { DEFAULT_LIMITS, type InputLimits, jsonDepthExceeds } from "./limits.js";

/** Reads a file as text, refusing files larger than the limit before reading them. */
export function readTextFile(path: string, limits: Pick<InputLimits, "maxBytes"> = DEFAULT_LIMITS): string {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new DatasetReadError(path, "not-a-file", "is a directory, expected a file");
    size = stat.size;
  } catch (error) {
    if (error instanceof DatasetReadError) throw error;
    throw new DatasetReadError(path, "not-found", "no such file");
  }
  if (size > limits.maxBytes) {
    throw new DatasetReadError(
      path,
      "max-bytes",
      `file is ${size} bytes, more than the limit of ${limits.maxBytes} (raise it with --max-bytes)`,
    );
  }
  return readFileSync(path, "utf8");
}

/** Parses JSON text with errors that name the file, line and what went wrong. */
export function parseJsonText(
  file: string,
  text: string,
  limits: Pick<InputLimits, "maxDepth"> = DEFAULT_LIMITS,
): unknown {
  if (text.trim() === "") throw new DatasetReadError(file, "empty", "file is empty, expected a dataset JSON object");
  const depth = jsonDepthExceeds(text, limits.maxDepth);
  if (depth.exceeded) {
    throw new DatasetReadError(
      file,
      "max-depth",
      `JSON nests deeper than ${limits.maxDepth} levels (raise the limit with --max-depth)`,
      lineOf(text, depth.offset),
    );
  }
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineOf(text, Number(position[1])) : null;
    // An error at the very end of the input means the file stops mid-value.
    const atEnd = position !== null && Number(position[1]) >= text.trimEnd().length;
    const truncated = atEnd || /end of JSON input|Unterminated/.test(message) ? " (the file looks truncated)" : "";
    throw new DatasetReadError(file, "json", `not valid JSON: ${message}${truncated}`, line);
  }
}

/**
 * Reads, parses and validates a dataset JSON file. Throws `DatasetReadError`
 * when the file cannot be read as JSON and `DatasetValidationError` (listing
 * every problem) when it is not a valid dataset.
 */
export function readDatasetFile(path: string, limits: InputLimits = DEFAULT_LIMITS): Dataset {
  const data = parseJsonText(path, readTextFile(path, limits), limits);
  const result = validateDataset(data, { maxRecords: limits.maxRecords });
  if (!result.ok) throw new DatasetValidationError(result.issues, { source: path });
  return result.dataset;
}
