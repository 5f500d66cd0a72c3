/** The evaluation report as a plain-text table, for people. */
import type { Accuracy, EvalReport, Prf } from "./types.js";

const n = (x: number | null) => (x === null ? "  –  " : x.toFixed(3));
const cell = (p: Prf) => `${n(p.precision)} ${n(p.recall)} ${n(p.f1)}`;
const acc = (a: Accuracy) => `${n(a.accuracy)}  (${a.correct}/${a.total})`;

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? "")].length)));
  return rows.map((r) =>
    r
      .map((c, i) => c + " ".repeat(widths[i]! - [...c].length))
      .join("  ")
      .trimEnd(),
  );
}

/** Formats `report`; `limit` caps the missed and spurious records listed (all are in the JSON report). */
export function formatEvalReport(report: EvalReport, limit = 15): string {
  const d = report.detection;
  const lines: string[] = [];
  lines.push(
    `candidate ${report.candidate.id}@${report.candidate.version} against reference ${report.reference.id}@${report.reference.version} (article ${report.sha256.slice(0, 12)})`,
    "",
    `exact: ${report.matching.exact}.`,
    `overlap: ${report.matching.overlap}.`,
    "",
  );
  const rows: string[][] = [["detection", "n ref", "n cand", "exact P     R     F1", "overlap P   R     F1"]];
  const row = (name: string, e: Prf, o: Prf) =>
    rows.push([name, String(o.tp + o.fn), String(o.tp + o.fp), cell(e), cell(o)]);
  const kinds = (det: typeof d.quotes) => {
    for (const [kind, v] of Object.entries(det.byKind)) {
      rows.push([
        `  ${kind}`,
        String(v.overlap.tp + v.overlap.fn),
        String(v.overlap.tp + v.overlap.fp),
        cell(v.exact),
        cell(v.overlap),
      ]);
    }
  };
  row("quotes", d.quotes.exact, d.quotes.overlap);
  row("  marked (direct, mixed, scare)", d.quoteGroups.marked.exact, d.quoteGroups.marked.overlap);
  row("  indirect", d.quoteGroups.indirect.exact, d.quoteGroups.indirect.overlap);
  kinds(d.quotes);
  row("claims", d.claims.exact, d.claims.overlap);
  kinds(d.claims);
  row("mentions", d.mentions.exact, d.mentions.overlap);
  row("  named", d.mentionGroups.named.exact, d.mentionGroups.named.overlap);
  row("  nominal and pronominal", d.mentionGroups.descriptive.exact, d.mentionGroups.descriptive.overlap);
  row("entities (by shared mentions)", d.entities.exact, d.entities.overlap);
  lines.push(...table(rows), "");
  lines.push(
    "By kind, recall counts reference records of the kind and precision candidate records of the kind; the kind itself is scored below.",
    "",
  );

  const f = report.fields;
  const fieldRows: string[][] = [["field (on overlap matches)", "accuracy"]];
  const add = (name: string, a: Accuracy) => fieldRows.push([name, acc(a)]);
  add("quotes: kind", f.quotes.kind);
  add("quotes: speaker (reference has one)", f.quotes.speaker);
  add("quotes: speaker, marked quotes only", f.quotes.speakerMarked);
  add("quotes: no speaker where the reference has none", f.quotes.noSpeaker);
  add("quotes: cue (same span)", f.quotes.cue);
  add("quotes: addressee", f.quotes.addressee);
  add("claims: kind", f.claims.kind);
  add("claims: value", f.claims.value);
  add("claims: comparator", f.claims.comparator);
  add("claims: bounds", f.claims.bounds);
  add("claims: value, bounds and comparator", f.claims.valueBoundsComparator);
  add("claims: unit (normalized)", f.claims.unit);
  add("claims: qualifier", f.claims.qualifier);
  add("claims: assertedBy", f.claims.assertedBy);
  add("mentions: kind", f.mentions.kind);
  add("mentions: entity type (named)", f.mentions.entityType);
  add("entities: type", f.entities.type);
  add("entities: wikidata", f.entities.wikidata);
  lines.push(...table(fieldRows), "");

  const g = report.grouping;
  lines.push(
    `mention grouping over ${g.mentions} shared mentions: pairwise P ${n(g.pairwise.precision)} R ${n(g.pairwise.recall)} F1 ${n(g.pairwise.f1)}; B³ P ${n(g.bcubed.precision)} R ${n(g.bcubed.recall)} F1 ${n(g.bcubed.f1)}`,
    "",
  );
  if (report.confusions.length) {
    lines.push("confusions (reference → candidate):");
    for (const c of report.confusions.slice(0, limit))
      lines.push(`  ${c.field}: ${c.reference} → ${c.candidate} ×${c.count}`);
    lines.push("");
  }
  const list = (title: string, items: EvalReport["missed"]) => {
    if (!items.length) return;
    lines.push(`${title} (${items.length}${items.length > limit ? `, first ${limit}` : ""}):`);
    for (const u of items.slice(0, limit)) {
      const text = u.text.replace(/\s+/g, " ");
      lines.push(
        `  ${u.table} ${u.kind} ${u.id}: ${JSON.stringify(text.length > 70 ? `${text.slice(0, 69)}…` : text)}`,
      );
    }
    lines.push("");
  };
  list("missed", report.missed);
  list("spurious", report.spurious);
  return `${lines.join("\n").trimEnd()}\n`;
}
