// Records a machine drafted or imported carry `provenance`; records a person
// wrote carry none.

/** How a record came to be, when a machine made it. */
export interface Provenance {
  readonly method: "drafted" | "imported";
  readonly tool: string;
  /** The tool's own confidence, 0 to 1, or null when it gives none. */
  readonly confidence: number | null;
  /** Whether a person has checked it since. */
  readonly reviewed: boolean;
}

/** The record's provenance, or null when a person wrote it (or the field is missing or malformed). */
export function provenanceOf(record: object): Provenance | null {
  const p = (record as { provenance?: unknown }).provenance;
  if (p === null || typeof p !== "object") return null;
  const { method, tool, confidence, reviewed } = p as Record<string, unknown>;
  if ((method !== "drafted" && method !== "imported") || typeof tool !== "string") return null;
  const confident = confidence === null || (typeof confidence === "number" && confidence >= 0 && confidence <= 1);
  if (!confident || typeof reviewed !== "boolean") return null;
  return { method, tool, confidence: confidence as number | null, reviewed };
}

/** Whether any record of the dataset says where it came from: then the panel says it for every record. */
export function tracksProvenance(dataset: {
  entities: readonly object[];
  quotes: readonly object[];
  claims: readonly object[];
  notes: readonly object[];
}): boolean {
  return [dataset.entities, dataset.quotes, dataset.claims, dataset.notes].some((t) =>
    t.some((r) => provenanceOf(r) !== null),
  );
}

/** Made by a machine and not yet checked by a person: drawn apart, and filterable. */
export function isUnreviewed(record: object): boolean {
  const p = provenanceOf(record);
  return p !== null && !p.reviewed;
}

/** Whether the dataset says that a machine drafted it. */
export function isMachineDrafted(dataset: object): boolean {
  return (dataset as { machineDrafted?: unknown }).machineDrafted === true;
}

/** What the record panel says about who made a record. */
export function describeProvenance(record: object): string {
  const p = provenanceOf(record);
  if (p === null) return "written by a person";
  const how = p.method === "drafted" ? "drafted" : "imported";
  const confidence = p.confidence === null ? "no confidence given" : `confidence ${Math.round(p.confidence * 100)}%`;
  return `${how} by ${p.tool}, ${confidence}, ${p.reviewed ? "reviewed by a person" : "not reviewed yet"}`;
}
