// Escaping for text taken from a dataset and written into Markdown, so that
// an asterisk in a quote, or a pipe in a table cell, stays literal text.

// `>` is left alone: it only quotes at the start of a line, where dataset text never goes.
const SPECIAL = /[\\`*_[\]<|~]/g;

/** Text safe inside a Markdown paragraph or list item: markup escaped, line breaks folded to spaces. */
export function escapeInline(text: string): string {
  return text.replace(SPECIAL, "\\$&").replace(/\s*(?:\r\n|\r|\n)\s*/g, " ");
}

/** Text safe inside a GitHub-flavored Markdown table cell: markup and pipes escaped, line breaks as `<br>`. */
export function escapeCell(text: string): string {
  return text.replace(SPECIAL, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}

/** A GitHub-flavored Markdown table. Cells are written as given: escape them first. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align?: string[],
): string {
  const rule = header.map((_, i) => align?.[i] ?? "---");
  return [header, rule, ...rows].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}
