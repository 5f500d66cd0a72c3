import { splitsSurrogatePair } from "../../text/offsets.js";
import { forEachSpan, type Rule, spanPath } from "./rule.js";

export const spanBounds: Rule = {
  name: "span-bounds",
  description: "Every span satisfies 0 <= start <= end <= source.text.length and does not split a surrogate pair.",
  check(dataset) {
    const rule = this.name;
    const text = dataset.source.text;
    const issues: ReturnType<Rule["check"]> = [];
    forEachSpan(dataset, (span, place) => {
      if (span.start > span.end) {
        issues.push({
          rule,
          path: spanPath(place),
          recordId: place.recordId,
          message: "span is inverted",
          expected: "start <= end",
          found: `start ${span.start}, end ${span.end}`,
        });
      } else if (span.end > text.length) {
        issues.push({
          rule,
          path: spanPath(place),
          recordId: place.recordId,
          message: "span runs past the end of the text",
          expected: `end <= ${text.length}`,
          found: `end ${span.end}`,
        });
      } else if (splitsSurrogatePair(text, span.start) || splitsSurrogatePair(text, span.end)) {
        issues.push({
          rule,
          path: spanPath(place),
          recordId: place.recordId,
          message: "span splits a surrogate pair (offsets are UTF-16 code units)",
          expected: "offsets on code point boundaries",
          found: `start ${span.start}, end ${span.end}`,
        });
      }
    });
    return issues;
  },
};
