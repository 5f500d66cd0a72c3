/**
 * The last step: the document's layers as authoring YAML — dataset.yml,
 * entities.yml, quotes.yml, claims.yml, notes.yml — that the authoring
 * compiler accepts as they are. Records are ordered by where they first
 * appear in the text; ids come from their own words.
 */

import {
  AnchorIndex,
  blockList,
  blockMap,
  IdAllocator,
  kebab,
  paragraphScope,
  plain,
  type YamlValue,
} from "@claimset/core/authoring";
import type { AnchorObject } from "@claimset/schema/authoring";
import type { Doc, MentionRecord, Range } from "../doc.js";

export interface WriteOptions {
  /** The dataset id (slug). */
  id: string;
  /** The article file name, relative to dataset.yml. */
  article: string;
  language: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  rights: string;
  /** The tool named in each record's provenance, e.g. "@claimset/draft@0.1.0". */
  tool: string;
  /** Write `provenance` on each record (a schema that knows the field). */
  provenance: boolean;
  /** Declare the whole dataset machine-drafted in dataset.yml. */
  machineDrafted: boolean;
  /** The `$schema` reference each file's first line points editors at, or null for no such line. */
  schemaRef: ((file: "dataset" | "entities" | "quotes" | "claims" | "notes") => string) | null;
  /** Ids already taken (an existing dataset's), never handed out. */
  reservedIds: Iterable<string>;
  /** Entity ids to use for drafted entities that are records of an existing dataset, by entity index; those are not written. */
  entityIds?: ReadonlyMap<number, string>;
  /** The same for quotes: drafted quotes an existing quote already covers. */
  quoteIds?: ReadonlyMap<number, string>;
  /** Claims an existing claim already covers, by claim index: not written. */
  skipClaims?: ReadonlySet<number>;
  /** Mentions an existing mention already covers, by their offsets "start:end": not written. */
  skipMentions?: ReadonlySet<string>;
}

/** A drafted record, before YAML. */
export interface DraftRecord {
  id: string;
  /** Where the record stands in the text, for ordering and for finding what an existing dataset already covers. */
  spans: Range[];
  confidence: number;
  yaml: Record<string, YamlValue | undefined>;
}

