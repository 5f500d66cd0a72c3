import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dataset, schemaVersion, version } from "@claimset/dataset-north-korea-victory-day-parade";
import { releaseChanges } from "./changes.js";
import { packageDir } from "./releases.js";
import { assertSupportedSchema, SUPPORTED_SCHEMA_MAJOR } from "./supported.js";

const NAME = "@claimset/dataset-north-korea-victory-day-parade";

// 1. The pin: package.json names one exact version, so every install gets the same data.
const own = JSON.parse(readFileSync(join(import.meta.dirname, "..", "package.json"), "utf8"));
const pinned: string = own.dependencies[NAME];
if (!/^\d+\.\d+\.\d+$/.test(pinned)) {
  console.error(`${NAME} is pinned as "${pinned}": use an exact version such as "1.0.0", not a range.`);
  process.exit(1);
}
if (version !== pinned) {
  console.error(`${NAME}: package.json pins ${pinned} but ${version} is installed. Run npm install.`);
  process.exit(1);
}
console.log(`${NAME}@${version} (pinned exactly: "${pinned}")`);

// 2. The schema: refuse data written for a schema major this code does not know.
assertSupportedSchema(schemaVersion, `${NAME}@${version}`);
console.log(`schemaVersion ${schemaVersion}: supported (this code reads schema ${SUPPORTED_SCHEMA_MAJOR}.x)`);

// 3. The changes between released versions, computed from the data.
const releases = join(packageDir(NAME), "releases");
console.log(`\nChanges between the releases in ${NAME}/releases:\n`);
for (const summary of releaseChanges(releases, dataset)) console.log(`${summary}\n`);
