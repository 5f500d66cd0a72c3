import { dataset } from "@claimset/dataset-north-korea-victory-day-parade";
import { describe, expect, it } from "vitest";
import { checkRenderable, DatasetLoadError, datasetUrlOf } from "./load.js";

const PAGE = "https://viewer.example/app/index.html";

describe("datasetUrlOf", () => {
  it("is null without ?dataset=", () => {
    expect(datasetUrlOf(PAGE)).toBeNull();
  });

  it("resolves relative .json paths on the page's origin", () => {
    expect(datasetUrlOf(`${PAGE}?dataset=./hostile.json`)?.href).toBe("https://viewer.example/app/hostile.json");
    expect(datasetUrlOf(`${PAGE}?dataset=../data/v1.json`)?.href).toBe("https://viewer.example/data/v1.json");
  });

  it.each([
    "https://evil.example/x.json",
    "//evil.example/x.json",
    "/\\evil.example/x.json",
    "\\\\evil.example/x.json",
    "javascript:alert(1)//.json",
    "data:application/json,{}",
    "./notes.txt",
  ])("refuses %s", (requested) => {
    expect(() => datasetUrlOf(`${PAGE}?dataset=${encodeURIComponent(requested)}`)).toThrow(DatasetLoadError);
  });
});

describe("checkRenderable", () => {
  it("accepts a built dataset", () => {
    expect(checkRenderable(JSON.parse(JSON.stringify(dataset)), "dataset.json").id).toBe(dataset.id);
  });

  it("names the path of what is wrong", () => {
    const copy = JSON.parse(JSON.stringify(dataset));
    copy.claims[0].span.end = copy.source.text.length + 1;
    expect(() => checkRenderable(copy, "x.json")).toThrow(
      /x\.json: claims\[0\]\.span should be a span inside the text/,
    );
    expect(() => checkRenderable({ source: { text: 1 } }, "y.json")).toThrow("y.json: source.text should be a string");
    expect(() => checkRenderable([], "z.json")).toThrow("should be a dataset object");
    const noQuotes = JSON.parse(JSON.stringify(dataset));
    delete noQuotes.quotes;
    expect(() => checkRenderable(noQuotes, "q.json")).toThrow("q.json: quotes should be an array");
  });
});
