import { describe, expect, it } from "vitest";
import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";
import { at, dataset, entity, issuesOf, note } from "../tests/fixture.js";
import { contentHashRule, sourceHash } from "./hashes.js";

const TEXT = "Lee 🦊 wrote “hashes” – twice…";
const base = () => dataset(TEXT, { entities: [entity("lee", [at(TEXT, "Lee")])], notes: [note("note-a")] });

describe("source-hash", () => {
  it("accepts the SHA-256 of the text's UTF-8", () => {
    const d = base();
    expect(d.source.sha256).toBe(sha256(Buffer.from(TEXT, "utf8")));
    expect(issuesOf(sourceHash, d)).toEqual([]);
  });

  it("reports a text changed after hashing, with the hash it should have", () => {
    const d = base();
    const stale = d.source.sha256;
    d.source.text = TEXT.replace("🦊", "🐺");
    d.contentHash = contentHash(d);
    expect(issuesOf(sourceHash, d)).toEqual([
      {
        rule: "source-hash",
        path: ["source", "sha256"],
        recordId: null,
        message: "the source text does not match its hash: the text was changed or the hash is stale",
        expected: sha256(d.source.text),
        found: stale,
      },
    ]);
  });
});

describe("content-hash", () => {
  it("accepts the hash of the content, whatever the version", () => {
    const d = base();
    expect(issuesOf(contentHashRule, d)).toEqual([]);
    d.version = "7.0.0";
    expect(issuesOf(contentHashRule, d)).toEqual([]);
  });

  it("reports content edited after the build, with the hash it should have", () => {
    const d = base();
    const stale = d.contentHash;
    d.notes[0]!.text = "Edited by hand.";
    expect(issuesOf(contentHashRule, d)).toEqual([
      {
        rule: "content-hash",
        path: ["contentHash"],
        recordId: null,
        message: "the content does not match contentHash: the data was edited after it was built",
        expected: contentHash(d),
        found: stale,
      },
    ]);
  });
});
