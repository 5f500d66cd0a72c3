export type { Cell, ParsedCell } from "./csv.js";
export { escapeSpreadsheetCell, parseCsv, unescapeSpreadsheetCell, writeCsv } from "./csv.js";
export type { PackageFile } from "./datapackage.js";
export { toDataPackage } from "./datapackage.js";
export { formatAssertedBy, formatBounds, formatInterval, formatNumber, formatUnit } from "./format.js";
export type { DatasetIris } from "./iri.js";
export { checkBase, datasetIris, IriError, isHttpUrl, recordIri, sourceIri, wikidataIri } from "./iri.js";
export type {
  ArticleNode,
  ClaimNode,
  DatasetNode,
  EntityNode,
  JsonLdDocument,
  JsonLdNode,
  JsonLdOptions,
  NodeRef,
  PropertyValueNode,
  QuotationNode,
  SchemaOrgType,
} from "./json-ld.js";
export { SCHEMA_ORG_TYPES, toJsonLd } from "./json-ld.js";
export { toMarkdown } from "./markdown.js";
export { escapeCell, escapeInline, markdownTable } from "./markdown-text.js";
export type { Column, CsvOptions, ExportTable } from "./tables.js";
export { EXPORT_TABLES, fromCsv, fromJsonl, TABLE_SPECS, tableRows, toCsv, toJsonl } from "./tables.js";
export type {
  AnnotationBody,
  SpanTarget,
  TextPositionSelector,
  TextQuoteSelector,
  WebAnnotation,
  WebAnnotationCollection,
  WebAnnotationOptions,
} from "./web-annotation.js";
export { toWebAnnotations, WEB_ANNOTATION_CONTEXT } from "./web-annotation.js";
