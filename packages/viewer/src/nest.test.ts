import { describe, expect, it } from "vitest";
import { nestAnnotations, type Piece } from "./nest.js";

interface A {
  id: string;
  start: number;
  end: number;
}

const byId = (a: A, b: A) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Renders a tree as bracketed text: `[id:…]`, with `~` marking a fragment that does not begin its annotation. */
function show(text: string, pieces: Piece<A>[]): string {
  return pieces
    .map((p) =>
      p.type === "text"
        ? text.slice(p.start, p.end)
        : `[${p.first ? "" : "~"}${p.annotation.id}:${show(text, p.children)}]`,
    )
    .join("");
}

function nest(text: string, annotations: A[], from = 0, to = text.length) {
  return show(
    text,
    nestAnnotations(annotations, (a) => a, from, to, byId),
  );
}

/** Every piece's text, in order: must reproduce the covered text exactly. */
function flatText(text: string, pieces: Piece<A>[]): string {
  return pieces.map((p) => (p.type === "text" ? text.slice(p.start, p.end) : flatText(text, p.children))).join("");
}

describe("nestAnnotations", () => {
  it("nests a number inside a quote inside a mention", () => {
    const text = "He said “about 12,000 troops” left.";
    const mention = { id: "m", start: 0, end: 29 };
    const quote = { id: "q", start: 9, end: 28 };
    const claim = { id: "n", start: 9, end: 21 };
    expect(nest(text, [claim, mention, quote])).toBe("[m:He said “[q:[n:about 12,000] troops]”] left.");
  });

  it("splits an annotation that crosses another into fragments", () => {
    const text = "abcdefghij";
    const a = { id: "a", start: 0, end: 6 };
    const b = { id: "b", start: 3, end: 9 };
    expect(nest(text, [b, a])).toBe("[a:abc[b:def]][~b:ghi]j");
  });

  it("puts the longer of two annotations starting together outside", () => {
    const text = "more than 771,000 dead";
    expect(
      nest(text, [
        { id: "short", start: 0, end: 9 },
        { id: "long", start: 0, end: 17 },
      ]),
    ).toBe("[long:[short:more than] 771,000] dead");
  });

  it("breaks ties between identical ranges with the given order", () => {
    expect(
      nest("xyz", [
        { id: "b", start: 0, end: 3 },
        { id: "a", start: 0, end: 3 },
      ]),
    ).toBe("[a:[b:xyz]]");
  });

  it("keeps astral characters, curly quotes and ellipses whole", () => {
    const text = "Kim 👋 said “no…” – twice’";
    const wave = { id: "w", start: text.indexOf("👋"), end: text.indexOf("👋") + 2 };
    const quote = { id: "q", start: text.indexOf("no…"), end: text.indexOf("no…") + 3 };
    expect([wave.start, quote.start]).toEqual([4, 13]);
    const pieces = nestAnnotations([wave, quote], (a) => a, 0, text.length, byId);
    expect(show(text, pieces)).toBe("Kim [w:👋] said “[q:no…]” – twice’");
    expect(flatText(text, pieces)).toBe(text);
  });

  it("clips annotations to the requested stretch, marking cut fragments", () => {
    const text = "one\ntwo three";
    const across = { id: "x", start: 2, end: 7 };
    expect(nest(text, [across], 4, 13)).toBe("[~x:two] three");
    const pieces = nestAnnotations([across], (a) => a, 0, 3, byId);
    expect(pieces[1]).toMatchObject({ type: "mark", first: true, last: false });
  });

  it("drops empty ranges and returns plain text when nothing is annotated", () => {
    expect(nest("plain", [{ id: "e", start: 2, end: 2 }])).toBe("plain");
    expect(nestAnnotations([], (a: A) => a, 0, 0, byId)).toEqual([]);
  });

  it("reproduces the text exactly under many random overlapping annotations", () => {
    const text = "“Meter by meter,” he said – 👋 about 12,000… more than 771,000’s".repeat(3);
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let round = 0; round < 50; round++) {
      const annotations: A[] = [];
      for (let i = 0; i < 12; i++) {
        const start = random(text.length);
        annotations.push({ id: `a${i}`, start, end: start + random(text.length - start + 1) });
      }
      const pieces = nestAnnotations(annotations, (a) => a, 0, text.length, byId);
      expect(flatText(text, pieces)).toBe(text);
      // Each annotation's fragments cover exactly its range.
      const covered = new Map<string, number>();
      const walk = (ps: Piece<A>[]) => {
        for (const p of ps) {
          if (p.type === "mark") {
            covered.set(p.annotation.id, (covered.get(p.annotation.id) ?? 0) + p.end - p.start);
            walk(p.children);
          }
        }
      };
      walk(pieces);
      for (const a of annotations) expect(covered.get(a.id) ?? 0).toBe(a.end - a.start);
    }
  });
});
