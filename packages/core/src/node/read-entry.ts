// @claimset/core/node/read: reading dataset JSON files in Node, without the
// authoring compiler. A program that only reads datasets (a `validate`, a
// server) imports this and loads neither the compiler nor its YAML parser;
// @claimset/core/node re-exports all of it.
export { isAuthoredFolder } from "./authored-folder.js";
export type { InputLimits } from "./limits.js";
export { DEFAULT_LIMITS } from "./limits.js";
export { parseJsonText, readDatasetFile, readTextFile } from "./read.js";
