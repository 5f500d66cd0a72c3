/**
 * brat's standoff format, read and written: one annotation a line in the
 * `.ann` file beside the `.txt`. Offsets here are brat's own — Unicode code
 * points, end-exclusive — and each annotation keeps its line number, so every
 * problem found later can point at it.
 */
import type { Issue } from "../../errors/issue.js";

/** A stretch of the text in code points, end-exclusive. */
export interface Fragment {
  start: number;
  end: number;
}

/** `T1<TAB>Type start end[;start end…]<TAB>text` */
export interface TextBound {
  id: string;
  type: string;
  fragments: Fragment[];
  text: string;
  line: number;
}

/** `R1<TAB>Type Arg1:T1 Arg2:T2` */
export interface Relation {
  id: string;
  type: string;
  args: { role: string; ref: string }[];
  line: number;
}

/** `E1<TAB>Type:T1 Role:T2 …` — the trigger is a text-bound annotation of the event's type. */
export interface BratEvent {
  id: string;
  type: string;
  trigger: string;
  args: { role: string; ref: string }[];
  line: number;
}

/** `A1<TAB>Name T1 [Value]` (and the older `M1` modifiers). A binary attribute has no value. */
export interface Attribute {
  id: string;
  name: string;
  target: string;
  value: string | null;
  line: number;
}

/** `#1<TAB>AnnotatorNotes T1<TAB>text` */
export interface AnnotatorNote {
  id: string;
  type: string;
  target: string;
  text: string;
  line: number;
}

/** `N1<TAB>Reference T1 Db:Id<TAB>text` */
export interface Normalization {
  id: string;
  type: string;
  target: string;
  db: string;
  dbId: string;
  text: string;
  line: number;
}

/** `*<TAB>Type T1 T2 …`: an equivalence class. */
export interface Equiv {
  type: string;
  refs: string[];
  line: number;
}

export interface Standoff {
  textBounds: TextBound[];
  relations: Relation[];
  events: BratEvent[];
  attributes: Attribute[];
  notes: AnnotatorNote[];
  normalizations: Normalization[];
  equivs: Equiv[];
}

const TYPE = /^[^\s:;]+$/;
const ROLE_ARG = /^([^\s:]+):([A-Za-z]\d+)$/;

