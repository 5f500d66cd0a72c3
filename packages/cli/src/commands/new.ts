import { randomBytes } from "node:crypto";
import { existsSync, lstatSync, mkdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { buildDatasetFolder, FileSafetyError, resolveInside, writeFileAtomic } from "@claimset/core/node";
import { RecordId, SCHEMA_ID_BASE, Source } from "@claimset/schema";
import { type Context, DataError, paint, UsageError } from "../context.js";
import { limitsFrom, stringOption } from "../limits.js";
import {
  type ArticleMetadata,
  initialChangeset,
  packageName,
  type ScaffoldFile,
  type ScaffoldOptions,
  scaffoldFiles,
  schemaRef,
} from "../scaffold/templates.js";
import {
  coveredBy,
  findWorkspace,
  LOCKFILE_COMMAND,
  toolVersion,
  updateLockfile,
  workspaceVersions,
} from "../scaffold/workspace.js";
import type { CommandRun, Values } from "../spec.js";

const SLUG_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

/** A field schema of `Source`, as far as a flag's check needs it. */
interface FieldSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { message: string }[] } };
}

/**
 * One flag checked with the schema's own field schema. When it fails: the
 * flag and value (what, where), the field it fills, what the schema expects
 * (its own message), and how to fix it.
 */
function checked<T>(
  flag: string,
  field: string,
  value: string,
  schema: FieldSchema<T>,
  problems: string[],
  /** For a field whose schema message names only its pattern. */
  expected?: string,
): T | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const message = expected ?? parsed.error.issues[0]?.message ?? "not valid";
  problems.push(
    `--${flag} ${JSON.stringify(value)} (source.${field}): ${message}; fix the value, or leave the flag out to record it as not known (null)`,
  );
  return null;
}

/** Every metadata flag, checked before anything is read or written; all problems at once. */
function metadataFrom(values: Values): ArticleMetadata {
  const problems: string[] = [];
  const text = (flag: string) => {
    const v = stringOption(values, flag);
    return v === undefined ? null : checked(flag, flag, v, Source.shape.rights, problems);
  };
  const rights = stringOption(values, "rights");
  if (rights === undefined || rights.trim() === "") {
    throw new UsageError("claimset new needs --rights <text>: who holds the rights to the article text", {
      hint: 'e.g. --rights "© Example News 2025, included for research"; it is never guessed',
    });
  }
  checked("rights", "rights", rights, Source.shape.rights, problems);
  const language = stringOption(values, "language") ?? "en";
  checked(
    "language",
    "language",
    language,
    Source.shape.language,
    problems,
    "expected a BCP 47 tag such as en or pt-BR",
  );
  const url = stringOption(values, "url");
  const publishedAt = stringOption(values, "published-at");
  const retrievedAt = stringOption(values, "retrieved-at");
  const metadata: ArticleMetadata = {
    language,
    title: text("title"),
    publisher: text("publisher"),
    url: url === undefined ? null : checked("url", "url", url, Source.shape.url.unwrap(), problems),
    publishedAt:
      publishedAt === undefined
        ? null
        : checked("published-at", "publishedAt", publishedAt, Source.shape.publishedAt.unwrap(), problems),
    authors: authorsFrom(values, problems),
    retrievedAt:
      retrievedAt === undefined
        ? null
        : checked("retrieved-at", "retrievedAt", retrievedAt, Source.shape.retrievedAt.unwrap(), problems),
    rights,
  };
  if (problems.length === 1) throw new UsageError(problems[0]!);
  if (problems.length > 1) throw new UsageError(`${problems.length} problems:\n  ${problems.join("\n  ")}`);
  return metadata;
}

/** `--authors "A, B" --authors C` → [A, B, C]; `--authors ""` alone: known to be unsigned. */
function authorsFrom(values: Values, problems: string[]): string[] | null {
  const raw = values.authors;
  if (raw === undefined) return null;
  const given = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === "string");
  if (given.length === 1 && given[0]!.trim() === "") return [];
  const names = given.flatMap((v) => v.split(",")).map((name) => name.trim());
  if (names.some((name) => name === "")) {
    problems.push(
      `--authors ${given.map((v) => JSON.stringify(v)).join(" --authors ")}: an empty name. Expected names separated by commas (or the flag repeated); pass --authors "" alone for an article known to be unsigned.`,
    );
    return null;
  }
  return names;
}

