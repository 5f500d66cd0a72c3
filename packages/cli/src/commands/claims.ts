import { formatAssertedBy, formatBounds, formatUnit, lineOf } from "@claimset/core";
import type { ClaimKind } from "@claimset/schema";
import { loadDatasets } from "../datasets.js";
import { resolveEntity } from "../entities.js";
import { stringOption } from "../limits.js";
import { displayOf, plural, printRows } from "../output.js";
import type { CommandRun } from "../spec.js";

export const run: CommandRun = (input, context) => {
  const kind = input.values.kind as ClaimKind | undefined;
  const loaded = loadDatasets(input, context.cwd);
  const query = stringOption(input.values, "about");
  const about = query === undefined ? null : resolveEntity(query, loaded, context);
  const rows = loaded.flatMap((l) => {
    let list = kind === undefined ? l.dataset.claims : l.index.claimsByKind(kind);
    if (about) {
      const ids = new Set(
        about.filter((m) => m.loaded === l).flatMap((m) => l.index.claimsAbout(m.entity.id).map((c) => c.id)),
      );
      list = list.filter((c) => ids.has(c.id));
    }
    return list.map((claim) => ({ loaded: l, claim }));
  });
  if (!input.values.json) {
    const many = loaded.length > 1;
    const filters = [
      kind ? `of kind ${kind}` : null,
      about ? `about ${[...new Set(about.map((m) => m.entity.name))].join(", ")}` : null,
      many ? `in ${plural(loaded.length, "dataset")}` : null,
    ].filter(Boolean);
    printRows(
      context,
      displayOf(input.values, context),
      [...(many ? ["dataset"] : []), "id", "kind", "value", "unit", "about", "asserted by", "line"],
      rows.map(({ loaded: l, claim: c }) => [
        ...(many ? [l.dataset.id] : []),
        c.id,
        c.kind,
        formatBounds(c),
        formatUnit(c),
        c.about.text,
        formatAssertedBy(c, l.index),
        String(lineOf(l.dataset.source.text, c.span.start)),
      ]),
      `${plural(rows.length, "claim")}${filters.length ? ` ${filters.join(" ")}` : ""}`,
    );
  }
  return {
    datasets: loaded.map((l) => l.ref),
    results: rows.map(({ loaded: l, claim }) => ({
      dataset: l.dataset.id,
      key: `${l.dataset.id}:${claim.id}`,
      line: lineOf(l.dataset.source.text, claim.span.start),
      assertedBy: formatAssertedBy(claim, l.index),
      record: claim,
    })),
  };
};
