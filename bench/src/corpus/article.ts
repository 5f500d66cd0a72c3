import { contentHash, sha256 } from "@claimset/core";
import {
  type AssertedBy,
  type ClaimKind,
  type Comparator,
  type Dataset,
  type EditorialNote,
  type Entity,
  type EntityType,
  type Mention,
  type MentionKind,
  type NumericClaim,
  type Quote,
  type QuoteKind,
  SCHEMA_VERSION,
  type Span,
} from "@claimset/schema";
import { createRandom, expand, type Random } from "./random.js";
import { SHAPE } from "./shape.js";
import { CUES, FILLER, MONTHS, NAME_SUFFIX, NOMINAL, ORDINALS, PRONOUN, SYLLABLES, UNITS } from "./words.js";

/** One astral character per article, inside a direct quote: spans must count it as two code units. */
const ASTRAL = "🎖";

/** Spans are recorded as offsets while the text grows; their `text` is filled in at the end. */
class TextBuilder {
  private readonly parts: string[] = [];
  private readonly spans: Span[] = [];
  length = 0;

  add(piece: string): void {
    this.parts.push(piece);
    this.length += piece.length;
  }

  /** Appends `piece` and returns the span covering it. */
  span(piece: string): Span {
    const start = this.length;
    this.add(piece);
    return this.track({ start, end: this.length, text: "" });
  }

  /** A separate span object with the same offsets (records never share one). */
  copy(span: Span): Span {
    return this.track({ ...span });
  }

  /** A span from `start` to the current end. */
  since(start: number): Span {
    return this.track({ start, end: this.length, text: "" });
  }

  finish(): string {
    const text = this.parts.join("");
    for (const span of this.spans) span.text = text.slice(span.start, span.end);
    return text;
  }

