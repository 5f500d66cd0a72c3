/**
 * Stage 6: nominal and pronominal mentions, linked only where the
 * antecedent is clear. Appositions ("John Smith, a 35-year-old soldier,"),
 * role descriptions that match a title or an apposition seen before ("the
 * colonel" after "Lt. Col. …"), "the Russian leader" for the head of state
 * the gazetteer names, "the 35-year-old" for the person of that age;
 * he/she for the nearest person of a compatible gender in this or the two
 * sentences before; they/their for the nearest group; its for the nearest
 * organisation or country; I/me/my inside a direct quote for its speaker.
 */
import type { Doc, EntityRecord, MentionRecord, Range, Stage, Token } from "../doc.js";
import { DEMONYMS } from "../lexicon/gazetteer.js";
import {
  CUE_ADVERBS,
  GROUP_NOUNS,
  ORG_NOUNS,
  PERSON_APPOSITION_HEADS,
  PLACE_NOUNS,
  PRONOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
} from "../lexicon/words.js";
import { norm } from "../text/chars.js";
import { tokenIndexAt } from "./attribution.js";

/** Nouns that make the word before them a modifier: "the minister's" is the minister, "the ministry spokesman" is not the ministry. */
const COMPOUND_HEADS = new Set([
  ...ROLE_NOUNS.keys(),
  ...ORG_NOUNS,
  ...PLACE_NOUNS,
  "chief",
  "chiefs",
  "office",
  "offices",
  "adviser",
  "advisers",
  "aide",
  "aides",
  "staff",
  "palace",
  "residence",
  "election",
  "campaign",
  "team",
  "motorcade",
  "speech",
  "decree",
  "order",
  "candidate",
  "race",
  "seat",
  "post",
  "general",
]);

interface Resolver {
  doc: Doc;
  /** Mentions found here, in the order found. */
  added: MentionRecord[];
  /** Every mention (named and added), kept sorted by start, for windowed look-ups. */
  sorted: MentionRecord[];
  taken: Set<string>;
  /** Per token: the index of the innermost marked quote holding it, or -1. */
  quoteOfToken: Int32Array;
}

