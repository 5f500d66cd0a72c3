import type { CommandSpec } from "../spec.js";
import { build } from "./build.js";
import { claims } from "./claims.js";
import { completion } from "./completion.js";
import { diff } from "./diff.js";
import { draft } from "./draft.js";
import { entities } from "./entities.js";
import { evalSpec } from "./eval.js";
import { exportSpec } from "./export.js";
import { importSpec } from "./import.js";
import { lint } from "./lint.js";
import { newSpec } from "./new.js";
import { preview } from "./preview.js";
import { quotes } from "./quotes.js";
import { show } from "./show.js";
import { stats } from "./stats.js";
import { validate } from "./validate.js";
import { verify } from "./verify.js";

/** Every command, in the order `claimset --help` lists them. Specs only: no command code is loaded. */
export const commands: readonly CommandSpec[] = [
  newSpec,
  draft,
  preview,
  validate,
  build,
  lint,
  stats,
  show,
  entities,
  quotes,
  claims,
  exportSpec,
  importSpec,
  diff,
  evalSpec,
  verify,
  completion,
];
