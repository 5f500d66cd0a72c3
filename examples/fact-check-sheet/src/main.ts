import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { dataset } from "@claimset/dataset-north-korea-victory-day-parade";
import { checklist, toChecklistCsv, toChecklistMarkdown } from "./sheet.js";

const USAGE = `Usage: npm start -w fact-check-sheet [-- --out <dir>]

Without --out, prints the Markdown checklist. With --out, writes
<dir>/fact-check.md and <dir>/fact-check.csv.`;

let args: ReturnType<typeof parseArgs<{ options: { out: { type: "string" }; help: { type: "boolean"; short: "h" } } }>>;
try {
  args = parseArgs({ options: { out: { type: "string" }, help: { type: "boolean", short: "h" } } });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
  process.exit(2);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}

const items = checklist(dataset);
const title = `${dataset.source.title ?? dataset.id} (dataset ${dataset.version})`;
const markdown = toChecklistMarkdown(items, title);
if (args.values.out === undefined) {
  process.stdout.write(markdown);
} else {
  const dir = resolve(args.values.out);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "fact-check.md"), markdown);
  writeFileSync(join(dir, "fact-check.csv"), toChecklistCsv(items));
  process.stdout.write(
    `wrote ${items.length} claims to ${join(dir, "fact-check.md")} and ${join(dir, "fact-check.csv")}\n`,
  );
}
