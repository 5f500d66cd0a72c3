/**
 * Stage 5: named mentions and the entities they name. A name is a run of
 * capitalised words (with "of", "the", "for", "al-" … between them), with the
 * titles before it ("Russian Defense Minister Andrei Belousov"). Its type
 * comes from the gazetteer, then from words inside it ("Ministry", "Square",
 * "War"), then from the text around it (a title, a given name, an age, "in
 * X"). Names are grouped into entities: the same name, a surname or part of
 * a longer name ("Putin" → "Vladimir Putin"), an alias of the same gazetteer
 * entry ("US" → "United States"). Nationalities become groups ("North
 * Koreans", "North Korean troops").
 */
import type { EntityType } from "@claimset/schema";
import type { Doc, EntityRecord, MentionRecord, Range, Stage, Token } from "../doc.js";
import { DEMONYMS, GAZETTEER_NAMES, type GazetteerEntry } from "../lexicon/gazetteer.js";
import { GIVEN_NAMES } from "../lexicon/names.js";
import { OUTLET_WORDS, TYPE_KEYWORDS, WEAPON_NOUNS } from "../lexicon/types.js";
import {
  FEMALE_TITLES,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  MALE_TITLES,
  MONTHS,
  PERSON_APPOSITION_HEADS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  TITLES,
  WEEKDAYS,
} from "../lexicon/words.js";
import { charAt, isCapitalized, isLower, isUpper, norm } from "../text/chars.js";
import { isNameToken, NAME_CONNECTORS } from "../text/phrases.js";

/** A name as found in the text, before grouping. */
export interface NameCandidate {
  /** The whole mention, titles included. */
  span: Range;
  /** The name without titles: "Andrei Belousov". */
  core: string;
  /** Title words before the core, lowercased: ["defense", "minister"]. */
  titles: string[];
  from: number;
  to: number;
  gazetteer: GazetteerEntry | null;
  /** Set when the run is a nationality: a group mention. */
  group: { country: string; plural: boolean; span: Range } | null;
}

const LOCATION_PREPOSITIONS = new Set([
  "in",
  "from",
  "near",
  "into",
  "across",
  "outside",
  "towards",
  "toward",
  "inside",
  "across",
  "around",
  "throughout",
  "to",
  "at",
  "via",
  "between",
]);

