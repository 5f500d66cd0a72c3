/**
 * Stage 4: attribution. For each quoted stretch, the reporting verb (cue)
 * and the phrase that names the speaker, read from the frames of news
 * writing: "…,” X said / said X / he added; X said: “…”; X told The Times:
 * “…”; according to X, “…”; X, 35, said. A quote with no frame of its own
 * takes the speaker of the quote before it in the paragraph, or of the last
 * quote of the previous paragraph when this paragraph opens with a quote.
 * Then indirect speech from reporting frames without quotation marks:
 * "X said (that) …", "…, X said.", "according to X, …", "…, claiming (that) …".
 */
import type { Doc, QuoteRecord, Range, Stage, Token } from "../doc.js";
import { PARTICIPLE_CUES, REPORTING_VERBS, TELL_VERBS } from "../lexicon/words.js";
import { norm } from "../text/chars.js";
import { nameBackward, nameForward, type Phrase, speakerAfter, speakerBefore } from "../text/phrases.js";

/** Index of the first token whose start is >= offset. */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const range = (tokens: readonly Token[], p: { from: number; to: number }): Range => ({
  start: tokens[p.from]!.start,
  end: tokens[p.to - 1]!.end,
});

const isCue = (t: Token | undefined, strongOnly = true): boolean => {
  if (!t) return false;
  const v = REPORTING_VERBS.get(t.lower);
  return v !== undefined && (!strongOnly || !v.weak);
};

interface Attribution {
  cue: Range | null;
  speaker: Range | null;
  addressee: Range | null;
  speakerKind: Phrase["kind"] | null;
}

/** The hearer after "told": "told The Times", "told reporters"; or "to X" after a verb. */
function addresseeAfter(tokens: readonly Token[], cueIndex: number, limit: number): Range | null {
  const cue = tokens[cueIndex]!.lower;
  let k = cueIndex + 1;
  if (!TELL_VERBS.has(cue)) {
    if ((tokens[k]?.lower ?? "") !== "to") return null;
    k++;
  }
  const name = nameForward(tokens, k, limit);
  if (name) return range(tokens, name);
  return null;
}

