/** Display width of a string: astral characters and combining marks counted once, East Asian wide characters twice. */
export function displayWidth(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (/\p{M}/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    n +=
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0x1f300 && cp <= 0x1faff)
        ? 2
        : 1;
  }
  return n;
}

/** Cuts `text` to `max` columns, ending in "…" when anything was cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = "";
  let used = 0;
  for (const ch of text) {
    const w = displayWidth(ch);
    if (used + w > max - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

export interface TableOptions {
  /** The width to fit, in columns; undefined for no limit (output that is not a terminal). */
  width?: number | undefined;
  /** Print every cell whole, whatever the width. */
  wide?: boolean;
}

/**
 * A plain-text table with a header row. Whitespace inside cells is folded.
 * To fit `width`, the widest columns give up space first, down to the width
 * of their header, and their cells end in "…" where they were cut.
 */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const cells = rows.map((row) => row.map((c) => c.replace(/\s+/g, " ")));
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ""))));
  const gap = 2;
  if (options.width !== undefined && !options.wide) {
    const floor = header.map((h) => Math.max(displayWidth(h), 4));
    let excess = widths.reduce((a, b) => a + b, 0) + gap * (widths.length - 1) - options.width;
    while (excess > 0) {
      let widest = -1;
      for (let i = 0; i < widths.length; i++)
        if (widths[i]! > floor[i]! && (widest < 0 || widths[i]! > widths[widest]!)) widest = i;
      if (widest < 0) break;
      widths[widest]!--;
      excess--;
    }
  }
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => {
        const cell = truncate(c, widths[i]!);
        return cell + " ".repeat(Math.max(0, widths[i]! - displayWidth(cell)));
      })
      .join(" ".repeat(gap))
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)].join("\n");
}

/** Wraps `text` to `width` columns (no limit when undefined), continuation lines indented by `indent`. */
export function wrapText(text: string, width: number | undefined, indent = ""): string {
  if (width === undefined) return text;
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) > width) {
      lines.push(line);
      line = indent + word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join("\n");
}
