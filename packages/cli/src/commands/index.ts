import type { Command } from "../command.js";
import { build } from "./build.js";
import { claims } from "./claims.js";
import { diff } from "./diff.js";
import { draftCommand } from "./draft.js";
import { entities } from "./entities.js";
import { evalCommand } from "./eval.js";
import { exportCommand } from "./export.js";
import { lint } from "./lint.js";
import { newDataset } from "./new.js";
import { quotes } from "./quotes.js";
import { show } from "./show.js";
import { stats } from "./stats.js";
import { validate } from "./validate.js";
import { verify } from "./verify.js";

/** Every subcommand, in the order `claimset --help` lists them. */
export const commands: readonly Command[] = [
  validate,
  build,
  lint,
  stats,
  show,
  entities,
  quotes,
  claims,
  exportCommand,
  diff,
  verify,
  newDataset,
  draftCommand,
  evalCommand,
];
