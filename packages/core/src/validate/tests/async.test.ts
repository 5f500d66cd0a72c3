import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DatasetValidationError } from "../../errors/errors.js";
import { sha256, sha256Async, webDigest } from "../../text/sha256.js";
import { loadDatasetAsync, validateDataset, validateDatasetAsync, validateWithDigest } from "../validate.js";
import { mini, rehash } from "./fixture.js";

const SEED = join(import.meta.dirname, "../../../../../datasets/north-korea-victory-day-parade/dataset.json");
const seed = () => JSON.parse(readFileSync(SEED, "utf8"));

/** Inputs with every verdict: valid, each hash wrong, the text edited, not a dataset at all. */
function cases(): [string, unknown][] {
  const textEdited = mini();
  textEdited.source.text = `${textEdited.source.text.slice(0, -1)}…`;
  const contentEdited = mini();
  contentEdited.entities[0]!.name = "Someone else 😀";
  const sourceHashWrong = rehash({ ...mini(), source: { ...mini().source, sha256: "0".repeat(64) } });
  return [
    ["the seed dataset", seed()],
    ["the mini fixture", mini()],
    ["an edited text", textEdited],
    ["edited content, hash stale", contentEdited],
    ["a wrong source hash", sourceHashWrong],
    ["a dataset with a wrong type", { ...mini(), entities: "none" }],
    ["not a dataset", { source: { text: 42 } }],
    ["null", null],
  ];
}

describe("validateDatasetAsync", () => {
  it("hashes with WebCrypto exactly as the synchronous hash does, curly quotes and emoji included", async () => {
    expect(webDigest).not.toBeNull();
    for (const text of ["", "plain", "“Quoted” – dash… 𝔸 😀", mini().source.text]) {
      expect(await sha256Async(text)).toBe(sha256(text));
    }
  });

  it.each(cases())("gives the synchronous verdict and issues for %s, through WebCrypto", async (_name, input) => {
    const sync = validateDataset(structuredClone(input));
    const web = await validateWithDigest(structuredClone(input), {}, webDigest);
    expect(web).toEqual(sync);
  });

  it("hashes the text and the content once each with the digest it is given", async () => {
    let calls = 0;
    const counting = (bytes: Uint8Array) => {
      calls++;
      return webDigest!(bytes);
    };
    expect((await validateWithDigest(mini(), {}, counting)).ok).toBe(true);
    expect(calls).toBe(2);
    // And the checks use those digests, not a hash of their own: a digest that answers zeros fails both.
    const zeros = async () => new ArrayBuffer(32);
    const result = await validateWithDigest(mini(), {}, zeros);
    expect(result.ok ? [] : result.issues.map((i) => [i.rule, i.expected])).toEqual([
      ["source-hash", "0".repeat(64)],
      ["content-hash", "0".repeat(64)],
    ]);
  });

  it("is validateDataset where a synchronous native hash exists, and loads or throws like loadDataset", async () => {
    expect(await validateDatasetAsync(seed())).toEqual(validateDataset(seed()));
    expect((await loadDatasetAsync(mini())).id).toBe("mini");
    const broken = mini();
    broken.contentHash = "f".repeat(64);
    await expect(loadDatasetAsync(broken, { source: "broken.json" })).rejects.toBeInstanceOf(DatasetValidationError);
  });
});
