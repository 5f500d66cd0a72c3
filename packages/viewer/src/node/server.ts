// A small HTTP server for the built viewer and one dataset that changes:
// what `claimset preview` runs. Node built-ins only (and a type).

import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import type { Issue } from "@claimset/core/errors";
import { assetsDir } from "./assets.js";

/** One problem that keeps the dataset from building: the one issue shape of @claimset/core (file, line, record, rule, message, hint). */
export type PreviewProblem = Issue;

/** The dataset as it is now: its JSON text, or the problems that keep it from building. */
export type PreviewState =
  | { readonly ok: true; readonly json: string }
  | { readonly ok: false; readonly dir: string; readonly problems: readonly PreviewProblem[] };

export interface ViewerServerOptions {
  /** The current state of the dataset, read on every request. */
  readonly current: () => PreviewState;
  /** What the page's picker calls the dataset. */
  readonly label: string;
  /** Interface to listen on; 127.0.0.1 unless said otherwise. */
  readonly host?: string;
  /** Port; 0 picks a free one. */
  readonly port?: number;
  /** The built viewer to serve; `assetsDir` unless said otherwise. */
  readonly assets?: string;
}

export interface ViewerServer {
  /** The page's address, e.g. http://127.0.0.1:4321/ */
  readonly url: string;
  readonly port: number;
  /** Tells every open page that the dataset changed; they fetch it again. */
  changed(): void;
  close(): Promise<void>;
}

/** The port is taken, or the address cannot be used: a mistake in how the server was started. */
export class ServerStartError extends Error {
  override name = "ServerStartError";
}

// The same policy as the built page's <meta>, sent as a header too.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self' https:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

const LOOPBACK = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(body);
}

/**
 * Serves the viewer with one dataset that may change: the page lists it in
 * `datasets/index.json`, reads it from `preview/dataset.json` (HTTP 422 with
 * the problems when it does not build), and hears of each change on the
 * event stream `preview/events`. Files are served from the assets folder only.
 */
export async function serveViewer(options: ViewerServerOptions): Promise<ViewerServer> {
  const root = normalize(options.assets ?? assetsDir);
  const host = options.host ?? "127.0.0.1";
  const streams = new Set<ServerResponse>();
  let generation = 0;
  let port = options.port ?? 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    res.setHeader("content-security-policy", CSP);
    res.setHeader("x-content-type-options", "nosniff");
    res.setHeader("referrer-policy", "no-referrer");
    // Bound to this machine, answer only requests addressed to it: another site's
    // page cannot reach the server by pointing a name of its own at 127.0.0.1.
    const hostHeader = (req.headers.host ?? "").replace(/:\d+$/, "");
    if (LOOPBACK.has(host) && !LOOPBACK.has(hostHeader)) {
      return send(
        res,
        403,
        "text/plain; charset=utf-8",
        `refusing a request for host ${JSON.stringify(req.headers.host)}\n`,
      );
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("allow", "GET, HEAD");
      return send(res, 405, "text/plain; charset=utf-8", "only GET and HEAD\n");
    }
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      return send(res, 400, "text/plain; charset=utf-8", "bad path\n");
    }
    if (path === "/datasets/index.json") {
      const entry = { slug: "preview", label: options.label, url: "./preview/dataset.json", live: "./preview/events" };
      return send(res, 200, TYPES[".json"]!, `${JSON.stringify({ datasets: [entry] })}\n`);
    }
    if (path === "/preview/dataset.json") {
      const state = options.current();
      const build = { "x-preview-generation": String(generation) };
      if (state.ok) return send(res, 200, TYPES[".json"]!, state.json, build);
      const body = `${JSON.stringify({ claimsetPreview: { dir: state.dir, problems: state.problems } })}\n`;
      return send(res, 422, TYPES[".json"]!, body, build);
    }
    if (path === "/preview/events") {
      res.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      // The current build first: a page that missed a change while connecting catches up.
      res.write(`retry: 1000\nevent: change\ndata: ${generation}\n\n`);
      streams.add(res);
      req.on("close", () => streams.delete(res));
      return;
    }
    const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
    if (!file.startsWith(root.endsWith(sep) ? root : root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      return send(res, 404, "text/plain; charset=utf-8", "not found\n");
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-cache",
    });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  };

  const server = createServer(handle);
  // A comment line now and then keeps idle event streams open through proxies and sleeping laptops.
  const ping = setInterval(() => {
    for (const stream of streams) stream.write(": ping\n\n");
  }, 20_000);
  ping.unref();
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      clearInterval(ping);
      reject(
        new ServerStartError(
          error.code === "EADDRINUSE"
            ? `port ${port} on ${host} is in use: pick another with --port <n>, or --port 0 for any free port`
            : error.code === "EADDRNOTAVAIL" || error.code === "ENOTFOUND"
              ? `cannot listen on ${host}: this machine has no such address`
              : `cannot listen on ${host}:${port}: ${error.message}`,
          { cause: error },
        ),
      );
    });
    server.listen(port, host, resolve);
  });
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(":") && !host.startsWith("[") ? `[${host}]` : host;
  return {
    url: `http://${shown === "0.0.0.0" ? "127.0.0.1" : shown}:${port}/`,
    port,
    changed() {
      generation++;
      for (const stream of streams) stream.write(`event: change\ndata: ${generation}\n\n`);
    },
    close() {
      clearInterval(ping);
      for (const stream of streams) stream.end();
      streams.clear();
      return new Promise((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // A browser keeps connections open, some it opened ahead and never used; without
        // this, close() waits for the server's request timeout (5 minutes) to drop them.
        server.closeAllConnections();
      });
    },
  };
}
