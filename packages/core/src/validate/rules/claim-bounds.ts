import type { NumericClaim } from "@claimset/schema";
import type { Rule } from "./rule.js";

// `value` is the number as the text states it, and the bounds say where the
// true quantity lies: in "more than 771,000" the value 771,000 is the open end
// of its bounds. So the value must lie in the closed interval.
function contains(bounds: NumericClaim["bounds"], value: number): boolean {
  return (bounds.low === null || value >= bounds.low) && (bounds.high === null || value <= bounds.high);
}

export const claimBounds: Rule = {
  name: "claim-bounds",
  description:
    "Numbers are finite; low <= high; the value lies within its bounds; an exact (=) claim has low = high = value; the qualifier lies inside the claim's span.",
  check(dataset) {
    const issues: ReturnType<Rule["check"]> = [];
    for (const [i, claim] of dataset.claims.entries()) {
      const path = ["claims", i];
      const { low, high } = claim.bounds;
      for (const [key, n] of [
        ["value", claim.value],
        ["bounds.low", low],
        ["bounds.high", high],
      ] as const) {
        if (n !== null && !Number.isFinite(n)) {
          issues.push({
            rule: this.name,
            path: [...path, ...key.split(".")],
            recordId: claim.id,
            message: "number is not finite",
            expected: "a finite number or null",
            found: String(n),
          });
        }
      }
      if (low !== null && high !== null && low > high) {
        issues.push({
          rule: this.name,
          path: [...path, "bounds"],
          recordId: claim.id,
          message: "bounds are inverted",
          expected: "low <= high",
          found: `low ${low}, high ${high}`,
        });
      }
      if (claim.value !== null && !contains(claim.bounds, claim.value)) {
        issues.push({
          rule: this.name,
          path: [...path, "value"],
          recordId: claim.id,
          message: "value lies outside its bounds",
          expected: `a value in [${low ?? "-∞"}, ${high ?? "∞"}]`,
          found: String(claim.value),
        });
      }
      if (claim.comparator === "=" && (claim.value === null || low !== claim.value || high !== claim.value)) {
        issues.push({
          rule: this.name,
          path: [...path, "bounds"],
          recordId: claim.id,
          message: "an exact claim (=) must have a value and low = high = value",
          expected: `low = high = ${claim.value}`,
          found: `low ${low}, high ${high}`,
        });
      }
      const q = claim.qualifier;
      if (q && (q.start < claim.span.start || q.end > claim.span.end)) {
        issues.push({
          rule: this.name,
          path: [...path, "qualifier"],
          recordId: claim.id,
          message: "qualifier lies outside the claim's span",
          expected: `within ${claim.span.start}..${claim.span.end}`,
          found: `${q.start}..${q.end}`,
        });
      }
    }
    return issues;
  },
};
