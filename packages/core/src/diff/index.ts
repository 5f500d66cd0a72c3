export type { DescribeStyle } from "./describe.js";
export { describeChange, formatDiffPath, formatValue, recordLabel } from "./describe.js";
export { DIFF_TABLES, diffDatasets } from "./diff.js";
export { compareLevels, maxLevel, schemaVersionLevel } from "./level.js";
export type { MarkdownOptions } from "./markdown.js";
export { diffToMarkdown } from "./markdown.js";
export { summarizeDiff } from "./summary.js";
export type {
  DatasetDiff,
  DatasetHead,
  DiffLevel,
  DiffPath,
  DiffReason,
  FieldChange,
  RecordChange,
  RetiredResolution,
  SourceDiff,
  SourceTextChange,
  TableDiff,
  TableRecords,
  ValueChange,
} from "./types.js";
