export { parseCsv, writeCsv } from "./csv.js";
export type { Cell, ParsedCell } from "./csv.js";
export { EXPORT_TABLES, fromCsv, fromJsonl, TABLE_SPECS, tableRows, toCsv, toJsonl } from "./tables.js";
export type { Column, ExportTable } from "./tables.js";
export { toDataPackage } from "./datapackage.js";
export type { PackageFile } from "./datapackage.js";
