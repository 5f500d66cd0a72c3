import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createNativeHash, portableSha256, sha256 } from "./sha256.js";

const reference = (input: string | Uint8Array) => createHash("sha256").update(input).digest("hex");

describe("sha256", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
  ])("hashes %j to the published digest", (input, digest) => {
    expect(sha256(input)).toBe(digest);
  });

  it("matches node:crypto on UTF-8 text with curly quotes, dashes, ellipses and emoji", () => {
    for (const text of [
      "“meat grinder” – …",
      "👋🏽 Kim",
      "a".repeat(55),
      "b".repeat(56),
      "c".repeat(64),
      "x".repeat(10_000),
    ]) {
      expect(sha256(text)).toBe(reference(text));
    }
  });

  it("hashes bytes as given", () => {
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    expect(sha256(bytes)).toBe(reference(bytes));
  });
});

describe("portableSha256", () => {
  it("matches node:crypto, so hosts without a native hash get the same digests", () => {
    for (const text of ["", "abc", "“Quoted” – it’s… 🎖 done", "a".repeat(55), "b".repeat(56), "x".repeat(70_000)]) {
      expect(portableSha256(text)).toBe(reference(text));
    }
    const bytes = new Uint8Array(300).map((_, i) => (i * 7) % 256);
    expect(portableSha256(bytes)).toBe(reference(bytes));
  });

  it("agrees with the native hash on lone surrogates (both encode them as U+FFFD)", () => {
    expect(createNativeHash).not.toBeNull();
    for (const text of ["lone \ud800 surrogate", "\udc00 at the start", "end \ud83d"]) {
      expect(sha256(text)).toBe(portableSha256(text));
    }
  });
});
