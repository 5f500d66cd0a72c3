/**
 * Stage 2: numeric claims. Reads each sentence's tokens left to right and
 * takes the longest number expression at each place: digits and number
 * words, scales, ordinals, fractions, vague quantities, ranges, money,
 * percentages, ages, durations, years and dates, with the hedge before them
 * and the unit after them.
 */
import type { ClaimKind, Comparator } from "@claimset/schema";
import type { Doc, NumberClaim, Range, Stage, Token } from "../doc.js";
import {
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  FRACTIONS,
  HEDGES_BEFORE,
  type HedgeMeaning,
  ORDINALS,
  SCALE_SUFFIXES,
  SCALES,
  TENS,
  UNITS,
  VAGUE_MULTIPLIERS,
  VAGUE_PLURALS,
} from "../lexicon/numbers.js";
import { FUNCTION_WORDS, MONTHS, PERSON_NOUNS, TIME_UNITS } from "../lexicon/words.js";
import { isCapitalized, norm } from "../text/chars.js";

type Bounds = NumberClaim["bounds"];

/** A number read from tokens [from, to). */
interface Parsed {
  from: number;
  to: number;
  value: number | null;
  /** Set for vague amounts and ranges. */
  bounds?: Bounds;
  comparator?: Comparator;
  kind?: ClaimKind;
  unit?: { text: string | null; normalized: string };
  iso?: string | null;
  /** Words carried "of" after them ("dozens of", "a quarter of"): the unit is looked for after "of". */
  takesOf?: boolean;
  /** Written in digits without separators, four long: a year candidate. */
  yearLike?: boolean;
  /** The time the number refers to, as written. */
  timeRef?: string;
  confidence: number;
}

const DIGITS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

function digitsValue(text: string): number | null {
  if (!DIGITS.test(text)) return null;
  const v = Number(text.replace(/,/g, ""));
  return Number.isFinite(v) ? v : null;
}

/** The step of the last significant digit: 12,000 → 1,000; 25 → 1; 0.5 → 0.1. */
function stepOf(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const text = String(value);
  if (text.includes("e")) return 10 ** Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1);
  const dot = text.indexOf(".");
  if (dot !== -1) return 10 ** -(text.length - dot - 1);
  const zeros = /0*$/.exec(text)![0].length;
  return 10 ** zeros;
}

/**
 * Bounds of "about N": one step of its last significant digit either side
 * (about 12,000 → 11,000–13,000), or a tenth of N when N has a single
 * significant digit (about 20 → 18–22), so that round numbers are not given
 * a false spread.
 */
export function approximateBounds(value: number): Bounds {
  const step = stepOf(value);
  const significant = String(Math.round(value / step));
  const spread = significant.length <= 1 ? Math.abs(value) / 10 : step;
  const round = (n: number) => Number(n.toPrecision(12));
  return { low: round(value - spread), high: round(value + spread), lowInclusive: true, highInclusive: true };
}

export function boundsFor(value: number, comparator: HedgeMeaning | "="): Bounds {
  switch (comparator) {
    case "=":
      return { low: value, high: value, lowInclusive: true, highInclusive: true };
    case ">":
      return { low: value, high: null, lowInclusive: false, highInclusive: true };
    case ">=":
      return { low: value, high: null, lowInclusive: true, highInclusive: true };
    case "<":
      return { low: null, high: value, lowInclusive: true, highInclusive: false };
    case "<=":
      return { low: null, high: value, lowInclusive: true, highInclusive: true };
    case "~":
      return approximateBounds(value);
  }
}

class Cursor {
  constructor(
    readonly tokens: readonly Token[],
    readonly end: number,
  ) {}
  text(i: number): string {
    return i < this.end && i >= 0 ? this.tokens[i]!.text : "";
  }
  lower(i: number): string {
    return i < this.end && i >= 0 ? this.tokens[i]!.lower : "";
  }
  /** Whether tokens i and i+1 touch (no space between). */
  glued(i: number): boolean {
    return i + 1 < this.end && this.tokens[i]!.end === this.tokens[i + 1]!.start;
  }
}

/** A word without a hyphen has no parts to read ("twenty-five" has two). */
const NO_PARTS: readonly string[] = [];

/** Number words from i: "twenty-five", "three hundred and fifty thousand", "1.5 million". */
function readCardinal(c: Cursor, i: number, sentenceStart: number): { to: number; value: number } | null {
  let total = 0;
  let current = 0;
  let j = i;
  let any = false;
  let lastWasNumber = false;
  for (; j < c.end; j++) {
    const raw = c.text(j);
    const w = c.lower(j);
    // Capitalized number words inside a sentence are names ("the Group of Seven"), except at its start.
    if (isCapitalized(raw) && j !== sentenceStart && !any) return null;
    const digits = !any ? digitsValue(raw) : null;
    if (digits !== null) {
      current = digits;
      any = true;
      lastWasNumber = true;
      continue;
    }
    const parts = w.includes("-") ? w.split("-") : NO_PARTS;
    if (
      parts.length === 2 &&
      TENS.has(parts[0]!) &&
      UNITS.has(parts[1]!) &&
      UNITS.get(parts[1]!)! < 10 &&
      !lastWasNumber
    ) {
      current += TENS.get(parts[0]!)! + UNITS.get(parts[1]!)!;
      any = true;
      lastWasNumber = true;
      continue;
    }
    if ((UNITS.has(w) || TENS.has(w)) && !lastWasNumber) {
      current += (UNITS.get(w) ?? TENS.get(w))!;
      any = true;
      lastWasNumber = true;
      continue;
    }
    if (
      w === "and" &&
      any &&
      current >= 100 &&
      (UNITS.has(c.lower(j + 1)) || TENS.has(c.lower(j + 1)) || c.lower(j + 1).includes("-"))
    ) {
      lastWasNumber = false;
      continue;
    }
    const scale = SCALES.get(w);
    if (scale !== undefined && any) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
      lastWasNumber = false;
      continue;
    }
    break;
  }
  if (!any) return null;
  // "and" never ends a number.
  while (j > i && c.lower(j - 1) === "and") j--;
  return { to: j, value: total + current };
}