/** Reads an `.ann` file. Every malformed line is an issue with its line; ids are checked unique. */
export function parseStandoff(ann: string, file: string): { standoff: Standoff; issues: Issue[] } {
  const standoff: Standoff = {
    textBounds: [],
    relations: [],
    events: [],
    attributes: [],
    notes: [],
    normalizations: [],
    equivs: [],
  };
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const lines = ann.split("\n");
  lines.forEach((raw, i) => {
    const line = i + 1;
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (text.trim() === "") return;
    const bad = (message: string, expected: string) =>
      issues.push({
        rule: "brat-syntax",
        message,
        path: [],
        recordId: null,
        file,
        line,
        expected,
        found: JSON.stringify(text.length > 80 ? `${text.slice(0, 77)}…` : text),
        hint: "fix the line in the .ann file, or delete it",
      });
    const [id = "", body = "", ...rest] = text.split("\t");
    if (id !== "*") {
      const previous = seen.get(id);
      if (previous !== undefined) {
        bad(`annotation id ${id} is used again (first on line ${previous})`, "each id once");
        return;
      }
      seen.set(id, line);
    }
    const words = body.split(" ").filter((w) => w !== "");
    switch (id[0]) {
      case "T": {
        const m = /^(\S+) (\d+ \d+(?:;\d+ \d+)*)$/.exec(body);
        if (!m || rest.length !== 1 || !TYPE.test(m[1]!)) {
          bad(`${id}: a text-bound annotation is "T1<TAB>Type start end<TAB>text"`, "T<n>, a type, offsets, the text");
          return;
        }
        const fragments = m[2]!.split(";").map((f) => {
          const [s, e] = f.split(" ").map(Number);
          return { start: s!, end: e! };
        });
        if (fragments.some((f) => f.end < f.start)) {
          bad(`${id}: a fragment ends before it starts`, "start <= end");
          return;
        }
        standoff.textBounds.push({ id, type: m[1]!, fragments, text: rest[0]!, line });
        return;
      }
      case "R": {
        const args = words.slice(1).map((w) => ROLE_ARG.exec(w));
        if (words.length !== 3 || args.some((a) => a === null) || !TYPE.test(words[0]!)) {
          bad(`${id}: a relation is "R1<TAB>Type Arg1:T1 Arg2:T2"`, "R<n>, a type, two arguments");
          return;
        }
        standoff.relations.push({
          id,
          type: words[0]!,
          args: args.map((a) => ({ role: a![1]!, ref: a![2]! })),
          line,
        });
        return;
      }
      case "E": {
        const parts = words.map((w) => ROLE_ARG.exec(w));
        if (parts.length === 0 || parts.some((a) => a === null)) {
          bad(`${id}: an event is "E1<TAB>Type:T1 Role:T2 …"`, "E<n>, Type:trigger, then Role:id arguments");
          return;
        }
        standoff.events.push({
          id,
          type: parts[0]![1]!,
          trigger: parts[0]![2]!,
          args: parts.slice(1).map((a) => ({ role: a![1]!.replace(/\d+$/, ""), ref: a![2]! })),
          line,
        });
        return;
      }
      case "A":
      case "M": {
        if (words.length < 2 || words.length > 3) {
          bad(`${id}: an attribute is "A1<TAB>Name T1 [Value]"`, "A<n>, a name, the annotated id, maybe a value");
          return;
        }
        standoff.attributes.push({ id, name: words[0]!, target: words[1]!, value: words[2] ?? null, line });
        return;
      }
      case "#": {
        if (words.length !== 2) {
          bad(`${id}: a note is "#1<TAB>AnnotatorNotes T1<TAB>text"`, "#<n>, a type, the annotated id, the note");
          return;
        }
        standoff.notes.push({ id, type: words[0]!, target: words[1]!, text: rest.join("\t"), line });
        return;
      }
      case "N": {
        const ref = /^([^:]+):(.+)$/.exec(words[2] ?? "");
        if (words.length !== 3 || !ref) {
          bad(`${id}: a normalization is "N1<TAB>Reference T1 Db:Id<TAB>text"`, "N<n>, a type, an id, Db:Id");
          return;
        }
        standoff.normalizations.push({
          id,
          type: words[0]!,
          target: words[1]!,
          db: ref[1]!,
          dbId: ref[2]!,
          text: rest.join("\t"),
          line,
        });
        return;
      }
      case "*": {
        if (words.length < 3) {
          bad(`an equivalence is "*<TAB>Type T1 T2 …"`, "a type and two or more ids");
          return;
        }
        standoff.equivs.push({ type: words[0]!, refs: words.slice(1), line });
        return;
      }
      default:
        bad(`unknown annotation ${JSON.stringify(id)}`, "an id starting with T, R, E, A, M, N, # or *");
    }
  });
  return { standoff, issues };
}

/** Writes an `.ann` file: text-bound annotations first, then the rest, each in the order given. */
export function serializeStandoff(s: Standoff): string {
  const clean = (text: string) => text.replace(/[\t\n\r]/g, " ");
  const lines: string[] = [];
  for (const t of s.textBounds)
    lines.push(`${t.id}\t${t.type} ${t.fragments.map((f) => `${f.start} ${f.end}`).join(";")}\t${clean(t.text)}`);
  for (const r of s.relations) lines.push(`${r.id}\t${r.type} ${r.args.map((a) => `${a.role}:${a.ref}`).join(" ")}`);
  for (const e of s.events)
    lines.push(`${e.id}\t${e.type}:${e.trigger}${e.args.map((a) => ` ${a.role}:${a.ref}`).join("")}`);
  for (const a of s.attributes) lines.push(`${a.id}\t${a.name} ${a.target}${a.value === null ? "" : ` ${a.value}`}`);
  for (const n of s.normalizations) lines.push(`${n.id}\t${n.type} ${n.target} ${n.db}:${n.dbId}\t${clean(n.text)}`);
  for (const eq of s.equivs) lines.push(`*\t${eq.type} ${eq.refs.join(" ")}`);
  for (const n of s.notes) lines.push(`${n.id}\t${n.type} ${n.target}\t${clean(n.text)}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}