function readArticle(path: string, context: Context, maxBytes: number): Uint8Array {
  const full = resolve(context.cwd, path);
  if (!existsSync(full) || !statSync(full).isFile()) throw new UsageError(`--article ${path}: no such file`);
  const size = statSync(full).size;
  if (size > maxBytes) {
    throw new DataError(`${path}: ${size} bytes, more than the limit of ${maxBytes} (raise it with --max-bytes)`);
  }
  const bytes = readFileSync(full);
  if (bytes.length === 0) throw new DataError(`${path}: the article is empty`);
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DataError(
      `${path}: not UTF-8 text; claimset annotates UTF-8 articles (convert it first, e.g. with iconv)`,
    );
  }
  return bytes;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

const refuseExisting = (path: string, shown: string, hint: string) => {
  if (existsSync(path) || isLink(path)) throw new FileSafetyError(`${shown} already exists`, { rule: "exists", hint });
};

export const run: CommandRun = async ({ positionals: [slug], values }, context) => {
  const id = slug as string;
  if (!RecordId.safeParse(id).success) {
    throw new UsageError(
      `${JSON.stringify(id)} is not a valid slug: expected lowercase letters and digits in words joined by single hyphens (the pattern ${SLUG_PATTERN}, at most 120 characters)`,
      {
        hint: `e.g. ${
          id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "") || "my-article"
        }`,
      },
    );
  }
  const articlePath = stringOption(values, "article");
  if (articlePath === undefined) throw new UsageError("claimset new needs the article: pass --article <file>");
  const metadata = metadataFrom(values);
  const article = readArticle(articlePath, context, limitsFrom(values).maxBytes);

  const parent = resolveInside(context.cwd, stringOption(values, "dir") ?? "datasets");
  const folder = resolveInside(parent, id);
  const shown = relative(context.cwd, folder) || ".";
  refuseExisting(folder, shown, "choose another slug, or remove the folder first");

  const workspace = findWorkspace(folder);
  const root = workspace?.root ?? null;
  const versions = workspace ? workspaceVersions(workspace) : new Map<string, string>();
  const options: ScaffoldOptions = {
    slug: id,
    article,
    metadata,
    license: stringOption(values, "license") ?? "CC-BY-4.0",
    tools: {
      cli: toolVersion("@claimset/cli", versions),
      schema: toolVersion("@claimset/schema", versions),
      core: toolVersion("@claimset/core", versions),
    },
    folder,
    root,
    repositoryDirectory:
      workspace?.name === "claimset-monorepo" ? relative(workspace.root, folder).split(sep).join("/") : null,
  };
  const files = scaffoldFiles(options, {
    tsconfigBase: root !== null && existsSync(join(root, "tsconfig.base.json")),
    vitestShared: root !== null && existsSync(join(root, "vitest.shared.ts")),
  });
  if (values.draft) await fillWithDraft(files, options);

  // The changeset goes to the workspace's .changeset/, when it uses changesets.
  const changesetDir = root === null ? null : join(root, ".changeset");
  const changeset =
    changesetDir !== null && existsSync(join(changesetDir, "config.json"))
      ? join(changesetDir, `${id}-initial.md`)
      : null;
  if (changeset !== null) {
    refuseExisting(changeset, relative(context.cwd, changeset), "remove the changeset, or choose another slug");
  }
  const install = workspace !== null && !values["no-install"] && coveredBy(workspace, folder);

  // Written and built into a hidden sibling, then renamed: the folder appears whole or not at all.
  mkdirSync(parent, { recursive: true });
  const staging = join(parent, `.${id}.${randomBytes(6).toString("hex")}.tmp`);
  let written: string[];
  try {
    for (const file of files) writeFileAtomic(resolveInside(staging, file.path), file.content);
    const built = buildDatasetFolder(staging, { limits: limitsFrom(values) });
    written = [
      ...files.map((f) => f.path),
      ...built.files.filter((f) => f.committed && f.path !== "README.md").map((f) => f.path),
    ];
    renameSync(staging, folder);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  const rollback = (lock: Buffer | null) => {
    rmSync(folder, { recursive: true, force: true });
    if (changeset !== null) rmSync(changeset, { force: true });
    if (lock !== null && root !== null) writeFileAtomic(join(root, "package-lock.json"), lock, { force: true });
  };
  try {
    if (changeset !== null) writeFileAtomic(changeset, initialChangeset(options));
  } catch (error) {
    rollback(null);
    throw error;
  }
  if (install && root !== null) {
    const lockPath = join(root, "package-lock.json");
    const lock = existsSync(lockPath) ? readFileSync(lockPath) : null;
    if (!values.json) context.stdout(`updating package-lock.json: ${LOCKFILE_COMMAND.join(" ")}\n`);
    const failure = updateLockfile(root);
    if (failure !== null) {
      rollback(lock);
      throw new DataError(
        `\`${LOCKFILE_COMMAND.join(" ")}\` failed in ${relative(context.cwd, root) || "."}, so nothing was created (${[`${shown}/`, ...(changeset === null ? [] : [relative(context.cwd, changeset)])].join(" and ")} removed again, package-lock.json as it was):\n${indent(lastLines(failure, 20))}`,
        {
          rule: "lockfile",
          hint: "fix what npm reports and run claimset new again, or pass --no-install and update package-lock.json yourself",
        },
      );
    }
  }

  const relativeChangeset = changeset === null ? null : relative(context.cwd, changeset);
  const result = {
    results: [
      {
        folder: shown,
        package: packageName(id),
        files: [...written, ...(relativeChangeset === null ? [] : [relativeChangeset])],
      },
    ],
  };
  if (values.json) return result;
  context.stdout(`${paint(context, "green", "✓")} created ${shown}/ (${packageName(id)}@0.1.0)\n`);
  for (const file of written) context.stdout(`  ${file}\n`);
  if (relativeChangeset !== null) context.stdout(`  ${relativeChangeset}\n`);
  if (install) context.stdout(`${paint(context, "green", "✓")} package-lock.json is up to date\n`);
  else if (workspace !== null && values["no-install"]) {
    context.stdout(
      `\npackage-lock.json does not list the package yet: run, at ${relative(context.cwd, workspace.root) || "."},\n  ${LOCKFILE_COMMAND.join(" ")}\n`,
    );
  } else if (workspace !== null) {
    context.stdout(
      `\n${shown} is not one of the workspaces of ${relative(context.cwd, join(workspace.root, "package.json")) || "package.json"} (${workspace.patterns.join(", ")}): add its folder there, then run\n  ${LOCKFILE_COMMAND.join(" ")}\n`,
    );
  }
  context.stdout(
    values.draft
      ? `\nThe YAML files hold a machine draft, every record unreviewed: check each one against ${shown}/article.txt, then run\n  claimset preview ${shown}\n  claimset lint ${shown}\n  claimset build ${shown}\n`
      : `\nNext: add entities, quotes, claims and notes anchored to ${shown}/article.txt (docs/authoring.md), then run\n  claimset preview ${shown}\n  claimset lint ${shown}\n  claimset build ${shown}\n`,
  );
  return result;
};

const lastLines = (text: string, n: number) => text.split("\n").slice(-n).join("\n");
const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `  ${line}`)
    .join("\n");

