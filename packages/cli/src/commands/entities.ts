import { EntityType } from "@claimset/schema";
import { type Command, printJson } from "../command.js";
import { formatTable } from "../table.js";
import { DATASET_HELP, DATASET_OPTION, enumOption, lineAt, loadDatasetOption } from "./dataset.js";

export const entities: Command = {
  name: "entities",
  summary: "List a dataset's entities, optionally of one type",
  help: `Usage: claimset entities [--type <type>] [-d <path>]

Lists every entity with its type, name, number of mentions and the line of its
first mention. --json prints the full records.

Options:
  --type <type>         only entities of this type: ${EntityType.options.join(", ")}
${DATASET_HELP}`,
  options: { ...DATASET_OPTION, type: { type: "string", short: "t" } },
  positionals: [0, 0],
  run(_positionals, values, context) {
    const type = enumOption(values, "type", EntityType.options);
    const { dataset, index } = loadDatasetOption(values, context);
    const list = type === undefined ? dataset.entities : index.entitiesByType(type);
    if (values.json) {
      printJson(context, list);
      return 0;
    }
    const rows = list.map((e) => [
      e.id,
      e.type,
      e.name,
      String(e.mentions.length),
      e.mentions[0] ? String(lineAt(dataset, e.mentions[0].start)) : "",
      e.wikidata ?? "",
    ]);
    context.stdout(`${formatTable(["id", "type", "name", "mentions", "first line", "wikidata"], rows)}\n`);
    context.stdout(`${list.length} entit${list.length === 1 ? "y" : "ies"}${type ? ` of type ${type}` : ""}\n`);
    return 0;
  },
};
