/**
 * Compares a candidate dataset with a reference dataset of the same article,
 * the way NLP evaluations are reported (seqeval, brat's evaluator): exact and
 * overlap span matching both, per table and per kind, field accuracy on the
 * matched pairs, mention grouping as pairwise and B³ scores, and the
 * confusions and unmatched records behind the numbers.
 */
import type { Dataset, Entity, Mention, NumericClaim, Quote } from "@claimset/schema";
import { ClaimsetError } from "../errors/errors.js";
import { type Item, type Matching, matchExact, matchOverlap, prf, prfWithin, Tally } from "./match.js";
import type { Confusion, Detection, Disagreement, EvalReport, Prf, Unmatched } from "./types.js";

/** The two datasets do not annotate the same text. */
export class EvalInputError extends ClaimsetError {
  static override readonly code = "invalid-argument" as const;
  override name = "EvalInputError";
  constructor(message: string) {
    super("invalid-argument", [{ rule: "different-articles", message, path: ["source", "sha256"], recordId: null }], {
      message,
    });
  }
}

export const MATCHING = {
  exact: "a candidate record matches a reference record when every span has the same start and end offsets",
  overlap:
    "a candidate record matches a reference record when their spans share at least one character; each record is matched at most once, pairs with the largest overlap (intersection over union of characters) first",
} as const;

interface MentionItem extends Item {
  entity: string;
  mention: Mention;
}

function detection(cand: readonly Item[], ref: readonly Item[], exact: Matching, overlap: Matching): Detection {
  const kinds = [...new Set([...cand.map((c) => c.kind), ...ref.map((r) => r.kind)])].sort();
  const byKind: Detection["byKind"] = {};
  for (const kind of kinds) {
    const one = (m: Matching): Prf => {
      const w = prfWithin(
        m,
        (i) => cand[i]!.kind === kind,
        (j) => ref[j]!.kind === kind,
        cand.length,
        ref.length,
      );
      return {
        tp: w.recall.tp,
        fp: w.precision.fp,
        fn: w.recall.fn,
        precision: w.precision.precision,
        recall: w.recall.recall,
        f1: f1Of(w.precision.precision, w.recall.recall),
      };
    };
    byKind[kind] = { exact: one(exact), overlap: one(overlap) };
  }
  let typed = 0;
  for (const [c, r] of overlap) if (cand[c]!.kind === ref[r]!.kind) typed++;
  return {
    exact: prf(exact.size, cand.length, ref.length),
    overlap: prf(overlap.size, cand.length, ref.length),
    overlapTyped: prf(typed, cand.length, ref.length),
    byKind,
  };
}

