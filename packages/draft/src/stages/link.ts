/**
 * Stage 7: links. Each quote's speaker phrase becomes an entity (the mention
 * it overlaps, or the one its pronoun was resolved to), or a reason why it
 * has none (a scare quote, an unnamed source, a quote inside a quote). Each
 * claim is asserted by the quote it stands in, by the source of its
 * sentence ("according to X"), or by the publisher.
 */
import type { Doc, Links, MentionRecord, Range, Stage } from "../doc.js";
import { ROLE_NOUNS, UNNAMED_SOURCE_HEADS } from "../lexicon/words.js";
import { norm } from "../text/chars.js";
import { tokenIndexAt } from "./attribution.js";

function mentionAt(mentions: readonly MentionRecord[], r: Range): MentionRecord | null {
  let best: MentionRecord | null = null;
  // Mentions are sorted by start; those that can overlap start at most a few hundred units before the phrase.
  for (let i = firstAtOrAfter(mentions, r.start - 400); i < mentions.length && mentions[i]!.start < r.end; i++) {
    const m = mentions[i]!;
    if (m.entity < 0 || m.start >= r.end || r.start >= m.end) continue;
    // The mention that covers most of the phrase; a named one on a tie.
    const overlap = Math.min(m.end, r.end) - Math.max(m.start, r.start);
    const bestOverlap = best ? Math.min(best.end, r.end) - Math.max(best.start, r.start) : -1;
    if (overlap > bestOverlap || (overlap === bestOverlap && m.kind === "named")) best = m;
  }
  return best;
}

const PRONOUN_GENDER: Record<string, "male" | "female"> = { he: "male", she: "female" };