/** `--draft`: replaces the empty table files with the drafter's, checked to compile before anything is written. */
async function fillWithDraft(files: ScaffoldFile[], options: ScaffoldOptions): Promise<void> {
  const { draft } = await import("@claimset/draft");
  const { compileDataset } = await import("@claimset/core/authoring");
  // The BOM stays: the compiler reads the article as Node reads it, byte for byte.
  const article = new TextDecoder("utf-8", { ignoreBOM: true }).decode(options.article);
  const m = options.metadata;
  const result = draft(article, {
    id: options.slug,
    language: m.language,
    title: m.title,
    publisher: m.publisher,
    url: m.url,
    rights: m.rights,
    provenance: true,
    schemaRef: (name) => schemaRef(options.folder, name) || `${SCHEMA_ID_BASE}/authoring/${name}.schema.json`,
  });
  const meta = files.find((f) => f.path === "dataset.yml")!.content as string;
  const compiled = compileDataset({ files: { ...result.files, "dataset.yml": meta }, article, version: "0.1.0" });
  if (!compiled.ok) {
    const first = compiled.issues[0]!;
    throw new Error(
      `the draft does not compile (nothing was written): ${first.file}:${first.line ?? "?"} ${first.message}`,
    );
  }
  for (const file of files) {
    const drafted = result.files[file.path];
    if (drafted !== undefined && file.path !== "dataset.yml") file.content = drafted;
  }
}