const TIME_OF_DAY = new Set(["am", "pm", "a.m.", "p.m.", "gmt", "utc", "bst", "cet", "est", "edt", "pst", "hrs"]);

/** Reads a number expression starting exactly at token i, or null. */
function readNumber(c: Cursor, i: number, sentenceStart: number): Parsed | null {
  const raw = c.text(i);
  const w = c.lower(i);

  // Tokens that carry the number and what it counts: "35-year-old", "1990s", "10-12", "5bn", "3rd".
  const digit = raw.charCodeAt(0) >= 48 && raw.charCodeAt(0) <= 57;
  let m = digit ? /^(\d+)-years?-old$/i.exec(raw) : null;
  if (m) {
    const v = Number(m[1]);
    return { from: i, to: i + 1, value: v, kind: "age", unit: { text: "year", normalized: "year" }, confidence: 0.95 };
  }
  m = digit ? /^(\d+(?:\.\d+)?)-(second|minute|hour|day|week|month|year|decade)s?(?:-long)?$/i.exec(raw) : null;
  if (m) {
    const unit = TIME_UNITS.get(m[2]!.toLowerCase())!;
    return {
      from: i,
      to: i + 1,
      value: Number(m[1]),
      kind: "duration",
      unit: { text: m[2]!.toLowerCase(), normalized: unit.unit },
      iso: isoDuration(Number(m[1]), m[2]!.toLowerCase()),
      confidence: 0.9,
    };
  }
  m = digit ? /^(\d+)(st|nd|rd|th)$/i.exec(raw) : null;
  if (m) return { from: i, to: i + 1, value: Number(m[1]), kind: "ordinal", confidence: 0.95 };
  m = digit ? (/^(\d{3}0)s$/.exec(raw) ?? /^(\d0)s$/.exec(raw)) : null;
  if (m) {
    const v = Number(m[1]);
    // "the early 2000s": the first part of the decade.
    const part = c.lower(i - 1);
    if (part === "early" || part === "mid" || part === "late") {
      const low = v + (part === "early" ? 0 : part === "mid" ? 3 : 6);
      return {
        from: i - 1,
        to: i + 1,
        value: null,
        comparator: "range",
        bounds: { low, high: low + 3, lowInclusive: true, highInclusive: true },
        kind: v >= 1000 ? "year" : "age",
        unit: { text: null, normalized: "year" },
        iso: null,
        confidence: 0.7,
      };
    }
    const step = 9;
    const kind: ClaimKind = v >= 1000 ? "year" : "age";
    return {
      from: i,
      to: i + 1,
      value: null,
      comparator: "range",
      bounds: { low: v, high: v + step, lowInclusive: true, highInclusive: true },
      kind,
      unit: { text: null, normalized: "year" },
      iso: v >= 1000 ? String(v).slice(0, 3) : null,
      confidence: 0.8,
    };
  }
  m = digit ? /^(\d[\d,]*(?:\.\d+)?)[-–](\d[\d,]*(?:\.\d+)?)$/.exec(raw) : null;
  if (m) {
    const a = digitsValue(m[1]!);
    const b = digitsValue(m[2]!);
    if (a !== null && b !== null && a < b) {
      return {
        from: i,
        to: i + 1,
        value: null,
        comparator: "range",
        bounds: { low: a, high: b, lowInclusive: true, highInclusive: true },
        confidence: 0.85,
      };
    }
    // "2024-25": a season; its second part abbreviates the first.
    if (a !== null && b !== null && a >= 1000 && b < 100) {
      const high = Math.floor(a / 100) * 100 + b;
      if (high > a)
        return {
          from: i,
          to: i + 1,
          value: null,
          comparator: "range",
          bounds: { low: a, high, lowInclusive: true, highInclusive: true },
          kind: "year",
          unit: { text: null, normalized: "year" },
          confidence: 0.8,
        };
    }
    return null;
  }
  m = digit ? /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|b|tn|trn)$/i.exec(raw) : null;
  if (m) {
    const v = digitsValue(m[1]!);
    if (v === null) return null;
    return { from: i, to: i + 1, value: v * SCALE_SUFFIXES.get(m[2]!.toLowerCase())!, confidence: 0.85 };
  }
  m = digit ? /^(\d[\d,]*(?:\.\d+)?)(km|kg|mm|cm|ft|mph|kph|kmh|sq|mw|gw|kw|mi|lb|lbs|ha|t)$/i.exec(raw) : null;
  if (m) {
    const v = digitsValue(m[1]!);
    if (v === null) return null;
    const unit = m[2]!.toLowerCase();
    return { from: i, to: i + 1, value: v, unit: { text: unit, normalized: unit }, confidence: 0.85 };
  }
  m = digit ? /^(\d[\d,]*)-(strong|man|member|seat|point|day|nation|country)$/i.exec(raw) : null;
  if (m) {
    const v = digitsValue(m[1]!);
    if (v === null) return null;
    const unit = m[2]!.toLowerCase();
    return {
      from: i,
      to: i + 1,
      value: v,
      kind: "count",
      unit: { text: unit, normalized: unit === "strong" || unit === "man" || unit === "member" ? "person" : unit },
      confidence: 0.85,
    };
  }
  m = digit ? /^(\d+)-plus$/i.exec(raw) : null;
  if (m) return { from: i, to: i + 1, value: Number(m[1]), comparator: ">", confidence: 0.85 };

  // Ordinal words: "first", "twenty-first", "80th" above.
  const ordinal = ORDINALS.get(w);
  if (ordinal !== undefined && !(isCapitalized(raw) && i !== sentenceStart)) {
    // "second" is a unit of time after a number or "a": "20 seconds", "a second".
    if (
      w === "second" &&
      (c.lower(i - 1) === "per" ||
        c.lower(i - 1) === "split" ||
        (c.lower(i - 1) === "a" && !/^\p{Ll}/u.test(c.text(i + 1))) ||
        (c.lower(i - 1) === "a" && FUNCTION_WORDS.has(c.lower(i + 1))))
    )
      return null;
    if (w === "first" && c.lower(i + 1) === "of" && c.lower(i + 2) === "all") return null;
    // "a third", "two-thirds" are fractions when "of" follows.
    if (FRACTIONS.has(w) && c.lower(i + 1) === "of" && (c.lower(i - 1) === "a" || c.lower(i - 1) === "one"))
      return null;
    return { from: i, to: i + 1, value: ordinal, kind: "ordinal", confidence: 0.8 };
  }

  // "a quarter of a century", "half an hour", "two-thirds of", "a third of".
  const fraction = readFraction(c, i);
  if (fraction) return fraction;

  // "dozens of", "hundreds of thousands of", "tens of thousands".
  const vague = VAGUE_PLURALS.get(w);
  if (vague !== undefined && !(isCapitalized(raw) && i !== sentenceStart)) {
    let low = vague;
    let j = i + 1;
    if (
      c.lower(j) === "of" &&
      VAGUE_PLURALS.has(c.lower(j + 1)) &&
      c.lower(j + 1) !== "tens" &&
      c.lower(j + 1) !== "dozens"
    ) {
      low = (vague / 2) * VAGUE_PLURALS.get(c.lower(j + 1))!;
      j += 2;
    } else if (w === "tens" || w === "dozens") {
      if (c.lower(j) !== "of") return null;
    }
    const takesOf = c.lower(j) === "of";
    if (!takesOf && w === "tens") return null;
    // "hundreds" alone, with no "of" after it, is still a quantity ("killing hundreds").
    return {
      from: i,
      to: takesOf ? j + 1 : j,
      value: null,
      comparator: "vague",
      bounds: { low, high: null, lowInclusive: true, highInclusive: true },
      kind: "count",
      takesOf,
      confidence: 0.8,
    };
  }
  // "a few hundred", "several thousand", "a couple of dozen", "a dozen".
  if (w === "a" || w === "an" || VAGUE_MULTIPLIERS.has(w)) {
    let j = w === "a" || w === "an" ? i + 1 : i;
    const multiplier = VAGUE_MULTIPLIERS.get(c.lower(j));
    if (multiplier) {
      j++;
      if (c.lower(j) === "of" && (c.lower(i + 1) === "couple" || c.lower(i + 1) === "handful")) {
        // "a couple of hundred" or "a handful of": the scale may follow "of".
        const scale = SCALES.get(c.lower(j + 1)) ?? (c.lower(j + 1) === "dozen" ? 12 : undefined);
        if (scale !== undefined) {
          return vagueScaled(i, j + 2, multiplier, scale);
        }
        return {
          from: i,
          to: j + 1,
          value: null,
          comparator: "vague",
          bounds: { low: multiplier[0], high: multiplier[1], lowInclusive: true, highInclusive: true },
          kind: "count",
          takesOf: true,
          confidence: 0.6,
        };
      }
      const scale = SCALES.get(c.lower(j)) ?? (c.lower(j) === "dozen" ? 12 : undefined);
      if (scale !== undefined) return vagueScaled(i, j + 1, multiplier, scale);
      // "a few", "several" alone: vague counts only before a plural noun.
      if (w === "several" || (w === "a" && c.lower(i + 1) === "few")) {
        const next = c.lower(j);
        if (/^[a-z]+s$/.test(next) && !FUNCTION_WORDS.has(next) && !TIME_UNITS.has(next)) {
          return {
            from: i,
            to: j,
            value: null,
            comparator: "vague",
            bounds: { low: multiplier[0], high: multiplier[1], lowInclusive: true, highInclusive: true },
            kind: "count",
            confidence: 0.5,
          };
        }
        if (TIME_UNITS.has(next)) {
          return {
            from: i,
            to: j,
            value: null,
            comparator: "vague",
            bounds: { low: multiplier[0], high: multiplier[1], lowInclusive: true, highInclusive: true },
            confidence: 0.55,
          };
        }
      }
      return null;
    }
    if (w === "a" || w === "an") {
      const next = c.lower(i + 1);
      if (next === "dozen") return { from: i, to: i + 2, value: 12, confidence: 0.75 };
      // "almost a year", "more than a decade": one unit of time, when a hedge says how much.
      const time = TIME_UNITS.get(next);
      if (time && !next.endsWith("s") && hedgeBefore(c, i, sentenceStart) !== null) {
        const years = time.unit === "century" ? 100 : time.unit === "decade" ? 10 : 0;
        return {
          from: i,
          to: i + 2,
          value: years || 1,
          kind: "duration",
          unit: { text: next, normalized: years ? "year" : time.unit },
          iso: isoDuration(years || 1, years ? "year" : time.unit),
          confidence: 0.7,
        };
      }
      const scale = SCALES.get(next);
      if (scale !== undefined) {
        const more = readCardinal(c, i + 2, sentenceStart);
        // "a hundred and fifty", "a million".
        if (more && c.lower(i + 2) === "and")
          return { from: i, to: more.to, value: scale + more.value, confidence: 0.75 };
        return { from: i, to: i + 2, value: scale, confidence: 0.75 };
      }
    }
    return null;
  }
  if (w === "dozen" && i === sentenceStart) return null;
  // "both leaders", "both of them": two.
  if (
    w === "both" &&
    ((/^\p{Ll}+s$/u.test(c.text(i + 1)) && !FUNCTION_WORDS.has(c.lower(i + 1))) || c.lower(i + 1) === "of")
  ) {
    return { from: i, to: i + 1, value: 2, kind: "count", confidence: 0.6 };
  }

  const cardinal = readCardinal(c, i, sentenceStart);
  if (!cardinal) return null;
  let to = cardinal.to;
  let value = cardinal.value;
  // "two dozen": dozens count twelve.
  if (c.lower(to) === "dozen") {
    value *= 12;
    to++;
  }
  // Scale words and abbreviations after digits: "1.5 million", "3 bn".
  const scaleWord = SCALES.get(c.lower(to)) ?? SCALE_SUFFIXES.get(c.lower(to));
  if (scaleWord !== undefined && digitsValue(c.text(to - 1)) !== null && c.lower(to) !== "m" && c.lower(to) !== "b") {
    value *= scaleWord;
    to++;
  }
  if (!Number.isFinite(value)) return null;
  const single = to === i + 1;
  const yearLike = single && /^\d{4}$/.test(raw);
  // Numbers that belong to names or codes: "Apollo 11", "Boeing 737", "Flight 17".
  const prev = c.text(i - 1);
  if (
    single &&
    /^\d+$/.test(raw) &&
    !yearLike &&
    isCapitalized(prev) &&
    i - 1 !== sentenceStart &&
    !MONTHS.has(norm(prev)) &&
    !FUNCTION_WORDS.has(norm(prev)) &&
    c.tokens[i - 1]!.end < c.tokens[i]!.start
  ) {
    return null;
  }
  // Times of day, scores and codes: "10:30", "3-1", "3pm".
  if (single && c.text(to) === ":" && /^\d/.test(c.text(to + 1)) && c.glued(to)) return null;
  if (single && TIME_OF_DAY.has(c.lower(to))) return null;
  if (single && c.text(i - 1) === ":" && c.glued(i - 1) && /^\d+$/.test(c.text(i - 2))) return null;
  if (
    w === "one" &&
    (c.lower(i - 1) === "no" ||
      c.lower(i + 1) === "another" ||
      c.lower(i - 1) === "the" ||
      c.lower(i - 1) === "this" ||
      c.lower(i - 1) === "that" ||
      c.lower(i - 1) === "every" ||
      c.lower(i - 1) === "any" ||
      c.lower(i - 1) === "which" ||
      c.lower(i + 1) === "who" ||
      (c.lower(i + 1) === "day" && c.text(i + 2) === ","))
  )
    return null;
  if (w === "one" && (c.text(i + 1) === "," || c.text(i + 1) === "." || c.text(i + 1) === "")) return null;
  return { from: i, to, value, yearLike, confidence: single && /^\d/.test(raw) ? 0.9 : 0.75 };
}

