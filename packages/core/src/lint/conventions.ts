/**
 * Conventions a dataset states in the header comments of its YAML files, in
 * a form a rule can check:
 *
 *     # convention: claim-span-unit — the span runs to the unit noun that
 *     #   directly follows the number.
 *
 * `<rule>` names the lint rule that checks the convention; the text after the
 * dash (an em dash, an en dash or `--`) says it for people and may go on over
 * comment lines indented by at least two spaces after the `#`. The header is
 * the run of comment and blank lines before the first line of data.
 */

/** A `# convention:` line, parsed. `rule` is null when the line is not of the form. */
export interface StatedConvention {
  file: string;
  /** 1-based line of the `# convention:` line, and the column of the rule name (or of `convention:`). */
  line: number;
  column: number;
  rule: string | null;
  text: string;
  /** Whether the line is in the header; a convention stated further down is not read as one. */
  inHeader: boolean;
}

const CONVENTION = /^(\s*#\s*)(convention\s*:)(.*)$/;
const FORM = /^(\s*)([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\s+(?:—|–|--)\s+(\S.*)$/;
const CONTINUATION = /^\s*# {2,}(\S.*)$/;

/** Every `# convention:` line of one file, in file order, with its continuation lines joined. */
export function parseConventions(file: string, source: string): StatedConvention[] {
  const lines = source.split(/\r?\n/);
  const out: StatedConvention[] = [];
  let inHeader = true;
  let last: StatedConvention | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const isComment = /^\s*#/.test(line);
    if (!isComment && line.trim() !== "") inHeader = false;
    const match = CONVENTION.exec(line);
    if (match) {
      const [, lead = "", keyword = "", rest = ""] = match;
      const form = FORM.exec(rest);
      last = {
        file,
        line: i + 1,
        column: form ? lead.length + keyword.length + (form[1] ?? "").length + 1 : lead.length + 1,
        rule: form ? (form[2] ?? null) : null,
        text: form ? (form[3] ?? "").trim() : rest.trim(),
        inHeader,
      };
      out.push(last);
      continue;
    }
    const more = last && isComment ? CONTINUATION.exec(line) : null;
    if (last && more) last.text = `${last.text} ${(more[1] ?? "").trim()}`;
    else last = null;
  }
  return out;
}
