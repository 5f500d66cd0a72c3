export { EvalInputError, evaluateDatasets, groupingScores, MATCHING } from "./evaluate.js";
export { formatEvalReport } from "./format.js";
export { matchExact, matchOverlap } from "./match.js";
export type { Accuracy, Confusion, Detection, Disagreement, EvalReport, Prf, Unmatched } from "./types.js";
