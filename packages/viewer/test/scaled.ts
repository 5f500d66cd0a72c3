import type { Dataset } from "@claimset/schema";

/**
 * The seed repeated `times` times as one dataset: texts joined by a newline,
 * spans moved, every id (and every reference to one) suffixed with its copy's
 * number. Drawable, not valid (its hashes are the seed's): the page draws it
 * from a site manifest, which it trusts, to see how the page copes with size.
 */
export function repeatDataset(seed: Dataset, times: number): Dataset {
  const out: Dataset = {
    ...seed,
    id: `${seed.id}-x${times}`,
    entities: [],
    quotes: [],
    claims: [],
    notes: [],
    retired: [],
  };
  const texts: string[] = [];
  let offset = 0;
  for (let copy = 1; copy <= times; copy++) {
    const id = (x: string) => (copy === 1 ? x : `${x}-${copy}`);
    const by = offset;
    // Every object with start/end is a span; every string under an id-bearing key is an id.
    const move = (value: unknown, key = ""): unknown => {
      if (Array.isArray(value)) return value.map((v) => move(v, key));
      if (value && typeof value === "object") {
        const o = value as Record<string, unknown>;
        const moved: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(o)) moved[k] = move(v, k);
        if (typeof o.start === "number" && typeof o.end === "number") {
          moved.start = (o.start as number) + by;
          moved.end = (o.end as number) + by;
        }
        return moved;
      }
      if (
        typeof value === "string" &&
        ["id", "speaker", "addressee", "parent", "targets", "entities", "to"].includes(key)
      ) {
        return id(value);
      }
      return value;
    };
    out.entities.push(...(move(seed.entities) as Dataset["entities"]));
    out.quotes.push(...(move(seed.quotes) as Dataset["quotes"]));
    out.claims.push(...(move(seed.claims) as Dataset["claims"]));
    out.notes.push(...(move(seed.notes) as Dataset["notes"]));
    texts.push(seed.source.text);
    offset += seed.source.text.length + 1;
  }
  return { ...out, source: { ...seed.source, text: texts.join("\n") } };
}
