import {
  createIndex,
  type DatasetIndex,
  formatAssertedBy,
  formatBounds,
  formatInterval,
  formatUnit,
  type ReadonlyClaim,
  type ReadonlyDataset,
  type ReadonlyNote,
} from "@claimset/core";
import { stringify } from "csv-stringify/sync";

/** One numeric claim as a fact-checker's task. */
export interface CheckItem {
  readonly id: string;
  readonly kind: ReadonlyClaim["kind"];
  /** The phrase as printed ("more than 771,000"). */
  readonly phrase: string;
  /** The value with its hedge in symbols ("> 771,000"). */
  readonly value: string;
  /** The interval the wording allows ("> 771,000", "20–28"), or "unbounded". */
  readonly bounds: string;
  /** The hedge words as printed, or null. */
  readonly hedge: string | null;
  readonly unit: string;
  readonly about: string;
  readonly assertedBy: string;
  /** No named source stands behind the figure: the article's own voice, an unnamed source, or a quote nobody is named for. */
  readonly unattributed: boolean;
  /** The figure is not stated exactly: hedged ("about", "more than"), a range, or vague ("dozens of"). */
  readonly approximate: boolean;
  /** What a fact-checker would do to verify it. */
  readonly verify: readonly string[];
  readonly notes: readonly ReadonlyNote[];
  /** Where the phrase starts in the article. */
  readonly at: number;
}

function isUnattributed(claim: ReadonlyClaim, index: DatasetIndex): boolean {
  const by = claim.assertedBy;
  if (by.type === "publisher" || by.type === "unnamed") return true;
  if (by.type === "entity") return false;
  const quote = index.record(by.id);
  return quote?.table !== "quotes" || quote.record.speaker === null;
}

const KIND_STEP: Record<ReadonlyClaim["kind"], string> = {
  count: "compare with an independent count (official figures, other outlets, open-source tallies)",
  duration: "check the start and end it is measured between (dates, footage, an official record)",
  age: "check a date of birth or manufacture in public records",
  year: "check the year against a dated record (archive, encyclopedia, official chronology)",
  date: "check the date against a dated record (calendar, press release, archive)",
  ordinal: "look for earlier occurrences: is it really the first (second, …) time?",
  money: "check official figures, the currency and the date of the amount",
  percent: "find the base the percentage is of, and its source",
  other: "find a record that states the same figure",
};

// How a comparator reads when the text has no hedge words of its own.
const HEDGE: Record<ReadonlyClaim["comparator"], string> = {
  "=": "exactly",
  "~": "about",
  ">": "more than",
  ">=": "at least",
  "<": "less than",
  "<=": "at most",
  range: "a range",
  vague: "unquantified",
};

/** What would verify a claim, derived from who asserts it, its hedge and its kind. */
export function verificationSteps(claim: ReadonlyClaim, index: DatasetIndex): string[] {
  const steps: string[] = [];
  const by = claim.assertedBy;
  if (by.type === "publisher") steps.push("find the original source; the article gives none");
  else if (by.type === "unnamed") {
    steps.push(`identify the unnamed source (“${by.span.text}”) and find a named source that confirms the figure`);
  } else if (by.type === "entity") {
    const name = index.entity(by.id)?.name ?? by.id;
    steps.push(`find ${name}'s own statement (transcript, press release, post) and check the figure is theirs`);
  } else {
    const quote = index.record(by.id);
    const speaker = quote?.table === "quotes" && quote.record.speaker ? index.entity(quote.record.speaker) : undefined;
    if (!speaker) steps.push("find who said it; the article quotes nobody by name");
    else if (quote?.table === "quotes" && quote.record.kind === "indirect") {
      steps.push(`the article paraphrases ${speaker.name}: find the original words and check the figure is theirs`);
    } else steps.push(`check ${speaker.name}'s original words (recording, interview, transcript)`);
  }
  if (claim.value === null) steps.push("the text gives no number: find the figure the words stand for");
  else if (claim.comparator !== "=") {
    const hedge = claim.qualifier?.text ?? HEDGE[claim.comparator];
    steps.push(`the figure is hedged (“${hedge}”): find the exact figure`);
  }
  steps.push(KIND_STEP[claim.kind]);
  return steps;
}

