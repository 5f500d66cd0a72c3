import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileFolder } from "../../node/authored.js";
import { mini } from "../../validate/tests/fixture.js";
import { carried, throughBrat } from "./round-trip.test-helper.js";

const SEED = join(import.meta.dirname, "../../../../../datasets/north-korea-victory-day-parade");

describe("claimset → brat → claimset", () => {
  it("gives the mini dataset back", () => {
    const dataset = mini();
    expect(carried(throughBrat(dataset))).toEqual(carried(dataset));
  });

  it("gives the seed dataset back", () => {
    const dataset = compileFolder(SEED);
    expect(carried(throughBrat(dataset))).toEqual(carried(dataset));
  });
});
