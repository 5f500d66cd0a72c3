export type { LintIssue, LintOptions, LintResult, LintRule, Severity, StatedConvention } from "../lint/index.js";
export { lintDataset, lintRules } from "../lint/index.js";
export type { AuthoredFiles, CompileResult } from "./compile.js";
export { compileDataset } from "./compile.js";
export type { AuthoringIssue, ParsedFile, YamlLimits } from "./parse-yaml.js";
export { DEFAULT_YAML_LIMITS, parseYamlFile } from "./parse-yaml.js";
