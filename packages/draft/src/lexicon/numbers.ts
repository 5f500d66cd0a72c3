/** Number words, ordinals, scales, fractions, currencies and hedges of English. */

import { HEDGES, type HedgeComparator } from "@claimset/core/authoring";

export const UNITS: ReadonlyMap<string, number> = new Map([
  ["zero", 0],
  ["one", 1],
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["seven", 7],
  ["eight", 8],
  ["nine", 9],
  ["ten", 10],
  ["eleven", 11],
  ["twelve", 12],
  ["thirteen", 13],
  ["fourteen", 14],
  ["fifteen", 15],
  ["sixteen", 16],
  ["seventeen", 17],
  ["eighteen", 18],
  ["nineteen", 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ["twenty", 20],
  ["thirty", 30],
  ["forty", 40],
  ["fifty", 50],
  ["sixty", 60],
  ["seventy", 70],
  ["eighty", 80],
  ["ninety", 90],
]);

export const SCALES: ReadonlyMap<string, number> = new Map([
  ["hundred", 100],
  ["thousand", 1e3],
  ["million", 1e6],
  ["billion", 1e9],
  ["trillion", 1e12],
  ["lakh", 1e5],
  ["crore", 1e7],
]);

/** Scale abbreviations glued to digits or standing after them: "$5bn", "10m", "3 mln". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ["k", 1e3],
  ["m", 1e6],
  ["mn", 1e6],
  ["mln", 1e6],
  ["bn", 1e9],
  ["b", 1e9],
  ["tn", 1e12],
  ["trn", 1e12],
]);

const ORDINAL_UNITS: [string, number][] = [
  ["first", 1],
  ["second", 2],
  ["third", 3],
  ["fourth", 4],
  ["fifth", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
  ["tenth", 10],
  ["eleventh", 11],
  ["twelfth", 12],
  ["thirteenth", 13],
  ["fourteenth", 14],
  ["fifteenth", 15],
  ["sixteenth", 16],
  ["seventeenth", 17],
  ["eighteenth", 18],
  ["nineteenth", 19],
  ["twentieth", 20],
  ["thirtieth", 30],
  ["fortieth", 40],
  ["fiftieth", 50],
  ["sixtieth", 60],
  ["seventieth", 70],
  ["eightieth", 80],
  ["ninetieth", 90],
  ["hundredth", 100],
  ["thousandth", 1000],
  ["millionth", 1e6],
];

export const ORDINALS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>(ORDINAL_UNITS);
  for (const [ten, t] of TENS) {
    for (const [unit, u] of ORDINAL_UNITS.slice(0, 9)) map.set(`${ten}-${unit}`, t + u);
  }
  return map;
})();

/** Fractions as words: "a quarter", "two-thirds", "half". */
export const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ["half", 0.5],
  ["halves", 0.5],
  ["third", 1 / 3],
  ["thirds", 1 / 3],
  ["quarter", 0.25],
  ["quarters", 0.25],
  ["fifth", 0.2],
  ["fifths", 0.2],
  ["tenth", 0.1],
  ["tenths", 0.1],
]);

/** Currency symbols and words, to ISO 4217 codes (lowercase, as normalized units). */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ["$", "usd"],
  ["US$", "usd"],
  ["£", "gbp"],
  ["€", "eur"],
  ["¥", "jpy"],
  ["₩", "krw"],
  ["₽", "rub"],
  ["₹", "inr"],
  ["₴", "uah"],
]);

export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ["dollar", "usd"],
  ["dollars", "usd"],
  ["euro", "eur"],
  ["euros", "eur"],
  ["pound", "gbp"],
  ["pounds", "gbp"],
  ["sterling", "gbp"],
  ["rouble", "rub"],
  ["roubles", "rub"],
  ["ruble", "rub"],
  ["rubles", "rub"],
  ["won", "krw"],
  ["yen", "jpy"],
  ["yuan", "cny"],
  ["renminbi", "cny"],
  ["rupee", "inr"],
  ["rupees", "inr"],
  ["hryvnia", "uah"],
  ["hryvnias", "uah"],
  ["franc", "chf"],
  ["francs", "chf"],
]);

export type HedgeMeaning = HedgeComparator;

/** Hedges before a number, longest first, with the comparator they give (core's table, split into words). */
export const HEDGES_BEFORE: readonly [words: string[], meaning: HedgeMeaning][] = HEDGES.map(([phrase, meaning]) => [
  phrase.split(" "),
  meaning,
]);

/** Vague quantities: "dozens of" gives at least 24 and no upper bound. */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ["dozens", 24],
  ["scores", 40],
  ["hundreds", 200],
  ["thousands", 2000],
  ["millions", 2e6],
  ["billions", 2e9],
  ["tens", 20],
]);

/** Vague multipliers before a scale: "a few hundred" is 2 to 9 hundreds. */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, [low: number, high: number]> = new Map([
  ["few", [2, 9]],
  ["several", [3, 9]],
  ["couple", [2, 3]],
  ["handful", [2, 9]],
]);
