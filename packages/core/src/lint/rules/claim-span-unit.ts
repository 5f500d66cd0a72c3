import type { NumericClaim } from "@claimset/schema";
import { anchorFor, formatAnchor } from "../anchor-hint.js";
import type { LintIssue } from "../issue.js";
import type { LintRule } from "../rule.js";

const WORD = /[\p{L}\p{N}\p{M}_]/u;

/** Whether `needle` occurs in `haystack` as whole words, ignoring case. */
function containsWords(haystack: string, needle: string): boolean {
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  for (let i = h.indexOf(n); i !== -1; i = h.indexOf(n, i + 1)) {
    const before = i > 0 ? h.slice(i - 1, i) : "";
    const after = h.slice(i + n.length, i + n.length + 1);
    const joinedBefore = before !== "" && WORD.test(before) && WORD.test(n.slice(0, 1));
    const joinedAfter = after !== "" && WORD.test(after) && WORD.test(n.slice(-1));
    if (!joinedBefore && !joinedAfter) return true;
  }
  return false;
}

const unitText = (claim: NumericClaim) => claim.unit.text?.trim() || null;

/**
 * A claim's span runs to its unit noun when the noun directly follows the
 * number (or the number's "of": "dozens of helmets"), as the claim's
 * `unit.text` writes it. A unit after other words ("19 unspecified
 * countries") is not checked: where such a phrase ends is a judgement call.
 */
export const claimSpanUnit: LintRule = {
  name: "claim-span-unit",
  description:
    "A claim's span includes its unit noun (unit.text) when that noun directly follows the span in the text.",
  scope: "claims",
  convention: true,
  followers(context) {
    return context.dataset.claims
      .filter((c) => {
        const unit = unitText(c);
        return unit !== null && containsWords(c.span.text, unit);
      })
      .map((c) => c.id);
  },
  check(context) {
    const issues: LintIssue[] = [];
    const { article } = context;
    for (const claim of context.dataset.claims) {
      const unit = unitText(claim);
      if (unit === null || containsWords(claim.span.text, unit)) continue;
      const gap = /^[ \u00a0]+/.exec(article.slice(claim.span.end, claim.span.end + 8))?.[0] ?? "";
      if (!gap) continue;
      const from = claim.span.end + gap.length;
      const next = article.slice(from, from + unit.length);
      const after = article.slice(from + unit.length, from + unit.length + 2);
      if (next.toLowerCase() !== unit.toLowerCase() || (after !== "" && WORD.test(after.slice(0, 1)))) continue;
      const wanted = {
        start: claim.span.start,
        end: from + unit.length,
        text: article.slice(claim.span.start, from + unit.length),
      };
      const anchor = anchorFor(article, wanted);
      issues.push(
        context.recordIssue(this.name, "claims", claim.id, ["span"], {
          message: `span stops before its unit noun "${next}", which directly follows it`,
          expected: `span ${JSON.stringify(wanted.text)}`,
          found: `span ${JSON.stringify(claim.span.text)}`,
          hint: anchor ? `write span: ${formatAnchor(anchor)}` : `extend the span to ${JSON.stringify(wanted.text)}`,
        }),
      );
    }
    return issues;
  },
};
