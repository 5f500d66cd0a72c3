// Part of `npm test`: the public API of every published package, read from
// its built declaration files, must match its committed report, and a report
// that differs from the one recorded at the package's last release needs a
// pending changeset for the package.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readChangesets } from "../release/changesets.js";
import { readReleased, reportedPackages } from "./packages.js";
import { packageReport, repoRoot } from "./report.js";

export interface ApiProblem {
  package: string;
  message: string;
  fix: string;
}

/** The API problems of every reported package of the repository at `root`. */
export function checkApi(root: string): ApiProblem[] {
  const problems: ApiProblem[] = [];
  const released = readReleased(root);
  const pending = readChangesets(join(root, ".changeset"), ".changeset");
  for (const pkg of reportedPackages(root)) {
    const actual = packageReport(pkg.dir);
    const path = join(root, pkg.report);
    const committed = existsSync(path) ? readFileSync(path, "utf8") : null;
    if (committed !== actual) {
      problems.push({
        package: pkg.name,
        message: committed === null ? `${pkg.report} is missing` : `the API of ${pkg.name} differs from ${pkg.report}`,
        fix: "run `npm run api:update`, read the diff of the report, and add a changeset for the package if the change is meant",
      });
      continue;
    }
    const last = released[pkg.name];
    const sha256 = createHash("sha256").update(actual).digest("hex");
    if (last && last.sha256 !== sha256 && !pending.some((c) => c.releases.has(pkg.name))) {
      problems.push({
        package: pkg.name,
        message: `the API of ${pkg.name} changed since ${pkg.name}@${last.version}, and no pending changeset names the package`,
        fix: `run \`npx changeset\` for ${pkg.name} (a removed or changed export is a breaking change)`,
      });
    }
  }
  return problems;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop()!)) {
  const problems = checkApi(repoRoot);
  for (const p of problems) console.error(`✗ ${p.package}: ${p.message}\n  fix: ${p.fix}`);
  if (problems.length) process.exit(1);
  console.log(`✓ the API of ${reportedPackages(repoRoot).length} packages matches api/*.api.md`);
}