function vagueScaled(from: number, to: number, multiplier: [number, number], scale: number): Parsed {
  return {
    from,
    to,
    value: null,
    comparator: "vague",
    // "a few hundred": from two hundred up to, but not including, a thousand.
    bounds: {
      low: multiplier[0] * scale,
      high: multiplier[1] === 9 ? 10 * scale - 1 : multiplier[1] * scale,
      lowInclusive: true,
      highInclusive: true,
    },
    kind: "count",
    confidence: 0.75,
  };
}

/** "a quarter of a century", "half an hour", "two-thirds of", "a third of", "half of". */
function readFraction(c: Cursor, i: number): Parsed | null {
  const w = c.lower(i);
  let j = i;
  let value: number | null = null;
  if ((w === "a" || w === "one") && FRACTIONS.has(c.lower(i + 1)) && c.lower(i + 1) !== "half") {
    value = FRACTIONS.get(c.lower(i + 1))!;
    j = i + 2;
  } else if (w === "half") {
    value = 0.5;
    j = i + 1;
  } else {
    const parts = w.includes("-") ? w.split("-") : NO_PARTS;
    if (parts.length === 2 && UNITS.has(parts[0]!) && FRACTIONS.has(parts[1]!)) {
      value = UNITS.get(parts[0]!)! * FRACTIONS.get(parts[1]!)!;
      j = i + 1;
    } else if (UNITS.has(w) && FRACTIONS.has(c.lower(i + 1)) && c.lower(i + 1).endsWith("s")) {
      value = UNITS.get(w)! * FRACTIONS.get(c.lower(i + 1))!;
      j = i + 2;
    }
  }
  if (value === null) return null;
  // A unit of time after it: "a quarter of a century", "half an hour", "half a decade".
  let k = j;
  if (c.lower(k) === "of") k++;
  if (c.lower(k) === "a" || c.lower(k) === "an") k++;
  const time = TIME_UNITS.get(c.lower(k));
  if (time && k > j && (c.lower(k - 1) === "a" || c.lower(k - 1) === "an")) {
    // "a quarter of a century" is 25 years: decades and centuries are counted in years.
    const years = time.unit === "century" ? 100 : time.unit === "decade" ? 10 : 0;
    if (years)
      return {
        from: i,
        to: k + 1,
        value: Number((value * years).toPrecision(12)),
        kind: "duration",
        unit: { text: c.lower(k), normalized: "year" },
        iso: isoDuration(value * years, "year"),
        confidence: 0.8,
      };
    return {
      from: i,
      to: k + 1,
      value,
      kind: "duration",
      unit: { text: c.lower(k), normalized: time.unit },
      iso: isoDuration(value, time.unit),
      confidence: 0.8,
    };
  }
  if (c.lower(j) === "of") {
    return {
      from: i,
      to: j + 1,
      value,
      kind: "other",
      unit: { text: null, normalized: "fraction" },
      takesOf: true,
      confidence: 0.6,
    };
  }
  if (w === "half" && (c.lower(j) === "a" || c.lower(j) === "an") && SCALES.has(c.lower(j + 1))) {
    return { from: i, to: j + 2, value: 0.5 * SCALES.get(c.lower(j + 1))!, confidence: 0.7 };
  }
  return null;
}

