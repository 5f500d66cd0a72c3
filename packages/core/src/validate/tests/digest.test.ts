import { describe, expect, it } from "vitest";
import { canonicalJson, contentHash, hashedContent } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";
import { canonicalContent, datasetContentHash, markSchemaChecked } from "../rules/digest.js";
import { mini, rehash } from "./fixture.js";

describe("canonicalContent", () => {
  it("equals canonicalJson of the hashed content, for a dataset using every optional field", () => {
    const dataset = mini();
    const quote = dataset.quotes[0]!;
    quote.cue = { ...quote.spans[0]! };
    dataset.claims[0]!.assertedBy = { type: "unnamed", span: { ...dataset.claims[0]!.span } };
    dataset.retired.push({ id: "old-id", kind: "removed", to: [], since: "1.0.0", reason: "gone" });
    expect(canonicalContent(dataset)).toBe(canonicalJson(hashedContent(dataset as unknown as Record<string, unknown>)));
  });
});

describe("datasetContentHash", () => {
  it("matches the stored hash of an unedited dataset and reports the real one after an edit", () => {
    const dataset = rehash(mini());
    markSchemaChecked(dataset);
    expect(datasetContentHash(dataset)).toEqual({ matches: true, actual: dataset.contentHash });
    dataset.entities[0]!.name = "Renamed";
    expect(datasetContentHash(dataset)).toEqual({
      matches: false,
      actual: contentHash(dataset as unknown as Record<string, unknown>),
    });
  });

  it("hashes a dataset that did not come out of the schema parse the general way", () => {
    const dataset = rehash(mini());
    const stale = dataset.contentHash;
    (dataset.entities[0] as unknown as Record<string, unknown>).extra = "outside the schema";
    const result = datasetContentHash(dataset);
    expect(result.matches).toBe(false);
    expect(result.actual).not.toBe(stale);
  });
});

describe("canonicalContent, written in chunks", () => {
  it("equals canonicalJson across chunk boundaries, for every kind of assertedBy and typography, emoji and lone surrogates", () => {
    const dataset = mini();
    const [a, b, c, d] = [0, 1, 2, 3].map((i) => dataset.claims[i % dataset.claims.length]!);
    a!.assertedBy = { type: "unnamed", span: { ...a!.span } };
    if (dataset.quotes[0]) b!.assertedBy = { type: "quote", id: dataset.quotes[0].id };
    c!.assertedBy = { type: "entity", id: dataset.entities[0]!.id };
    d!.assertedBy = { type: "publisher" };
    // A long, two-byte text: its JSON alone spans several chunks.
    dataset.source.text += ` “Quoted” – it’s… 🎖 \ud800 ${"x“y”".repeat(9000)}`;
    dataset.entities[0]!.aliases.push("€ 🎖", "lone \udc00");
    const general = canonicalJson(hashedContent(dataset as unknown as Record<string, unknown>));
    expect(general.length).toBeGreaterThan(30_000);
    expect(canonicalContent(dataset)).toBe(general);
    markSchemaChecked(dataset);
    expect(datasetContentHash(dataset).actual).toBe(sha256(general));
  });
});
