import { join } from "node:path";
import type { Dataset, EditorialNote, Entity, Mention, NumericClaim, Quote, RetiredId, Span } from "@claimset/schema";
import { SCHEMA_VERSION } from "@claimset/schema";
import { RECORD_TABLES, type RecordTableName } from "@claimset/schema/tables";
import type { Issue } from "../../errors/issue.js";
import { compileFolder } from "../../node/authored.js";
import { contentHash } from "../../text/canonical.js";
import { sha256 } from "../../text/sha256.js";
import type { Rule, RuleContext } from "../rules/index.js";
import { validateDataset } from "../validate.js";

/** The authored mini dataset (curly quotes, a dash, an ellipsis, an emoji), compiled. */
export const MINI_DIR = join(import.meta.dirname, "../../../test/fixtures/mini");

let cached: Dataset | undefined;

/** A fresh deep copy of the compiled mini dataset, to break in a test. */
export function mini(): Dataset {
  cached ??= compileFolder(MINI_DIR);
  return structuredClone(cached);
}

/** Re-stamps the hashes after a test's edit, so only the intended rule fires. */
export function rehash(dataset: Dataset): Dataset {
  dataset.source.sha256 = sha256(dataset.source.text);
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}

// Small datasets written for one test: a text, and records whose spans are
// found in it by their exact words, so a test reads like the data it checks.

/** The span of the `occurrence`-th (from 1) appearance of `exact` in `text`. */
export function at(text: string, exact: string, occurrence = 1): Span {
  let start = -1;
  for (let n = 0; n < occurrence; n++) {
    start = text.indexOf(exact, start + 1);
    if (start < 0) throw new Error(`${JSON.stringify(exact)} does not occur ${occurrence} times in the test text`);
  }
  return { start, end: start + exact.length, text: exact };
}

export const mention = (span: Span, kind: Mention["kind"] = "named"): Mention => ({ ...span, kind });

export function entity(id: string, mentions: Span[], fields: Partial<Entity> = {}): Entity {
  return {
    id,
    name: mentions[0]?.text ?? id,
    type: "person",
    aliases: [],
    wikidata: null,
    description: null,
    mentions: mentions.map((m) => ("kind" in m ? (m as Mention) : mention(m))),
    ...fields,
  };
}

/** A quote by `speaker`, or with a reason for having none when `speaker` is null. */
export function quote(id: string, spans: Span[], speaker: string | null, fields: Partial<Quote> = {}): Quote {
  return {
    id,
    kind: "direct",
    spans,
    speaker,
    noSpeakerReason: speaker === null ? "the text names nobody" : null,
    speakerText: null,
    cue: null,
    addressee: null,
    parent: null,
    ...fields,
  };
}

/** An exact claim (`=`) of `value`, asserted by the publisher, unless `fields` say otherwise. */
export function claim(id: string, span: Span, value: number | null, fields: Partial<NumericClaim> = {}): NumericClaim {
  return {
    id,
    kind: "count",
    span,
    value,
    comparator: "=",
    bounds: { low: value, high: value, lowInclusive: true, highInclusive: true },
    qualifier: null,
    unit: { text: null, normalized: "person" },
    about: { text: "what is counted", entities: [] },
    assertedBy: { type: "publisher" },
    iso: null,
    timeRef: null,
    ...fields,
  };
}

export function note(id: string, fields: Partial<EditorialNote> = {}): EditorialNote {
  return { id, kind: "context", targets: [], span: null, text: "A note written for the test.", ...fields };
}

export function tombstone(id: string, kind: RetiredId["kind"], to: string[]): RetiredId {
  return { id, kind, to, since: "1.1.0", reason: "written for the test" };
}

type Tables = Pick<Dataset, "entities" | "quotes" | "claims" | "notes" | "retired">;

/** A dataset of `text` and the given records, with correct hashes. */
export function dataset(text: string, tables: Partial<Tables> = {}): Dataset {
  const d: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: "rule-test",
    version: "1.0.0",
    contentHash: "0".repeat(64),
    source: {
      text,
      sha256: "0".repeat(64),
      language: "en",
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      authors: null,
      retrievedAt: null,
      rights: "Written for claimset's own tests.",
    },
    entities: [],
    quotes: [],
    claims: [],
    notes: [],
    retired: [],
    ...tables,
  };
  return rehash(d);
}

/**
 * The issues `rule` reports when the whole validation runs on `d`. Fails when
 * the schema refuses `d`: a rule's test data is always structurally valid.
 */
export function issuesOf(rule: Rule, d: Dataset): Issue[] {
  const result = validateDataset(d);
  const schema = result.issues.filter((i) => i.rule === "schema");
  if (schema.length) throw new Error(`the test dataset breaks the schema: ${JSON.stringify(schema)}`);
  return result.issues.filter((i) => i.rule === rule.name);
}

/** Whether `d` passes every schema check and every integrity rule. */
export const isValid = (d: Dataset): boolean => validateDataset(d).ok;

/**
 * Runs `rule` alone on `d`, for data the schema would refuse before any rule
 * runs (numbers that are not finite), with the context validation builds.
 */
export function checkAlone(rule: Rule, d: Dataset): Issue[] {
  const ids = new Map<string, RecordTableName>();
  for (const table of RECORD_TABLES) for (const r of d[table]) if (!ids.has(r.id)) ids.set(r.id, table);
  const context: RuleContext = { ids, retired: new Map(d.retired.map((r, i) => [r.id, i])) };
  return rule.check(d, context);
}