const ISO_UNIT: Record<string, [string, number, boolean]> = {
  second: ["S", 1, true],
  minute: ["M", 1, true],
  hour: ["H", 1, true],
  day: ["D", 1, false],
  week: ["W", 1, false],
  month: ["M", 1, false],
  year: ["Y", 1, false],
  decade: ["Y", 10, false],
  century: ["Y", 100, false],
};

/** ISO 8601 duration: 20 seconds → PT20S, a quarter of a century → P25Y. */
export function isoDuration(value: number, unit: string): string | null {
  const spec = ISO_UNIT[unit.replace(/s$/, "")] ?? ISO_UNIT[unit === "centuries" ? "century" : unit];
  if (!spec) return null;
  const n = Number((value * spec[1]).toPrecision(12));
  if (!Number.isFinite(n) || n < 0) return null;
  return `P${spec[2] ? "T" : ""}${n}${spec[0]}`;
}

const RELATIVE = new Set(["this", "last", "next", "previous", "coming", "past"]);
const PERIODS: Record<string, ClaimKind> = { year: "year", month: "date", week: "date" };
const MONTH_LEADS = new Set([
  "in",
  "late",
  "early",
  "mid",
  "since",
  "until",
  "by",
  "from",
  "through",
  "during",
  "last",
  "next",
  "this",
]);

