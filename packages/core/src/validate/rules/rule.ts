import type { Dataset, Span } from "@claimset/schema";
import type { ValidationIssue } from "../issue.js";

/** An integrity rule: a check the JSON Schema cannot express. Runs on structurally valid data. */
export interface Rule {
  name: string;
  description: string;
  check(dataset: Dataset, context: RuleContext): ValidationIssue[];
}

/** Shared, lazily built lookups so that every rule stays linear in the data. */
export interface RuleContext {
  /** Every record id (entities, quotes, claims, notes) mapped to its table. */
  readonly ids: ReadonlyMap<string, "entities" | "quotes" | "claims" | "notes">;
  /** Retired ids mapped to their tombstones' index. */
  readonly retired: ReadonlyMap<string, number>;
}

/** Every span in the dataset with its JSON path and owning record, in document order. */
export function* spansOf(dataset: Dataset): Generator<{ span: Span; path: (string | number)[]; recordId: string }> {
  for (const [i, entity] of dataset.entities.entries()) {
    for (const [j, mention] of entity.mentions.entries()) {
      yield { span: mention, path: ["entities", i, "mentions", j], recordId: entity.id };
    }
  }
  for (const [i, quote] of dataset.quotes.entries()) {
    for (const [j, span] of quote.spans.entries()) yield { span, path: ["quotes", i, "spans", j], recordId: quote.id };
    if (quote.speakerText) yield { span: quote.speakerText, path: ["quotes", i, "speakerText"], recordId: quote.id };
    if (quote.cue) yield { span: quote.cue, path: ["quotes", i, "cue"], recordId: quote.id };
  }
  for (const [i, claim] of dataset.claims.entries()) {
    yield { span: claim.span, path: ["claims", i, "span"], recordId: claim.id };
    if (claim.qualifier) yield { span: claim.qualifier, path: ["claims", i, "qualifier"], recordId: claim.id };
    if (claim.assertedBy.type === "unnamed") {
      yield { span: claim.assertedBy.span, path: ["claims", i, "assertedBy", "span"], recordId: claim.id };
    }
  }
  for (const [i, note] of dataset.notes.entries()) {
    if (note.span) yield { span: note.span, path: ["notes", i, "span"], recordId: note.id };
  }
}

export function preview(text: string, max = 60): string {
  const json = JSON.stringify(text);
  return json.length > max ? `${json.slice(0, max - 2)}…"` : json;
}
