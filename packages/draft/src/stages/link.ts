/**
 * Stage 7: links. Each quote's speaker phrase becomes an entity (the mention
 * it overlaps, or the one its pronoun was resolved to), or a reason why it
 * has none (a scare quote, an unnamed source, a quote inside a quote). Each
 * claim is asserted by the quote it stands in, by the source of its
 * sentence ("according to X"), or by the publisher.
 */
import type { Doc, Links, MentionRecord, Range, Stage } from "../doc.js";
import { norm } from "../text/chars.js";

function mentionAt(mentions: readonly MentionRecord[], r: Range): MentionRecord | null {
  let best: MentionRecord | null = null;
  for (const m of mentions) {
    if (m.entity < 0 || m.start >= r.end || r.start >= m.end) continue;
    // The mention that covers most of the phrase; a named one on a tie.
    const overlap = Math.min(m.end, r.end) - Math.max(m.start, r.start);
    const bestOverlap = best ? Math.min(best.end, r.end) - Math.max(best.start, r.start) : -1;
    if (overlap > bestOverlap || (overlap === bestOverlap && m.kind === "named")) best = m;
  }
  return best;
}

export function link(doc: Doc): void {
  const links: Links = { speakers: [], addressees: [], claimSources: [], claimEntities: [] };
  const { text } = doc;
  doc.quotes.forEach((q) => {
    if (q.parent !== null) {
      links.speakers.push({ reason: q.kind === "scare" ? "a phrase the speaker sets apart inside a quote" : "quoted inside another quote; the text does not say who first said it" });
      links.addressees.push(null);
      return;
    }
    if (q.kind === "scare") {
      links.speakers.push({ reason: "scare quote: the marks set the words apart; nobody in particular is quoted" });
      links.addressees.push(null);
      return;
    }
    const m = q.speakerText ? mentionAt(doc.mentions, q.speakerText) : null;
    if (m) links.speakers.push({ entity: m.entity });
    else if (q.speakerText) {
      const phrase = text.slice(q.speakerText.start, q.speakerText.end).replace(/\s+/g, " ");
      links.speakers.push({ reason: `the speaker is not named: ${JSON.stringify(phrase)}` });
    } else links.speakers.push({ reason: "the text does not say who said it" });
    const a = q.addresseeText ? mentionAt(doc.mentions, q.addresseeText) : null;
    const speaker = links.speakers[links.speakers.length - 1]!;
    links.addressees.push(a && !("entity" in speaker && speaker.entity === a.entity) ? a.entity : null);
  });

  // First-person pronouns inside a direct quote are its speaker.
  doc.mentions = doc.mentions.flatMap((m) => {
    if (m.entity >= -1) return [m];
    const speaker = links.speakers[-2 - m.entity];
    return speaker && "entity" in speaker ? [{ ...m, entity: speaker.entity }] : [];
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

  for (const c of doc.claims) {
    // The innermost quote whose words hold the claim.
    let source: Links["claimSources"][number] = { type: "publisher" };
    let best = Number.POSITIVE_INFINITY;
    doc.quotes.forEach((q, i) => {
      for (const s of q.spans) {
        if (s.start <= c.span.start && c.span.end <= s.end && s.end - s.start < best) {
          best = s.end - s.start;
          source = { type: "quote", quote: i };
        }
      }
    });
    links.claimSources.push(source);
    const about = c.aboutRange;
    links.claimEntities.push(
      about ? [...new Set(doc.mentions.filter((m) => m.kind === "named" && m.start >= about.start && m.end <= about.end).map((m) => m.entity))] : [],
    );
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