/**
 * Times stated without digits: "in May", "late August", "the beginning of November" (a date, the month in
 * the ISO form) and "last year", "this year", "earlier this year", "last month" (relative; no value).
 */
function readTimeWords(c: Cursor, i: number, sentenceStart: number): Parsed | null {
  const w = c.lower(i);
  // "the beginning/end/start/middle of November"
  if (w === "the" && /^(beginning|end|start|middle)$/.test(c.lower(i + 1)) && c.lower(i + 2) === "of") {
    const m = MONTHS.get(c.lower(i + 3));
    if (m !== undefined && isCapitalized(c.text(i + 3)) && c.lower(i + 3).length > 3 && !/^\d/.test(c.text(i + 4)))
      return monthClaim(i, i + 4, m);
  }
  if (MONTH_LEADS.has(w)) {
    const m = MONTHS.get(c.lower(i + 1));
    if (
      m !== undefined &&
      isCapitalized(c.text(i + 1)) &&
      (c.lower(i + 1).length > 3 || c.lower(i + 1) === "may") &&
      !/^\d/.test(c.text(i + 2)) &&
      !(c.lower(i + 1) === "may" && !isCapitalized(c.text(i + 1)))
    ) {
      // "in May" but not "in May's" nor a name ("in May Day"), and "may" the verb never capitalised mid-sentence.
      if (isCapitalized(c.text(i + 2)) && i + 2 !== sentenceStart) return null;
      return monthClaim(i, i + 2, m);
    }
  }
  const earlier = w === "earlier" || w === "later";
  const k = earlier ? i + 1 : i;
  if (
    RELATIVE.has(c.lower(k)) &&
    PERIODS[c.lower(k + 1)] !== undefined &&
    !(isCapitalized(c.text(k)) && k !== sentenceStart && !earlier)
  ) {
    const kind = PERIODS[c.lower(k + 1)]!;
    return {
      from: i,
      to: k + 2,
      value: null,
      comparator: "vague",
      bounds: { low: null, high: null, lowInclusive: true, highInclusive: true },
      kind,
      unit: { text: null, normalized: c.lower(k + 1) },
      iso: null,
      timeRef: c.tokens
        .slice(i, k + 2)
        .map((t) => t.text)
        .join(" "),
      confidence: 0.55,
    };
  }
  return null;
}

/** A month alone: its number is the value ("in November" → 11), the ISO form "--11". */
function monthClaim(from: number, to: number, month: number): Parsed {
  return {
    from,
    to,
    value: month,
    comparator: "=",
    kind: "date",
    unit: { text: null, normalized: "month" },
    iso: `--${String(month).padStart(2, "0")}`,
    confidence: 0.6,
  };
}

/** A date around a month name: "May 9", "9 May 2025", "May 9, 1945", "June 2024". */
function readDate(c: Cursor, i: number): Parsed | null {
  const month = MONTHS.get(c.lower(i));
  const pad = (n: number) => String(n).padStart(2, "0");
  const dayOf = (t: string) => {
    const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(t);
    const d = m ? Number(m[1]) : Number.NaN;
    return d >= 1 && d <= 31 ? d : null;
  };
  const yearOf = (t: string) => (/^\d{4}$/.test(t) && Number(t) >= 1000 && Number(t) <= 2200 ? Number(t) : null);
  if (month !== undefined && isCapitalized(c.text(i))) {
    // Month Day[, Year]
    const day = dayOf(c.text(i + 1));
    if (day !== null) {
      let to = i + 2;
      let year: number | null = null;
      if (c.text(to) === "," && yearOf(c.text(to + 1)) !== null) {
        year = yearOf(c.text(to + 1));
        to += 2;
      } else if (yearOf(c.text(to)) !== null) {
        year = yearOf(c.text(to));
        to += 1;
      }
      return dateClaim(i, to, month, day, year, pad);
    }
    const year = yearOf(c.text(i + 1));
    // "May 2024": "May" alone is also a verb and a name, so a year must follow.
    if (year !== null) {
      return {
        from: i,
        to: i + 2,
        value: null,
        comparator: "=",
        kind: "date",
        unit: { text: null, normalized: "month" },
        iso: `${year}-${pad(month)}`,
        confidence: 0.85,
      };
    }
    return null;
  }
  // Day Month [Year]: "9 May", "9th of May 1945"
  const day = dayOf(c.text(i));
  if (day !== null) {
    let j = i + 1;
    if (c.lower(j) === "of") j++;
    const m2 = MONTHS.get(c.lower(j));
    if (m2 !== undefined && isCapitalized(c.text(j))) {
      const year = yearOf(c.text(j + 1));
      return dateClaim(i, year !== null ? j + 2 : j + 1, m2, day, year, pad);
    }
  }
  return null;
}

function dateClaim(
  from: number,
  to: number,
  month: number,
  day: number,
  year: number | null,
  pad: (n: number) => string,
): Parsed {
  // value: the day of the month, as the text states it; the ISO form carries the whole date.
  return {
    from,
    to,
    value: day,
    comparator: "=",
    kind: "date",
    unit: { text: null, normalized: "day-of-month" },
    iso: year === null ? `--${pad(month)}-${pad(day)}` : `${year}-${pad(month)}-${pad(day)}`,
    confidence: 0.9,
  };
}

