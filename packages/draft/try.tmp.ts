import { readFileSync } from "node:fs";
import { draft } from "./src/index.js";
import { compileDataset } from "@claimset/core/authoring";
const file = process.argv[2]!;
const text = readFileSync(file, "utf8");
const r = draft(text, { provenance: false });
if (process.argv[3] === "show") for (const [k, v] of Object.entries(r.files)) console.log(`=== ${k}\n${v}`);
const c = compileDataset({ files: r.files, article: text, version: "0.0.0" });
console.log(c.ok ? `OK entities ${c.dataset.entities.length} quotes ${c.dataset.quotes.length} claims ${c.dataset.claims.length}` : JSON.stringify(c.issues.slice(0, 10), null, 1));
