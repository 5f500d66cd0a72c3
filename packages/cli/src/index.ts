export type { Command } from "./command.js";
export { commands } from "./commands/index.js";
export type { Context } from "./context.js";
export { DataError, EXIT, UsageError } from "./context.js";
export { main } from "./main.js";
