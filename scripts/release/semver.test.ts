import { describe, expect, test } from "vitest";
import { bumpLevel, bumpVersion, compareVersions, parseVersion, satisfies } from "./semver.js";

describe("versions", () => {
  test("parse and order, prereleases before their release", () => {
    expect(parseVersion("1.2.3-rc.1")).toEqual({ major: 1, minor: 2, patch: 3, prerelease: ["rc", "1"] });
    expect(parseVersion("1.2")).toBeNull();
    expect(parseVersion("01.2.3")).toBeNull();
    const sorted = ["1.10.0", "1.2.0", "1.2.0-rc.10", "1.2.0-rc.2", "0.9.9", "1.2.0-beta"].sort(compareVersions);
    expect(sorted).toEqual(["0.9.9", "1.2.0-beta", "1.2.0-rc.2", "1.2.0-rc.10", "1.2.0", "1.10.0"]);
  });

  test("bump like changesets, and tell the level of a step", () => {
    expect(bumpVersion("1.4.2", "major")).toBe("2.0.0");
    expect(bumpVersion("1.4.2", "minor")).toBe("1.5.0");
    expect(bumpVersion("1.4.2", "patch")).toBe("1.4.3");
    expect(bumpLevel("1.0.0", "1.1.0")).toBe("minor");
    expect(bumpLevel("1.0.0", "2.0.0")).toBe("major");
    expect(bumpLevel("1.0.0", "1.0.1")).toBe("patch");
    expect(bumpLevel("1.0.0", "1.0.0")).toBe("none");
    expect(() => bumpLevel("1.0", "1.0.1")).toThrow('"1.0" is not a semver version');
  });
});

describe("satisfies", () => {
  test.each([
    ["0.1.0", "^0.1.0", true],
    ["0.1.9", "^0.1.0", true],
    ["0.2.0", "^0.1.0", false],
    ["1.9.0", "^1.2.0", true],
    ["2.0.0", "^1.2.0", false],
    ["1.1.9", "^1.2.0", false],
    ["0.0.3", "^0.0.3", true],
    ["0.0.4", "^0.0.3", false],
    ["1.2.9", "~1.2.3", true],
    ["1.3.0", "~1.2.3", false],
    ["1.2.3", "1.2.3", true],
    ["1.2.4", "1.2.3", false],
    ["1.5.0", ">=1.0.0 <2.0.0", true],
    ["2.0.0", ">=1.0.0 <2.0.0", false],
    ["2.1.0", "^1.0.0 || ^2.0.0", true],
    ["3.0.0", "*", true],
    ["2.0.0-rc.1", "^1.0.0", false],
    ["2.0.0-rc.1", "<2.0.0", false],
    ["1.0.0-rc.2", "^1.0.0-rc.1", true],
  ])("%s in %s: %s", (version, range, expected) => {
    expect(satisfies(version, range)).toBe(expected);
  });

  test("refuses ranges it does not understand", () => {
    expect(() => satisfies("1.0.0", "workspace:*")).toThrow('unsupported version range "workspace:*"');
  });
});
