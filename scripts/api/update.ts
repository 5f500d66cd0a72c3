// `npm run api:update`: rewrites api/*.api.md from the built packages. With
// --released, also records each report as the API of its package's current
// version (run by `npm run version`, after the versions are bumped).
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { readReleased, reportedPackages } from "./packages.js";
import { packageReport, repoRoot } from "./report.js";

const released = readReleased(repoRoot);
for (const pkg of reportedPackages(repoRoot)) {
  const report = packageReport(pkg.dir);
  writeFileSync(join(repoRoot, pkg.report), report);
  if (process.argv.includes("--released")) {
    const sha256 = createHash("sha256").update(report).digest("hex");
    if (released[pkg.name]?.version !== pkg.version || released[pkg.name]?.sha256 !== sha256)
      released[pkg.name] = { version: pkg.version, sha256 };
  }
  console.log(`${pkg.report}: ${pkg.name}@${pkg.version}`);
}
if (process.argv.includes("--released"))
  writeFileSync(join(repoRoot, "api/released.json"), `${JSON.stringify(released, null, 2)}\n`);
