// A throwaway repository holding one dataset package built from the `mini`
// fixture of @claimset/core, for testing the release tooling end to end.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { SCHEMA_VERSION } from "@claimset/schema";
import { releaseDataset } from "../after-version.js";
import { checkRepository, type DatasetReport, problemsOf } from "../check.js";
import { findDatasets } from "../repo.js";

const FIXTURE = resolve(import.meta.dirname, "../../../packages/core/test/fixtures/mini");
export const PACKAGE = "@claimset/dataset-mini";
export const SCHEMA = { packageVersion: "0.1.0", formatVersion: SCHEMA_VERSION };

export interface TempRepo {
  root: string;
  /** The dataset folder. */
  dir: string;
  read(file: string): string;
  write(file: string, content: string): void;
  /** Replaces exactly one occurrence of `from` in a dataset file. */
  edit(file: string, from: string, to: string): void;
  setVersion(version: string): void;
  changeset(file: string, bump: string, pkg?: string): void;
  /** Releases the dataset at its package.json version (what `npm run version` does after `changeset version`). */
  release(): ReturnType<typeof releaseDataset>;
  check(): DatasetReport;
  remove(): void;
}

export function tempRepo(packageJson: Record<string, unknown> = {}): TempRepo {
  const root = mkdtempSync(join(tmpdir(), "claimset-release-"));
  const dir = join(root, "datasets", "mini");
  cpSync(FIXTURE, dir, { recursive: true });
  mkdirSync(join(root, ".changeset"));
  writeFileSync(join(root, ".changeset", "README.md"), "# Changesets\n");
  const manifest = {
    name: PACKAGE,
    version: "1.0.0",
    peerDependencies: { "@claimset/schema": "^0.1.0" },
    ...packageJson,
  };
  writeFileSync(join(dir, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  const repo: TempRepo = {
    root,
    dir,
    read: (file) => readFileSync(join(dir, file), "utf8"),
    write: (file, content) => writeFileSync(join(dir, file), content),
    edit(file, from, to) {
      const text = repo.read(file);
      const at = text.indexOf(from);
      if (at < 0 || text.indexOf(from, at + 1) >= 0)
        throw new Error(`temp repo: ${JSON.stringify(from)} does not occur exactly once in ${file}`);
      repo.write(file, text.slice(0, at) + to + text.slice(at + from.length));
    },
    setVersion(version) {
      const pkg = JSON.parse(repo.read("package.json"));
      repo.write("package.json", `${JSON.stringify({ ...pkg, version }, null, 2)}\n`);
    },
    changeset(file, bump, pkg = PACKAGE) {
      writeFileSync(join(root, ".changeset", file), `---\n"${pkg}": ${bump}\n---\n\nA change.\n`);
    },
    release: () => releaseDataset(findDatasets(root)[0] as ReturnType<typeof findDatasets>[number]),
    check() {
      const [report] = checkRepository({ root, schema: SCHEMA });
      if (!report) throw new Error("temp repo: no dataset found");
      return report;
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
  return repo;
}

/** Every problem of a report as one string, for assertions on what it names. */
export const problemText = (report: DatasetReport): string =>
  problemsOf(report)
    .map((p) => [`[${p.rule}] ${p.message}`, ...p.details, `fix: ${p.fix}`].join("\n"))
    .join("\n");
