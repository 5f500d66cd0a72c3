import { describe, expect, it } from "vitest";
import { compareLevels, maxLevel, schemaVersionLevel } from "./level.js";

describe("levels", () => {
  it("orders none < patch < minor < major", () => {
    const sorted = (["major", "none", "minor", "patch"] as const).slice().sort(compareLevels);
    expect(sorted).toEqual(["none", "patch", "minor", "major"]);
  });

  it("takes the highest level, none for none", () => {
    expect(maxLevel([])).toBe("none");
    expect(maxLevel(["patch", "minor", "patch"])).toBe("minor");
    expect(maxLevel(["none", "major", "minor"])).toBe("major");
  });

  it.each([
    ["1.0.0", "1.0.0", "none"],
    ["1.0.0", "1.0.1", "patch"],
    ["1.0.0", "1.0.0-rc.1", "patch"],
    ["1.0.0", "1.2.0", "minor"],
    ["1.2.0", "1.1.9", "minor"],
    ["1.0.0", "2.0.0", "major"],
    ["2.0.0", "1.9.9", "major"],
    ["1.0.0", "not-a-version", "major"],
  ] as const)("schemaVersion %s → %s is %s", (before, after, level) => {
    expect(schemaVersionLevel(before, after)).toBe(level);
  });
});
