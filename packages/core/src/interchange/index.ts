/**
 * Interchange with annotation tools: brat standoff and Label Studio, each a
 * reader and a writer around claimset's dataset. Pure functions, browser-safe.
 */
export type { FromBratInput, FromBratResult, ImportMeta } from "./brat/from-brat.js";
export { fromBrat, normalizeUnit, parseNumber, UNKNOWN_RIGHTS } from "./brat/from-brat.js";
export type { BratMappingInput, MappingResult } from "./brat/mapping.js";
export { BratMapping, parseBratMapping } from "./brat/mapping.js";
export type { BuiltinMappingName } from "./brat/mappings.js";
export {
  ATTRIBUTION_MAPPING,
  BUILTIN_MAPPINGS,
  builtinMapping,
  CLAIMSET_MAPPING,
  QUANTITIES_MAPPING,
} from "./brat/mappings.js";
export type {
  AnnotatorNote,
  Attribute,
  BratEvent,
  Equiv,
  Fragment,
  Normalization,
  Relation,
  Standoff,
  TextBound,
} from "./brat/standoff.js";
export { parseStandoff, serializeStandoff } from "./brat/standoff.js";
export type { BratFiles } from "./brat/to-brat.js";
export { annotationConf, toBrat, visualConf } from "./brat/to-brat.js";
export type { MergeLabelStudioInput, MergeLabelStudioResult, MergeSummary } from "./label-studio/merge.js";
export { LabelStudioExport, mergeLabelStudio } from "./label-studio/merge.js";
export type {
  LabelStudioRegion,
  LabelStudioRelation,
  LabelStudioResult,
  LabelStudioTask,
} from "./label-studio/to-label-studio.js";
export { LS_NAMES, LS_RELATIONS, labelingConfig, toLabelStudio } from "./label-studio/to-label-studio.js";
export type { MergeImportedInput, MergeImportedResult, MergeImportedSummary } from "./merge-imported.js";
export { mergeImported } from "./merge-imported.js";
