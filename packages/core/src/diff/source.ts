import type { Source } from "@claimset/schema";
import { splitsSurrogatePair } from "../text/offsets.js";
import { levelOf } from "./policy.js";
import type { DeepReadonly, FieldChange, SourceDiff, SourceTextChange } from "./types.js";
import { diffValues } from "./values.js";

/**
 * The smallest single region outside which `before` and `after` agree, widened
 * so that it never cuts a surrogate pair in either text. Linear in the length.
 */
export function textEdit(before: string, after: string): SourceTextChange["edit"] {
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  )
    suffix++;
  if (splitsSurrogatePair(before, prefix) || splitsSurrogatePair(after, prefix)) prefix--;
  if (splitsSurrogatePair(before, before.length - suffix) || splitsSurrogatePair(after, after.length - suffix))
    suffix--;
  return {
    start: prefix,
    deleted: before.slice(prefix, before.length - suffix),
    inserted: after.slice(prefix, after.length - suffix),
  };
}

/**
 * Compares two sources. A text change is reported once, as `text` (the
 * `sha256` that follows from it is not repeated); metadata changes are
 * corrections of facts about the article and are all patch.
 */
export function diffSource(a: DeepReadonly<Source>, b: DeepReadonly<Source>): SourceDiff | null {
  const text: SourceTextChange | null =
    a.text === b.text
      ? null
      : {
          before: { sha256: a.sha256, length: a.text.length },
          after: { sha256: b.sha256, length: b.text.length },
          edit: textEdit(a.text, b.text),
        };
  const fields: FieldChange[] = [];
  const before = a as Readonly<Record<string, unknown>>;
  const after = b as Readonly<Record<string, unknown>>;
  const keys = new Set([...Object.keys(after), ...Object.keys(before)]);
  for (const key of keys) {
    if (key === "text" || (key === "sha256" && text)) continue;
    if (!Object.hasOwn(before, key))
      fields.push({ op: "added", path: [key], after: after[key], level: levelOf("sourceMetadata") });
    else if (!Object.hasOwn(after, key))
      fields.push({ op: "removed", path: [key], before: before[key], level: levelOf("sourceMetadata") });
    else diffValues(before[key], after[key], [key], fields);
  }
  for (const field of fields) field.level = levelOf("sourceMetadata");
  return text || fields.length ? { text, fields } : null;
}
