import { compileDataset } from "@claimset/core/authoring";
import type { Dataset } from "@claimset/schema";
import { AuthoredEntity } from "@claimset/schema/authoring";
import { draft } from "../draft.js";

/** Whether the installed schema takes `provenance` (it lands in the schema separately from the drafter). */
export const SCHEMA_TAKES_PROVENANCE = "provenance" in AuthoredEntity.shape;

/** Removes the provenance and machineDrafted keys, for a schema that does not know them yet. */
export function stripProvenance(files: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    out[name] = text
      .split("\n")
      .filter((line) => !/^ {2}provenance: /.test(line) && !/^machineDrafted: /.test(line))
      .join("\n");
  }
  return out;
}

/** Drafts `text` with provenance and compiles it, stripping provenance only when the schema predates it. */
export function draftAndCompile(text: string): { dataset: Dataset; files: Record<string, string> } {
  const { files } = draft(text, { provenance: true });
  const input = SCHEMA_TAKES_PROVENANCE ? files : stripProvenance(files);
  const result = compileDataset({ files: input, article: text, version: "0.0.0" });
  if (!result.ok) {
    throw new Error(
      `draft does not compile:\n${result.issues.map((i) => `${i.file}:${i.line} ${i.rule} ${i.message}`).join("\n")}`,
    );
  }
  return { dataset: result.dataset, files };
}