/** Index of the first mention in `sorted` that starts at or after `offset`. */
function lowerBound(sorted: readonly MentionRecord[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const key = (r: Range) => `${r.start}:${r.end}`;

function addMention(
  r: Resolver,
  span: Range,
  entity: number,
  kind: "nominal" | "pronominal",
  confidence: number,
): boolean {
  const k = key(span);
  if (r.taken.has(k)) return false;
  // A description may contain another entity's name ("the Russian leader" holds Russia), never its own entity's mention.
  for (const m of [...r.doc.mentions, ...r.added]) {
    if (
      m.start < span.end &&
      span.start < m.end &&
      (m.entity === entity || (m.start === span.start && m.end === span.end))
    )
      return false;
  }
  r.taken.add(k);
  const m: MentionRecord = { start: span.start, end: span.end, kind, entity, confidence };
  r.added.push(m);
  r.sorted.splice(lowerBound(r.sorted, m.start), 0, m);
  return true;
}

/** Entities mentioned before `offset`, most recent first, within `sentences` sentences back. */
function recentEntities(
  r: Resolver,
  offset: number,
  sentencesBack: number,
  accept: (e: EntityRecord) => boolean,
): { entity: number; at: number }[] {
  const { doc } = r;
  const here = doc.tokens[Math.min(tokenIndexAt(doc.tokens, offset), doc.tokens.length - 1)]?.sentence ?? 0;
  const floorSentence = doc.sentences[Math.max(0, here - sentencesBack)];
  const floor = floorSentence?.start ?? 0;
  const seen = new Set<number>();
  const out: { entity: number; at: number }[] = [];
  // Most recent first: walk back from the offset to the window's floor.
  for (let i = lowerBound(r.sorted, offset) - 1; i >= 0; i--) {
    const m = r.sorted[i]!;
    if (m.start < floor) break;
    if (m.end > offset || m.entity < 0 || seen.has(m.entity) || !accept(doc.entities[m.entity]!)) continue;
    seen.add(m.entity);
    out.push({ entity: m.entity, at: m.start });
  }
  return out;
}

/** Per token, the innermost marked quote whose words hold it (the latest found wins: nested quotes come after their parent). */
function quotesOfTokens(doc: Doc): Int32Array {
  const out = new Int32Array(doc.tokens.length).fill(-1);
  doc.quotes.forEach((q, i) => {
    if (!q.marked) return;
    for (const s of q.spans) {
      for (let t = tokenIndexAt(doc.tokens, s.start); t < doc.tokens.length && doc.tokens[t]!.start < s.end; t++)
        out[t] = i;
    }
  });
  return out;
}

/** "John Smith, a 35-year-old soldier, said": the description between commas after a name. */
function appositions(r: Resolver): void {
  const { doc } = r;
  const { tokens } = doc;
  for (const m of doc.mentions) {
    if (m.kind !== "named") continue;
    const entity = doc.entities[m.entity]!;
    if (entity.type !== "person" && entity.type !== "organization" && entity.type !== "media-outlet") continue;
    const after = tokenIndexAt(tokens, m.end);
    if (tokens[after]?.text !== ",") continue;
    const det = tokens[after + 1];
    if (!det || !/^(a|an|the)$/i.test(det.text) || det.sentence !== tokens[after]!.sentence) continue;
    let end = after + 2;
    let head: string | null = null;
    while (end < tokens.length && end - after < 10 && tokens[end]!.sentence === det.sentence) {
      const w = tokens[end]!.lower;
      if (/^[,.;:!?)—–]$/.test(w) || w === "who" || w === "which" || w === "said" || w === "told") break;
      if (PERSON_APPOSITION_HEADS.has(w) || ROLE_NOUNS.has(w) || ORG_NOUNS.has(w)) head = w;
      end++;
    }
    if (!head || end === after + 2) continue;
    const span = { start: det.start, end: tokens[end - 1]!.end };
    if (addMention(r, span, m.entity, "nominal", 0.75)) {
      const role = ROLE_NOUNS.get(head) ?? head;
      if (!entity.roles.includes(role)) entity.roles.push(role);
      if (entity.description === null) entity.description = doc.text.slice(tokens[after + 2]!.start, span.end);
    }
  }
}

/** The head of state of `country` the gazetteer knows, if the text has named them before `offset`. */
function leaderOf(r: Resolver, country: string, offset: number): { entity: number; at: number }[] {
  for (const m of r.sorted) {
    if (m.start >= offset) break;
    const e = r.doc.entities[m.entity];
    if (e && e.type === "person" && e.leads === country && m.kind === "named")
      return [{ entity: m.entity, at: m.start }];
  }
  return [];
}

/** Age claims right after a person's name: "Kim, 35," gives "the 35-year-old". */
function ages(doc: Doc): void {
  const namedByEnd = new Map(doc.mentions.filter((m) => m.kind === "named").map((m) => [m.end, m]));
  for (const c of doc.claims) {
    if (c.kind !== "age" || c.value === null) continue;
    const before = doc.text.slice(Math.max(0, c.span.start - 2), c.span.start);
    if (before !== ", ") continue;
    const m = namedByEnd.get(c.span.start - 2);
    if (m && doc.entities[m.entity]!.type === "person") doc.entities[m.entity]!.age = c.value;
  }
}

/** "the colonel", "the Russian leader", "the 35-year-old", "the country", "the troops". */
function descriptions(r: Resolver): void {
  const { doc } = r;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length - 1; i++) {
    const det = tokens[i]!;
    if (det.lower !== "the") continue;
    if (r.quoteOfToken[i] !== -1) continue;
    let k = i + 1;
    let demonym: string | null = null;
    // "the Russian leader", "the North Korean dictator"
    for (let n = 2; n >= 1 && demonym === null; n--) {
      if (k + n > tokens.length) continue;
      const phrase = doc.text.slice(tokens[k]!.start, tokens[k + n - 1]!.end);
      const d = DEMONYMS.get(phrase);
      if (d && !d.plural && tokens[k + n - 1]!.sentence === det.sentence) {
        demonym = d.country.name;
        k += n;
      }
    }
    const headToken = tokens[k];
    if (!headToken || headToken.sentence !== det.sentence) continue;
    const raw = headToken.text;
    const head = norm(raw);
    const span = { start: det.start, end: headToken.end };
    const nextWord = tokens[k + 1]?.lower ?? "";
    // A noun right after the head makes the head a modifier: "the president's office" is fine, "the colonel's aide" too, "the army chief" is not.
    if (COMPOUND_HEADS.has(nextWord)) continue;
    const age = /^(\d+)-year-old$/.exec(raw);
    if (age) {
      const found = recentEntities(r, det.start, 40, (e) => e.type === "person" && e.age === Number(age[1]));
      if (found[0]) addMention(r, span, found[0].entity, "nominal", 0.8);
      continue;
    }
    const role = ROLE_NOUNS.get(head);
    if (role) {
      const leaders =
        demonym !== null &&
        (role === "leader" ||
          role === "president" ||
          role === "premier" ||
          role === "king" ||
          role === "queen" ||
          role === "chancellor");
      const found = leaders
        ? leaderOf(r, demonym!, det.start)
        : recentEntities(r, det.start, 40, (e) => e.type === "person" && e.roles.includes(role));
      if (found.length >= 1 && (leaders || found.length === 1 || found[0]!.at > (found[1]?.at ?? -1))) {
        addMention(r, span, found[0]!.entity, "nominal", found.length === 1 ? 0.75 : 0.6);
      }
      continue;
    }
    if (PLACE_NOUNS.has(head) && demonym === null) {
      const want =
        head === "capital"
          ? (e: EntityRecord) => e.type === "location" && (e.description ?? "").startsWith("capital of")
          : head === "country" || head === "nation"
            ? (e: EntityRecord) => e.type === "location" && e.description === "country"
            : null;
      if (!want) continue;
      const found = recentEntities(r, det.start, 3, want);
      if (found.length === 1) addMention(r, span, found[0]!.entity, "nominal", 0.6);
      continue;
    }
    if (GROUP_NOUNS.has(head) && demonym === null) {
      const found = recentEntities(r, det.start, 3, (e) => e.type === "group");
      if (found.length === 1) addMention(r, span, found[0]!.entity, "nominal", 0.55);
      continue;
    }
    if (ORG_NOUNS.has(head) && demonym === null) {
      const found = recentEntities(
        r,
        det.start,
        4,
        (e) =>
          (e.type === "organization" || e.type === "media-outlet") && e.name.toLowerCase().split(/\s+/).includes(head),
      );
      if (found.length === 1) addMention(r, span, found[0]!.entity, "nominal", 0.6);
    }
  }
}

