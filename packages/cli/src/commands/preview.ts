import { spawn } from "node:child_process";
import { existsSync, type FSWatcher, watch } from "node:fs";
import { resolve } from "node:path";
import { ClaimsetError, formatIssue } from "@claimset/core/errors";
import { compileFolder, datasetJson, type InputLimits } from "@claimset/core/node";
import type { PreviewState } from "@claimset/viewer/server";
import { type Context, paintErr, UsageError } from "../context.js";
import { limitsFrom } from "../limits.js";
import type { CommandRun } from "../spec.js";
import { DEFAULT_PORT } from "../specs/preview.js";

export { DEFAULT_PORT };

/** Saves closer together than this make one rebuild (editors write a file in several steps). */
const DEBOUNCE_MS = 120;

export interface PreviewOptions {
  /** The authored dataset folder (with dataset.yml). */
  dir: string;
  /** What to call the folder in messages and in the page; `dir` unless said otherwise. */
  name?: string;
  host?: string;
  port?: number;
  limits?: InputLimits;
  /** Called after each build with a line for people: what was built, or how many problems. */
  log?: (line: string, ok: boolean) => void;
}

export interface PreviewSession {
  readonly url: string;
  readonly state: PreviewState;
  /** Rebuilds now (the watcher calls this after a save). */
  rebuild(): Promise<void>;
  close(): Promise<void>;
}

function compile(dir: string, limits: InputLimits | undefined): PreviewState {
  try {
    return { ok: true, json: datasetJson(compileFolder(dir, limits)) };
  } catch (error) {
    if (error instanceof ClaimsetError) return { ok: false, dir, problems: error.issues };
    throw error;
  }
}

function summary(state: PreviewState, dir: string): string {
  if (!state.ok) {
    const [first] = state.problems;
    return `${state.problems.length} problem${state.problems.length === 1 ? "" : "s"}${first ? `, first: ${formatIssue(first)}` : ""}`;
  }
  const data = JSON.parse(state.json) as {
    id: string;
    version: string;
    entities: unknown[];
    quotes: unknown[];
    claims: unknown[];
    notes: unknown[];
  };
  return `built ${data.id}@${data.version} from ${dir}: ${data.entities.length} entities, ${data.quotes.length} quotes, ${data.claims.length} claims, ${data.notes.length} notes`;
}

/**
 * Serves the viewer on an authored folder and rebuilds it whenever one of its
 * files is saved; open pages reload the dataset, keeping their place.
 */
export async function startPreview(options: PreviewOptions): Promise<PreviewSession> {
  const { dir } = options;
  const name = options.name ?? dir;
  // Loaded here, not at start-up: every other command runs without the viewer's code.
  const { serveViewer } = await import("@claimset/viewer/server");
  let state = compile(dir, options.limits);
  options.log?.(summary(state, name), state.ok);
  const server = await serveViewer({
    current: () => state,
    label: `${name} (preview)`,
    ...(options.host === undefined ? {} : { host: options.host }),
    port: options.port ?? DEFAULT_PORT,
  });
  let running: Promise<void> = Promise.resolve();
  const rebuild = () => {
    running = running.then(async () => {
      state = compile(dir, options.limits);
      options.log?.(summary(state, name), state.ok);
      server.changed();
    });
    return running;
  };
  let timer: NodeJS.Timeout | undefined;
  const watcher: FSWatcher = watch(dir, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), DEBOUNCE_MS);
  });
  return {
    url: server.url,
    get state() {
      return state;
    },
    rebuild,
    async close() {
      clearTimeout(timer);
      watcher.close();
      await running;
      await server.close();
    },
  };
}

function openInBrowser(url: string, context: Context): void {
  const [command, ...args] =
    process.platform === "darwin"
      ? ["open", url]
      : process.platform === "win32"
        ? ["cmd", "/c", "start", "", url]
        : ["xdg-open", url];
  const child = spawn(command!, args, { stdio: "ignore", detached: true });
  child.on("error", () => context.stderr(`could not open a browser (${command}); open ${url} yourself\n`));
  child.unref();
}

function portOption(raw: unknown): number {
  if (raw === undefined) return DEFAULT_PORT;
  const n = Number(raw);
  if (typeof raw !== "string" || !Number.isInteger(n) || n < 0 || n > 65535) {
    throw new UsageError(`--port expects a port number from 0 to 65535, got ${JSON.stringify(raw)}`, {
      hint: "write --port 4321, or --port 0 for any free port",
    });
  }
  return n;
}

export const run: CommandRun = async ({ positionals: [folder], values }, context) => {
  const dir = resolve(context.cwd, folder!);
  if (!existsSync(dir)) throw new UsageError(`${folder}: no such folder.`, { hint: "name an authored dataset folder" });
  if (!existsSync(resolve(dir, "dataset.yml"))) {
    throw new UsageError(`${folder} has no dataset.yml: preview works on authored folders.`, {
      hint: "start one with claimset new <slug> --article <file> --rights <text>",
    });
  }
  const host = typeof values.host === "string" ? values.host : "127.0.0.1";
  const { ServerStartError } = await import("@claimset/viewer/server");
  let session: PreviewSession;
  try {
    session = await startPreview({
      dir,
      name: folder!,
      host,
      port: portOption(values.port),
      limits: limitsFrom(values),
      log: (line, ok) => context.stderr(`${paintErr(context, ok ? "green" : "red", ok ? "✓" : "✗")} ${line}\n`),
    });
  } catch (error) {
    if (error instanceof ServerStartError)
      throw new UsageError(error.message, { hint: "choose another --port, or --port 0" });
    throw error;
  }
  context.stdout(`Previewing ${folder} at ${session.url}\n`);
  if (!["127.0.0.1", "localhost", "::1"].includes(host)) {
    context.stderr(
      `${paintErr(context, "yellow", "warning:")} listening on ${host}: other machines that can reach it can read the dataset\n`,
    );
  }
  context.stderr("Watching for changes; press Ctrl+C to stop.\n");
  if (values.open) openInBrowser(session.url, context);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      done();
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
  await session.close();
  return { results: [{ folder, url: session.url }] };
};