function f1Of(p: number | null, r: number | null): number | null {
  if (p === null || r === null) return null;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

function group(
  cand: readonly Item[],
  ref: readonly Item[],
  exact: Matching,
  overlap: Matching,
  inGroup: (kind: string) => boolean,
) {
  const one = (m: Matching): Prf => {
    const w = prfWithin(
      m,
      (i) => inGroup(cand[i]!.kind),
      (j) => inGroup(ref[j]!.kind),
      cand.length,
      ref.length,
    );
    return {
      tp: w.recall.tp,
      fp: w.precision.fp,
      fn: w.recall.fn,
      precision: w.precision.precision,
      recall: w.recall.recall,
      f1: f1Of(w.precision.precision, w.recall.recall),
    };
  };
  return { exact: one(exact), overlap: one(overlap) };
}

const sameSpan = (a: { start: number; end: number } | null, b: { start: number; end: number } | null) =>
  a === null || b === null ? a === b : a.start === b.start && a.end === b.end;

const sameBounds = (a: NumericClaim["bounds"], b: NumericClaim["bounds"]) =>
  a.low === b.low &&
  a.high === b.high &&
  (a.low === null || a.lowInclusive === b.lowInclusive) &&
  (a.high === null || a.highInclusive === b.highInclusive);

function confusions(field: string, pairs: Iterable<[string, string]>): Confusion[] {
  const counts = new Map<string, Confusion>();
  for (const [reference, candidate] of pairs) {
    if (reference === candidate) continue;
    const k = `${reference}\u0000${candidate}`;
    const c = counts.get(k) ?? { field, reference, candidate, count: 0 };
    c.count++;
    counts.set(k, c);
  }
  return [...counts.values()].sort(
    (a, b) => b.count - a.count || a.reference.localeCompare(b.reference) || a.candidate.localeCompare(b.candidate),
  );
}

/** Evaluates `candidate` against `reference`. Both must annotate the same text (same source sha256). */
export function evaluateDatasets(candidate: Dataset, reference: Dataset): EvalReport {
  if (candidate.source.sha256 !== reference.source.sha256) {
    throw new EvalInputError(
      `the datasets annotate different texts: candidate ${candidate.id} has source sha256 ${candidate.source.sha256.slice(0, 12)}…, reference ${reference.id} has ${reference.source.sha256.slice(0, 12)}…; evaluate two datasets of the same article`,
    );
  }
  const text = reference.source.text;
  const slice = (spans: readonly { start: number; end: number }[]) =>
    spans.map((s) => text.slice(s.start, s.end)).join(" … ");

  // Mentions, quotes and claims as span items.
  const mentionItems = (d: Dataset): MentionItem[] =>
    d.entities.flatMap((e) => e.mentions.map((m) => ({ spans: [m], kind: m.kind, entity: e.id, mention: m })));
  const cm = mentionItems(candidate);
  const rm = mentionItems(reference);
  const quoteItems = (d: Dataset): Item[] => d.quotes.map((q) => ({ spans: q.spans, kind: q.kind }));
  const claimItems = (d: Dataset): Item[] => d.claims.map((c) => ({ spans: [c.span], kind: c.kind }));
  const cq = quoteItems(candidate);
  const rq = quoteItems(reference);
  const cc = claimItems(candidate);
  const rc = claimItems(reference);

  const mExact = matchExact(cm, rm);
  const mOverlap = matchOverlap(cm, rm);
  const qExact = matchExact(cq, rq);
  const qOverlap = matchOverlap(cq, rq);
  const cExact = matchExact(cc, rc);
  const cOverlap = matchOverlap(cc, rc);

  // Entities align by the mentions they share: each candidate entity to the reference entity most of its matched mentions belong to.
  const votes = new Map<string, Map<string, number>>();
  for (const [c, r] of mOverlap) {
    const ce = cm[c]!.entity;
    const re = rm[r]!.entity;
    const v = votes.get(ce) ?? new Map<string, number>();
    v.set(re, (v.get(re) ?? 0) + 1);
    votes.set(ce, v);
  }
  const align = new Map<string, string>();
  for (const [ce, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    align.set(ce, best[0]);
  }
  // Entity detection: one-to-one by shared mentions, most first.
  const entityPairs = [...votes.entries()].flatMap(([ce, v]) => [...v.entries()].map(([re, n]) => ({ ce, re, n })));
  entityPairs.sort((a, b) => b.n - a.n || a.ce.localeCompare(b.ce) || a.re.localeCompare(b.re));
  const entityMatch = new Map<string, string>();
  const usedRe = new Set<string>();
  for (const { ce, re } of entityPairs) {
    if (entityMatch.has(ce) || usedRe.has(re)) continue;
    entityMatch.set(ce, re);
    usedRe.add(re);
  }
  const entityExactMatch = new Map<string, string>();
  {
    const exactVotes = new Map<string, Map<string, number>>();
    for (const [c, r] of mExact) {
      const v = exactVotes.get(cm[c]!.entity) ?? new Map<string, number>();
      v.set(rm[r]!.entity, (v.get(rm[r]!.entity) ?? 0) + 1);
      exactVotes.set(cm[c]!.entity, v);
    }
    const pairs = [...exactVotes.entries()].flatMap(([ce, v]) => [...v.entries()].map(([re, n]) => ({ ce, re, n })));
    pairs.sort((a, b) => b.n - a.n || a.ce.localeCompare(b.ce) || a.re.localeCompare(b.re));
    const used = new Set<string>();
    for (const { ce, re } of pairs) {
      if (entityExactMatch.has(ce) || used.has(re)) continue;
      entityExactMatch.set(ce, re);
      used.add(re);
    }
  }
  const cEnt = new Map(candidate.entities.map((e) => [e.id, e]));
  const rEnt = new Map(reference.entities.map((e) => [e.id, e]));
  const entityDetection = (): Detection => {
    const ci = candidate.entities.map((e) => ({ spans: e.mentions, kind: e.type }));
    const ri = reference.entities.map((e) => ({ spans: e.mentions, kind: e.type }));
    const cIndex = new Map(candidate.entities.map((e, i) => [e.id, i]));
    const rIndex = new Map(reference.entities.map((e, i) => [e.id, i]));
    const toMatching = (m: Map<string, string>): Matching =>
      new Map([...m].map(([c, r]) => [cIndex.get(c)!, rIndex.get(r)!]));
    return detection(ci, ri, toMatching(entityExactMatch), toMatching(entityMatch));
  };

  // Quote fields.
  const q = {
    kind: new Tally(),
    speaker: new Tally(),
    speakerMarked: new Tally(),
    noSpeaker: new Tally(),
    cue: new Tally(),
    addressee: new Tally(),
  };
  const quoteKindPairs: [string, string][] = [];
  const disagreements: Disagreement[] = [];
  const disagree = (
    table: Disagreement["table"],
    field: string,
    c: { id: string },
    r: { id: string },
    cv: string,
    rv: string,
    spans: readonly { start: number; end: number }[],
  ) => {
    disagreements.push({
      table,
      field,
      candidateId: c.id,
      referenceId: r.id,
      candidate: cv,
      reference: rv,
      text: slice(spans),
    });
  };
  for (const [ci, ri] of qOverlap) {
    const c = candidate.quotes[ci]!;
    const r = reference.quotes[ri]!;
    q.kind.add(c.kind === r.kind);
    if (c.kind !== r.kind) disagree("quotes", "kind", c, r, c.kind, r.kind, r.spans);
    quoteKindPairs.push([r.kind, c.kind]);
    if (r.speaker !== null) {
      const ok = c.speaker !== null && align.get(c.speaker) === r.speaker;
      q.speaker.add(ok);
      if (!ok)
        disagree(
          "quotes",
          "speaker",
          c,
          r,
          c.speaker === null ? "none" : `${c.speaker} (aligned with ${align.get(c.speaker) ?? "nothing"})`,
          r.speaker,
          r.spans,
        );
      if (r.kind !== "indirect") q.speakerMarked.add(ok);
    } else q.noSpeaker.add(c.speaker === null);
    if (r.cue !== null) q.cue.add(sameSpan(c.cue, r.cue));
    if (r.addressee !== null) q.addressee.add(c.addressee !== null && align.get(c.addressee) === r.addressee);
  }

  // Claim fields.
  const k = {
    kind: new Tally(),
    value: new Tally(),
    comparator: new Tally(),
    bounds: new Tally(),
    valueBoundsComparator: new Tally(),
    unit: new Tally(),
    qualifier: new Tally(),
    assertedBy: new Tally(),
  };
  const claimKindPairs: [string, string][] = [];
  const quoteMatch = new Map([...qOverlap].map(([c, r]) => [candidate.quotes[c]!.id, reference.quotes[r]!.id]));
  for (const [ci, ri] of cOverlap) {
    const c = candidate.claims[ci]!;
    const r = reference.claims[ri]!;
    k.kind.add(c.kind === r.kind);
    claimKindPairs.push([r.kind, c.kind]);
    const value = c.value === r.value;
    const comparator = c.comparator === r.comparator;
    const bounds = sameBounds(c.bounds, r.bounds);
    k.value.add(value);
    k.comparator.add(comparator);
    k.bounds.add(bounds);
    const show = (x: NumericClaim) =>
      `${x.value ?? "null"} ${x.comparator} ${x.bounds.lowInclusive ? "[" : "("}${x.bounds.low ?? "-∞"}, ${x.bounds.high ?? "∞"}${x.bounds.highInclusive ? "]" : ")"}`;
    if (!(value && comparator && bounds))
      disagree("claims", "value, comparator, bounds", c, r, show(c), show(r), [r.span]);
    if (c.kind !== r.kind) disagree("claims", "kind", c, r, c.kind, r.kind, [r.span]);
    if (c.unit.normalized !== r.unit.normalized)
      disagree("claims", "unit", c, r, c.unit.normalized, r.unit.normalized, [r.span]);
    k.valueBoundsComparator.add(value && comparator && bounds);
    k.unit.add(c.unit.normalized === r.unit.normalized);
    k.qualifier.add(
      c.qualifier === null || r.qualifier === null
        ? c.qualifier === r.qualifier
        : c.qualifier.text === r.qualifier.text,
    );
    const source = sameSource(c, r, align, quoteMatch);
    k.assertedBy.add(source);
    if (!source)
      disagree("claims", "assertedBy", c, r, JSON.stringify(c.assertedBy), JSON.stringify(r.assertedBy), [r.span]);
  }

  // Mention fields.
  const mk = { kind: new Tally(), entityType: new Tally() };
  const mentionKindPairs: [string, string][] = [];
  const typePairs: [string, string][] = [];
  for (const [ci, ri] of mOverlap) {
    const c = cm[ci]!;
    const r = rm[ri]!;
    mk.kind.add(c.kind === r.kind);
    mentionKindPairs.push([r.kind, c.kind]);
    if (r.kind === "named") {
      const ct = cEnt.get(c.entity)!.type;
      const rt = rEnt.get(r.entity)!.type;
      mk.entityType.add(ct === rt);
      typePairs.push([rt, ct]);
    }
  }
  const ek = { type: new Tally(), wikidata: new Tally() };
  for (const [ce, re] of entityMatch) {
    const c = cEnt.get(ce)!;
    const r = rEnt.get(re)!;
    ek.type.add(c.type === r.type);
    if (r.wikidata !== null || c.wikidata !== null) ek.wikidata.add(c.wikidata === r.wikidata);
  }

  // Grouping over the shared mentions, from the contingency table of entity pairs.
  const grouping = groupingScores([...mOverlap].map(([c, r]) => [cm[c]!.entity, rm[r]!.entity]));

  const unmatched = (
    table: Unmatched["table"],
    items: readonly Item[],
    matched: Set<number>,
    ids: readonly string[],
  ): Unmatched[] =>
    items.flatMap((item, i) =>
      matched.has(i)
        ? []
        : [{ table, id: ids[i]!, kind: item.kind, text: slice(item.spans), start: item.spans[0]?.start ?? 0 }],
    );
  const cMentionIds = cm.map((m) => `${m.entity}@${m.mention.start}`);
  const rMentionIds = rm.map((m) => `${m.entity}@${m.mention.start}`);
  const byStart = (a: Unmatched, b: Unmatched) => a.start - b.start || a.table.localeCompare(b.table);
  const missed = [
    ...unmatched(
      "quotes",
      rq,
      new Set(qOverlap.values()),
      reference.quotes.map((x) => x.id),
    ),
    ...unmatched(
      "claims",
      rc,
      new Set(cOverlap.values()),
      reference.claims.map((x) => x.id),
    ),
    ...unmatched("mentions", rm, new Set(mOverlap.values()), rMentionIds),
  ].sort(byStart);
  const spurious = [
    ...unmatched(
      "quotes",
      cq,
      new Set(qOverlap.keys()),
      candidate.quotes.map((x) => x.id),
    ),
    ...unmatched(
      "claims",
      cc,
      new Set(cOverlap.keys()),
      candidate.claims.map((x) => x.id),
    ),
    ...unmatched("mentions", cm, new Set(mOverlap.keys()), cMentionIds),
  ].sort(byStart);

  return {
    reportVersion: 1,
    candidate: { id: candidate.id, version: candidate.version },
    reference: { id: reference.id, version: reference.version },
    sha256: reference.source.sha256,
    matching: { ...MATCHING },
    detection: {
      entities: entityDetection(),
      mentions: detection(cm, rm, mExact, mOverlap),
      quotes: detection(cq, rq, qExact, qOverlap),
      claims: detection(cc, rc, cExact, cOverlap),
      quoteGroups: {
        marked: group(cq, rq, qExact, qOverlap, (kind) => kind !== "indirect"),
        indirect: group(cq, rq, qExact, qOverlap, (kind) => kind === "indirect"),
      },
      mentionGroups: {
        named: group(cm, rm, mExact, mOverlap, (kind) => kind === "named"),
        descriptive: group(cm, rm, mExact, mOverlap, (kind) => kind !== "named"),
      },
    },
    fields: {
      quotes: {
        kind: q.kind.value,
        speaker: q.speaker.value,
        speakerMarked: q.speakerMarked.value,
        noSpeaker: q.noSpeaker.value,
        cue: q.cue.value,
        addressee: q.addressee.value,
      },
      claims: {
        kind: k.kind.value,
        value: k.value.value,
        comparator: k.comparator.value,
        bounds: k.bounds.value,
        valueBoundsComparator: k.valueBoundsComparator.value,
        unit: k.unit.value,
        qualifier: k.qualifier.value,
        assertedBy: k.assertedBy.value,
      },
      mentions: { kind: mk.kind.value, entityType: mk.entityType.value },
      entities: { type: ek.type.value, wikidata: ek.wikidata.value },
    },
    grouping,
    confusions: [
      ...confusions("quotes.kind", quoteKindPairs),
      ...confusions("claims.kind", claimKindPairs),
      ...confusions("mentions.kind", mentionKindPairs),
      ...confusions("entities.type", typePairs),
    ],
    disagreements,
    missed,
    spurious,
  };
}

function sameSource(
  c: NumericClaim,
  r: NumericClaim,
  align: Map<string, string>,
  quotes: Map<string, string>,
): boolean {
  const a = c.assertedBy;
  const b = r.assertedBy;
  if (a.type !== b.type) return false;
  if (a.type === "publisher") return true;
  if (a.type === "entity" && b.type === "entity") return align.get(a.id) === b.id;
  if (a.type === "quote" && b.type === "quote") return quotes.get(a.id) === b.id;
  if (a.type === "unnamed" && b.type === "unnamed") return a.span.start < b.span.end && b.span.start < a.span.end;
  return false;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

/** Pairwise and B³ scores of mention grouping, from (candidate entity, reference entity) of each shared mention. */
export function groupingScores(shared: readonly [candidate: string, reference: string][]): EvalReport["grouping"] {
  const cell = new Map<string, number>();
  const rowC = new Map<string, number>();
  const colR = new Map<string, number>();
  for (const [c, r] of shared) {
    const k = `${c}\u0000${r}`;
    cell.set(k, (cell.get(k) ?? 0) + 1);
    rowC.set(c, (rowC.get(c) ?? 0) + 1);
    colR.set(r, (colR.get(r) ?? 0) + 1);
  }
  let tp = 0;
  for (const n of cell.values()) tp += pairs(n);
  let candPairs = 0;
  for (const n of rowC.values()) candPairs += pairs(n);
  let refPairs = 0;
  for (const n of colR.values()) refPairs += pairs(n);
  // B³: per mention, the share of its candidate group (precision) and of its reference group (recall) that agree.
  let p = 0;
  let r = 0;
  for (const [k, n] of cell) {
    const [c, ref] = k.split("\u0000") as [string, string];
    p += (n * n) / rowC.get(c)!;
    r += (n * n) / colR.get(ref)!;
  }
  const total = shared.length;
  const bp = total === 0 ? null : p / total;
  const br = total === 0 ? null : r / total;
  return {
    mentions: total,
    pairwise: { ...prf(tp, candPairs, refPairs) },
    bcubed: { precision: bp, recall: br, f1: f1Of(bp, br) },
  };
}

export type { Entity, Quote };
