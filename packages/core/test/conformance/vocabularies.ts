// RDF vocabularies as their publishers define them, read from the npm
// packages that ship them (@vocabulary/*: schema.org, Web Annotation,
// ActivityStreams, Dublin Core, RDF, RDFS), and nothing else: no spec file
// is copied into the repository.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
// rdf-canonize (the N-Quads reader under jsonld) ships no type declarations.
const { NQuads } = require("rdf-canonize") as { NQuads: { parse(input: string): unknown[] } };

interface Term {
  termType: string;
  value: string;
}
export interface Quad {
  subject: Term;
  predicate: Term;
  object: Term;
}

/** The quads of one @vocabulary package (its `<prefix>.nq` file). */
export function vocabulary(prefix: string): Quad[] {
  const dir = dirname(require.resolve(`@vocabulary/${prefix}/package.json`));
  return NQuads.parse(readFileSync(join(dir, `${prefix}.nq`), "utf8")) as Quad[];
}

export const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDFS = "http://www.w3.org/2000/01/rdf-schema#";

/** Every IRI a vocabulary declares (the subject of an rdf:type statement). */
export function declaredTerms(quads: readonly Quad[]): Set<string> {
  return new Set(quads.filter((q) => q.predicate.value === RDF_TYPE).map((q) => q.subject.value));
}

/** schema.org's classes, properties, their domains and ranges, and the class hierarchy. */
export interface SchemaOrg {
  classes: Set<string>;
  dataTypes: Set<string>;
  properties: Map<string, { domains: Set<string>; ranges: Set<string> }>;
  /** Every class a class is a subclass of, itself included. */
  ancestors(iri: string): Set<string>;
}

export const SCHEMA = "http://schema.org/";

export function schemaOrg(): SchemaOrg {
  const quads = vocabulary("schema");
  const classes = new Set<string>();
  const dataTypes = new Set<string>([`${SCHEMA}DataType`]);
  const parents = new Map<string, string[]>();
  const properties = new Map<string, { domains: Set<string>; ranges: Set<string> }>();
  const property = (iri: string) => {
    const known = properties.get(iri);
    if (known) return known;
    const p = { domains: new Set<string>(), ranges: new Set<string>() };
    properties.set(iri, p);
    return p;
  };
  for (const { subject, predicate, object } of quads) {
    const s = subject.value;
    const o = object.value;
    if (predicate.value === RDF_TYPE && o === `${RDFS}Class`) classes.add(s);
    if (predicate.value === RDF_TYPE && o === "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property") property(s);
    if (predicate.value === RDF_TYPE && o === `${SCHEMA}DataType`) dataTypes.add(s);
    if (predicate.value === `${RDFS}subClassOf`) parents.set(s, [...(parents.get(s) ?? []), o]);
    if (predicate.value === `${SCHEMA}domainIncludes`) property(s).domains.add(o);
    if (predicate.value === `${SCHEMA}rangeIncludes`) property(s).ranges.add(o);
  }
  // Subclasses of a data type (URL of Text, DateTime's kin) are data types too.
  const ancestors = (iri: string): Set<string> => {
    const out = new Set<string>();
    const walk = (c: string) => {
      if (out.has(c)) return;
      out.add(c);
      for (const p of parents.get(c) ?? []) walk(p);
    };
    walk(iri);
    return out;
  };
  for (const c of classes) if ([...ancestors(c)].some((a) => dataTypes.has(a))) dataTypes.add(c);
  return { classes, dataTypes, properties, ancestors };
}

/**
 * schema.org's JSON-LD context, built the way schema.org builds the one it
 * serves (its software's GetJsonLdContext): `@vocab` http://schema.org/,
 * `id`/`type` aliases, and every property whose range includes URL coerced
 * to `@id`, else Date to `Date`, else DateTime to `DateTime`.
 */
export function schemaOrgContext(vocab: SchemaOrg): Record<string, unknown> {
  const context: Record<string, unknown> = { type: "@type", id: "@id", "@vocab": SCHEMA, schema: SCHEMA };
  for (const [iri, { ranges }] of vocab.properties) {
    if (!iri.startsWith(SCHEMA)) continue;
    const coerce = ranges.has(`${SCHEMA}URL`)
      ? "@id"
      : ranges.has(`${SCHEMA}Date`)
        ? "Date"
        : ranges.has(`${SCHEMA}DateTime`)
          ? "DateTime"
          : undefined;
    if (coerce) context[iri.slice(SCHEMA.length)] = { "@type": coerce };
  }
  return { "@context": context };
}
