import { describe, expect, it } from "vitest";
import { escapeCell, escapeInline, markdownTable } from "./markdown-text.js";

describe("Markdown escaping", () => {
  it("escapes markup in inline text and folds line breaks", () => {
    expect(escapeInline("a *b* _c_ [d](e) `f` <g> ~h~ \\")).toBe(
      "a \\*b\\* \\_c\\_ \\[d\\](e) \\`f\\` \\<g> \\~h\\~ \\\\",
    );
    expect(escapeInline("one\n  two\r\nthree")).toBe("one two three");
    expect(escapeInline("won’t stop… – “ok”")).toBe("won’t stop… – “ok”");
  });

  it("keeps a cell one cell: pipes escaped, backslashes before pipes too, line breaks as <br>", () => {
    expect(escapeCell("a | b")).toBe("a \\| b");
    // Unescaped, "x\\" + "|" would read as an escaped backslash and a cell border.
    expect(escapeCell("x\\|y")).toBe("x\\\\\\|y");
    expect(escapeCell("a\nb")).toBe("a<br>b");
    expect(escapeCell("<br>")).toBe("\\<br>");
  });

  it("lays out a table with a rule row", () => {
    expect(markdownTable(["A", "B"], [["1", "2"]], ["---:", "---"])).toBe("| A | B |\n| ---: | --- |\n| 1 | 2 |");
  });
});
