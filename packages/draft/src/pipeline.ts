/**
 * The drafter: a list of named stages over one document model. Each stage
 * reads the layers before it and writes its own; any stage can be replaced
 * or run alone (see each module's tests).
 */
import { createDoc, type Doc, type Stage } from "./doc.js";
import { attribution } from "./stages/attribution.js";
import { coreference } from "./stages/coreference.js";
import { entities } from "./stages/entities.js";
import { linking } from "./stages/link.js";
import { numbers } from "./stages/numbers.js";
import { quotes } from "./stages/quotes.js";
import { sentences } from "./stages/sentences.js";

export const PIPELINE: readonly Stage[] = [
  sentences, //    paragraphs, tokens, sentences
  numbers, //      numeric claims: value, bounds, comparator, hedge, unit, kind
  quotes, //       quotation-marked stretches: nested, interrupted, over paragraphs
  attribution, //  cue, speaker phrase, addressee; indirect speech
  entities, //     named mentions, types, grouped into entities
  coreference, //  nominal and pronominal mentions with a clear antecedent
  linking, //      speakers and addressees as entities; who asserts each claim
];

/** Runs every stage over `text` and returns the document with all its layers. */
export function analyze(text: string, stages: readonly Stage[] = PIPELINE): Doc {
  const doc = createDoc(text);
  for (const stage of stages) stage.run(doc);
  return doc;
}
