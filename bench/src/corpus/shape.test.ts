import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { SHAPE } from "./shape.js";

const REAL = join(import.meta.dirname, "../../../datasets/north-korea-victory-day-parade/dataset.json");
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
/** Within a quarter: the real dataset may grow a little without the corpus losing its shape. */
const near = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(expected / 4);

describe("SHAPE", () => {
  it.skipIf(!existsSync(REAL))("still describes the real dataset", () => {
    const real = JSON.parse(readFileSync(REAL, "utf8")) as Dataset;
    near(real.source.text.length, SHAPE.textLength);
    near(real.entities.length, sum(SHAPE.entityTypes));
    near(real.entities.flatMap((e) => e.mentions).length, sum(SHAPE.mentionKinds));
    near(real.quotes.length, sum(SHAPE.quoteKinds));
    near(real.claims.length, sum(SHAPE.claimKinds));
    near(real.notes.length, sum(SHAPE.noteKinds));
    expect(real.retired.length).toBeLessThanOrEqual(5);
  });
});
