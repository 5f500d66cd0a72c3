/**
 * The report of `evaluateDatasets`: how far a candidate dataset (a machine
 * draft) agrees with a reference dataset of the same article. The shape is
 * a contract: `claimset eval --json` prints it, and benchmarks read it.
 */

/** Precision, recall and F1 of one set of records against another. */
export interface Prf {
  /** Matched pairs (each record matched at most once). */
  tp: number;
  /** Candidate records with no match. */
  fp: number;
  /** Reference records with no match. */
  fn: number;
  /** tp / (tp + fp), or null when the candidate has no records. */
  precision: number | null;
  /** tp / (tp + fn), or null when the reference has no records. */
  recall: number | null;
  /** Harmonic mean of precision and recall, or null when either is null. */
  f1: number | null;
}

/** How often a field agrees on matched pairs. */
export interface Accuracy {
  correct: number;
  /** Matched pairs the field is judged on. */
  total: number;
  /** correct / total, or null when total is 0. */
  accuracy: number | null;
}

/** Detection of one table's records under both span matchings. */
export interface Detection {
  /** Spans identical: same start and end (for a quote, every span). */
  exact: Prf;
  /** Spans share at least one character; one-to-one, largest overlap first. */
  overlap: Prf;
  /** Overlap matches whose kind agrees too (seqeval's strict typed match, with overlap spans). */
  overlapTyped: Prf;
  /** The same, per kind: recall over reference records of that kind, precision over candidate records of that kind. */
  byKind: Record<string, { exact: Prf; overlap: Prf }>;
}

export interface Confusion {
  /** The field: "quotes.kind", "claims.kind", "mentions.kind", "entities.type". */
  field: string;
  reference: string;
  candidate: string;
  count: number;
}

/** A matched pair that disagrees on one field. */
export interface Disagreement {
  table: "quotes" | "claims";
  /** "speaker", "kind", "value", "comparator", "bounds", "unit", "assertedBy". */
  field: string;
  candidateId: string;
  referenceId: string;
  /** The values, as short text ("vladimir-putin", "~ [11000, 13000]"). */
  candidate: string;
  reference: string;
  text: string;
}

/** A record one side has and the other lacks (under overlap matching). */
export interface Unmatched {
  table: "entities" | "mentions" | "quotes" | "claims";
  id: string;
  kind: string;
  text: string;
  start: number;
}

export interface EvalReport {
  /** Always 1 for this shape; bumped when a field changes meaning. */
  reportVersion: 1;
  candidate: { id: string; version: string };
  reference: { id: string; version: string };
  /** The article both datasets annotate. */
  sha256: string;
  /** How spans are matched, in words. */
  matching: { exact: string; overlap: string };
  detection: {
    entities: Detection;
    mentions: Detection;
    quotes: Detection;
    claims: Detection;
    /** Quotes grouped as the targets state them: "marked" (direct, mixed, scare) and "indirect". */
    quoteGroups: Record<"marked" | "indirect", { exact: Prf; overlap: Prf }>;
    /** Mentions grouped: "named" and "descriptive" (nominal and pronominal). */
    mentionGroups: Record<"named" | "descriptive", { exact: Prf; overlap: Prf }>;
  };
  /** Field agreement on overlap-matched pairs. */
  fields: {
    quotes: {
      kind: Accuracy;
      /** Where the reference names a speaker: the candidate's speaker is the entity aligned with it. */
      speaker: Accuracy;
      /** Where the reference names a speaker, among marked quotes only (direct, mixed, scare). */
      speakerMarked: Accuracy;
      /** Where the reference has no speaker: the candidate has none either. */
      noSpeaker: Accuracy;
      cue: Accuracy;
      addressee: Accuracy;
    };
    claims: {
      kind: Accuracy;
      value: Accuracy;
      comparator: Accuracy;
      bounds: Accuracy;
      /** Value, comparator and bounds all right. */
      valueBoundsComparator: Accuracy;
      unit: Accuracy;
      qualifier: Accuracy;
      assertedBy: Accuracy;
    };
    mentions: {
      kind: Accuracy;
      /** The type of the entity a named mention belongs to. */
      entityType: Accuracy;
    };
    entities: { type: Accuracy; wikidata: Accuracy };
  };
  /** Mention grouping over the mentions both sides share (overlap-matched). */
  grouping: {
    mentions: number;
    pairwise: Prf;
    bcubed: { precision: number | null; recall: number | null; f1: number | null };
  };
  confusions: Confusion[];
  /** Every matched pair whose field disagrees, for the fields scored above. */
  disagreements: Disagreement[];
  missed: Unmatched[];
  spurious: Unmatched[];
}
