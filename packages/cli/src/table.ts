/** Display width of a string: astral characters and combining marks counted once. */
function width(text: string): number {
  let n = 0;
  for (const ch of text) if (!/\p{M}/u.test(ch)) n++;
  return n;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ");
  if (width(flat) <= max) return flat;
  return `${Array.from(flat)
    .slice(0, max - 1)
    .join("")}…`;
}

/** A plain-text table with a header row, columns padded to fit, long cells truncated. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[], maxCell = 60): string {
  const cells = rows.map((row) => row.map((c) => truncate(c, maxCell)));
  const widths = header.map((h, i) => Math.max(width(h), ...cells.map((r) => width(r[i] ?? ""))));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - width(c))))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w) => "─".repeat(w))), ...cells.map(line)].join("\n");
}