function pronouns(r: Resolver): void {
  const { doc } = r;
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const p = PRONOUNS.get(t.lower);
    if (!p) continue;
    const quote = r.quoteOfToken[i]!;
    const span = { start: t.start, end: t.end };
    if (p.gender === "first") {
      // "I" in a direct quote is its speaker, resolved by the linking stage; kept here as a pending mention.
      if (quote === -1 || doc.quotes[quote]!.kind !== "direct") continue;
      // Pending: kept out of `sorted`, so that no look-up takes it for an entity.
      r.added.push({ start: span.start, end: span.end, kind: "pronominal", entity: -2 - quote, confidence: 0.7 });
      continue;
    }
    if (quote !== -1) continue;
    // "he said": a speaker; the linking stage resolves it through the quotes before it.
    if (REPORTING_VERBS.has(tokens[i + 1]?.lower ?? "") || CUE_ADVERBS.has(tokens[i + 1]?.lower ?? "")) continue;
    if (p.gender === "male" || p.gender === "female") {
      const persons = recentEntities(
        r,
        t.start,
        2,
        (e) => e.type === "person" && (e.gender === null || e.gender === p.gender),
      );
      const known = persons.filter((c) => doc.entities[c.entity]!.gender === p.gender);
      const pick =
        known[0] &&
        (!persons[0] || persons[0].entity === known[0].entity || doc.entities[persons[0].entity]!.gender !== null)
          ? known[0]
          : persons[0];
      if (!pick) continue;
      const rivals = persons.filter(
        (c) => c.entity !== pick.entity && doc.entities[c.entity]!.gender !== (p.gender === "male" ? "female" : "male"),
      );
      const confidence = rivals.length === 0 ? 0.75 : 0.5;
      // Two persons of the same gender in the window make "he" ambiguous: keep it only when the nearer one is in this sentence or the last.
      if (rivals.length > 0 && doc.entities[pick.entity]!.gender !== p.gender) continue;
      if (addMention(r, span, pick.entity, "pronominal", confidence)) {
        const e = doc.entities[pick.entity]!;
        if (e.gender === null) e.gender = p.gender;
      }
      continue;
    }
    if (p.gender === "plural") {
      const groups = recentEntities(r, t.start, 1, (e) => e.type === "group");
      if (groups.length === 1) addMention(r, span, groups[0]!.entity, "pronominal", 0.5);
      continue;
    }
    if (p.gender === "neuter") {
      const things = recentEntities(
        r,
        t.start,
        1,
        (e) =>
          e.type === "organization" ||
          e.type === "media-outlet" ||
          (e.type === "location" && e.description === "country"),
      );
      if (things.length === 1) addMention(r, span, things[0]!.entity, "pronominal", 0.5);
    }
  }
}

export function resolveCoreference(doc: Doc): void {
  const sorted = [...doc.mentions].sort((a, b) => a.start - b.start);
  const r: Resolver = {
    doc,
    added: [],
    sorted,
    taken: new Set(doc.mentions.map(key)),
    quoteOfToken: quotesOfTokens(doc),
  };
  ages(doc);
  appositions(r);
  descriptions(r);
  pronouns(r);
  doc.mentions = [...doc.mentions, ...r.added].sort((a, b) => a.start - b.start || a.end - b.end);
}

export const coreference: Stage = {
  name: "coreference",
  description: "nominal and pronominal mentions where the antecedent is clear",
  run: resolveCoreference,
};

export type { Token };
