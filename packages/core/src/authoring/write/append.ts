/**
 * Appends records (YAML block list text, as `blockList` writes it) to the text
 * of an authored table file, leaving every existing line, comment and record
 * byte for byte as it was. An empty file, or one holding only comments and
 * `[]`, takes the records as its list. Returns null when the file is not a
 * block list of records (`- id: …` at the start of a line): records cannot be
 * added to it without rewriting it.
 */
export function appendToBlockList(source: string, records: string): string | null {
  const body = source.replace(/\s+$/, "");
  const lines = body.split("\n");
  const content = lines.filter((l) => l.trim() !== "" && !l.trimStart().startsWith("#"));
  if (content.length === 0) return `${body}${body ? "\n" : ""}${records}`;
  if (content.length === 1 && /^\s*\[\s*\]\s*$/.test(content[0]!)) {
    const at = lines.findIndex((l) => /^\s*\[\s*\]\s*$/.test(l));
    const rest = [...lines.slice(0, at), ...lines.slice(at + 1)].join("\n").replace(/\s+$/, "");
    return `${rest}${rest ? "\n" : ""}${records}`;
  }
  if (!content.every((l) => /^(- |\s)/.test(l) || l === "-")) return null;
  return `${body}\n${records}`;
}
