// The package ships declarations its `exports` do not point at; the part the gazetteer test uses.
declare module "@ideditor/country-coder" {
  export function feature(query: string): { properties: { wikidata?: string; nameEn: string; iso1A2?: string } } | null;
}
