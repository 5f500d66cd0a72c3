import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createIntervalIndex } from "./intervals.js";

type Range = { start: number; end: number; id: number };

const ranges = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })), { maxLength: 80 })
  .map((pairs) => pairs.map(([start, length], id): Range => ({ start, end: start + length, id })));

const ids = (items: Range[]) => items.map((r) => r.id).sort((a, b) => a - b);

describe("createIntervalIndex", () => {
  it("finds exactly the ranges with start <= point < end", () => {
    fc.assert(
      fc.property(ranges, fc.integer({ min: -2, max: 85 }), (items, point) => {
        const index = createIntervalIndex(items, (r) => r);
        const expected = items.filter((r) => r.start <= point && point < r.end);
        expect(ids(index.stab(point))).toEqual(ids(expected));
      }),
    );
  });

  it("treats ranges as end-exclusive and drops empty ones", () => {
    const index = createIntervalIndex(
      [
        { start: 2, end: 5, id: 0 },
        { start: 5, end: 5, id: 1 },
        { start: 5, end: 9, id: 2 },
      ],
      (r) => r,
    );
    expect(ids(index.stab(4))).toEqual([0]);
    expect(ids(index.stab(5))).toEqual([2]);
    expect(index.stab(9)).toEqual([]);
    expect(index.stab(1)).toEqual([]);
  });

  it("agrees with a scan for hundreds of ranges, long ones, starts past 65,535 and fractional bounds", () => {
    const wide = fc
      .array(
        fc.tuple(
          fc.oneof(fc.integer({ min: 0, max: 300_000 }), fc.double({ min: 0, max: 300_000, noNaN: true })),
          fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 300_000 })),
        ),
        { maxLength: 600 },
      )
      .map((pairs) => pairs.map(([start, length], id): Range => ({ start, end: start + length, id })));
    fc.assert(
      fc.property(
        wide,
        fc.array(fc.double({ min: -1, max: 600_001, noNaN: true }), { maxLength: 20 }),
        (items, points) => {
          const index = createIntervalIndex(items, (r) => r);
          for (const point of [...points, ...items.slice(0, 10).map((r) => r.start)]) {
            const expected = items.filter((r) => r.start <= point && point < r.end);
            expect(ids(index.stab(point))).toEqual(ids(expected));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("returns nothing from an empty index", () => {
    expect(createIntervalIndex([], (r: Range) => r).stab(0)).toEqual([]);
  });
});
