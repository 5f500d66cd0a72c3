import { describe, expect, it } from "vitest";
import { describeProvenance, isMachineDrafted, isUnreviewed, provenanceOf } from "./provenance.js";

const drafted = { provenance: { method: "drafted", tool: "claimset-drafter 0.1", confidence: 0.72, reviewed: false } };

describe("provenance", () => {
  it("reads a machine's record, and treats a person's (null or missing) as such", () => {
    expect(provenanceOf(drafted)).toEqual(drafted.provenance);
    expect(provenanceOf({ provenance: null })).toBeNull();
    expect(provenanceOf({})).toBeNull();
    expect(isUnreviewed(drafted)).toBe(true);
    expect(isUnreviewed({ provenance: { ...drafted.provenance, reviewed: true } })).toBe(false);
    expect(isUnreviewed({ provenance: null })).toBe(false);
  });

  it("ignores malformed provenance instead of guessing", () => {
    for (const bad of [
      { method: "guessed" },
      { ...drafted.provenance, confidence: 2 },
      { ...drafted.provenance, reviewed: "no" },
    ]) {
      expect(provenanceOf({ provenance: bad })).toBeNull();
    }
  });

  it("says who made a record, with the confidence", () => {
    expect(describeProvenance(drafted)).toBe("drafted by claimset-drafter 0.1, confidence 72%, not reviewed yet");
    expect(
      describeProvenance({ provenance: { method: "imported", tool: "brat", confidence: null, reviewed: true } }),
    ).toBe("imported by brat, no confidence given, reviewed by a person");
    expect(describeProvenance({ provenance: null })).toBe("written by a person");
    expect(isMachineDrafted({ machineDrafted: true })).toBe(true);
    expect(isMachineDrafted({ machineDrafted: false })).toBe(false);
  });
});