const STOP = /^[.!?;“”"«»]$/;

/** "…,” X said" / "…,” said X" / "…,” he added": the frame right after a quote. */
function frameAfter(tokens: readonly Token[], start: number, limit: number): Attribution | null {
  let i = start;
  if (tokens[i]?.text === "," || tokens[i]?.text === "—" || tokens[i]?.text === "–") i++;
  if (i >= limit) return null;
  // Inverted: said X (a participle, "claiming", never inverts)
  if (isCue(tokens[i], false) && !PARTICIPLE_CUES.has(tokens[i]!.lower)) {
    const speaker = speakerAfter(tokens, i + 1, limit);
    if (speaker)
      return {
        cue: range(tokens, { from: i, to: i + 1 }),
        speaker: range(tokens, speaker),
        addressee: addresseeAfter(tokens, i, limit),
        speakerKind: speaker.kind,
      };
    return null;
  }
  // X [, apposition,] [adverb] said — the cue within a few tokens
  for (let k = i + 1; k < Math.min(limit, i + 16); k++) {
    if (STOP.test(tokens[k]!.text)) return null;
    if (isCue(tokens[k], false)) {
      const speaker = speakerBefore(tokens, k, i);
      if (speaker && speaker.from === i) {
        return {
          cue: range(tokens, { from: k, to: k + 1 }),
          speaker: range(tokens, speaker),
          addressee: addresseeAfter(tokens, k, limit),
          speakerKind: speaker.kind,
        };
      }
      return null;
    }
  }
  return null;
}

/** "X said: “…”", "X told The Times: “…”", "According to X, “…”", "X said that “…”", "X: “…”". */
function frameBefore(tokens: readonly Token[], end: number, floor: number, anywhere: boolean): Attribution | null {
  let i = end;
  while (i - 1 >= floor && /^[:,—–]$/.test(tokens[i - 1]!.text)) i--;
  if (i - 1 >= floor && tokens[i - 1]!.lower === "that") i--;
  // "According to X, “…”"
  for (let k = i - 1; k >= Math.max(floor, i - 10); k--) {
    if (tokens[k]!.lower === "according" && (tokens[k + 1]?.lower ?? "") === "to") {
      const speaker = speakerAfter(tokens, k + 2, i);
      if (speaker)
        return {
          cue: range(tokens, { from: k, to: k + 2 }),
          speaker: range(tokens, speaker),
          addressee: null,
          speakerKind: speaker.kind,
        };
    }
  }
  // The nearest cue going back; a few words (a time, a place, the hearer) may stand between it and the quote.
  const reach = anywhere ? end - floor : 9;
  for (let k = i - 1; k >= Math.max(floor, i - reach); k--) {
    const t = tokens[k]!;
    if (/^[.!?;”"»]$/.test(t.text)) break;
    if (!isCue(t, !anywhere)) continue;
    const speaker = speakerBefore(tokens, k, floor);
    if (speaker) {
      return {
        cue: range(tokens, { from: k, to: k + 1 }),
        speaker: range(tokens, speaker),
        addressee: addresseeAfter(tokens, k, end),
        speakerKind: speaker.kind,
      };
    }
    // "…, said X: “…”" — an inverted frame before the quote
    const after = speakerAfter(tokens, k + 1, end);
    if (after)
      return {
        cue: range(tokens, { from: k, to: k + 1 }),
        speaker: range(tokens, after),
        addressee: null,
        speakerKind: after.kind,
      };
    // "…, claiming (that) “…”": the subject of the sentence
    if (PARTICIPLE_CUES.has(t.lower)) {
      const subject = sentenceSubject(tokens, floor, k);
      if (subject)
        return {
          cue: range(tokens, { from: k, to: k + 1 }),
          speaker: range(tokens, subject),
          addressee: null,
          speakerKind: subject.kind,
        };
    }
    return { cue: range(tokens, { from: k, to: k + 1 }), speaker: null, addressee: null, speakerKind: null };
  }
  // "Putin: “…”" (headline style)
  if (end - 1 >= floor && tokens[end - 1]!.text === ":") {
    const speaker = speakerBefore(tokens, end - 1, floor);
    if (speaker && speaker.kind === "name")
      return { cue: null, speaker: range(tokens, speaker), addressee: null, speakerKind: "name" };
  }
  return null;
}

/** The nearest name or pronoun before a participle cue: "…, when Moscow withdrew, claiming …" → Moscow. */
function nearestSubject(tokens: readonly Token[], floor: number, before: number): Phrase | null {
  for (let k = before - 1; k >= floor; k--) {
    const w = tokens[k]!.lower;
    if (w === "he" || w === "she" || w === "they") return { from: k, to: k + 1, kind: "pronoun" };
    const name = nameBackward(tokens, k + 1, floor);
    if (
      name &&
      /^\p{Lu}/u.test(tokens[k]!.text) &&
      !(name.from === floor && name.to - name.from === 1 && /^(The|A|An|But|And)$/.test(tokens[k]!.text))
    )
      return name;
  }
  return null;
}

/**
 * "X revealed …, adding that …": when the sentence opens with a speaker and a reporting verb, a participle cue
 * after a comma continues that report, and X is its speaker, however many names stand between.
 */
function reportingSubject(tokens: readonly Token[], floor: number, before: number): Phrase | null {
  for (let v = floor + 1; v < Math.min(before, floor + 8); v++) {
    const verb = REPORTING_VERBS.get(tokens[v]!.lower);
    if (!verb || verb.weak || PARTICIPLE_CUES.has(tokens[v]!.lower)) continue;
    const speaker = speakerBefore(tokens, v, floor);
    return speaker && speaker.from === floor ? speaker : null;
  }
  return null;
}

/** The first noun phrase of a sentence, for a participle cue's subject. */
function sentenceSubject(tokens: readonly Token[], floor: number, before: number): Phrase | null {
  const name = nameForward(tokens, floor, before);
  if (name && name.from < floor + 3) return name;
  const first = tokens[floor]?.lower ?? "";
  if (first === "he" || first === "she" || first === "they") return { from: floor, to: floor + 1, kind: "pronoun" };
  return null;
}

/** The sentence-bounded token window around a quote: [floor, start) before it and [end, limit) after it. */
function windowOf(doc: Doc, q: QuoteRecord, previousEnd: number, nextStart: number) {
  const { tokens, sentences } = doc;
  const openAt = tokenIndexAt(tokens, q.outer.start);
  const closeAt = tokenIndexAt(tokens, q.outer.end);
  const openSentence = sentences[tokens[openAt]?.sentence ?? 0]!;
  const closeSentence = sentences[tokens[Math.max(0, closeAt - 1)]?.sentence ?? 0]!;
  const floor = Math.max(openSentence.tokenStart, tokenIndexAt(tokens, previousEnd));
  let limit = closeSentence.tokenEnd;
  // The sentence may end at the closing mark ("…!” he said): the frame is then in the same line, lowercase.
  if (closeAt >= limit && closeAt < tokens.length && /^\p{Ll}/u.test(tokens[closeAt]!.text))
    limit = sentences[tokens[closeAt]!.sentence]!.tokenEnd;
  limit = Math.min(limit, tokenIndexAt(tokens, nextStart));
  return { floor, start: openAt, end: closeAt, limit };
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export function attribute(doc: Doc): void {
  const { tokens, text } = doc;
  const quotes = doc.quotes;
  let previousInParagraph: QuoteRecord | null = null;
  let previousParagraph = -1;
  // The last quote with a speaker phrase, and its paragraph: a quote that opens a paragraph with no frame of its own
  // continues it, when it stood at most two paragraphs before.
  let lastAttributed: { quote: QuoteRecord; paragraph: number } | null = null;
  for (let qi = 0; qi < quotes.length; qi++) {
    const q = quotes[qi]!;
    if (q.parent !== null) {
      // A quote inside a quote: a phrase the speaker sets apart, or the words of someone they quote.
      const inner = text.slice(q.spans[0]!.start, q.spans[q.spans.length - 1]!.end);
      q.kind = words(inner) <= 4 && !/[.!?]$/.test(inner) ? "scare" : "direct";
      q.confidence = 0.6;
      continue;
    }
    const paragraph = doc.sentences[tokens[tokenIndexAt(tokens, q.outer.start)]?.sentence ?? 0]?.paragraph ?? 0;
    if (paragraph !== previousParagraph) {
      previousInParagraph = null;
      previousParagraph = paragraph;
    }
    const prevTop = previousInParagraph;
    let nextTop: QuoteRecord | undefined;
    for (let k = qi + 1; k < quotes.length; k++) {
      if (quotes[k]!.parent === null) {
        nextTop = quotes[k];
        break;
      }
    }
    const w = windowOf(doc, q, prevTop?.outer.end ?? 0, nextTop?.outer.start ?? text.length);
    const embedded = q.kind === "mixed";
    let found = frameAfter(tokens, w.end, w.limit) ?? frameBefore(tokens, w.start, w.floor, embedded);
    if (!found && embedded) found = frameAfterAnywhere(tokens, w.end, w.limit);
    // The interruption of a quote in two parts carries the frame.
    if (!found && q.spans.length > 1) {
      const s0 = q.spans[0]!;
      const s1 = q.spans[1]!;
      found = frameAfter(tokens, tokenIndexAt(tokens, s0.end + 1), tokenIndexAt(tokens, s1.start));
    }
    const inner = text.slice(q.spans[0]!.start, q.spans[q.spans.length - 1]!.end);
    const soCalled = /so-called\s*$/i.test(text.slice(Math.max(0, q.outer.start - 12), q.outer.start));
    if (embedded && (soCalled || (!found?.speaker && words(inner) <= 4))) {
      q.kind = "scare";
      q.confidence = soCalled ? 0.85 : 0.65;
      previousInParagraph = previousInParagraph ?? null;
      continue;
    }
    if (found) {
      q.cue = found.cue;
      q.speakerText = found.speaker;
      q.addresseeText = found.addressee;
      q.confidence = Math.min(q.confidence, found.speaker ? 0.9 : 0.6);
    } else {
      // No frame: the speaker of the quote before, in this paragraph or the one before.
      const opensParagraph =
        doc.paragraphs[paragraph]!.start <= q.outer.start + 1 && q.outer.start <= doc.paragraphs[paragraph]!.start;
      const source =
        prevTop ??
        (opensParagraph && lastAttributed && paragraph - lastAttributed.paragraph <= 2 ? lastAttributed.quote : null);
      if (source?.speakerText) {
        q.speakerText = source.speakerText;
        q.speakerInherited = true;
        q.confidence = Math.min(q.confidence, 0.6);
      } else q.confidence = Math.min(q.confidence, 0.5);
    }
    previousInParagraph = q;
    if (q.speakerText) lastAttributed = { quote: q, paragraph };
  }
  quotes.push(...findIndirect(doc));
}

/** A frame at the end of the sentence after an embedded quote: "…, the report said." */
function frameAfterAnywhere(tokens: readonly Token[], start: number, limit: number): Attribution | null {
  for (let k = start; k < limit; k++) {
    if (/^[“"«]$/.test(tokens[k]!.text)) return null;
    if (tokens[k]!.text !== ",") continue;
    const found = frameAfter(tokens, k, limit);
    if (found) return found;
  }
  return null;
}

/** Reported speech without quotation marks. */
export function findIndirect(doc: Doc): QuoteRecord[] {
  const { tokens, text, sentences } = doc;
  // Marked quotes' outer ranges in text order; they do not overlap at the top level, so a binary search finds the one that may meet a range.
  const marked = doc.quotes
    .filter((q) => q.marked && q.parent === null)
    .map((q) => q.outer)
    .sort((a, b) => a.start - b.start);
  const meetsMarked = (r: Range) => {
    let lo = 0;
    let hi = marked.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marked[mid]!.end <= r.start) lo = mid + 1;
      else hi = mid;
    }
    const q = marked[lo];
    return q !== undefined && q.start < r.end && r.start < q.end;
  };
  const out: QuoteRecord[] = [];
  const hasMarks = (r: Range) => /["“”«»„]/.test(text.slice(r.start, r.end)) || meetsMarked(r);
  for (const s of sentences) {
    const end = s.tokenEnd;
    let last = end;
    while (last - 1 > s.tokenStart && /^[.!?…"”’)]$/.test(tokens[last - 1]!.text)) last--;
    if (last - s.tokenStart < 4) continue;
    const clause = (from: number, to: number): Range | null => {
      if (to - from < 3) return null;
      const r = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
      return hasMarks(r) ? null : r;
    };
    const push = (
      span: Range | null,
      cue: Range,
      speaker: Phrase | null,
      addressee: Range | null,
      confidence: number,
    ) => {
      if (!span) return;
      out.push({
        kind: "indirect",
        spans: [span],
        outer: span,
        parent: null,
        marked: false,
        cue,
        speakerText: speaker ? range(tokens, speaker) : null,
        addresseeText: addressee,
        speakerInherited: false,
        confidence,
      });
    };
    let done = false;
    // "According to X, CLAUSE." / "CLAUSE, according to X."
    for (let k = s.tokenStart; k < last - 2 && !done; k++) {
      if (tokens[k]!.lower !== "according" || tokens[k + 1]!.lower !== "to") continue;
      const speaker = speakerAfter(tokens, k + 2, last);
      if (!speaker) continue;
      const cue = range(tokens, { from: k, to: k + 2 });
      let clauseFrom = speaker.to + 1;
      // "According to X, a spokesman for Y, CLAUSE": skip the apposition.
      if (/^(a|an|the)$/i.test(tokens[clauseFrom]?.text ?? "")) {
        for (let m = clauseFrom + 1; m < Math.min(last, clauseFrom + 12); m++) {
          if (tokens[m]!.text === ",") {
            clauseFrom = m + 1;
            break;
          }
        }
      }
      if (k === s.tokenStart && tokens[speaker.to]?.text === ",")
        push(clause(clauseFrom, last), cue, speaker, null, 0.7);
      else if (tokens[k - 1]?.text === "," && speaker.to >= last - 1)
        push(clause(s.tokenStart, k - 1), cue, speaker, null, 0.7);
      done = true;
    }
    if (done) continue;
    // "CLAUSE, X said." / "CLAUSE, said X."
    for (let k = last - 1; k > s.tokenStart + 3 && !done; k--) {
      if (tokens[k]!.text !== ",") continue;
      const frame = frameAfter(tokens, k, last);
      if (frame?.cue && frame.speaker) {
        const endOfFrame = tokenIndexAt(tokens, Math.max(frame.cue.end, frame.speaker.end));
        // The frame closes the sentence, perhaps with an apposition or a time: "…, Ruiz said on Thursday."
        const tail = tokens.slice(endOfFrame, last).map((t) => t.lower);
        if (
          endOfFrame >= last ||
          tail[0] === "," ||
          (tail.length <= 3 && /^(on|in|at|last|this|yesterday|today|earlier|later|afterwards)$/.test(tail[0] ?? ""))
        ) {
          const cueIndex = tokenIndexAt(tokens, frame.cue.start);
          const speaker = {
            from: tokenIndexAt(tokens, frame.speaker.start),
            to: tokenIndexAt(tokens, frame.speaker.end),
            kind: frame.speakerKind ?? "name",
          } as Phrase;
          push(clause(s.tokenStart, k), frame.cue, speaker, addresseeAfter(tokens, cueIndex, last), 0.65);
          done = true;
        }
      }
      break;
    }
    if (done) continue;
    // "X said (that) CLAUSE", "X told The Times (that) CLAUSE", "…, claiming (that) CLAUSE"
    for (let k = s.tokenStart + 1; k < last - 3 && !done; k++) {
      const t = tokens[k]!;
      const lw = t.lower;
      const verb = REPORTING_VERBS.get(lw);
      if (!verb) continue;
      const participle = PARTICIPLE_CUES.has(lw) && tokens[k - 1]?.text === ",";
      let speaker = participle
        ? (reportingSubject(tokens, s.tokenStart, k - 1) ?? nearestSubject(tokens, s.tokenStart, k - 1))
        : speakerBefore(tokens, k, s.tokenStart);
      if (!speaker) continue;
      // The subject must be the clause's: it starts the sentence, or follows a comma or a conjunction.
      if (!participle) {
        const before = tokens[speaker.from - 1]?.lower ?? "";
        if (
          speaker.from !== s.tokenStart &&
          !/^(,|and|but|as|while|with|when|after|because|since|although|though|—|–|:)$/.test(before)
        )
          continue;
      }
      let j = k + 1;
      let addressee: Range | null = null;
      if (TELL_VERBS.has(lw)) {
        const hearer =
          nameForward(tokens, j, last) ??
          (/^(reporters|journalists|lawmakers|parliament|him|her|them|us|me|the)$/.test(tokens[j]?.lower ?? "")
            ? { from: j, to: j + (tokens[j]!.lower === "the" ? 2 : 1), kind: "description" as const }
            : null);
        if (!hearer) continue;
        if (hearer.kind === "name") addressee = range(tokens, hearer);
        j = hearer.to;
      }
      // A short phrase of time or place may stand before "that": "said on Monday that".
      let that = -1;
      for (let m = j; m < Math.min(last, j + 7); m++) {
        if (tokens[m]!.lower === "that") {
          that = m;
          break;
        }
        if (/^[,.;:!?]$/.test(tokens[m]!.text)) break;
      }
      if (that !== -1) {
        push(clause(that + 1, last), range(tokens, { from: k, to: k + 1 }), speaker, addressee, verb.weak ? 0.55 : 0.7);
        done = true;
      } else if (
        j < last &&
        (verb.weak
          ? CLAUSE_STARTERS.has(tokens[j]!.lower) && speaker.kind !== "description"
          : startsClause(tokens[j]!, tokens[j + 1], speaker.kind !== "description"))
      ) {
        push(clause(j, last), range(tokens, { from: k, to: k + 1 }), speaker, addressee, verb.weak ? 0.45 : 0.55);
        done = true;
      }
      speaker = null;
    }
    if (done) continue;
    hearsay(tokens, s.tokenStart, last, clause, (spans, cue, speaker, confidence) => {
      if (spans.some((r) => hasMarks(r))) return;
      out.push({
        kind: "indirect",
        spans,
        outer: { start: spans[0]!.start, end: spans[spans.length - 1]!.end },
        parent: null,
        marked: false,
        cue,
        speakerText: speaker ? range(tokens, speaker) : null,
        addresseeText: null,
        speakerInherited: false,
        confidence,
      });
    });
  }
  // An indirect quote never overlaps a marked one.
  return out.filter((q) => !meetsMarked(q.outer));
}

/** Adverbs that mark a statement as someone else's: "was reportedly targeted". */
const HEARSAY_ADVERBS = new Set(["reportedly", "allegedly", "reputedly", "purportedly", "supposedly"]);

/** Participles of the passive reporting frame: "is said to be", "was believed to have". */
const PASSIVE_CUES = new Set([
  "said",
  "reported",
  "believed",
  "thought",
  "alleged",
  "rumoured",
  "rumored",
  "understood",
]);

/** Verbs of the "…, as first reported" frame. */
const AS_CUES = new Set(["reported", "announced", "revealed", "disclosed", "confirmed", "stated"]);

/**
 * Reported speech with no speaker next to its verb, from three frames of news writing, in this order:
 * "CLAUSE, as (first) reported (by X) …" and "As reported by X, CLAUSE"; "… (is) said to be COMPLEMENT"
 * (the complement is what is reported); a sentence with "reportedly" or "allegedly" (the sentence without the
 * adverb). At most one per sentence.
 */
function hearsay(
  tokens: readonly Token[],
  from: number,
  last: number,
  clause: (from: number, to: number) => Range | null,
  push: (spans: Range[], cue: Range, speaker: Phrase | null, confidence: number) => void,
): void {
  for (let k = from; k < last - 1; k++) {
    const w = tokens[k]!.lower;
    // "CLAUSE, as first reported …" / "As reported by X, CLAUSE"
    if (w === "as" && (k === from || tokens[k - 1]!.text === ",")) {
      let v = k + 1;
      if (/^(first|originally|previously|earlier|widely|already)$/.test(tokens[v]?.lower ?? "")) v++;
      if (v >= last || !AS_CUES.has(tokens[v]!.lower)) continue;
      const cue = range(tokens, { from: v, to: v + 1 });
      const speaker = tokens[v + 1]?.lower === "by" ? speakerAfter(tokens, v + 2, last) : null;
      if (k === from) {
        // "As reported by X, CLAUSE."
        let comma = v + 1;
        while (comma < last && tokens[comma]!.text !== ",") comma++;
        const span = comma < last ? clause(comma + 1, last) : null;
        if (span) push([span], cue, speaker, 0.6);
      } else {
        const span = clause(from, k - 1);
        if (span) push([span], cue, speaker, 0.6);
      }
      return;
    }
    // "… said to be COMPLEMENT": the complement, up to the end of its clause.
    if (
      PASSIVE_CUES.has(w) &&
      tokens[k + 1]?.lower === "to" &&
      /^(be|have|been)$/.test(tokens[k + 2]?.lower ?? "") &&
      (k === from || /^(is|are|was|were|be|been|being|—|–|,)$/.test(tokens[k - 1]!.lower))
    ) {
      let end = k + 3;
      while (end < last && !/^[,;:—–()]$/.test(tokens[end]!.text)) end++;
      if (end - (k + 3) >= 2) {
        const span = { start: tokens[k + 3]!.start, end: tokens[end - 1]!.end };
        push([span], range(tokens, { from: k, to: k + 1 }), null, 0.5);
        return;
      }
    }
  }
  for (let k = from; k < last; k++) {
    if (!HEARSAY_ADVERBS.has(tokens[k]!.lower)) continue;
    // "he reportedly said …" is a frame with a speaker, not hearsay.
    if (REPORTING_VERBS.has(tokens[k + 1]?.lower ?? "")) return;
    // The sentence without its adverb (and the commas around it): two spans, or one when it opens or closes it.
    let a = k;
    let b = k + 1;
    if (tokens[a - 1]?.text === ",") a--;
    if (tokens[b]?.text === ",") b++;
    const spans: Range[] = [];
    if (a - from >= 2) spans.push({ start: tokens[from]!.start, end: tokens[a - 1]!.end });
    if (last - b >= 2) spans.push({ start: tokens[b]!.start, end: tokens[last - 1]!.end });
    if (spans.length > 0 && clause(from, last)) push(spans, range(tokens, { from: k, to: k + 1 }), null, 0.5);
    return;
  }
}

const CLAUSE_STARTERS = new Set([
  "he",
  "she",
  "they",
  "it",
  "there",
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "this",
  "these",
  "those",
  "we",
  "i",
  "some",
  "many",
  "most",
  "no",
  "none",
  "all",
]);

const PREPOSITIONS = new Set([
  "on",
  "in",
  "at",
  "to",
  "of",
  "for",
  "with",
  "by",
  "from",
  "about",
  "after",
  "before",
  "during",
  "into",
  "over",
  "under",
  "while",
  "when",
  "as",
  "through",
  "earlier",
  "later",
  "yesterday",
  "today",
  "last",
  "this",
  "next",
  "repeatedly",
  "again",
  "also",
]);

/** Whether a reported clause can start here without "that": a subject follows the verb. */
function startsClause(t: Token, next: Token | undefined, namedSpeaker = false): boolean {
  const w = t.lower;
  if (CLAUSE_STARTERS.has(w)) return next !== undefined && /^[\p{L}\p{N}]/u.test(next.text);
  // "Lee said soldiers in North Korea would …": a bare plural subject, after a named speaker.
  if (
    namedSpeaker &&
    /^\p{Ll}+s$/u.test(t.text) &&
    !PREPOSITIONS.has(w) &&
    !/(?:ed|ing)$/.test(w) &&
    next !== undefined &&
    /^[\p{L}]/u.test(next.text)
  )
    return true;
  return (
    /^\p{Lu}/u.test(t.text) &&
    next !== undefined &&
    /^\p{Ll}/u.test(next.text) &&
    !/^(on|in|at|to|of|for|with|by)$/.test(norm(next.text))
  );
}

export const attribution: Stage = {
  name: "attribution",
  description: "cues, speaker phrases and addressees of quotes; indirect speech",
  run: attribute,
};
