// Runs in a fresh Node process without tsx, so that no loader hook but ours
// stands between `import` and the dataset modules.
//   node load-child.mjs import <packages.json>  time importing every package's entry
//   node load-child.mjs parse <packages.json>   time readFileSync and JSON.parse of every package's dataset.json
//   node load-child.mjs table <package-dir>     import one table and list every module that loaded
import { readFileSync } from "node:fs";
import { register } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel } from "node:worker_threads";

const [mode, arg] = process.argv.slice(2);

if (mode === "import" || mode === "parse") {
  const dirs = JSON.parse(readFileSync(arg, "utf8"));
  // Both keep what they load alive, as a program using the data would.
  const kept = [];
  const start = performance.now();
  for (const dir of dirs) {
    if (mode === "import") kept.push((await import(pathToFileURL(join(dir, "dist/index.js")).href)).dataset);
    else kept.push(JSON.parse(readFileSync(join(dir, "dataset.json"), "utf8")));
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, quotes: kept.reduce((n, d) => n + d.quotes.length, 0) }));
} else if (mode === "table") {
  const { port1, port2 } = new MessageChannel();
  const loaded = [];
  port1.on("message", (url) => loaded.push(url));
  const hooks = `let port;
export function initialize(data) { port = data.port; }
export async function load(url, context, next) { port.postMessage(url); return next(url, context); }`;
  register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: { port: port2 }, transferList: [port2] });
  const start = performance.now();
  const { quotes } = await import(pathToFileURL(join(arg, "dist/quotes.js")).href);
  const importMs = performance.now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  port1.close();
  process.stdout.write(JSON.stringify({ importMs, quotes: quotes.length, loaded }));
} else {
  throw new Error(`unknown mode ${mode}`);
}
