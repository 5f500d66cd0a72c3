import { formatAssertedBy, formatBounds, formatUnit } from "@claimset/core";
import { ClaimKind } from "@claimset/schema";
import { type Command, printJson } from "../command.js";
import { formatTable } from "../table.js";
import { DATASET_HELP, DATASET_OPTION, entityOption, enumOption, lineAt, loadDatasetOption } from "./dataset.js";

export const claims: Command = {
  name: "claims",
  summary: "List a dataset's numeric claims, by kind or by the entity they are about",
  help: `Usage: claimset claims [--kind <kind>] [--about <entity>] [-d <path>]

Lists every numeric claim with its value and bounds, unit, what it is about
and who asserts it. Both filters together keep the claims matching both.
--json prints the full records.

Options:
  --kind <kind>         only claims of this kind: ${ClaimKind.options.join(", ")}
  --about <entity>      only claims about this entity (an id, name or alias)
${DATASET_HELP}`,
  options: { ...DATASET_OPTION, kind: { type: "string", short: "k" }, about: { type: "string", short: "a" } },
  positionals: [0, 0],
  run(_positionals, values, context) {
    const kind = enumOption(values, "kind", ClaimKind.options);
    const { dataset, index } = loadDatasetOption(values, context);
    const about = entityOption(index, values, "about", context);
    let list = kind === undefined ? dataset.claims : index.claimsByKind(kind);
    if (about) {
      const ids = new Set(index.claimsAbout(about.id).map((c) => c.id));
      list = list.filter((c) => ids.has(c.id));
    }
    if (values.json) {
      printJson(context, list);
      return 0;
    }
    const rows = list.map((c) => [
      c.id,
      c.kind,
      formatBounds(c),
      formatUnit(c),
      c.about.text,
      formatAssertedBy(c, index),
      String(lineAt(dataset, c.span.start)),
    ]);
    context.stdout(`${formatTable(["id", "kind", "value", "unit", "about", "asserted by", "line"], rows, 40)}\n`);
    const filters = [kind ? `of kind ${kind}` : null, about ? `about ${about.name}` : null].filter(Boolean);
    context.stdout(
      `${list.length} claim${list.length === 1 ? "" : "s"}${filters.length ? ` ${filters.join(" ")}` : ""}\n`,
    );
    return 0;
  },
};
