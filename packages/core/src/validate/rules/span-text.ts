import { forEachSpan, preview, type Rule, spanPath } from "./rule.js";

export const spanText: Rule = {
  name: "span-text",
  description: "Every span's text equals source.text.slice(start, end).",
  check(dataset) {
    const rule = this.name;
    const text = dataset.source.text;
    const issues: ReturnType<Rule["check"]> = [];
    forEachSpan(dataset, (span, place) => {
      // Inverted or out-of-range spans are reported by span-bounds.
      if (span.start > span.end || span.end > text.length) return;
      if (span.end - span.start !== span.text.length || !text.startsWith(span.text, span.start)) {
        issues.push({
          rule,
          path: [...spanPath(place), "text"],
          recordId: place.recordId,
          message: `span text does not match the source at ${span.start}..${span.end}`,
          expected: preview(text.slice(span.start, span.end)),
          found: preview(span.text),
        });
      }
    });
    return issues;
  },
};
