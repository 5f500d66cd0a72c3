import type { Quote } from "@claimset/schema";
import { anchorFor, formatAnchor } from "../anchor-hint.js";
import type { LintIssue } from "../issue.js";
import type { LintContext, LintRule } from "../rule.js";

/** The paragraph of a quote's first span. */
const firstParagraph = (context: LintContext, quote: Quote) => context.paragraphAt(quote.spans[0]?.start ?? 0);

/**
 * A quote that continues an attributed one points its `speakerText` at that
 * attribution. A continuation is a quote with a speaker and no
 * `speakerText` that sits in the paragraph of a quote by the same speaker
 * that has one, or in the paragraph right after it, and whose own words do
 * not hold that attribution.
 */
export const continuationSpeakerText: LintRule = {
  name: "continuation-speaker-text",
  description:
    "A quote continuing an attributed quote of the same speaker (same paragraph or the next) points speakerText at that attribution.",
  scope: "quotes",
  convention: true,
  followers(context) {
    // Quotes whose attribution is in an earlier paragraph: the continuations that follow the convention.
    return context.dataset.quotes
      .filter((q) => q.speakerText !== null && context.paragraphAt(q.speakerText.start) < firstParagraph(context, q))
      .map((q) => q.id);
  },
  check(context) {
    const issues: LintIssue[] = [];
    // Attributed quotes by speaker and paragraph, so each continuation is one lookup.
    const attributed = new Map<string, Quote[]>();
    for (const q of context.dataset.quotes) {
      if (q.speaker === null || q.speakerText === null || q.spans.length === 0) continue;
      const key = `${q.speaker}\u0000${firstParagraph(context, q)}`;
      const list = attributed.get(key) ?? [];
      list.push(q);
      attributed.set(key, list);
    }
    for (const quote of context.dataset.quotes) {
      if (quote.speaker === null || quote.speakerText !== null || quote.spans.length === 0) continue;
      const paragraph = firstParagraph(context, quote);
      const start = quote.spans[0]?.start ?? 0;
      const same = attributed.get(`${quote.speaker}\u0000${paragraph}`) ?? [];
      const before = paragraph > 0 ? (attributed.get(`${quote.speaker}\u0000${paragraph - 1}`) ?? []) : [];
      // The nearest attributed quote: the last one before this quote, else the first after it.
      const candidates = [...before, ...same].sort((a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0));
      const source = candidates.filter((q) => (q.spans[0]?.start ?? 0) < start).pop() ?? candidates[0];
      const attribution = source?.speakerText;
      if (!source || !attribution) continue;
      // An attribution inside the quote's own words ("I was a soldier") makes it no continuation.
      if (quote.spans.some((s) => s.start <= attribution.start && attribution.end <= s.end)) continue;
      // The build searches speakerText in the paragraphs of the quote's spans first.
      const last = quote.spans[quote.spans.length - 1] ?? quote.spans[0];
      const scope = {
        start: context.paragraph(paragraph).start,
        end: context.paragraph(context.paragraphAt(Math.max(start, (last?.end ?? start) - 1))).end,
      };
      const anchor = anchorFor(context.article, attribution, scope);
      const line = context.paragraphAt(attribution.start) + 1;
      issues.push(
        context.recordIssue(this.name, "quotes", quote.id, ["speakerText"], {
          message: `quote continues ${source.id} by "${quote.speaker}", whose attribution "${attribution.text}" is on line ${line} of the article, but has no speakerText`,
          expected: `speakerText at "${attribution.text}" (article line ${line}), as in ${source.id}`,
          found: "no speakerText",
          hint: anchor
            ? `add speakerText: ${formatAnchor(anchor)}`
            : `add a speakerText anchor for "${attribution.text}" at offset ${attribution.start}`,
        }),
      );
    }
    return issues;
  },
};