export interface DraftTables {
  entities: DraftRecord[];
  quotes: DraftRecord[];
  claims: DraftRecord[];
  notes: DraftRecord[];
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

function provenance(options: WriteOptions, confidence: number): YamlValue | undefined {
  if (!options.provenance) return undefined;
  return { method: plain("drafted"), tool: options.tool, confidence: round(confidence), reviewed: false };
}

/** Builds every drafted record; `keepEntity` decides which entities are written (all, for a new dataset). */
export function buildRecords(
  doc: Doc,
  options: WriteOptions,
  keepEntity: (index: number) => boolean = () => true,
): DraftTables {
  const { text } = doc;
  const index = new AnchorIndex(text);
  const ids = new IdAllocator(options.reservedIds);
  const anchor = (r: Range, scope?: Range) => index.anchor(r, scope) ?? undefined;

  // Entities, in order of their first mention.
  const mentionsOf = new Map<number, MentionRecord[]>();
  for (const m of doc.mentions) {
    const list = mentionsOf.get(m.entity);
    if (list) list.push(m);
    else mentionsOf.set(m.entity, [m]);
  }
  const entityOrder = [...mentionsOf.keys()].sort(
    (a, b) => mentionsOf.get(a)![0]!.start - mentionsOf.get(b)![0]!.start,
  );
  const entityId = new Map<number, string>(options.entityIds ?? []);
  const entities: DraftRecord[] = [];
  for (const e of entityOrder) {
    if (entityId.has(e)) continue;
    const entity = doc.entities[e]!;
    entityId.set(e, ids.entity(entity.name, entity.type));
  }
  for (const e of entityOrder) {
    if (!keepEntity(e) || options.entityIds?.has(e)) continue;
    const entity = doc.entities[e]!;
    const mentions = mentionsOf
      .get(e)!
      .filter((m) => !options.skipMentions?.has(`${m.start}:${m.end}`) && index.anchor(m) !== null);
    if (mentions.length === 0) {
      entityId.delete(e);
      continue;
    }
    const named = mentions.filter((m) => m.kind === "named");
    const confidence = Math.min(entity.confidence, ...named.map((m) => m.confidence), 1);
    entities.push({
      id: entityId.get(e)!,
      spans: mentions,
      confidence,
      yaml: {
        id: plain(entityId.get(e)!),
        name: entity.name,
        type: plain(entity.type),
        wikidata: entity.wikidata ?? undefined,
        aliases: entity.aliases.length ? [...entity.aliases].sort() : undefined,
        description: entity.description ?? undefined,
        mentions: mentionAnchors(index, text, mentions),
        provenance: provenance(options, confidence),
      },
    });
  }

  // Quotes, in text order.
  const quoteOrder = doc.quotes
    .map((_, i) => i)
    .sort((a, b) => doc.quotes[a]!.spans[0]!.start - doc.quotes[b]!.spans[0]!.start);
  const quoteId = new Map<number, string>(options.quoteIds ?? []);
  for (const qi of quoteOrder) {
    const q = doc.quotes[qi]!;
    if (quoteId.has(qi) || q.spans.some((s) => index.anchor(s) === null)) continue;
    const speaker = doc.links.speakers[qi];
    const who =
      speaker && "entity" in speaker ? (entityId.get(speaker.entity) ?? "") : q.kind === "scare" ? "scare" : "";
    const first = text.slice(q.spans[0]!.start, q.spans[0]!.end);
    const words = firstWords(first, 4);
    quoteId.set(qi, ids.quote(`${kebab(who, 24)} ${words}`));
  }
  const quotes: DraftRecord[] = [];
  for (const qi of quoteOrder) {
    if (!quoteId.has(qi) || options.quoteIds?.has(qi)) continue;
    const q = doc.quotes[qi]!;
    const speaker = doc.links.speakers[qi]!;
    const first = q.spans[0]!;
    const last = q.spans[q.spans.length - 1]!;
    const scope = paragraphScope(text, first.start, last.end);
    const subAnchor = (r: Range | null): string | AnchorObject | undefined => {
      if (!r) return undefined;
      const inScope = r.start >= scope.start && r.end <= scope.end;
      const t = text.slice(r.start, r.end);
      if (inScope) return anchor(r, scope);
      // Outside the paragraph the compiler looks in the whole text only when the paragraph has no match.
      return index.within(t, scope).length === 0 ? anchor(r) : undefined;
    };
    const hasSpeaker = "entity" in speaker && entityId.has(speaker.entity);
    const addressee = doc.links.addressees[qi];
    const spans = q.spans.map((s) => anchor(s)!);
    quotes.push({
      id: quoteId.get(qi)!,
      spans: q.spans,
      confidence: q.confidence,
      yaml: {
        id: plain(quoteId.get(qi)!),
        kind: plain(q.kind),
        spans: spans.length === 1 ? spans[0]! : (spans as YamlValue[]),
        speaker: hasSpeaker ? plain(entityId.get((speaker as { entity: number }).entity)!) : undefined,
        noSpeakerReason: hasSpeaker
          ? undefined
          : "reason" in speaker
            ? speaker.reason
            : "the speaker's entity is not drafted",
        speakerText: q.kind === "scare" ? undefined : subAnchor(q.speakerText),
        cue: subAnchor(q.cue),
        addressee:
          addressee !== null && addressee !== undefined && entityId.has(addressee)
            ? plain(entityId.get(addressee)!)
            : undefined,
        parent: q.parent !== null && quoteId.has(q.parent) ? plain(quoteId.get(q.parent)!) : undefined,
        provenance: provenance(options, q.confidence),
      },
    });
  }

  // Claims, in text order.
  const claims: DraftRecord[] = [];
  doc.claims.forEach((c, ci) => {
    if (options.skipClaims?.has(ci)) return;
    const span = anchor(c.span);
    if (span === undefined) return;
    const source = doc.links.claimSources[ci]!;
    const about = firstWords(c.about, 3);
    const value = c.value ?? c.bounds.low ?? c.bounds.high;
    const id = ids.claim(`${about || c.kind} ${value === null ? "" : String(value).replace(/\./g, "-")}`);
    const entitiesAbout = doc.links.claimEntities[ci]!.filter((e) => entityId.has(e)).map((e) =>
      plain(entityId.get(e)!),
    );
    let assertedBy: YamlValue = "publisher";
    if (source.type === "quote" && quoteId.has(source.quote)) assertedBy = { quote: plain(quoteId.get(source.quote)!) };
    else if (source.type === "entity" && entityId.has(source.entity))
      assertedBy = { entity: plain(entityId.get(source.entity)!) };
    const qualifier = c.qualifier ? (index.anchor(c.qualifier, c.span) ?? undefined) : undefined;
    claims.push({
      id,
      spans: [c.span],
      confidence: c.confidence,
      yaml: {
        id: plain(id),
        kind: plain(c.kind),
        span,
        value: c.value,
        comparator: c.comparator,
        bounds: {
          low: c.bounds.low,
          high: c.bounds.high,
          lowInclusive: c.bounds.lowInclusive,
          highInclusive: c.bounds.highInclusive,
        },
        qualifier,
        unit: { text: c.unit.text, normalized: c.unit.normalized },
        about: entitiesAbout.length ? { text: c.about, entities: entitiesAbout } : { text: c.about },
        assertedBy,
        iso: c.iso ?? undefined,
        timeRef: c.timeRef ?? undefined,
        provenance: provenance(options, c.confidence),
      },
    });
  });

  // Notes: where a speaker was carried over from an earlier quote, say so; it is an inference.
  const notes: DraftRecord[] = [];
  for (const qi of quoteOrder) {
    const q = doc.quotes[qi]!;
    const speaker = doc.links.speakers[qi]!;
    if (
      !quoteId.has(qi) ||
      options.quoteIds?.has(qi) ||
      !q.speakerInherited ||
      !("entity" in speaker) ||
      !entityId.has(speaker.entity)
    )
      continue;
    const id = ids.note(`speaker ${quoteId.get(qi)!.slice(2)}`);
    notes.push({
      id,
      spans: q.spans,
      confidence: q.confidence,
      yaml: {
        id: plain(id),
        kind: plain("inference"),
        targets: [plain(quoteId.get(qi)!)],
        text: "The speaker is carried over from the quote before: no attribution stands next to these words.",
        provenance: provenance(options, q.confidence),
      },
    });
  }
  return { entities, quotes, claims, notes };
}

/** Mention anchors, one per mention; repeated texts of one kind share an occurrence list. */
function mentionAnchors(index: AnchorIndex, text: string, mentions: readonly MentionRecord[]): YamlValue[] {
  const out: YamlValue[] = [];
  const groups = new Map<string, MentionRecord[]>();
  for (const m of mentions) {
    const k = `${m.kind}\u0000${text.slice(m.start, m.end)}`;
    const list = groups.get(k);
    if (list) list.push(m);
    else groups.set(k, [m]);
  }
  const done = new Set<string>();
  for (const m of mentions) {
    const t = text.slice(m.start, m.end);
    const k = `${m.kind}\u0000${t}`;
    if (done.has(k)) continue;
    done.add(k);
    const group = groups.get(k)!;
    const kind = m.kind === "named" ? undefined : plain(m.kind);
    if (group.length === 1) {
      const a = index.anchor(m)!;
      out.push(
        typeof a === "string" && kind === undefined ? a : { ...(typeof a === "string" ? { text: a } : a), kind },
      );
      continue;
    }
    const all = index.occurrences(t);
    const positions = group.map((g) => all.indexOf(g.start) + 1);
    if (positions.length === all.length) out.push({ text: t, occurrence: plain("all"), kind });
    else out.push({ text: t, occurrence: positions, kind });
  }
  return out;
}

const FILE_NOTE =
  "# Drafted by machine: every record is unreviewed (provenance.reviewed: false) until a person checks it.\n";

/** The five authoring files as YAML text. */
export function writeFiles(
  doc: Doc,
  options: WriteOptions,
  tables: DraftTables = buildRecords(doc, options),
): Record<string, string> {
  const header = (name: "dataset" | "entities" | "quotes" | "claims" | "notes") =>
    options.schemaRef
      ? `# yaml-language-server: $schema=${options.schemaRef(name)}
`
      : "";
  const meta = blockMap({
    id: plain(options.id),
    article: options.article,
    language: options.language,
    title: options.title,
    publisher: options.publisher,
    url: options.url,
    publishedAt: null,
    authors: null,
    retrievedAt: null,
    rights: options.rights,
    machineDrafted: options.machineDrafted ? true : undefined,
  });
  const list = (records: DraftRecord[]) => blockList(records.map((r) => r.yaml));
  return {
    "dataset.yml": `${header("dataset")}${meta}`,
    "entities.yml": `${header("entities")}${FILE_NOTE}${list(tables.entities)}`,
    "quotes.yml": `${header("quotes")}${FILE_NOTE}${list(tables.quotes)}`,
    "claims.yml": `${header("claims")}${FILE_NOTE}${list(tables.claims)}`,
    "notes.yml": `${header("notes")}${FILE_NOTE}${list(tables.notes)}`,
  };
}

const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** The first `count` words of `text`, space-separated: read only as far as they go, not the whole text. */
function firstWords(text: string, count: number): string {
  const words: string[] = [];
  WORD_RUN.lastIndex = 0;
  for (let m = WORD_RUN.exec(text); m !== null && words.length < count; m = WORD_RUN.exec(text)) words.push(m[0]);
  return words.join(" ");
}
