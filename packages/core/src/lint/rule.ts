import type { Dataset } from "@claimset/schema";
import type { StatedConvention } from "./conventions.js";
import type { LintIssue, Severity } from "./issue.js";

/** The tables whose records rules look at, and the files they are authored in. */
export type Table = "entities" | "quotes" | "claims" | "notes";

export const TABLE_FILE: Readonly<Record<Table, string>> = {
  entities: "entities.yml",
  quotes: "quotes.yml",
  claims: "claims.yml",
  notes: "notes.yml",
};

/** What a rule reads: the records of one table, or the authored files themselves. */
export type LintScope = Table | "files";

/**
 * A lint rule: a convention check on an authored dataset, reported as
 * warnings for a curator to look at. Unlike the integrity rules of
 * `validate`, nothing it finds makes the dataset invalid.
 */
export interface LintRule {
  readonly name: string;
  readonly description: string;
  readonly scope: LintScope;
  /**
   * True for a convention a dataset adopts by stating it in the header of
   * its scope's file (`# convention: <name> — <text>`); such a rule runs only
   * for datasets that state it. False for a rule that always runs.
   */
  readonly convention: boolean;
  /**
   * Ids of the records that follow what the rule checks. A stated
   * convention that no record follows is words only (`stated-conventions`).
   */
  followers?(context: LintContext): string[];
  check(context: LintContext): LintIssue[];
}

/** One authored YAML file, able to say where each of its records and fields is. */
export interface AuthoredFile {
  readonly name: string;
  readonly source: string;
  /** Each record's position in the file's list, by id. */
  readonly index: ReadonlyMap<string, number>;
  /** The record as authored (before anchors are resolved and defaults filled), by id. */
  authored(id: string): Readonly<Record<string, unknown>> | undefined;
  /** 1-based line and column of the value at `path` (from the file's root), or of its nearest existing ancestor. */
  locate(path: readonly (string | number)[]): { line: number; column: number };
}

/** What a rule reports about one field of one record; the context adds the rule, path and place. */
export interface IssueDetail {
  message: string;
  severity?: Severity;
  expected?: string;
  found?: string;
  hint?: string;
}

/** What every rule reads, built once per run; lookups are linear to build and constant to use. */
export interface LintContext {
  readonly dataset: Dataset;
  readonly article: string;
  /** The authored files present, by name (`claims.yml`, ...). */
  readonly files: ReadonlyMap<string, AuthoredFile>;
  /** Every `# convention:` line of every file, in file order. */
  readonly conventions: readonly StatedConvention[];
  /** Every rule of this run, by name. */
  readonly rules: ReadonlyMap<string, LintRule>;
  /** 0-based paragraph (line of the article) holding `offset`. */
  paragraphAt(offset: number): number;
  /** The offsets of paragraph `n`, its line break excluded. */
  paragraph(n: number): { start: number; end: number };
  /**
   * An issue about `field` of a record: `path` in the compiled dataset, and
   * the line and column in the authored file of `authoredField` (default
   * `field`), or of the nearest part of the record that is written there.
   */
  recordIssue(
    rule: string,
    table: Table,
    recordId: string,
    field: readonly (string | number)[],
    detail: IssueDetail,
    authoredField?: readonly (string | number)[],
  ): LintIssue;
}
