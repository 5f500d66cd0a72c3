import { createIndex } from "@claimset/core";
import { describe, expect, it } from "vitest";
import { seedDataset } from "../test/datasets.js";
import { hashOf, routeOf } from "./route.js";

const dataset = seedDataset();

describe("routeOf", () => {
  const index = createIndex(dataset);

  it("reads live ids of every table", () => {
    for (const id of [
      "q-leopard-meat-grinder",
      "n-russian-casualties",
      "note-russian-casualties-unsourced",
      "leopard",
    ]) {
      expect(routeOf(index, hashOf(id))).toEqual({ type: "record", id });
    }
  });

  it("treats an empty hash as no selection and an unknown id as unknown", () => {
    expect(routeOf(index, "")).toEqual({ type: "none" });
    expect(routeOf(index, "#")).toEqual({ type: "none" });
    expect(routeOf(index, "#q-nothing")).toEqual({ type: "unknown", id: "q-nothing" });
    expect(routeOf(index, "#%E0%A4%A")).toEqual({ type: "unknown", id: "%E0%A4%A" });
  });

  it("follows a tombstone to the ids that replace a retired id", () => {
    const retired = {
      ...dataset,
      retired: [{ id: "q-old", kind: "moved", to: ["q-leopard-meat-grinder"], since: "1.1.0", reason: "renamed" }],
    } as const;
    const route = routeOf(createIndex(retired), "#q-old");
    expect(route).toMatchObject({ type: "retired", ids: ["q-leopard-meat-grinder"], tombstone: { since: "1.1.0" } });
  });
});
