import { entities, quotes, version } from "@claimset/dataset-north-korea-victory-day-parade";
import { formatGroups, groupBySpeaker } from "./group.js";

const groups = groupBySpeaker(quotes, entities);
process.stdout.write(
  `Who said what — @claimset/dataset-north-korea-victory-day-parade ${version}: ${quotes.length} quotes, ${groups.length} speakers\n\n`,
);
process.stdout.write(formatGroups(groups));
