// The questions, as SQL over the Parquet tables of `claimset export --format parquet`.
// `from(table)` says where a table's files are: one file per table, or Hive partitions.
// Entities are the same across articles when they share a Wikidata id; otherwise each
// entity is its own (its corpus key, `<dataset>:<id>`).

export type From = (table: "entities" | "mentions" | "quotes" | "claims" | "sources") => string;

/** One file per table, `<dir>/<table>.parquet`. */
export const files =
  (dir: string): From =>
  (table) =>
    `read_parquet('${dir}/${table}.parquet')`;

/** Hive partitions, `<dir>/<table>/dataset=<id>/part-0.parquet`: the dataset column comes from the folder names. */
export const partitions =
  (dir: string): From =>
  (table) =>
    `read_parquet('${dir}/${table}/*/*.parquet', hive_partitioning = true)`;

/**
 * Who is quoted most, in how many articles, and to which outlets the words
 * were said. Ranks speakers first and looks names and outlets up for the top
 * ones only: ordered aggregates over every speaker of a corpus cost more
 * than the whole count.
 */
export const quotedMost = (from: From, limit = 10) => `
WITH spoken AS (
  SELECT coalesce(e.wikidata, e.key) AS who, e.name, q.dataset, q.addressee
  FROM ${from("quotes")} q
  JOIN ${from("entities")} e ON e.dataset = q.dataset AND e.id = q.speaker
), top AS (
  SELECT who, count(*) AS quotes, count(DISTINCT dataset) AS articles
  FROM spoken GROUP BY who ORDER BY quotes DESC, who LIMIT ${limit}
), outlets AS (
  SELECT dataset, id, name FROM ${from("entities")} WHERE type = 'media-outlet'
)
SELECT top.who,
       min(s.name)                                            AS name,
       top.quotes,
       top.articles,
       list_sort(list(DISTINCT o.name) FILTER (WHERE o.name IS NOT NULL)) AS outlets
FROM top
JOIN spoken s ON s.who = top.who
LEFT JOIN outlets o ON o.dataset = s.dataset AND o.id = s.addressee
GROUP BY top.who, top.quotes, top.articles
ORDER BY top.quotes DESC, top.who`;

/** Numbers by kind and hedge: how many, how many carry hedge words, and the commonest hedges. */
export const numbersByKind = (from: From) => `
SELECT kind,
       comparator,
       count(*)                                                   AS claims,
       count(qualifier_text)                                      AS hedged,
       list(DISTINCT lower(qualifier_text) ORDER BY lower(qualifier_text))
         FILTER (WHERE qualifier_text IS NOT NULL)[1:4]           AS hedges
FROM ${from("claims")}
GROUP BY kind, comparator
ORDER BY kind, claims DESC, comparator`;

/**
 * Every claim about an entity (by Wikidata id), in every article, with who
 * asserts it: the article itself, a named entity, a quote's speaker, or the
 * words naming an unnamed source.
 */
export const claimsAbout = (from: From) => `
SELECT c.dataset,
       c.id,
       c.span_text                                   AS says,
       c.kind,
       c.asserted_by_type                            AS by,
       CASE c.asserted_by_type
         WHEN 'publisher' THEN 'the article itself'
         WHEN 'entity'    THEN asserter.name
         WHEN 'quote'     THEN coalesce(speaker.name, 'an unnamed speaker')
         ELSE c.asserted_by_span_text
       END                                           AS asserted_by
FROM (SELECT dataset, id FROM ${from("entities")} WHERE wikidata = $qid) t
-- Only the articles that have the entity: their claims, then the about-list test.
JOIN (SELECT * FROM ${from("claims")} WHERE dataset IN (SELECT dataset FROM ${from("entities")} WHERE wikidata = $qid)) c
  ON c.dataset = t.dataset AND list_contains(c.about_entities, t.id)
-- Equi-joins only (a quote id never names an entity, nor an entity id a quote), so DuckDB hashes them;
-- the CASE above picks the one that applies.
LEFT JOIN ${from("entities")} asserter ON asserter.dataset = c.dataset AND asserter.id = c.asserted_by_id
LEFT JOIN ${from("quotes")} q ON q.dataset = c.dataset AND q.id = c.asserted_by_id
LEFT JOIN ${from("entities")} speaker ON speaker.dataset = q.dataset AND speaker.id = q.speaker
ORDER BY c.dataset, c.span_start`;

/** Every mention cut from its article by code point offsets, as any SQL engine's substring counts: all must match. */
export const mentionsCut = (from: From) => `
SELECT count(*) AS mentions,
       count(*) FILTER (WHERE substring(s.text, m.span_start_cp + 1, m.span_end_cp - m.span_start_cp) = m.span_text) AS exact
FROM ${from("mentions")} m JOIN ${from("sources")} s ON s.dataset = m.dataset`;