/**
 * The claims as checklist items, in the order a fact-checker should take them:
 * figures with no named source and stated approximately first, then those
 * with one of the two weaknesses (unattributed before approximate), then
 * attributed exact figures; text order within each group.
 */
export function checklist(dataset: ReadonlyDataset): CheckItem[] {
  const index = createIndex(dataset);
  const items = dataset.claims.map((c): CheckItem => {
    const interval = formatInterval(c.bounds, c.kind);
    return {
      id: c.id,
      kind: c.kind,
      phrase: c.span.text,
      value: formatBounds(c),
      bounds: interval === "" ? "unbounded" : interval,
      hedge: c.qualifier?.text ?? null,
      unit: formatUnit(c),
      about: c.about.text,
      assertedBy: formatAssertedBy(c, index),
      unattributed: isUnattributed(c, index),
      approximate: c.comparator !== "=" || c.value === null,
      verify: verificationSteps(c, index),
      notes: index.notesFor(c.id),
      at: c.span.start,
    };
  });
  return items.sort((a, b) => priority(a) - priority(b) || a.at - b.at);
}

/** 0: unattributed and approximate; 1: unattributed; 2: approximate; 3: attributed and exact. */
export function priority(item: Pick<CheckItem, "unattributed" | "approximate">): number {
  return (item.unattributed ? 0 : 2) + (item.approximate ? 0 : 1);
}

const GROUPS = [
  "No named source, approximate figure",
  "No named source",
  "Named source, approximate figure",
  "Named source, exact figure",
];

/** The checklist as Markdown: one section per priority group, one task per claim. */
export function toChecklistMarkdown(items: readonly CheckItem[], title: string): string {
  const out = [
    `# Fact-check sheet: ${escapeInline(title)}`,
    "",
    `${items.length} numeric claims. Figures that no named source stands behind and figures stated only approximately come first: they are the ones a reader cannot check from the article itself.`,
  ];
  let group = -1;
  for (const item of items) {
    if (priority(item) !== group) {
      group = priority(item);
      out.push("", `## ${GROUPS[group]}`, "");
    }
    out.push(
      `- [ ] **${escapeInline(item.phrase)}** — ${escapeInline(item.about)} \`${item.id}\``,
      `  - value: ${escapeInline(item.value)} ${escapeInline(item.unit)}; bounds: ${escapeInline(item.bounds)}; hedge: ${item.hedge === null ? "none" : `“${escapeInline(item.hedge)}”`}`,
      `  - asserted by: ${escapeInline(item.assertedBy)}`,
      ...item.verify.map((step) => `  - to verify: ${escapeInline(step)}`),
      ...item.notes.map((n) => `  - note (${n.kind}): ${escapeInline(n.text)}`),
    );
  }
  return `${out.join("\n")}\n`;
}

// Dataset text is untrusted: markup in it must stay literal text in the sheet.
const MARKDOWN_SPECIAL = /[\\`*_[\]<|~]/g;
const escapeInline = (text: string) => text.replace(MARKDOWN_SPECIAL, "\\$&").replace(/\s*(?:\r\n|\r|\n)\s*/g, " ");

// A cell starting with = + - @ would run as a formula when the sheet is opened in a spreadsheet.
const defuse = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

export const CSV_HEADER = [
  "priority",
  "id",
  "kind",
  "phrase",
  "value",
  "bounds",
  "hedge",
  "unit",
  "about",
  "asserted_by",
  "unattributed",
  "approximate",
  "verify",
  "notes",
] as const;

/** The checklist as CSV (RFC 4180), one row per claim, in checklist order. */
export function toChecklistCsv(items: readonly CheckItem[]): string {
  const rows = items.map((i) =>
    [
      priority(i) + 1,
      i.id,
      i.kind,
      i.phrase,
      i.value,
      i.bounds,
      i.hedge,
      i.unit,
      i.about,
      i.assertedBy,
      i.unattributed,
      i.approximate,
      i.verify.join("; "),
      i.notes.map((n) => `[${n.kind}] ${n.text}`).join(" | "),
    ].map((cell) => (typeof cell === "string" ? defuse(cell) : cell)),
  );
  return stringify([[...CSV_HEADER], ...rows], { record_delimiter: "\r\n" });
}