/** The hedge that ends right before token i, longest first. */
function hedgeBefore(c: Cursor, i: number, floor: number): { from: number; meaning: HedgeMeaning } | null {
  for (const [words, meaning] of HEDGES_BEFORE) {
    const from = i - words.length;
    if (from < floor) continue;
    let ok = true;
    for (let k = 0; k < words.length; k++) if (c.lower(from + k) !== words[k]) ok = false;
    if (!ok) continue;
    // "some" is a hedge only right before the number ("some 3,000"), never "some of".
    return { from, meaning };
  }
  return null;
}

/** Words after a number that are not what it counts. */
const NOT_UNITS = new Set([
  ...FUNCTION_WORDS,
  "per",
  "percent",
  "%",
  "were",
  "was",
  "are",
  "is",
  "have",
  "has",
  "had",
  "will",
  "would",
  "could",
  "more",
  "less",
  "fewer",
  "people's",
]);

const ADJECTIVE = /(?:ed|al|ian|ese|ish|ic|ive|ous|ful|less|ary|ern|ing)$/;
const MODIFIERS = new Set([
  "new",
  "more",
  "additional",
  "other",
  "extra",
  "further",
  "young",
  "old",
  "former",
  "elite",
  "top",
  "senior",
  "junior",
  "active",
  "regular",
  "special",
  "local",
  "foreign",
  "ordinary",
  "armed",
  "dead",
  "wounded",
  "injured",
  "missing",
  "total",
  "civilian",
  "military",
  "front-line",
  "frontline",
  "heavy",
  "light",
  "small",
  "large",
  "big",
  "major",
  "minor",
]);

