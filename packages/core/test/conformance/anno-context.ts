// The W3C Web Annotation JSON-LD context, as far as the exports use it.
// No npm package ships http://www.w3.org/ns/anno.jsonld, so its terms are
// written here from the context document and WADM Appendix A; the Web
// Annotation conformance test checks every IRI against the vocabulary that
// declares it (@vocabulary/oa, as, dc11, rdf, rdfs).

export const OA = "http://www.w3.org/ns/oa#";
// The anno.jsonld context maps `as:` to the http form of the ActivityStreams
// namespace; the ActivityStreams vocabulary declares its terms under https.
export const AS = "http://www.w3.org/ns/activitystreams#";
export const DC = "http://purl.org/dc/elements/1.1/";
export const RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
export const RDFS = "http://www.w3.org/2000/01/rdf-schema#";
export const CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld";

/**
 * The terms of the W3C context http://www.w3.org/ns/anno.jsonld that the
 * export uses, with the mappings the context gives them (WADM Appendix A and
 * the context document). Every IRI is checked below against the vocabulary
 * that defines it, so a wrong mapping fails.
 */
export const ANNO_TERMS: Record<string, string | Record<string, string>> = {
  id: { "@type": "@id", "@id": "@id" },
  type: { "@type": "@id", "@id": "@type" },
  Annotation: `${OA}Annotation`,
  TextualBody: `${OA}TextualBody`,
  SpecificResource: `${OA}SpecificResource`,
  TextQuoteSelector: `${OA}TextQuoteSelector`,
  TextPositionSelector: `${OA}TextPositionSelector`,
  AnnotationCollection: `${AS}OrderedCollection`,
  AnnotationPage: `${AS}OrderedCollectionPage`,
  commenting: `${OA}commenting`,
  describing: `${OA}describing`,
  identifying: `${OA}identifying`,
  linking: `${OA}linking`,
  tagging: `${OA}tagging`,
  body: { "@type": "@id", "@id": `${OA}hasBody` },
  target: { "@type": "@id", "@id": `${OA}hasTarget` },
  source: { "@type": "@id", "@id": `${OA}hasSource` },
  selector: { "@type": "@id", "@id": `${OA}hasSelector` },
  motivation: { "@type": "@vocab", "@id": `${OA}motivatedBy` },
  purpose: { "@type": "@vocab", "@id": `${OA}hasPurpose` },
  items: { "@type": "@id", "@id": `${AS}items`, "@container": "@list" },
  partOf: { "@type": "@id", "@id": `${AS}partOf` },
  first: { "@type": "@id", "@id": `${AS}first` },
  last: { "@type": "@id", "@id": `${AS}last` },
  format: `${DC}format`,
  value: `${RDF}value`,
  start: `${OA}start`,
  end: `${OA}end`,
  exact: `${OA}exact`,
  prefix: `${OA}prefix`,
  suffix: `${OA}suffix`,
  label: `${RDFS}label`,
  total: `${AS}totalItems`,
  startIndex: `${AS}startIndex`,
};

export const ANNO_CONTEXT = { "@context": ANNO_TERMS };
