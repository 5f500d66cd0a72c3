import { describe, expect, test } from "vitest";
import { addToChangelog, DATA_HEADING } from "./notes.js";

const entry = { name: "@claimset/dataset-x", version: "1.1.0" };

describe("addToChangelog", () => {
  test("starts a new changelog with the title and the entry", () => {
    expect(addToChangelog("", { ...entry, heading: "1.1.0 — first release" }, "Counts.")).toBe(
      "# @claimset/dataset-x\n\n## 1.1.0 — first release\n\nCounts.\n",
    );
  });

  test("puts a missing entry first, under the title", () => {
    const before = "# @claimset/dataset-x\n\n## 1.0.0\n\nOld.\n";
    expect(addToChangelog(before, entry, "New.")).toBe(
      "# @claimset/dataset-x\n\n## 1.1.0\n\nNew.\n\n## 1.0.0\n\nOld.\n",
    );
  });

  test("appends to the end of an existing entry, before the next version", () => {
    const before = "# x\n\n## 1.1.0\n\n### Minor Changes\n\n- abc: Added a note.\n\n## 1.0.0\n\nOld.\n";
    const section = `${DATA_HEADING}\n\nData.`;
    const after = addToChangelog(before, entry, section);
    expect(after).toBe(
      `# x\n\n## 1.1.0\n\n### Minor Changes\n\n- abc: Added a note.\n\n${DATA_HEADING}\n\nData.\n\n## 1.0.0\n\nOld.\n`,
    );
    expect(addToChangelog(after, entry, section)).toBe(after);
  });

  test("does not take 1.1.0 for 1.1.0-rc.1 or 1.1.01", () => {
    const before = "# x\n\n## 1.1.01\n\nA.\n";
    expect(addToChangelog(before, entry, "B.")).toBe("# x\n\n## 1.1.0\n\nB.\n\n## 1.1.01\n\nA.\n");
  });
});