/** The unit after a number: skips names and modifiers ("12,000 North Korean troops" → troops). */
function unitAfter(c: Cursor, j: number, takesOf: boolean): { text: string; at: number } | null {
  let k = j;
  if (takesOf) {
    if (
      c.lower(k) === "the" ||
      c.lower(k) === "his" ||
      c.lower(k) === "her" ||
      c.lower(k) === "their" ||
      c.lower(k) === "its"
    )
      k++;
  }
  for (let skipped = 0; skipped < 4 && k < c.end; skipped++, k++) {
    const raw = c.text(k);
    const w = c.lower(k);
    if (!/^[\p{L}][\p{L}'’-]*$/u.test(raw)) return null;
    if (isCapitalized(raw)) continue;
    if (NOT_UNITS.has(w)) return null;
    if (
      MODIFIERS.has(w) ||
      (ADJECTIVE.test(w) &&
        !PERSON_NOUNS.has(w) &&
        !TIME_UNITS.has(w) &&
        !w.endsWith("ings") &&
        c.lower(k + 1) !== "" &&
        /^[a-z]/.test(c.text(k + 1)) &&
        !NOT_UNITS.has(c.lower(k + 1)))
    )
      continue;
    return { text: raw, at: k };
  }
  return null;
}

const IRREGULAR: Record<string, string> = {
  people: "person",
  men: "person",
  women: "person",
  children: "person",
  feet: "foot",
  mice: "mouse",
  geese: "goose",
  teeth: "tooth",
  lives: "life",
  wives: "wife",
  knives: "knife",
  staff: "person",
  police: "person",
  personnel: "person",
  crew: "person",
};

/** A normalized singular unit: "troops" → person, "countries" → country, "tanks" → tank. */
export function normalizeUnit(word: string): string {
  const w = norm(word).replace(/[^a-z0-9-]/g, "");
  if (w === "") return "unspecified";
  if (PERSON_NOUNS.has(w)) return "person";
  if (IRREGULAR[w]) return IRREGULAR[w]!;
  const time = TIME_UNITS.get(w);
  if (time) return time.unit;
  let s = w;
  if (/ies$/.test(s) && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (/(?:ches|shes|sses|xes|zes)$/.test(s)) s = s.slice(0, -2);
  else if (/[^s]s$/.test(s) && s.length > 3) s = s.slice(0, -1);
  if (!/^[a-z]/.test(s)) s = `unit-${s}`;
  return s.replace(/-+$/, "") || "unspecified";
}

function finish(
  c: Cursor,
  p: Parsed,
  sentence: { tokenStart: number; tokenEnd: number },
  text: string,
): NumberClaim | null {
  let { from, to } = p;
  let kind = p.kind;
  let comparator: Comparator = p.comparator ?? "=";
  let bounds = p.bounds;
  const value = p.value;
  let unit = p.unit;
  let iso = p.iso ?? null;
  let confidence = p.confidence;
  let qualifier: Range | null = null;

  // A currency before: "$5 million", "US$ 3bn", "£20".
  const before = c.text(from - 1);
  const currency = CURRENCY_SYMBOLS.get(before) ?? (before === "$" && c.text(from - 2) === "US" ? "usd" : undefined);
  if (currency && c.tokens[from - 1]!.end === c.tokens[from]!.start) {
    from -= before === "$" && c.text(from - 2) === "US" && c.glued(from - 2) ? 2 : 1;
    kind = "money";
    unit = { text: before, normalized: currency };
  }
  // After: "%", "per cent", "percent", "percentage points", currency words, time units, "years old".
  if (kind !== "date" && kind !== "ordinal" && kind !== "age" && kind !== "duration") {
    const next = c.lower(to);
    if (next === "%" || next === "percent") {
      to++;
      kind = "percent";
      unit = { text: next === "%" ? "%" : "percent", normalized: "percent" };
    } else if (next === "per" && c.lower(to + 1) === "cent") {
      to += 2;
      kind = "percent";
      unit = { text: "per cent", normalized: "percent" };
    } else if (next === "percentage" && c.lower(to + 1) === "points") {
      to += 2;
      kind = "percent";
      unit = { text: "percentage points", normalized: "percentage-point" };
    } else if (CURRENCY_WORDS.has(next) && kind !== "money") {
      to++;
      kind = "money";
      unit = { text: c.text(to - 1), normalized: CURRENCY_WORDS.get(next)! };
    } else if (TIME_UNITS.has(next) && (value !== null || comparator === "vague" || comparator === "range")) {
      const time = TIME_UNITS.get(next)!;
      if (c.lower(to + 1) === "old" && (time.unit === "year" || time.unit === "month")) {
        to += 2;
        kind = "age";
        unit = { text: c.text(to - 2), normalized: time.unit };
      } else {
        to++;
        kind = "duration";
        unit = { text: c.text(to - 1), normalized: time.unit };
        if (value !== null) iso = isoDuration(value, time.unit);
      }
    } else if (p.yearLike && value !== null && value >= 1000 && value <= 2200) {
      // A four-digit number is a year unless it counts something: "in 1945" but "1500 troops".
      const u = unitAfter(c, to, false);
      const counted = u !== null && u.at === to && /s$/.test(u.text) && !/^\p{Lu}/u.test(u.text);
      if (!counted) {
        kind = "year";
        unit = { text: null, normalized: "year" };
        iso = String(value);
      }
    }
  }
  // "aged 35", "at the age of 80"
  if (value !== null && !kind) {
    const b1 = c.lower(from - 1);
    if (b1 === "aged" || (b1 === "of" && c.lower(from - 2) === "age")) {
      kind = "age";
      unit = { text: null, normalized: "year" };
    }
  }

  // The hedge before.
  if (comparator === "=" || (comparator === "vague" && bounds?.high === null)) {
    const hedge = hedgeBefore(c, from, sentence.tokenStart);
    if (hedge && !(hedge.meaning !== "~" && comparator === "vague")) {
      // "over" and "under" before a time are prepositions ("spread over five years", "in over a year" aside).
      const preposition =
        ["over", "under", "above", "below"].includes(c.lower(hedge.from)) &&
        (kind === "year" || kind === "date" || (kind === "duration" && c.lower(hedge.from - 1) !== "for"));
      const ok = !(c.lower(hedge.from) === "some" && c.lower(from) === "of") && !preposition;
      if (ok && value !== null) {
        qualifier = { start: c.tokens[hedge.from]!.start, end: c.tokens[from - 1]!.end };
        from = hedge.from;
        comparator = hedge.meaning;
        bounds = boundsFor(value, hedge.meaning);
      } else if (ok && comparator === "vague" && hedge.meaning === "~") {
        qualifier = { start: c.tokens[hedge.from]!.start, end: c.tokens[from - 1]!.end };
        from = hedge.from;
      }
    }
  }
  // After-hedges: "or more", "or so".
  if (value !== null && comparator === "=") {
    if (c.lower(to) === "or" && (c.lower(to + 1) === "more" || c.lower(to + 1) === "over")) {
      qualifier = { start: c.tokens[to]!.start, end: c.tokens[to + 1]!.end };
      to += 2;
      comparator = ">=";
      bounds = boundsFor(value, ">=");
    } else if (c.lower(to) === "or" && c.lower(to + 1) === "so") {
      qualifier = { start: c.tokens[to]!.start, end: c.tokens[to + 1]!.end };
      to += 2;
      comparator = "~";
      bounds = approximateBounds(value);
    }
  }

  if (value !== null && comparator === "=") bounds = boundsFor(value, "=");
  if (!bounds) return null;
  if (!kind) kind = "count";

  // The unit and what is counted.
  let aboutRange: Range | null = null;
  let about = "";
  const after = unitAfter(c, to, p.takesOf === true);
  if (!unit) {
    if (after && (kind === "count" || kind === "other" || kind === "money"))
      unit = { text: after.text, normalized: normalizeUnit(after.text) };
    else if (kind === "ordinal")
      unit = after ? { text: after.text, normalized: normalizeUnit(after.text) } : { text: null, normalized: "rank" };
    else if (kind === "age") unit = { text: null, normalized: "year" };
    else unit = { text: null, normalized: "unspecified" };
  }
  if (after) {
    const end = Math.min(after.at + 3, sentence.tokenEnd);
    let last = after.at;
    for (let k = after.at + 1; k < end; k++) {
      const w = c.lower(k);
      if (!/^[\p{L}][\p{L}'’-]*$/u.test(c.text(k)) || (NOT_UNITS.has(w) && w !== "of")) break;
      last = k;
    }
    if (c.lower(last) === "of") last--;
    aboutRange = { start: c.tokens[after.at]!.start, end: c.tokens[last]!.end };
    about = text.slice(aboutRange.start, aboutRange.end);
  }
  if (!about) about = unit.text ?? (kind === "year" || kind === "date" ? "the date" : unit.normalized);
  if (kind === "date" || kind === "year") confidence = Math.min(confidence, 0.85);
  if (value !== null && !Number.isFinite(value)) return null;
  if (bounds.low !== null && !Number.isFinite(bounds.low)) return null;
  if (bounds.high !== null && !Number.isFinite(bounds.high)) return null;

  return {
    span: { start: c.tokens[from]!.start, end: c.tokens[to - 1]!.end },
    kind,
    value,
    comparator,
    bounds,
    qualifier,
    unit,
    about: about.replace(/\s+/g, " ").trim() || unit.normalized,
    aboutRange,
    iso,
    timeRef: p.timeRef ?? null,
    confidence,
  };
}

/** Words that can start a number expression; any other token is skipped unless it starts with a digit. */
const STARTERS = new Set<string>([
  ...UNITS.keys(),
  ...TENS.keys(),
  ...ORDINALS.keys(),
  ...FRACTIONS.keys(),
  ...VAGUE_PLURALS.keys(),
  ...VAGUE_MULTIPLIERS.keys(),
  ...MONTHS.keys(),
  ...MONTH_LEADS,
  ...RELATIVE,
  "a",
  "an",
  "the",
  "between",
  "from",
  "earlier",
  "later",
  "both",
  "half",
  "dozen",
  "early",
  "mid",
  "late",
]);

function mayStart(raw: string, lower: string): boolean {
  const c = raw.charCodeAt(0);
  if (c >= 48 && c <= 57) return true;
  if (STARTERS.has(lower)) return true;
  const dash = lower.indexOf("-");
  return dash > 0 && (UNITS.has(lower.slice(0, dash)) || TENS.has(lower.slice(0, dash)));
}

/** Every numeric claim of one sentence. */
export function findNumbers(
  text: string,
  tokens: readonly Token[],
  sentence: { tokenStart: number; tokenEnd: number },
): NumberClaim[] {
  const c = new Cursor(tokens, sentence.tokenEnd);
  const out: NumberClaim[] = [];
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    if (!mayStart(c.text(i), c.lower(i))) continue;
    const parsed =
      readDate(c, i) ??
      readTimeWords(c, i, sentence.tokenStart) ??
      readAge(c, i, sentence.tokenStart) ??
      readRange(c, i, sentence.tokenStart) ??
      readDistributive(c, i) ??
      readNumber(c, i, sentence.tokenStart);
    if (!parsed) continue;
    const claim = finish(c, parsed, sentence, text);
    // A claim may reach back over a hedge, but never over the previous claim.
    const previous = out[out.length - 1];
    if (claim && (!previous || claim.span.start >= previous.span.end)) out.push(claim);
    i = Math.max(i, parsed.to - 1);
  }
  return out;
}

/**
 * "one by one", "two by two": a number word repeated around "by" says how many at a time — one
 * expression of kind other, not two counts. Digits around "by" are dimensions ("3 by 4 metres") and stay out.
 */
function readDistributive(c: Cursor, i: number): Parsed | null {
  const w = c.lower(i);
  if (c.lower(i + 1) !== "by" || c.lower(i + 2) !== w || !UNITS.has(w)) return null;
  const value = UNITS.get(w)!;
  return { from: i, to: i + 3, value, kind: "other", confidence: 0.6 };
}

/** "John Smith, 35, said": an age between commas after a name. */
function readAge(c: Cursor, i: number, sentenceStart: number): Parsed | null {
  const raw = c.text(i);
  if (!/^\d{1,3}$/.test(raw) || Number(raw) > 120 || Number(raw) === 0) return null;
  if (c.text(i - 1) !== "," || i - 2 < sentenceStart) return null;
  // After a name or a word for a person: "Kim, 35,", "hero gran, 71,".
  const word = c.text(i - 2);
  if (!/^\p{L}/u.test(word) || MONTHS.has(c.lower(i - 2)) || WEEKDAYS_OR_TIME.has(c.lower(i - 2))) return null;
  if (
    !isCapitalized(word) &&
    !PERSON_NOUNS.has(c.lower(i - 2)) &&
    !/(?:man|woman|gran|granny|grandmother|grandfather|mother|father|mum|dad|boy|girl|son|daughter|wife|husband|widow|pensioner|teenager)$/.test(
      c.lower(i - 2),
    )
  )
    return null;
  const after = c.text(i + 1);
  if (
    after !== "," &&
    after !== "." &&
    after !== ";" &&
    after !== ")" &&
    c.lower(i + 1) !== "and" &&
    c.lower(i + 1) !== "from" &&
    c.lower(i + 1) !== "of"
  )
    return null;
  return {
    from: i,
    to: i + 1,
    value: Number(raw),
    kind: "age",
    unit: { text: null, normalized: "year" },
    confidence: 0.8,
  };
}

const WEEKDAYS_OR_TIME = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "year",
  "years",
  "month",
  "months",
  "week",
  "weeks",
  "day",
  "days",
]);

/** "between 10 and 12", "from 2020 to 2024", "10 to 15 minutes", "10-15". */
function readRange(c: Cursor, i: number, sentenceStart: number): Parsed | null {
  const w = c.lower(i);
  const lead = w === "between" ? "and" : w === "from" ? "to" : null;
  // "two or three weeks": a range when a unit follows.
  if (!lead) {
    const a = readCardinal(c, i, sentenceStart);
    if (a && c.lower(a.to) === "or") {
      const b = readCardinal(c, a.to + 1, -1);
      if (
        b &&
        a.value < b.value &&
        (TIME_UNITS.has(c.lower(b.to)) || (/^\p{Ll}+s$/u.test(c.text(b.to)) && !FUNCTION_WORDS.has(c.lower(b.to))))
      ) {
        return {
          from: i,
          to: b.to,
          value: null,
          comparator: "range",
          bounds: { low: a.value, high: b.value, lowInclusive: true, highInclusive: true },
          confidence: 0.7,
        };
      }
    }
  }
  const start = lead ? i + 1 : i;
  const a = readCardinal(c, start, lead ? -1 : sentenceStart);
  if (!a) return null;
  const joiner = c.lower(a.to);
  if (lead ? joiner !== lead : joiner !== "to" && joiner !== "–" && joiner !== "-" && joiner !== "—") return null;
  if (!lead && joiner === "to" && !/^\d/.test(c.text(start))) {
    // "three to four years": number words make a range only before a unit.
    const b0 = readCardinal(c, a.to + 1, -1);
    if (!b0 || !(TIME_UNITS.has(c.lower(b0.to)) || /^\p{Ll}+s$/u.test(c.text(b0.to)))) return null;
  }
  const b = readCardinal(c, a.to + 1, -1);
  if (!b || !(a.value < b.value)) return null;
  const yearish = /^\d{4}$/.test(c.text(start)) && /^\d{4}$/.test(c.text(a.to + 1));
  return {
    from: i,
    to: b.to,
    value: null,
    comparator: "range",
    bounds: { low: a.value, high: b.value, lowInclusive: true, highInclusive: true },
    ...(yearish
      ? { kind: "year" as const, unit: { text: null, normalized: "year" }, iso: `${c.text(start)}/${c.text(a.to + 1)}` }
      : {}),
    confidence: 0.75,
  };
}

export const numbers: Stage = {
  name: "numbers",
  description: "numeric claims with value, bounds, comparator, hedge, unit and kind",
  run(doc: Doc) {
    doc.claims = doc.sentences.flatMap((s) => findNumbers(doc.text, doc.tokens, s));
  },
};
