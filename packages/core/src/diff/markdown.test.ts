import { describe, expect, it } from "vitest";
import { diffDatasets } from "./diff.js";
import { diffToMarkdown } from "./markdown.js";
import { baseDataset, edit, find, spanOf, TEXT } from "./tests/fixture.js";

const a = baseDataset();

describe("diffToMarkdown", () => {
  it("says so when nothing changed", () => {
    expect(diffToMarkdown(diffDatasets(a, a))).toBe(
      "No changes to the data (only `version` or `contentHash` differ, if anything).\n",
    );
  });

  it("writes Added, Removed, Retired and Changed sections naming every id", () => {
    const third = spanOf("Putin", 3);
    const b = edit(a, (d) => {
      d.version = "2.0.0";
      d.claims[0]!.bounds.low = 770000;
      const putin = find(d.entities, "vladimir-putin");
      putin.mentions.push({ ...third, kind: "named" });
      putin.aliases.push("V. `Putin`");
      d.notes = [];
      d.quotes[0]!.id = "q-putin-we-will-win";
      d.retired.push({
        id: "q-putin-will-win",
        kind: "moved",
        to: ["q-putin-we-will-win"],
        since: "2.0.0",
        reason: "Renamed.",
      });
      d.source.text = TEXT.replace("Kyiv claims", "Kyiv says");
    });
    const markdown = diffToMarkdown(diffDatasets(a, b), { title: "2.0.0" });
    expect(markdown).toBe(
      [
        "## 2.0.0",
        "",
        "Change level: **major**.",
        "",
        "### Added",
        "",
        "- `q-putin-we-will-win` (quote): “We will win.”",
        "",
        "### Removed",
        "",
        "- `note-special-operation` (note): context: The Kremlin's term for the invasion of Ukraine. — removed without a tombstone: citations of this id break",
        "",
        "### Retired",
        "",
        "- `q-putin-will-win` (quote) moved → `q-putin-we-will-win` (since 2.0.0)",
        "",
        "### Changed",
        "",
        `- Source text changed at offset ${TEXT.indexOf("claim")}: deleted \`claim\`, inserted \`say\` (every offset may move)`,
        "- `vladimir-putin` (entity):",
        '  - `aliases[1]` added: ``"V. `Putin`"``',
        `  - mention \`“Putin”\` (named, ${third.start}–${third.end}) added`,
        "- `n-russian-casualties` (claim):",
        "  - `bounds.low`: `771000` → `770000`",
        "",
      ].join("\n"),
    );
  });

  it("escapes Markdown in labels taken from the data", () => {
    const b = edit(a, (d) => {
      d.entities.push({
        id: "star-unit",
        name: "*Unit* #1 <b>",
        type: "military-unit",
        aliases: [],
        wikidata: null,
        description: null,
        mentions: [{ ...spanOf("soldiers"), kind: "nominal" }],
      });
    });
    expect(diffToMarkdown(diffDatasets(a, b))).toContain("- `star-unit` (entity): \\*Unit\\* \\#1 \\<b\\>");
  });

  it("lists a late tombstone (for an id removed earlier) under Added", () => {
    const b = edit(a, (d) => {
      d.retired.push({ id: "n-old-count", kind: "removed", to: [], since: "1.0.0", reason: "Withdrawn." });
    });
    const markdown = diffToMarkdown(diffDatasets(a, b));
    expect(markdown).toContain("### Added\n\n- `n-old-count` (tombstone): removed");
    expect(markdown).not.toContain("### Retired");
  });
});
