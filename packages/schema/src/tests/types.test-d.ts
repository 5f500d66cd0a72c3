// Type-level tests, checked by `tsc --noEmit` (npm run typecheck).
import { expectTypeOf } from "vitest";
import type { AssertedBy, Dataset, DeepReadonly, Entity, NumericClaim, Quote, Span } from "../index.js";

expectTypeOf<Span>().toEqualTypeOf<{ start: number; end: number; text: string }>();
expectTypeOf<Entity["wikidata"]>().toEqualTypeOf<string | null>();
expectTypeOf<Quote["speaker"]>().toEqualTypeOf<string | null>();
expectTypeOf<NumericClaim["value"]>().toEqualTypeOf<number | null>();
expectTypeOf<AssertedBy["type"]>().toEqualTypeOf<"publisher" | "entity" | "quote" | "unnamed">();
expectTypeOf<Dataset["source"]["title"]>().toEqualTypeOf<string | null>();
expectTypeOf<DeepReadonly<Dataset>["entities"]>().toEqualTypeOf<readonly DeepReadonly<Entity>[]>();
expectTypeOf<DeepReadonly<Dataset>["entities"]>().not.toHaveProperty("push");
