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

  it("keeps a note's targets that have no annotation of their own", () => {
    const dataset = mini();
    const withSpan = dataset.notes.find((n) => n.span !== null)!;
    const spanless = {
      ...withSpan,
      id: "note-zz-spanless",
      span: null,
      targets: [],
      text: "About the article as a whole…",
    };
    dataset.notes.push(spanless);
    withSpan.targets = [...withSpan.targets, spanless.id];
    expect(carried(throughBrat(dataset)).notes).toEqual(carried(dataset).notes);
  });

  it("gives the seed dataset back", () => {
    const dataset = compileFolder(SEED);
    expect(carried(throughBrat(dataset))).toEqual(carried(dataset));
  });
});