  private track(span: Span): Span {
    this.spans.push(span);
    return span;
  }
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function nameOf(type: EntityType, random: Random): string {
  const word = () =>
    capitalize(
      Array.from({ length: random.int(2, 3) }, () => random.pick(SYLLABLES))
        .join("")
        .replace(/(.)\1\1/g, "$1$1"),
    );
  if (type === "person") return `${word()} ${word()}`;
  return `${word()}${random.pick(NAME_SUFFIX[type] ?? [""])}`;
}

interface ClaimPlan {
  kind: ClaimKind;
  comparator: Comparator;
  asserter: keyof typeof SHAPE.asserters;
}

/** The phrase of a claim and its numbers; `hedge` is the qualifier at the start of `phrase`. */
function claimPhrase(plan: ClaimPlan, random: Random) {
  const n = plan.kind === "count" ? random.int(2, 900) * (random.chance(0.5) ? 1000 : 1) : random.int(2, 60);
  const plain = n.toLocaleString("en-US");
  const exact = (value: number, phrase: string) => ({
    phrase,
    hedge: null,
    value,
    low: value,
    high: value,
    lowInclusive: true,
    highInclusive: true,
  });
  switch (plan.comparator) {
    case "vague":
      return {
        phrase: random.pick(["dozens of", "hundreds of", "a few", "several thousand"]),
        hedge: null,
        value: null,
        low: null,
        high: null,
        lowInclusive: true,
        highInclusive: true,
      };
    case "range":
      return {
        phrase: `${plain}–${(n + 5).toLocaleString("en-US")}`,
        hedge: null,
        value: null,
        low: n,
        high: n + 5,
        lowInclusive: true,
        highInclusive: true,
      };
    case "~":
      return {
        phrase: `about ${plain}`,
        hedge: "about",
        value: n,
        low: n - 1,
        high: n + 1,
        lowInclusive: true,
        highInclusive: true,
      };
    case ">":
      return {
        phrase: `more than ${plain}`,
        hedge: "more than",
        value: n,
        low: n,
        high: null,
        lowInclusive: false,
        highInclusive: true,
      };
    case ">=":
      return {
        phrase: `at least ${plain}`,
        hedge: "at least",
        value: n,
        low: n,
        high: null,
        lowInclusive: true,
        highInclusive: true,
      };
    case "<":
      return {
        phrase: `fewer than ${plain}`,
        hedge: "fewer than",
        value: n,
        low: null,
        high: n,
        lowInclusive: true,
        highInclusive: false,
      };
    case "<=":
      return {
        phrase: `at most ${plain}`,
        hedge: "at most",
        value: n,
        low: null,
        high: n,
        lowInclusive: true,
        highInclusive: true,
      };
    case "=":
      break;
  }
  if (plan.kind === "ordinal") {
    const i = random.int(0, ORDINALS.length - 1);
    return exact(i === 5 ? 10 : i + 1, ORDINALS[i]!);
  }
  if (plan.kind === "year") {
    const year = random.int(1939, 2025);
    return exact(year, String(year));
  }
  if (plan.kind === "date") {
    const day = random.int(1, 28);
    return exact(day, `${day} ${random.pick(MONTHS)}`);
  }
  return exact(n, plain);
}

function claimUnit(plan: ClaimPlan, random: Random): { text: string | null; normalized: string } {
  switch (plan.kind) {
    case "duration":
      return { text: "minutes", normalized: "minute" };
    case "age":
      return { text: "years old", normalized: "year" };
    case "year":
      return { text: null, normalized: "year" };
    case "date":
      return { text: null, normalized: "day" };
    case "ordinal":
      return { text: null, normalized: "anniversary" };
    default: {
      const [text, normalized] = random.pick(UNITS);
      return { text, normalized };
    }
  }
}

function isoOf(plan: ClaimPlan, value: number | null, phrase: string): string | null {
  if (value === null) return null;
  if (plan.kind === "year") return String(value);
  if (plan.kind === "duration") return `PT${value}M`;
  if (plan.kind === "date") {
    const month = MONTHS.indexOf(phrase.split(" ")[1] ?? "") + 1;
    return `--${String(month).padStart(2, "0")}-${String(value).padStart(2, "0")}`;
  }
  return null;
}

/**
 * One synthetic article dataset, valid under every rule, shaped like the
 * Victory Day parade dataset (see `SHAPE`). The same `index` and `seed`
 * always give the same dataset; ids carry the index, so the articles of a
 * corpus can be merged into one dataset without clashes.
 */
export function generateArticle(index: number, seed = 1): Dataset {
  const tag = `a${index}`;
  const structure = (): Random => createRandom((seed * 1_000_003 + index * 7919) >>> 0);
  // Filler words come from a stream of their own, so that scaling their number
  // to reach the target length leaves every record the same.
  const filler = () => createRandom((seed ^ Math.imul(index, 2654435761)) >>> 0);
  // Starts near where most articles settle, so that one or two passes suffice.
  let scale = 0.43;
  let attempt = build(structure(), filler(), scale, tag);
  for (let pass = 0; pass < 4 && Math.abs(attempt.text.length - SHAPE.textLength) > SHAPE.textLength / 100; pass++) {
    const fixed = attempt.text.length - attempt.fillerChars;
    scale *= Math.max(0, SHAPE.textLength - fixed) / Math.max(1, attempt.fillerChars);
    attempt = build(structure(), filler(), scale, tag);
  }
  const { dataset } = attempt;
  dataset.id = `synthetic-article-${String(index).padStart(4, "0")}`;
  dataset.source.sha256 = sha256(dataset.source.text);
  dataset.contentHash = contentHash(dataset as unknown as Record<string, unknown>);
  return dataset;
}

function build(random: Random, fill: Random, scale: number, tag: string) {
  const out = new TextBuilder();
  let fillerChars = 0;
  const gap = (mean: number, capital = false) => {
    // Rounded at random, so that the expected length grows smoothly with `scale`.
    const count = Math.max(capital ? 1 : 0, Math.floor(fill.int(mean - 1, mean + 1) * scale + fill.next()));
    const words = Array.from({ length: count }, () => fill.pick(FILLER));
    if (capital && words.length) words[0] = capitalize(words[0]!);
    if (count > 4 && fill.chance(0.08)) words.splice(2, 0, "–");
    const text = words.join(" ");
    fillerChars += text.length;
    out.add(text);
  };

  // Entities, with the type mix of the real article.
  const entities: (Entity & { seen: boolean })[] = [];
  const ids = new Set<string>();
  for (const type of random.shuffle(expand(SHAPE.entityTypes))) {
    const name = nameOf(type, random);
    let id = `${slug(name)}-${tag}`;
    for (let k = 2; ids.has(id); k++) id = `${slug(name)}-${k}-${tag}`;
    ids.add(id);
    entities.push({
      id,
      name,
      type,
      aliases: [],
      wikidata: random.chance(0.24) ? `Q${random.int(1, 9_999_999)}` : null,
      description: random.chance(0.97) ? `A synthetic ${type.replace("-", " ")} named ${name}` : null,
      mentions: [],
      seen: false,
    });
  }
  for (let i = 0; i < SHAPE.aliases; i++) {
    const entity = random.pick(entities);
    const alias = entity.type === "person" ? entity.name.split(" ")[1]! : `${entity.name.split(" ")[0]!} ${i}`;
    if (!entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
  const speakers = entities.filter((e) => ["person", "organization", "group", "media-outlet"].includes(e.type));
  const outlets = entities.filter((e) => e.type === "media-outlet");

  // Mention kinds after each entity's first (named) mention, in the real mix.
  const laterKinds = random.shuffle(
    expand({
      named: SHAPE.mentionKinds.named - entities.length,
      nominal: SHAPE.mentionKinds.nominal,
      pronominal: SHAPE.mentionKinds.pronominal,
    }),
  );
  const mention = (entity: Entity & { seen: boolean }): Span => {
    const kind: MentionKind = entity.seen ? (laterKinds.pop() ?? "nominal") : "named";
    entity.seen = true;
    const text =
      kind === "named"
        ? entity.aliases.length && random.chance(0.3)
          ? random.pick(entity.aliases)
          : entity.name
        : kind === "nominal"
          ? random.pick(NOMINAL[entity.type] ?? ["the group"])
          : random.pick(PRONOUN[entity.type] ?? ["it", "its"]);
    const span = out.span(text);
    entity.mentions.push(Object.assign(out.copy(span), { kind }) as Mention);
    return span;
  };

  // Quotes: kinds, speakers, interruptions and nesting in the real mix.
  const quoteKinds = random.shuffle(expand(SHAPE.quoteKinds));
  const attributed = quoteKinds.map((kind) => kind !== "scare");
  const unattributed = random
    .shuffle(attributed.map((a, i) => (a ? i : -1)).filter((i) => i >= 0))
    .slice(0, SHAPE.quotesWithoutSpeaker - SHAPE.quoteKinds.scare);
  for (const i of unattributed) attributed[i] = false;
  const quotedBy = quoteKinds.map((_, i) => (attributed[i] ? random.pick(speakers) : null));
  const pickQuotes = (count: number, ok: (i: number) => boolean) =>
    new Set(
      random
        .shuffle(quoteKinds.map((_, i) => i))
        .filter(ok)
        .slice(0, count),
    );
  const interrupted = pickQuotes(
    SHAPE.interruptedQuotes,
    (i) => quoteKinds[i] === "direct" || quoteKinds[i] === "mixed",
  );
  const addressed = pickQuotes(SHAPE.quotesWithAddressee, (i) => attributed[i] === true && outlets.length > 0);
  const nested = pickQuotes(SHAPE.nestedQuotes, (i) => i > 0 && attributed[i] === true);

  // Claims: kinds, comparators and asserters in the real mix. One-sided and
  // vague comparators go to counts and durations, as they do in the text.
  const claimKinds = random.shuffle(expand(SHAPE.claimKinds));
  const hedged = random.shuffle(expand({ ...SHAPE.comparators, "=": 0 }));
  const plans: ClaimPlan[] = claimKinds.map((kind) => ({
    kind,
    comparator: ["count", "duration", "age", "other"].includes(kind) ? (hedged.pop() ?? "=") : "=",
    asserter: "publisher",
  }));
  const asserters = random.shuffle(expand({ ...SHAPE.asserters, publisher: 0 }));
  for (const plan of random.shuffle(plans).slice(0, asserters.length)) plan.asserter = asserters.pop()!;
  const quotable = quoteKinds.map((k, i) => (k === "direct" || k === "mixed" ? i : -1)).filter((i) => i >= 0);
  const claimsInQuote = new Map<number, ClaimPlan>();
  for (const plan of plans.filter((p) => p.asserter === "quote")) {
    const free = quotable.filter((i) => !claimsInQuote.has(i));
    claimsInQuote.set(random.pick(free), plan);
  }
  const narrativeClaims = random.shuffle(plans.filter((p) => p.asserter !== "quote"));

  const quotes: Quote[] = [];
  const claims: NumericClaim[] = [];
  const claim = (plan: ClaimPlan, quoteId: string | null) => {
    const numbers = claimPhrase(plan, random);
    const start = out.length;
    const qualifier = numbers.hedge === null ? null : out.span(numbers.hedge);
    out.add(numbers.hedge === null ? numbers.phrase : numbers.phrase.slice(numbers.hedge.length));
    const span = out.since(start);
    const unit = claimUnit(plan, random);
    if (unit.text) out.add(` ${unit.text}`);
    let assertedBy: AssertedBy = { type: "publisher" };
    if (plan.asserter === "quote" && quoteId) assertedBy = { type: "quote", id: quoteId };
    else if (plan.asserter === "entity") assertedBy = { type: "entity", id: random.pick(speakers).id };
    else if (plan.asserter === "unnamed") {
      out.add(", according to ");
      assertedBy = { type: "unnamed", span: out.span(random.pick(["people familiar with the matter", "a source"])) };
    }
    const about = new Set(Array.from({ length: random.int(0, 3) }, () => random.pick(entities).id));
    claims.push({
      id: `n-${tag}-${plan.kind}-${claims.length + 1}`,
      kind: plan.kind,
      span,
      value: numbers.value,
      comparator: plan.comparator,
      bounds: {
        low: numbers.low,
        high: numbers.high,
        lowInclusive: numbers.lowInclusive,
        highInclusive: numbers.highInclusive,
      },
      qualifier,
      unit,
      about: { text: `what the ${plan.kind} measures`, entities: [...about] },
      assertedBy,
      iso: isoOf(plan, numbers.value, numbers.phrase),
      timeRef: plan.kind === "date" || plan.kind === "year" ? (random.chance(0.5) ? "this year" : null) : null,
    });
  };

  // The words inside one pair of quotation marks (or a reported clause).
  const quoted = (words: number, claimPlan: ClaimPlan | undefined, quoteId: string, astral: boolean) => {
    const start = out.length;
    gap(words, true);
    if (astral) out.add(` ${ASTRAL} `);
    else out.add(" ");
    if (claimPlan) {
      claim(claimPlan, quoteId);
      out.add(" ");
    }
    if (random.chance(0.3)) {
      out.add("our ");
      gap(2);
      out.add("…");
    } else gap(words);
    return out.since(start);
  };

  let astralPlaced = false;
  const sentenceSpans: Span[] = [];
  const quoteSentence = (i: number) => {
    const kind: QuoteKind = quoteKinds[i]!;
    const speaker = quotedBy[i] ?? null;
    const id = `q-${tag}-${kind}-${i + 1}`;
    const claimPlan = claimsInQuote.get(i);
    const astral = !astralPlaced && kind === "direct";
    astralPlaced ||= astral;
    let speakerText: Span | null = null;
    let cue: Span | null = null;
    let addressee: string | null = null;
    const spans: Span[] = [];
    if (kind === "scare") {
      gap(4, true);
      out.add(" so-called “");
      spans.push(out.span(`${fill.pick(FILLER)} ${fill.pick(FILLER)}`));
      out.add("” ");
      gap(4);
    } else {
      if (speaker) speakerText = mention(speaker);
      else {
        gap(3, true);
        out.add(", according to reports,");
      }
      out.add(" ");
      if (speaker || random.chance(0.3)) cue = out.span(random.pick(CUES));
      else out.add("went on");
      if (addressed.has(i) && speaker) {
        out.add(" ");
        const outlet = random.pick(outlets);
        mention(outlet as Entity & { seen: boolean });
        addressee = outlet.id;
      }
      if (kind === "indirect") {
        out.add(" that ");
        spans.push(quoted(5, claimPlan, id, false));
      } else {
        if (kind === "mixed") {
          out.add(" ");
          gap(3);
          out.add(" as");
        }
        out.add(" “");
        spans.push(quoted(kind === "mixed" ? 3 : 6, claimPlan, id, astral));
        out.add("”");
        if (interrupted.has(i)) {
          out.add(", ");
          gap(2);
          out.add(", “");
          spans.push(quoted(3, undefined, id, false));
          out.add("”");
        }
      }
    }
    quotes.push({
      id,
      kind,
      spans,
      speaker: speaker?.id ?? null,
      noSpeakerReason: speaker
        ? null
        : kind === "scare"
          ? "Scare quotes: the writer distances themself from the words; nobody says them."
          : "The text attributes these words to unnamed reports, not to anyone it names.",
      speakerText,
      cue,
      addressee,
      parent: nested.has(i) ? (quotes[random.int(0, quotes.length - 1)]?.id ?? null) : null,
    });
  };

  // Entities to mention in narrative sentences: each one at least once.
  const speakerMentions = quotedBy.filter(Boolean).length + SHAPE.quotesWithAddressee;
  const narrativeMentions = random.shuffle([
    ...entities,
    ...Array.from(
      {
        length:
          SHAPE.mentionKinds.named +
          SHAPE.mentionKinds.nominal +
          SHAPE.mentionKinds.pronominal -
          entities.length -
          speakerMentions,
      },
      () => random.pick(entities),
    ),
  ]);
  const narrativeSentences = Math.ceil(narrativeMentions.length / 3);
  const claimsPerSentence = narrativeClaims.length / narrativeSentences;
  const order = random.shuffle([
    ...quoteKinds.map((_, i) => i),
    ...Array.from({ length: narrativeSentences }, () => -1),
  ]);
  // Unseen entities must get their named mention first: speakers of later
  // quotes are mentioned by name in the narrative before they speak.
  let claimBudget = 0;
  order.forEach((item, n) => {
    const start = out.length;
    if (item >= 0) quoteSentence(item);
    else {
      gap(2, true);
      const count = Math.min(narrativeMentions.length, random.int(2, 4));
      claimBudget += claimsPerSentence;
      for (let k = 0; k < count; k++) {
        out.add(" ");
        mention(narrativeMentions.pop()!);
        out.add(" ");
        gap(2);
        if (claimBudget >= 1 && narrativeClaims.length) {
          claimBudget -= 1;
          out.add(" ");
          claim(narrativeClaims.pop()!, null);
          out.add(" ");
          gap(1);
        }
      }
    }
    out.add(".");
    sentenceSpans.push(out.since(start));
    out.add(n % 4 === 3 ? "\n" : " ");
  });
  while (narrativeClaims.length || narrativeMentions.length) {
    out.add(" ");
    gap(2, true);
    out.add(" ");
    if (narrativeMentions.length) mention(narrativeMentions.pop()!);
    if (narrativeClaims.length) {
      out.add(" ");
      claim(narrativeClaims.pop()!, null);
    }
    out.add(".");
  }

  // Editorial notes on passages and records, in the real mix.
  const recordIds = [...entities.map((e) => e.id), ...quotes.map((q) => q.id), ...claims.map((c) => c.id)];
  const noteKinds = random.shuffle(expand(SHAPE.noteKinds));
  const withSpan = new Set(random.shuffle(noteKinds.map((_, i) => i)).slice(0, SHAPE.notesWithSpan));
  const notes: EditorialNote[] = noteKinds.map((kind, i) => {
    const targets = new Set(
      Array.from({ length: random.int(0, Math.round((2 * SHAPE.noteTargets) / noteKinds.length)) }, () =>
        random.pick(recordIds),
      ),
    );
    let text = "";
    while (text.length < SHAPE.noteLength * (0.5 + random.next())) {
      const words = Array.from({ length: random.int(6, 14) }, () => random.pick(FILLER));
      if (random.chance(0.3)) words.splice(2, 0, `“${random.pick(FILLER)}”`);
      text += `${capitalize(words.join(" "))}${random.chance(0.2) ? "…" : "."} `;
    }
    const passage = withSpan.has(i) ? random.pick(sentenceSpans) : null;
    return {
      id: `note-${tag}-${kind}-${i + 1}`,
      kind,
      targets: [...targets].sort(),
      span: passage && { ...passage },
      text: text.trim(),
    };
  });

  const text = out.finish();
  for (const note of notes) if (note.span) note.span.text = text.slice(note.span.start, note.span.end);
  const dataset: Dataset = {
    schemaVersion: SCHEMA_VERSION,
    id: "",
    version: "1.0.0",
    contentHash: "",
    source: {
      text,
      sha256: "",
      language: "en",
      title: null,
      publisher: null,
      url: null,
      publishedAt: null,
      authors: null,
      retrievedAt: null,
      rights: "Synthetic text generated for benchmarks; no rights reserved.",
    },
    entities: entities.map(({ seen: _seen, ...entity }) => entity).sort(byId),
    quotes: quotes.sort(byId),
    claims: claims.sort(byId),
    notes: notes.sort(byId),
    retired: [],
  };
  return { dataset, text, fillerChars };
}