/** Whether a line reads as a headline: most of its words capitalised, no final period. */
function isHeadline(text: string, tokens: readonly Token[], from: number, to: number, paragraphEnd: number): boolean {
  const words = tokens.slice(from, to).filter((t) => /^\p{L}/u.test(t.text));
  if (words.length < 3) return false;
  const caps = words.filter((t) => isCapitalized(t.text) || FUNCTION_WORDS.has(t.text)).length;
  return caps / words.length > 0.8 && !/[.!?]["”’]?$/.test(text.slice(Math.max(0, paragraphEnd - 2), paragraphEnd));
}

/**
 * Splits the title phrase off the front of a name run: everything up to the
 * last title noun that has a name after it ("Deputy Infrastructure Minister
 * | Oksana Melnyk", "Lt. Col. | Leopard"). A run that ends in a word naming
 * an organisation or a place ("Defence Ministry") has no title.
 */
function splitTitles(tokens: readonly Token[], from: number, to: number): { coreFrom: number; titles: string[] } {
  const last = tokens[to - 1]!.lower;
  if (TYPE_KEYWORDS.has(last)) return { coreFrom: from, titles: [] };
  let cut = -1;
  for (let k = from; k < to - 1; k++) if (TITLE_NOUNS.has(tokens[k]!.lower)) cut = k;
  // "Army Corps of Engineers": a word naming an organisation or a unit after the title makes the whole run one name.
  for (let k = cut + 1; k < to; k++) {
    const type = TYPE_KEYWORDS.get(tokens[k]!.lower);
    if (type && type !== "location") return { coreFrom: from, titles: [] };
  }
  // A title followed only by "of …" is a title phrase, not a name: "President of Russia".
  if (cut !== -1 && tokens[cut + 1]!.lower === "of")
    return { coreFrom: to, titles: tokens.slice(from, cut + 1).map((t) => t.lower) };
  if (cut === -1) {
    // Titles alone at the front: "Mr Putin", "President Macron".
    let k = from;
    while (k < to - 1 && TITLE_NOUNS.has(tokens[k]!.lower)) k++;
    return { coreFrom: k, titles: tokens.slice(from, k).map((t) => t.lower) };
  }
  return { coreFrom: cut + 1, titles: tokens.slice(from, cut + 1).map((t) => t.lower) };
}

/** Nouns of office and rank: the last of them ends a title phrase. */
const TITLE_NOUNS = new Set(
  `president minister secretary chancellor premier general gen gen. colonel col col. lieutenant lt lt. major maj maj.
   captain capt capt. sergeant sgt sgt. admiral adm adm. commander cmdr cmdr. marshal brigadier mayor governor
   senator sen sen. ambassador envoy director chairman chairwoman chair spokesman spokeswoman spokesperson leader
   king queen prince princess pope emperor judge justice mr mr. mrs mrs. ms ms. miss dr dr. prof prof. professor
   sir dame lord lady councillor councilor commissioner chief officer inspector detective speaker deputy
   representative rep rep. governor-general sheikh ayatollah imam rabbi bishop archbishop cardinal father`
    .trim()
    .split(/\s+/),
);

/** Every name run of the text. */
export function findNames(doc: Doc): NameCandidate[] {
  const { tokens, text } = doc;
  const lowercaseSeen = new Set<string>();
  const midCaps = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const ch = charAt(t.text, 0);
    if (isLower(ch)) lowercaseSeen.add(t.text);
    else if (isUpper(ch)) {
      const prev = tokens[i - 1];
      if (prev && prev.sentence === t.sentence && !/^["“‘'«(—–-]$/.test(prev.text)) midCaps.add(t.text);
    }
  }
  const headlineSentences = new Set<number>();
  // A one-sentence paragraph may be a headline: count sentences per paragraph in one pass.
  const perParagraph = new Map<number, number[]>();
  doc.sentences.forEach((s, si) => {
    const list = perParagraph.get(s.paragraph);
    if (list) list.push(si);
    else perParagraph.set(s.paragraph, [si]);
  });
  for (const [pi, list] of perParagraph) {
    const only = list.length === 1 ? doc.sentences[list[0]!]! : null;
    if (only && isHeadline(text, tokens, only.tokenStart, only.tokenEnd, doc.paragraphs[pi]!.end))
      headlineSentences.add(list[0]!);
  }
  const bodyNames = new Set<string>();
  const out: NameCandidate[] = [];
  // Group mentions may overlap the country mention inside them, so they are kept apart from the non-overlapping names.
  const groups: NameCandidate[] = [];
  const push = (from: number, to: number, headline: boolean) => {
    if (to <= from) return;
    const span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    const runText = text.slice(span.start, span.end);
    // A nationality: "North Koreans" (a group), "North Korean troops" (a group), "Russian" alone (not a mention).
    const demonym = DEMONYMS.get(runText);
    if (demonym) {
      if (demonym.plural) {
        out.push({
          span,
          core: runText,
          titles: [],
          from,
          to,
          gazetteer: null,
          group: { country: demonym.country.name, plural: true, span },
        });
        return;
      }
      // The adjective names its country ("Russian troops": a mention of Russia), as claimset datasets annotate it;
      // with a word for soldiers after it, it also names a group ("North Korean troops").
      out.push({ span, core: runText, titles: [], from, to, gazetteer: demonym.country, group: null });
      if (GROUP_NOUNS.has(tokens[to]?.lower ?? "") && tokens[to]!.sentence === tokens[from]!.sentence) {
        const groupSpan = { start: span.start, end: tokens[to]!.end };
        groups.push({
          span: groupSpan,
          core: runText,
          titles: [],
          from,
          to: to + 1,
          gazetteer: null,
          group: { country: demonym.country.name, plural: false, span: groupSpan },
        });
      }
      return;
    }
    // Words in capitals: a dateline ("ISTANBUL —") or a tabloid's emphasis ("A GRANDMOTHER of seven").
    if (to - from === 1 && /^\p{Lu}{3,}$/u.test(runText)) {
      const titled = runText[0] + runText.slice(1).toLowerCase();
      const entry = GAZETTEER_NAMES.get(titled);
      if (entry) {
        out.push({ span, core: runText, titles: [], from, to, gazetteer: entry, group: null });
        return;
      }
      if (runText.length > 6 || lowercaseSeen.has(runText.toLowerCase()) || FUNCTION_WORDS.has(runText.toLowerCase()))
        return;
    }
    const { coreFrom, titles } = splitTitles(tokens, from, to);
    if (coreFrom >= to) {
      // Only titles ("Defense Minister", "President of Russia"): the country after "of" may still be a name.
      const ofAt = tokens.slice(from, to).findIndex((t) => t.text === "of");
      if (ofAt !== -1) push(from + ofAt + 1, to, headline);
      return;
    }
    const core = text.slice(tokens[coreFrom]!.start, span.end);
    if (headline && !bodyNames.has(core) && !GAZETTEER_NAMES.has(core)) return;
    const gazetteer = GAZETTEER_NAMES.get(core) ?? GAZETTEER_NAMES.get(runText) ?? null;
    out.push({ span, core, titles, from, to, gazetteer, group: null });
  };

  const scan = (headlinePass: boolean) => {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (headlineSentences.has(t.sentence) !== headlinePass) continue;
      if (!isNameToken(t)) continue;
      let to = i + 1;
      while (to < tokens.length && tokens[to]!.sentence === t.sentence) {
        const n = tokens[to]!;
        if (isNameToken(n) && !WEEKDAYS.has(n.lower)) {
          to++;
          continue;
        }
        if (
          NAME_CONNECTORS.has(n.text) &&
          to + 1 < tokens.length &&
          isNameToken(tokens[to + 1]) &&
          tokens[to + 1]!.sentence === t.sentence
        ) {
          to += 2;
          continue;
        }
        // "al-Assad", "bin Salman": lowercase particles glued by a hyphen are inside the token already.
        break;
      }
      let from = i;
      const prev = tokens[i - 1];
      const sentenceStart = !prev || prev.sentence !== t.sentence || /^["“‘'«(—–-]$/.test(prev.text);
      if (sentenceStart) {
        // A common word that starts the sentence is not a name: "But", "The", "Asked", any word the text also writes in lowercase.
        const w = tokens[from]!.text;
        const lower = w.toLowerCase();
        const common = FUNCTION_WORDS.has(lower) || lowercaseSeen.has(lower) || REPORTING_VERBS.has(lower) || w === "I";
        // "The Times": the article is part of an outlet's name.
        const outlet =
          lower === "the" && to - from > 1 && GAZETTEER_NAMES.has(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
        if (common && !outlet) from++;
        // A single capitalised word at the start of a sentence is a name only with more evidence:
        // the gazetteer, the same word capitalised elsewhere, a reporting verb after it, or an acronym.
        if (to - from === 1) {
          const word = tokens[from]!.text;
          const next = tokens[to]?.lower ?? "";
          const evidence =
            GAZETTEER_NAMES.has(word) ||
            midCaps.has(word) ||
            DEMONYMS.has(word) ||
            /^\p{Lu}{2,6}$/u.test(word) ||
            (REPORTING_VERBS.has(next) && !REPORTING_VERBS.get(next)!.weak) ||
            next === "’s" ||
            next === "'s";
          if (!evidence) from = to;
        }
      }
      // Lowercase title words before the run: "defence minister Andrei Belousov", "North Korean leader Kim Jong Un".
      let titleFrom = from;
      while (
        titleFrom - 1 >= 0 &&
        tokens[titleFrom - 1]!.sentence === t.sentence &&
        TITLES.has(tokens[titleFrom - 1]!.text) &&
        !FUNCTION_WORDS.has(tokens[titleFrom - 1]!.text) &&
        to - from >= 1 &&
        !DEMONYMS.has(text.slice(tokens[from]!.start, tokens[to - 1]!.end))
      )
        titleFrom--;
      if (titleFrom < from && titleFrom - 1 >= 0 && DEMONYMS.has(tokens[titleFrom - 1]!.text)) titleFrom--;
      if (from < to && !onlyMonthsOrTitles(tokens, from, to)) {
        // Months and weekdays are dates, not names.
        push(Math.min(titleFrom, from), to, headlinePass);
        if (!headlinePass) bodyNames.add(text.slice(tokens[from]!.start, tokens[to - 1]!.end));
      }
      i = to - 1;
    }
  };
  scan(false);
  for (const c of out) bodyNames.add(c.core);
  scan(true);
  out.sort((a, b) => a.span.start - b.span.start);
  const names = out.filter((c, i) => i === 0 || c.span.start >= out[i - 1]!.span.end);
  return [...names, ...groups].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

function onlyMonthsOrTitles(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokens[k]!.lower;
    if (!MONTHS.has(w) && !WEEKDAYS.has(w) && !(TITLES.has(w) && to - from === 1) && w !== "i") return false;
  }
  return true;
}

const DESIGNATOR = /^[A-Z][A-Za-z]{0,5}-?\d+[A-Za-z]*s?$/;

/** The type of a name from the name alone, or null. */
function typeFromName(core: string, titles: string[]): EntityType | null {
  const words = core.split(/\s+/);
  const last = norm(words[words.length - 1]!);
  if (titles.length) return "person";
  const byLast = TYPE_KEYWORDS.get(last);
  if (byLast) return byLast;
  // "The Sunday Times", "Daily Mail", "Kyiv Post"
  if (
    words.length >= 2 &&
    OUTLET_WORDS.has(last) &&
    (words[0] === "The" || OUTLET_WORDS.has(norm(words[0]!)) || words.length === 2)
  )
    return "media-outlet";
  for (const w of words) {
    const k = TYPE_KEYWORDS.get(norm(w));
    if (k && k !== "location" && k !== "event") return k;
    if (k === "event" && words.length > 1) return k;
  }
  if (GIVEN_NAMES.has(norm(words[0]!)) && words.length >= 2) return "person";
  return null;
}

interface Evidence {
  person: number;
  location: number;
  organization: number;
  weapon: number;
  outlet: number;
}

function contextEvidence(doc: Doc, c: NameCandidate, ev: Evidence, speakerSpans: readonly Range[]): void {
  const { tokens } = doc;
  const prev = tokens[c.from - 1]?.lower ?? "";
  const next = tokens[c.to];
  const nextW = next?.lower ?? "";
  if (LOCATION_PREPOSITIONS.has(prev) && c.core.split(" ").length <= 2) ev.location++;
  if (WEAPON_NOUNS.has(nextW)) ev.weapon += 2;
  if (DESIGNATOR.test(c.core) && (WEAPON_NOUNS.has(nextW) || /\d+s$/.test(c.core))) ev.weapon += 2;
  if (REPORTING_VERBS.has(nextW) && !REPORTING_VERBS.get(nextW)!.weak) ev.person++;
  // "John Smith, 35," and "John Smith, a soldier,"
  if (next?.text === ",") {
    const after = tokens[c.to + 1];
    if (after && /^\d{1,3}$/.test(after.text) && Number(after.text) <= 120 && tokens[c.to + 2]?.text === ",")
      ev.person += 3;
    if (after && /^(a|an|the)$/i.test(after.text)) {
      for (let k = c.to + 2; k < Math.min(tokens.length, c.to + 7); k++) {
        const w = tokens[k]!.lower;
        if (w === ",") break;
        if (PERSON_APPOSITION_HEADS.has(w) || ROLE_NOUNS.has(w)) ev.person += 2;
      }
    }
  }
  // "told The Times", "told Reuters" — an outlet as the hearer.
  if ((prev === "told" || prev === "to") && /^The /.test(c.core)) ev.outlet++;
  if (c.core === c.core.toUpperCase() && /^[A-Z]{2,6}$/.test(c.core)) ev.organization++;
  // "the finance director, Priya Natarajan"
  if (prev === "," && ROLE_NOUNS.has(tokens[c.from - 2]?.lower ?? "")) ev.person += 2;
  // "an analyst at Nordbank": a workplace.
  if (
    prev === "at" &&
    (ROLE_NOUNS.has(tokens[c.from - 2]?.lower ?? "") || PERSON_APPOSITION_HEADS.has(tokens[c.from - 2]?.lower ?? ""))
  ) {
    ev.organization += 2;
    ev.location -= 1;
  }
  // Named as a speaker: a person, unless the name itself says otherwise.
  let lo = 0;
  let hi = speakerSpans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (speakerSpans[mid]!.end <= c.span.start) lo = mid + 1;
    else hi = mid;
  }
  const s = speakerSpans[lo];
  if (s && s.start <= c.span.start && c.span.end <= s.end && !TYPE_KEYWORDS.has(norm(c.core.split(" ").pop()!)))
    ev.person++;
}

const KEBAB_FALLBACK = "entity";

/** Groups names into entities and writes the named mentions. */
export function groupNames(doc: Doc, names: readonly NameCandidate[]): void {
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  const byKey = new Map<string, number>();
  const evidence: Evidence[] = [];
  const typed: (EntityType | null)[] = [];

  const create = (name: string, gazetteer: GazetteerEntry | null, type: EntityType | null): number => {
    const index = entities.length;
    entities.push({
      name,
      type: type ?? "other",
      wikidata: gazetteer?.qid ?? null,
      description: gazetteer?.description ?? null,
      aliases: [],
      gender: gazetteer?.gender ?? null,
      roles: [],
      age: null,
      leads: gazetteer?.leads ?? null,
      confidence: gazetteer ? 0.9 : 0.6,
    });
    evidence.push({ person: 0, location: 0, organization: 0, weapon: 0, outlet: 0 });
    typed.push(type);
    return index;
  };

  // Longer names first, so that "Putin" finds "Vladimir Putin" wherever it stands.
  const order = names
    .map((_, i) => i)
    .sort(
      (a, b) =>
        names[b]!.core.split(" ").length - names[a]!.core.split(" ").length ||
        names[a]!.span.start - names[b]!.span.start,
    );
  const entityOf = new Array<number>(names.length).fill(-1);
  const personTokens = new Map<string, number[]>();
  for (const i of order) {
    const c = names[i]!;
    let key: string;
    let index: number | undefined;
    if (c.group) {
      key = `group:${c.group.country}`;
      index = byKey.get(key);
      if (index === undefined) {
        index = create(
          c.group.plural ? c.core : `${c.core} ${doc.text.slice(c.span.start, c.span.end).split(" ").pop()}`,
          null,
          "group",
        );
        byKey.set(key, index);
      }
      entityOf[i] = index;
      continue;
    }
    if (c.gazetteer) {
      key = `gaz:${c.gazetteer.name}`;
      index = byKey.get(key);
      if (index === undefined) {
        index = create(c.gazetteer.name, c.gazetteer, c.gazetteer.type);
        byKey.set(key, index);
      }
      // A person of the gazetteer is found by surname or family name too: "Kim" after "Kim Jong Un".
      if (c.gazetteer.type === "person") {
        for (const w of c.core.split(" ")) {
          if (w.length < 2 || NAME_CONNECTORS.has(w)) continue;
          const list = personTokens.get(w) ?? [];
          list.push(index);
          personTokens.set(w, list);
        }
      }
    } else {
      key = `name:${c.core}`;
      index = byKey.get(key);
      if (index === undefined && !c.core.includes(" ")) {
        // A surname or given name of a person named in full: the most recent one, if only one matches.
        const candidates = personTokens.get(c.core) ?? [];
        let unique = [...new Set(candidates)];
        // "Mrs Ellis" after "Margaret Ellis" and "Paul Ellis": the title's gender decides.
        const gender = c.titles.some((t) => FEMALE_TITLES.has(t))
          ? "female"
          : c.titles.some((t) => MALE_TITLES.has(t))
            ? "male"
            : null;
        if (unique.length > 1 && gender)
          unique = unique.filter(
            (e) =>
              entities[e]!.gender === gender ||
              (entities[e]!.gender === null && GIVEN_NAMES.get(norm(entities[e]!.name.split(" ")[0]!)) === gender),
          );
        if (unique.length === 1) index = unique[0];
        // An acronym of an organisation named in full: "ISW" for "Institute for the Study of War".
        if (index === undefined && /^[A-Z]{2,6}$/.test(c.core)) {
          for (const [k, e] of byKey) {
            if (!k.startsWith("name:")) continue;
            const initials = k
              .slice(5)
              .split(/\s+/)
              .filter((w) => /^\p{Lu}/u.test(w))
              .map((w) => w[0])
              .join("");
            if (initials === c.core) index = e;
          }
        }
      }
      if (index === undefined) {
        index = create(c.core, null, typeFromName(c.core, c.titles));
        byKey.set(key, index);
        const first = norm(c.core.split(" ")[0]!);
        if (c.core.includes(" ") && GIVEN_NAMES.has(first)) entities[index]!.gender = GIVEN_NAMES.get(first)!;
      }
      const words = c.core.split(" ");
      if (words.length >= 2 && words.length <= 4) {
        for (const w of words) {
          if (NAME_CONNECTORS.has(w) || w.length < 2) continue;
          const list = personTokens.get(w) ?? [];
          list.push(index);
          personTokens.set(w, list);
        }
      }
    }
    entityOf[i] = index;
  }

  // Speaker phrases in text order, for the evidence that a name is a person's.
  const speakerSpans = doc.quotes.flatMap((q) => (q.speakerText ? [q.speakerText] : [])).sort((a, b) => a.end - b.end);
  names.forEach((c, i) => {
    const e = entityOf[i]!;
    const entity = entities[e]!;
    if (!c.group) {
      contextEvidence(doc, c, evidence[e]!, speakerSpans);
      if (c.titles.length) evidence[e]!.person += 2;
      for (const t of c.titles) {
        const role = ROLE_NOUNS.get(t);
        if (role && !entity.roles.includes(role)) entity.roles.push(role);
        if (MALE_TITLES.has(t)) entity.gender = "male";
        if (FEMALE_TITLES.has(t)) entity.gender = "female";
      }
      const first = norm(c.core.split(" ")[0]!);
      if (entity.gender === null && GIVEN_NAMES.has(first) && c.core.includes(" "))
        entity.gender = GIVEN_NAMES.get(first)!;
      if (c.core !== entity.name && !entity.aliases.includes(c.core)) entity.aliases.push(c.core);
    }
    mentions.push({
      start: c.span.start,
      end: c.span.end,
      kind: c.group && !c.group.plural ? "nominal" : "named",
      entity: e,
      confidence: c.gazetteer ? 0.9 : 0.75,
    });
  });

  entities.forEach((entity, e) => {
    if (typed[e] !== null) return;
    const ev = evidence[e]!;
    if (ev.weapon >= 2) entity.type = "weapon";
    else if (ev.outlet) entity.type = "media-outlet";
    else if (ev.person > 0 && ev.person >= ev.location) entity.type = "person";
    else if (ev.location > 0) entity.type = "location";
    else if (ev.organization > 0) entity.type = "organization";
    else entity.type = "other";
    entity.confidence = Math.min(
      entity.confidence,
      ev.person + ev.location + ev.organization + ev.weapon + ev.outlet > 0 ? 0.7 : 0.45,
    );
  });
  for (const entity of entities) if (entity.type !== "person") entity.gender = null;
  mentions.sort((a, b) => a.start - b.start);
  doc.entities = entities;
  doc.mentions = mentions;
  void KEBAB_FALLBACK;
}

export const entities: Stage = {
  name: "entities",
  description: "named mentions, their types and the entities they group into",
  run(doc: Doc) {
    groupNames(doc, findNames(doc));
  },
};
