import type { Command } from "../command.js";
import { build } from "./build.js";
import { stats } from "./stats.js";
import { validate } from "./validate.js";

/** Every subcommand, in the order `claimset --help` lists them. */
export const commands: readonly Command[] = [validate, build, stats];
