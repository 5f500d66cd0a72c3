import { describe, expect, it } from "vitest";
import { seedDataset } from "../test/datasets.js";
import { checkUntrusted, DatasetLoadError, renderProblems, sourceOf, srcUrlOf } from "./load.js";

const dataset = seedDataset();
const PAGE = "https://viewer.example/app/index.html";
const manifest = {
  datasets: [
    { slug: "alpha", label: "Alpha", url: "./datasets/alpha.json" },
    { slug: "beta", label: "Beta", url: "./datasets/beta.json" },
  ],
};
const copy = () => JSON.parse(JSON.stringify(dataset));

describe("srcUrlOf", () => {
  it("is null without ?src=", () => {
    expect(srcUrlOf(PAGE)).toBeNull();
  });

  it("resolves paths on this site and takes https: URLs elsewhere", () => {
    expect(srcUrlOf(`${PAGE}?src=./hostile.json`)?.href).toBe("https://viewer.example/app/hostile.json");
    expect(srcUrlOf(`${PAGE}?src=../data/v1.json`)?.href).toBe("https://viewer.example/data/v1.json");
    expect(srcUrlOf(`${PAGE}?src=${encodeURIComponent("https://data.example/x.json")}`)?.href).toBe(
      "https://data.example/x.json",
    );
  });

  it.each([
    "http://evil.example/x.json",
    "javascript:alert(1)//.json",
    "data:application/json,{}",
    "file:///etc/passwd",
    "/\\evil.example/x.json",
    "\\\\evil.example/x.json",
    "https://user:pw@evil.example/x.json",
    " ",
  ])("refuses %j", (requested) => {
    expect(() => srcUrlOf(`${PAGE}?src=${encodeURIComponent(requested)}`)).toThrow(DatasetLoadError);
  });
});

describe("sourceOf", () => {
  it("opens the named dataset of the site, else the first one", () => {
    expect(sourceOf(`${PAGE}?dataset=beta`, manifest)).toMatchObject({ type: "manifest", entry: { slug: "beta" } });
    expect(sourceOf(PAGE, manifest)).toMatchObject({ type: "manifest", entry: { slug: "alpha" } });
    expect(sourceOf(PAGE, { datasets: [] })).toEqual({ type: "none" });
  });

  it("says which datasets exist when the name is wrong", () => {
    expect(() => sourceOf(`${PAGE}?dataset=gamma`, manifest)).toThrow(/names no dataset of this site.*alpha, beta/);
    expect(() => sourceOf(`${PAGE}?dataset=./x.json`, manifest)).toThrow(/\?src=/);
  });

  it("prefers ?src= over the site's datasets", () => {
    expect(sourceOf(`${PAGE}?src=./x.json&dataset=alpha`, manifest)).toMatchObject({ type: "url" });
  });
});

describe("renderProblems", () => {
  it("accepts a built dataset", () => {
    expect(renderProblems(copy())).toEqual([]);
  });

  it("names the path and record of every problem, not only the first", () => {
    const bad = copy();
    bad.claims[0].span.end = bad.source.text.length + 1;
    bad.quotes[1].spans = "x";
    const problems = renderProblems(bad);
    expect(problems).toEqual([
      expect.objectContaining({
        path: ["quotes", 1, "spans"],
        recordId: bad.quotes[1].id,
        rule: "structure",
        message: "should be an array",
      }),
      {
        path: ["claims", 0, "span"],
        recordId: bad.claims[0].id,
        rule: "structure",
        message: expect.stringMatching(/should be a span inside the text/),
        expected: expect.any(String),
      },
    ]);
    expect(renderProblems({ source: { text: 1 } })[0]!.path).toEqual(["source", "text"]);
    expect(renderProblems([])[0]!.message).toMatch(/a dataset object/);
  });
});

describe("checkUntrusted", () => {
  it("tells JSON that is not a dataset from text that is not JSON", async () => {
    await expect(checkUntrusted("<html>", "page.html")).rejects.toMatchObject({ kind: "not-json" });
    await expect(checkUntrusted("{}", "empty.json")).rejects.toMatchObject({ kind: "invalid" });
  });

  it("validates the schema and every integrity rule, with the record of each problem", async () => {
    const bad = copy();
    bad.quotes[0].speaker = "nobody-at-all";
    const error = (await checkUntrusted(JSON.stringify(bad), "bad.json").catch((e) => e)) as DatasetLoadError;
    expect(error.kind).toBe("invalid");
    expect(
      error.problems.some((p) => p.recordId === bad.quotes[0].id && p.path[0] === "quotes" && p.path[1] === 0),
    ).toBe(true);
    await expect(checkUntrusted(JSON.stringify(dataset), "seed.json")).resolves.toMatchObject({ id: dataset.id });
  });
});
