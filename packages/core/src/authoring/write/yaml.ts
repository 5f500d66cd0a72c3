/**
 * A small deterministic YAML writer for the authoring files: block lists of
 * mappings, flow mappings for anchors, and double-quoted strings that escape
 * everything YAML would not carry as it is (control characters, C1 controls,
 * line and paragraph separators, byte-order marks, lone surrogates).
 */

export type YamlValue =
  | string
  | number
  | boolean
  | null
  | YamlValue[]
  | { [key: string]: YamlValue | undefined }
  | Plain;

/** A string written without quotes: ids, enum values. Only for text that cannot be read as anything else. */
export class Plain {
  constructor(readonly value: string) {
    if (!isPlain(value)) throw new Error(`not a plain YAML word: ${JSON.stringify(value)}`);
  }
}

/** Lowercase words that no YAML reader takes for a boolean, a null or a number. */
const isPlain = (value: string) =>
  /^[a-z][a-z0-9-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(value);

/** An id or enum value: plain when it reads back as itself in every YAML version, else quoted. */
export const plain = (value: string): Plain | string => (isPlain(value) ? new Plain(value) : value);

const hex4 = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;

const NEEDS_ESCAPE = /["\\\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]/;

/** A YAML double-quoted scalar that reads back as exactly `text`. */
export function quote(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return `"${text}"`;
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const ch = text[i]!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else if (
      code < 0x20 ||
      (code >= 0x7f && code <= 0x9f) ||
      code === 0x2028 ||
      code === 0x2029 ||
      code === 0xfeff ||
      code === 0xfffe ||
      code === 0xffff
    )
      out += hex4(code);
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      } else out += hex4(code);
    } else if (code >= 0xdc00 && code <= 0xdfff) out += hex4(code);
    else out += ch;
  }
  return `${out}"`;
}

function number(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`cannot write a non-finite number: ${n}`);
  return Object.is(n, -0) ? "0" : String(n);
}

/** One value on one line (flow style). */
export function flow(value: YamlValue): string {
  if (value === null) return "null";
  if (value instanceof Plain) return value.value;
  if (typeof value === "string") return quote(value);
  if (typeof value === "number") return number(value);
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) {
    let out = "[";
    for (let i = 0; i < value.length; i++) out += (i === 0 ? "" : ", ") + flow(value[i]!);
    return `${out}]`;
  }
  let out = "{ ";
  let first = true;
  for (const key in value) {
    const v = value[key];
    if (v === undefined) continue;
    out += `${first ? "" : ", "}${key}: ${flow(v)}`;
    first = false;
  }
  return `${out} }`;
}

const isMapping = (v: YamlValue) => typeof v === "object" && v !== null && !(v instanceof Plain);

/**
 * A list of records in block style: each record a mapping, one key per line;
 * nested lists of mappings (mentions) one item per line in flow style.
 */
export function blockList(records: readonly Record<string, YamlValue | undefined>[]): string {
  if (records.length === 0) return "[]\n";
  let out = "";
  for (const record of records) {
    let first = true;
    for (const key in record) {
      const value = record[key];
      if (value === undefined) continue;
      const lead = first ? "- " : "  ";
      first = false;
      if (Array.isArray(value) && value.length > 0 && value.some(isMapping)) {
        out += `${lead}${key}:\n`;
        for (const item of value) out += `    - ${flow(item)}\n`;
      } else out += `${lead}${key}: ${flow(value)}\n`;
    }
  }
  return out;
}

/** A mapping in block style, one key per line. */
export function blockMap(record: Record<string, YamlValue | undefined>): string {
  return Object.entries(record)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${flow(v as YamlValue)}\n`)
    .join("");
}
