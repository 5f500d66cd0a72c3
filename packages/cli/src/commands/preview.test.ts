import { readFileSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { copyMini, run, tempDir } from "../../test/helpers.js";
import { type PreviewSession, startPreview } from "./preview.js";

const sessions: PreviewSession[] = [];
afterEach(async () => {
  for (const s of sessions.splice(0)) await s.close();
});

async function start(dir: string): Promise<PreviewSession> {
  const session = await startPreview({ dir, port: 0 });
  sessions.push(session);
  return session;
}

async function get(url: string): Promise<{ status: number; body: string }> {
  const response = await fetch(url);
  return { status: response.status, body: await response.text() };
}

/** Connects to the page's event stream, runs `trigger` once the stream has said which build is current, and resolves with the next build's number. */
async function nextChange(url: string, trigger: () => void): Promise<number> {
  const response = await fetch(new URL("preview/events", url));
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let seen = "";
  let current: number | null = null;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the event stream ended before a change: ${seen}`);
    seen += decoder.decode(value);
    const builds = [...seen.matchAll(/event: change\ndata: (\d+)\n\n/g)].map((m) => Number(m[1]));
    if (current === null && builds.length) {
      current = builds[0]!;
      trigger();
    }
    const next = builds.find((b) => current !== null && b > current);
    if (next !== undefined) {
      await reader.cancel();
      return next;
    }
  }
}

describe("claimset preview, in-process", () => {
  it("serves the compiled dataset and lists it for the page's picker", async () => {
    const dir = copyMini(tempDir());
    const session = await start(dir);
    expect(session.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = JSON.parse((await get(new URL("datasets/index.json", session.url).href)).body);
    expect(index.datasets).toEqual([
      expect.objectContaining({ slug: "preview", url: "./preview/dataset.json", live: "./preview/events" }),
    ]);
    const { status, body } = await get(new URL("preview/dataset.json", session.url).href);
    expect(status).toBe(200);
    expect(JSON.parse(body)).toMatchObject({ id: "mini", entities: expect.any(Array) });
  });

  it("rebuilds when a file is saved, reports a broken file with its line, and recovers when it is fixed", async () => {
    const dir = copyMini(tempDir());
    const session = await start(dir);
    const entities = join(dir, "entities.yml");
    const original = readFileSync(entities, "utf8");
    const datasetUrl = new URL("preview/dataset.json", session.url).href;

    // Saving a file is enough: the watcher rebuilds and tells the page.
    const renamed = original.replace("name: The colonel", "name: The Ukrainian colonel");
    await nextChange(session.url, () => writeFileSync(entities, renamed));
    const after = JSON.parse((await get(datasetUrl)).body);
    expect(after.entities.find((e: { id: string }) => e.id === "colonel").name).toBe("The Ukrainian colonel");

    // An anchor that is not in the article: HTTP 422 with file:line, record, rule and message.
    const broken = renamed.replace("- { text: The colonel, kind: nominal }", "- { text: The general, kind: nominal }");
    await nextChange(session.url, () => writeFileSync(entities, broken));
    const failed = await get(datasetUrl);
    expect(failed.status).toBe(422);
    const problems = JSON.parse(failed.body).claimsetPreview.problems;
    const line = broken.split("\n").findIndex((l) => l.includes("The general")) + 1;
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "entities.yml",
        line,
        recordId: "colonel",
        message: expect.stringContaining("The general"),
      }),
    );
    expect(session.state.ok).toBe(false);

    await nextChange(session.url, () => writeFileSync(entities, original));
    expect((await get(datasetUrl)).status).toBe(200);
  });

  it("answers only requests addressed to this machine, and serves nothing outside the viewer", async () => {
    const session = await start(copyMini(tempDir()));
    const { port } = new URL(session.url);
    const status = (path: string, host: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path, headers: { host } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on("error", reject);
        req.end();
      });
    expect(await status("/datasets/index.json", `localhost:${port}`)).toBe(200);
    expect(await status("/datasets/index.json", `attacker.example:${port}`)).toBe(403);
    expect(await status("/../../package.json", `127.0.0.1:${port}`)).toBe(404);
    expect(await status("/%2e%2e/%2e%2e/package.json", `127.0.0.1:${port}`)).toBe(404);
  });

  it("says what is wrong with the folder or the port, with exit code 2", async () => {
    const missing = await run(["preview", join(tempDir(), "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no such folder");
    const notAuthored = await run(["preview", tempDir()]);
    expect(notAuthored.code).toBe(2);
    expect(notAuthored.stderr).toContain("has no dataset.yml");
    const badPort = await run(["preview", copyMini(tempDir()), "--port", "http"]);
    expect(badPort.code).toBe(2);
    expect(badPort.stderr).toContain("--port expects a port number");
    const session = await start(copyMini(tempDir()));
    const taken = await run(["preview", copyMini(tempDir()), "--port", new URL(session.url).port]);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/port \d+ on 127\.0\.0\.1 is in use: pick another with --port/);
  });
});