/** Index of the first record in `sorted` (by start) that starts at or after `offset`. */
function firstAtOrAfter(sorted: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a range lies inside one of `spans` (sorted by start, not overlapping much). */
function insideAny(spans: readonly Range[], r: Range): boolean {
  for (let i = firstAtOrAfter(spans, r.start + 1) - 1; i >= 0 && i >= firstAtOrAfter(spans, r.start + 1) - 4; i--) {
    const s = spans[i]!;
    if (s.start <= r.start && r.end <= s.end) return true;
  }
  return false;
}

/** The paragraph of an offset. */
function paragraphAt(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (doc.paragraphs[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * "he said" after a quote: the speaker of the quote before (within two
 * paragraphs, same gender), else the nearest person named in the six
 * sentences before whose gender fits.
 */
function resolveSpeakerPronoun(
  doc: Doc,
  at: Range,
  gender: "male" | "female",
  last: { entity: number; paragraph: number } | null,
  quoted: (r: Range) => boolean,
  spoke: ReadonlySet<number>,
): number | null {
  const fits = (e: number) => {
    const entity = doc.entities[e]!;
    return entity.type === "person" && (entity.gender === null || entity.gender === gender);
  };
  if (last && paragraphAt(doc, at.start) - last.paragraph <= 2 && fits(last.entity)) return last.entity;
  const here = doc.tokens[Math.min(tokenIndexAt(doc.tokens, at.start), doc.tokens.length - 1)]?.sentence ?? 0;
  const floor = doc.sentences[Math.max(0, here - 6)]?.start ?? 0;
  // Most recent first, someone who has spoken before ahead of anyone else; names inside quotes are what speakers talk about.
  let nearest: number | null = null;
  for (let i = firstAtOrAfter(doc.mentions, at.start) - 1; i >= 0; i--) {
    const m = doc.mentions[i]!;
    if (m.start < floor) break;
    if (m.end > at.start || m.entity < 0 || !fits(m.entity) || quoted(m)) continue;
    if (spoke.has(m.entity)) return m.entity;
    nearest ??= m.entity;
  }
  return nearest;
}

const SOURCE_HEADS = new Set([...UNNAMED_SOURCE_HEADS, ...ROLE_NOUNS.keys()]);

/**
 * A speaker the text names by a description ("Russian sources", "a former
 * soldier", "people familiar with the matter"): an entity of its own, the same
 * for the same words, its phrase a nominal mention.
 */
function describedSpeaker(
  doc: Doc,
  phrase: Range,
  described: Map<string, number>,
  added: MentionRecord[],
): number | null {
  // "One of the blog posts", "some of the officials": the speaker is one of a group the text names; the group is the entity.
  const partitive = PARTITIVE.exec(doc.text.slice(phrase.start, phrase.end));
  if (partitive) phrase = { start: phrase.start + partitive[0].length, end: phrase.end };
  const words = doc.text.slice(phrase.start, phrase.end).replace(/\s+/g, " ");
  const tokens = words
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter(Boolean);
  // The head is the last word, or the word before "familiar with …", "of …", "for …".
  const cut = tokens.findIndex(
    (w, i) => i > 0 && (w === "familiar" || w === "of" || w === "for" || w === "at" || w === "in"),
  );
  const head = (cut === -1 ? tokens[tokens.length - 1] : tokens[cut - 1]) ?? "";
  const singular = head.replace(/(?<=[^s])s$/, "").replace(/ies$/, "y");
  const document = DOCUMENT_HEADS.has(head) || DOCUMENT_HEADS.has(singular);
  if (!document && !SOURCE_HEADS.has(head) && !SOURCE_HEADS.has(head.replace(/s$/, ""))) return null;
  // A partitive needs a definite group to belong to: "one of the posts", not "one of many".
  if (partitive && !/^(the|these|those|his|her|their|its)$/.test(tokens[0] ?? "")) return null;
  const key = words.toLowerCase().replace(/^(the|a|an) /, "");
  let entity = described.get(key);
  if (entity === undefined) {
    entity = doc.entities.length;
    const plural = /s$/.test(head) || head === "people" || head === "police";
    doc.entities.push({
      name: words.replace(/^(the|a|an) /i, "").replace(/^\p{Ll}/u, (c) => c.toUpperCase()),
      type: document ? "artifact" : plural ? "group" : "person",
      wikidata: null,
      description: null,
      aliases: [],
      gender: null,
      roles: [],
      age: null,
      leads: null,
      confidence: 0.45,
    });
    described.set(key, entity);
  }
  if (mentionAt(doc.mentions, phrase)?.start !== phrase.start || mentionAt(doc.mentions, phrase)?.end !== phrase.end) {
    added.push({ start: phrase.start, end: phrase.end, kind: "nominal", entity, confidence: 0.45 });
  }
  return entity;
}

/** "One of", "some of", "two of": the speaker is a member of the group that follows. */
const PARTITIVE = /^(?:one|some|many|several|most|each|either|neither|two|three|four|a few|a number) of\s+/i;

/** Writings that "say" things in news: "the report said", "a letter read", "one of the posts said". */
const DOCUMENT_HEADS = new Set(
  "post blog diary letter memo note document message tweet email leaflet notice bulletin filing complaint lawsuit indictment ruling verdict manifesto communique communiqué transcript".split(
    " ",
  ),
);

export function link(doc: Doc): void {
  const links: Links = { speakers: [], addressees: [], claimSources: [], claimEntities: [] };
  const { text } = doc;
  const order = doc.quotes.map((_, i) => i).sort((a, b) => doc.quotes[a]!.outer.start - doc.quotes[b]!.outer.start);
  const speakers = new Array<Links["speakers"][number]>(doc.quotes.length);
  const addressees = new Array<number | null>(doc.quotes.length).fill(null);
  let last: { entity: number; paragraph: number } | null = null;
  const added: MentionRecord[] = [];
  // Persons who have spoken so far, and the entities made for described speakers, by their words.
  const spoke = new Set<number>();
  const described = new Map<string, number>();
  const quotedSpans = doc.quotes
    .filter((q) => q.marked)
    .flatMap((q) => q.spans)
    .sort((a, b) => a.start - b.start);
  for (const qi of order) {
    const q = doc.quotes[qi]!;
    if (q.parent !== null) {
      speakers[qi] = {
        reason:
          q.kind === "scare"
            ? "a phrase the speaker sets apart inside a quote"
            : "quoted inside another quote; the text does not say who first said it",
      };
      continue;
    }
    if (q.kind === "scare") {
      speakers[qi] = { reason: "scare quote: the marks set the words apart; nobody in particular is quoted" };
      continue;
    }
    // The mention must reach the end of the phrase, its head: "Putin's puppet" is not Putin, "Russian sources" not Russia.
    const found = q.speakerText ? (mentionAt(doc.mentions, q.speakerText) ?? mentionAt(added, q.speakerText)) : null;
    const m = found && q.speakerText && found.end >= q.speakerText.end ? found : null;
    let entity: number | null = m ? m.entity : null;
    if (
      entity === null &&
      q.speakerText &&
      !PRONOUN_GENDER[text.slice(q.speakerText.start, q.speakerText.end).toLowerCase()]
    ) {
      entity = describedSpeaker(doc, q.speakerText, described, added);
    }
    if (entity === null && q.speakerText) {
      const word = text.slice(q.speakerText.start, q.speakerText.end).toLowerCase();
      const gender = PRONOUN_GENDER[word];
      if (gender) {
        entity = resolveSpeakerPronoun(doc, q.speakerText, gender, last, (r) => insideAny(quotedSpans, r), spoke);
        if (entity !== null && mentionAt(doc.mentions, q.speakerText) === null) {
          added.push({
            start: q.speakerText.start,
            end: q.speakerText.end,
            kind: "pronominal",
            entity,
            confidence: 0.6,
          });
          const e = doc.entities[entity]!;
          if (e.gender === null) e.gender = gender;
        }
      }
    }
    if (entity !== null) {
      speakers[qi] = { entity };
      // "with X claiming …" is an aside: it does not change whom "he added" means.
      const aside = q.kind === "indirect" && q.cue !== null && /ing$/.test(text.slice(q.cue.start, q.cue.end));
      if (!aside) last = { entity, paragraph: paragraphAt(doc, q.outer.start) };
      if (doc.entities[entity]!.type === "person") spoke.add(entity);
    } else if (q.speakerText) {
      const phrase = text.slice(q.speakerText.start, q.speakerText.end).replace(/\s+/g, " ");
      speakers[qi] = { reason: `the speaker is not named: ${JSON.stringify(phrase)}` };
    } else speakers[qi] = { reason: "the text does not say who said it" };
    const a = q.addresseeText ? mentionAt(doc.mentions, q.addresseeText) : null;
    addressees[qi] = a && a.entity !== entity ? a.entity : null;
  }
  links.speakers = speakers;
  links.addressees = addressees;
  doc.mentions = [...doc.mentions, ...added].sort((a, b) => a.start - b.start || a.end - b.end);

  // First-person pronouns inside a direct quote are its speaker, when the speaker is a person: the "I" of a
  // quoted letter or post is its writer, whom the text may not name.
  doc.mentions = doc.mentions.flatMap((m) => {
    if (m.entity >= -1) return [m];
    const speaker = links.speakers[-2 - m.entity];
    return speaker && "entity" in speaker && doc.entities[speaker.entity]!.type === "person"
      ? [{ ...m, entity: speaker.entity }]
      : [];
  });
  // Only one mention per span and entity; mentions of one entity never overlap.
  const kept: MentionRecord[] = [];
  const lastEnd = new Map<number, number>();
  const spans = new Set<string>();
  for (const m of doc.mentions) {
    const k = `${m.start}:${m.end}`;
    if (m.entity < 0 || spans.has(k) || (lastEnd.get(m.entity) ?? -1) > m.start) continue;
    spans.add(k);
    lastEnd.set(m.entity, m.end);
    kept.push(m);
  }
  doc.mentions = kept;

  // Every quote span with its quote, sorted by start; the longest span bounds the look-back.
  const quoteSpans = doc.quotes
    .flatMap((q, i) => q.spans.map((s) => ({ start: s.start, end: s.end, quote: i })))
    .sort((a, b) => a.start - b.start);
  const longest = quoteSpans.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  for (const c of doc.claims) {
    // The innermost quote whose words hold the claim.
    let source: Links["claimSources"][number] = { type: "publisher" };
    let best = Number.POSITIVE_INFINITY;
    for (
      let i = firstAtOrAfter(quoteSpans, c.span.start + 1) - 1;
      i >= 0 && quoteSpans[i]!.start >= c.span.start - longest;
      i--
    ) {
      const s = quoteSpans[i]!;
      if (s.start <= c.span.start && c.span.end <= s.end && s.end - s.start < best) {
        best = s.end - s.start;
        source = { type: "quote", quote: s.quote };
      }
    }
    links.claimSources.push(source);
    const about = c.aboutRange;
    const named = new Set<number>();
    if (about) {
      for (
        let i = firstAtOrAfter(doc.mentions, about.start);
        i < doc.mentions.length && doc.mentions[i]!.start < about.end;
        i++
      ) {
        const m = doc.mentions[i]!;
        if (m.kind === "named" && m.end <= about.end) named.add(m.entity);
      }
    }
    links.claimEntities.push([...named]);
  }
  // A quote whose speaker is unknown cannot assert claims through it any better than the publisher: keep the quote, it says where the words are.
  doc.links = links;
  void norm;
}

export const linking: Stage = {
  name: "link",
  description: "quote speakers and addressees as entities; who asserts each claim",
  run: link,
};
