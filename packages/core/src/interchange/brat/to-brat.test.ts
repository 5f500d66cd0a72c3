import { describe, expect, it } from "vitest";
import { mini } from "../../validate/tests/fixture.js";
import { parseStandoff } from "./standoff.js";
import { toBrat } from "./to-brat.js";

/**
 * brat publishes no validator on npm, so the export is checked against the
 * rules brat's documentation gives for standoff files and annotation.conf:
 * every annotation's type is declared in its section, relation arguments have
 * the declared types, attribute values are among the declared ones, and the
 * text of each text-bound annotation is the document's, counted in code points.
 */
function conf(source: string) {
  const sections = new Map<string, string[]>();
  let current = "";
  for (const line of source.split("\n")) {
    if (line.startsWith("#") || line.trim() === "") continue;
    const m = /^\[(\w+)\]$/.exec(line);
    if (m) current = m[1]!;
    else sections.set(current, [...(sections.get(current) ?? []), line]);
  }
  return sections;
}

describe("toBrat", () => {
  const dataset = mini();
  const { files, lost } = toBrat(dataset);
  const file = (name: string) => files.find((f) => f.path === name)!.content;

  it("writes the text, the annotations and both configuration files", () => {
    expect(files.map((f) => f.path)).toEqual(["mini.txt", "mini.ann", "annotation.conf", "visual.conf"]);
    expect(file("mini.txt")).toBe(dataset.source.text);
    expect(lost).toContain("the article's metadata (title, publisher, url, dates, authors, rights)");
  });

  it("follows the standoff rules: offsets in code points, declared types, arguments and values", () => {
    const { standoff, issues } = parseStandoff(file("mini.ann"), "mini.ann");
    expect(issues).toEqual([]);
    const codePoints = [...dataset.source.text];
    const sections = conf(file("annotation.conf"));
    const entities = new Set(sections.get("entities"));
    const relations = new Map(
      sections.get("relations")!.map((l) => {
        const [name, args] = l.split("\t");
        const types = args!.split(", ").filter((a) => a.startsWith("Arg"));
        return [name!, types.map((a) => new Set(a.split(":")[1]!.split("|")))];
      }),
    );
    const attributes = new Map(
      sections.get("attributes")!.map((l) => {
        const [name, args] = l.split("\t");
        return [name!, new Set(/Value:(.*)$/.exec(args!)![1]!.split("|"))];
      }),
    );
    const typeOf = new Map(standoff.textBounds.map((t) => [t.id, t.type]));
    for (const t of standoff.textBounds) {
      expect(entities.has(t.type), t.type).toBe(true);
      expect(t.fragments.map((f) => codePoints.slice(f.start, f.end).join("")).join(" ")).toBe(
        t.text.replace(/\n/g, " "),
      );
    }
    for (const r of standoff.relations) {
      const allowed = relations.get(r.type);
      expect(allowed, r.type).toBeDefined();
      r.args.forEach((a, i) => {
        expect(allowed![i]!.has(typeOf.get(a.ref)!), `${r.id} ${a.role}`).toBe(true);
      });
    }
    for (const a of standoff.attributes) expect(attributes.get(a.name)?.has(a.value!), `${a.id}`).toBe(true);
    for (const e of standoff.equivs) expect(relations.has(e.type)).toBe(true);
  });

  it("counts offsets in code points past an astral character", () => {
    const astral = [...dataset.source.text].findIndex((c) => c.length === 2);
    expect(astral).toBeGreaterThanOrEqual(0);
    const { standoff } = parseStandoff(file("mini.ann"), "mini.ann");
    const after = standoff.textBounds.find((t) => t.fragments[0]!.start > astral)!;
    const span = [...dataset.entities.flatMap((e) => e.mentions), ...dataset.quotes.flatMap((q) => q.spans)].find(
      (s) => s.text === after.text,
    )!;
    expect(after.fragments[0]!.start).toBe(span.start - 1);
  });
});
