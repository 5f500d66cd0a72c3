import type { Bounds, ClaimKind } from "@claimset/schema";
import type { DatasetIndex } from "../query/create-index.js";
import type { DeepReadonly, ReadonlyClaim } from "../query/types.js";

// Years, dates and ordinals read wrong with digit grouping ("1,945").
const UNGROUPED: ReadonlySet<ClaimKind> = new Set(["year", "date", "ordinal"]);
// Made on first use: building a number format loads locale data, which every
// program importing core would otherwise pay for at startup.
let grouped: Intl.NumberFormat | undefined;
let ungrouped: Intl.NumberFormat | undefined;

/** A number as a reader expects it: grouped thousands except for years, dates and ordinals. */
export function formatNumber(value: number, kind: ClaimKind = "other"): string {
  if (UNGROUPED.has(kind)) {
    ungrouped ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 20, useGrouping: false });
    return ungrouped.format(value);
  }
  grouped ??= new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 });
  return grouped.format(value);
}

/** An interval in words and symbols: "20–28", "> 20", "≤ 5", "> 20 and ≤ 28"; "" when unbounded. */
export function formatInterval(bounds: DeepReadonly<Bounds>, kind: ClaimKind = "other"): string {
  const { low, high, lowInclusive, highInclusive } = bounds;
  const lowText = low === null ? null : `${lowInclusive ? "≥" : ">"} ${formatNumber(low, kind)}`;
  const highText = high === null ? null : `${highInclusive ? "≤" : "<"} ${formatNumber(high, kind)}`;
  if (low !== null && high !== null) {
    if (low === high && lowInclusive && highInclusive) return formatNumber(low, kind);
    if (lowInclusive && highInclusive) return `${formatNumber(low, kind)}–${formatNumber(high, kind)}`;
    return `${lowText} and ${highText}`;
  }
  return lowText ?? highText ?? "";
}

const SYMBOL = { ">": ">", ">=": "≥", "<": "<", "<=": "≤" } as const;

/**
 * A claim's value with its hedge and bounds: "771,000", "> 771,000",
 * "~24 (20–28)", "20–28", "vague (≥ 24)".
 */
export function formatBounds(claim: ReadonlyClaim): string {
  const { value, comparator, bounds, kind } = claim;
  const interval = formatInterval(bounds, kind);
  const stated = value === null ? null : formatNumber(value, kind);
  switch (comparator) {
    case "=":
      return stated ?? (interval || "unknown");
    case ">":
    case ">=":
    case "<":
    case "<=":
      return stated === null ? interval || "unknown" : `${SYMBOL[comparator]} ${stated}`;
    case "~":
      if (stated === null) return interval ? `~(${interval})` : "~?";
      return interval && interval !== stated ? `~${stated} (${interval})` : `~${stated}`;
    case "range":
      if (stated === null) return interval || "unknown";
      return interval && interval !== stated ? `${stated} (${interval})` : stated;
    case "vague": {
      const head = stated === null ? "vague" : `vague: ${stated}`;
      return interval ? `${head} (${interval})` : head;
    }
  }
}

/** The words a claim's unit reads as: the unit as written, else its normalized form. */
export function formatUnit(claim: ReadonlyClaim): string {
  const { text, normalized } = claim.unit;
  return text === null || text === normalized ? normalized : `${text} (${normalized})`;
}

/**
 * Who asserts a claim, for people: the publisher's own voice, a named
 * entity, a quote's speaker, or the words naming an unnamed source.
 */
export function formatAssertedBy(claim: ReadonlyClaim, index: Pick<DatasetIndex, "record">): string {
  const by = claim.assertedBy;
  switch (by.type) {
    case "publisher":
      return "the article itself (no source given)";
    case "entity": {
      const found = index.record(by.id);
      return found?.table === "entities" ? found.record.name : by.id;
    }
    case "quote": {
      const found = index.record(by.id);
      if (found?.table !== "quotes") return `quote ${by.id}`;
      const speaker = found.record.speaker === null ? undefined : index.record(found.record.speaker);
      if (speaker?.table === "entities") return `${speaker.record.name} (quote ${by.id})`;
      return `no named speaker (quote ${by.id})`;
    }
    case "unnamed":
      return `unnamed source: “${by.span.text}”`;
  }
}
