import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { type AnchorQuery, resolveAnchor } from "../text/anchor.js";
import { compileDataset } from "./compile.js";
import type { AuthoringIssue } from "./parse-yaml.js";

// A text written for this test: curly quotes and apostrophes, a dash, an
// ellipsis, an astral character, and a name that appears twice on one line.
const article = [
  "Mara Lind 𝔸 said: “We don’t stop – not now…” Lind spoke in Oslo, and Lind left.",
  "Jon Berg said “it is over”, Berg added.",
].join("\n");

const DATASET = `id: hints
article: article.txt
language: en
title: null
publisher: null
url: null
publishedAt: null
authors: null
retrievedAt: null
rights: Test text written for claimset's own tests.
`;

const ENTITIES = `- id: mara-lind
  name: Mara Lind
  type: person
  mentions:
    - Mara Lind
    - { text: Lind, prefix: "” " }
    - { text: Lind, prefix: "and " }
- id: jon-berg
  name: Jon Berg
  type: person
  mentions:
    - Jon Berg
    - { text: Berg, suffix: " added" }
- id: oslo
  name: Oslo
  type: location
  mentions: [Oslo]
`;

const QUOTES = `- id: q-lind-stop
  kind: direct
  spans: We don’t stop – not now…
  speaker: mara-lind
  speakerText: Mara Lind
  cue: said
- id: q-berg-over
  kind: direct
  spans: it is over
  speaker: jon-berg
  speakerText: Jon Berg
  cue: { text: said, prefix: "Berg " }
`;

type Files = Record<string, string>;
const files = (): Files => ({
  "dataset.yml": DATASET,
  "entities.yml": ENTITIES,
  "quotes.yml": QUOTES,
  "claims.yml": "[]\n",
  "notes.yml": "[]\n",
});
const compile = (edit: (f: Files) => void = () => {}) => {
  const f = files();
  edit(f);
  return compileDataset({ files: f, article, version: "0.1.0" });
};
const issuesOf = (edit: (f: Files) => void): AuthoringIssue[] => {
  const result = compile(edit);
  if (result.ok) throw new Error("expected the edit to fail");
  return result.issues;
};
/** 1-based line of the first line of `file` that contains `needle`. */
const lineWith = (file: string, needle: string) => file.split("\n").findIndex((l) => l.includes(needle)) + 1;

describe("authoring errors that lead to the fix", () => {
  it("compiles as written", () => {
    const result = compile();
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("a straight apostrophe for the article's curly one: one error, naming the article's own text and place", () => {
    const issues = issuesOf((f) => {
      f["quotes.yml"] = f["quotes.yml"]!.replace("We don’t stop – not now…", `"We don't stop - not now..."`);
    });
    // The speaker text and cue are not searched for beside a quote that was not found: no cascade.
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({ file: "quotes.yml", line: 3, recordId: "q-lind-stop", rule: "anchor-not-found" });
    const start = article.indexOf("We don’t");
    expect(issue!.hint).toBe(
      `did you mean "We don’t stop – not now…" at article.txt:1:${start + 1}? Copy it as the article writes it (its quotes, apostrophes, dashes and spaces).`,
    );
  });

  it("a misspelt name: the word within two edits, with its place", () => {
    const [issue, ...rest] = issuesOf((f) => {
      f["entities.yml"] = f["entities.yml"]!.replace("mentions: [Oslo]", "mentions: [Olso]");
    });
    expect(rest).toEqual([]);
    expect(issue!.hint).toBe(`did you mean "Oslo" at article.txt:1:${article.indexOf("Oslo") + 1}?`);
  });

  it("an ambiguous anchor: every match by line:column with context, and the anchor that picks each one", () => {
    const issues = issuesOf((f) => {
      f["entities.yml"] = f["entities.yml"]!.replace('- { text: Lind, prefix: "” " }', "- Lind");
    });
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    const first = article.indexOf("Lind spoke");
    const second = article.indexOf("Lind left");
    // Two matches on one line (Mara Lind is a longer match), told apart by column.
    expect(issue!.message).toBe(
      `mentions.1: "Lind" matches 3 times (at 1:6, 1:${first + 1}, 1:${second + 1}); add a prefix, a suffix or an occurrence`,
    );
    expect(issue!.hint).toContain(`article.txt:1:${first + 1} …– not now…” [Lind] spoke in Oslo,…`);
    expect(issue!.hint).toContain("or add `occurrence: all` to take every one");
    // Each suggested anchor, read as YAML, resolves to the match it names and to nothing else.
    const suggested = [...issue!.hint!.matchAll(/→ (\{[^}]*\}|[^;]+?)(?=;|$| \(and)/g)].map((m) => m[1]!);
    expect(suggested).toHaveLength(3);
    suggested.forEach((written, i) => {
      const anchor = parse(`anchor: ${written}`).anchor as string | AnchorQuery;
      const result = resolveAnchor(article, typeof anchor === "string" ? { text: anchor } : anchor);
      expect(result.ok && result.spans.map((span) => span.start), written).toEqual([
        [article.indexOf("Lind"), first, second][i],
      ]);
    });
  });

  it("`occurrence: all` takes every match of a mention", () => {
    const result = compile((f) => {
      f["entities.yml"] = f["entities.yml"]!.replace(
        '    - Jon Berg\n    - { text: Berg, suffix: " added" }\n',
        "    - { text: Berg, occurrence: all }\n",
      );
    });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const starts = result.dataset.entities.find((e) => e.id === "jon-berg")!.mentions.map((m) => m.start);
    expect(starts).toEqual([article.indexOf("Berg"), article.lastIndexOf("Berg")]);
  });

  it("a dangling speaker: on the speaker line, with the closest ids", () => {
    const quotes = QUOTES.replace("speaker: jon-berg", "speaker: jon-burg");
    const issues = issuesOf((f) => {
      f["quotes.yml"] = quotes;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "quotes.yml",
        line: lineWith(quotes, "speaker: jon-burg"),
        column: 3,
        recordId: "q-berg-over",
        rule: "references",
        found: '"jon-burg"',
        hint: "did you mean jon-berg?",
      }),
    ]);
  });

  it("a duplicate id: both copies by file and line", () => {
    const entities = `${ENTITIES}- id: mara-lind\n  name: Mara\n  type: person\n  mentions: [Oslo]\n`;
    const issues = issuesOf((f) => {
      f["entities.yml"] = entities;
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "entities.yml",
        line: entities.split("\n").lastIndexOf("- id: mara-lind") + 1,
        rule: "unique-ids",
        recordId: "mara-lind",
        found: "the same id at entities.yml:1",
      }),
    ]);
  });

  it("a wrong kind: the bad value repeated, the allowed ones, and the nearest", () => {
    const issues = issuesOf((f) => {
      f["quotes.yml"] = f["quotes.yml"]!.replace("kind: direct", "kind: drect");
    });
    expect(issues).toEqual([
      expect.objectContaining({
        file: "quotes.yml",
        line: 2,
        recordId: "q-lind-stop",
        rule: "schema",
        found: '"drect"',
        expected: expect.stringContaining('"direct"'),
        hint: "did you mean direct?",
      }),
    ]);
  });
});
