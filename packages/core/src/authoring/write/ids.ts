/** Stable, readable record ids: kebab-case from the record's own words, unique within the dataset. */

const MAX = 64;

/** ASCII kebab-case: "Kim Jong Un" → kim-jong-un, "Erdoğan" → erdogan. */
export function kebab(text: string, maxLength = MAX): string {
  // Most names are ASCII already: only other text needs decomposing to drop its accents.
  const ascii = (/^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKD"))
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength);
  const dash = cut.lastIndexOf("-");
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, "");
}

const RESERVED = /^(q|n|note)-/;

/** Hands out ids: the same base twice gets -2, -3 …; entity ids never take another table's prefix. */
export class IdAllocator {
  private readonly used: Set<string>;
  constructor(existing: Iterable<string> = []) {
    this.used = new Set(existing);
  }
  has(id: string): boolean {
    return this.used.has(id);
  }
  private take(base: string): string {
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
  /** Takes `id` itself when it is free (an id carried over from an export), else the next free variant. */
  exact(id: string): string {
    return this.take(id);
  }
  entity(name: string, fallback: string): string {
    let base = kebab(name) || fallback;
    if (RESERVED.test(base) || base === "q" || base === "n" || base === "note") base = `e-${base}`;
    return this.take(base);
  }
  quote(words: string): string {
    return this.take(`q-${kebab(words) || "quote"}`);
  }
  claim(words: string): string {
    return this.take(`n-${kebab(words) || "number"}`);
  }
  note(words: string): string {
    return this.take(`note-${kebab(words) || "draft"}`);
  }
}
