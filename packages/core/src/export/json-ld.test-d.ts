// The nodes toJsonLd writes, typed against schema.org's vocabulary as
// schema-dts generates it: each node must be assignable to its schema.org
// type (every value of a kind the property's range allows), and have no key
// the type lacks (assignability alone allows extra keys).
import type {
  ClaimLeaf,
  DatasetLeaf,
  EventLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  PropertyValueLeaf,
  QuotationLeaf,
  ThingLeaf,
} from "schema-dts";
import { describe, expectTypeOf, it } from "vitest";
import type {
  ArticleNode,
  ClaimNode,
  DatasetNode,
  EntityNode,
  JsonLdDocument,
  PropertyValueNode,
  QuotationNode,
  SchemaOrgType,
} from "./json-ld.js";

/** Keys of a node that its schema.org type does not have. */
type Unknown<Node, Type> = Exclude<keyof Node, keyof Type>;
type Entity<T extends SchemaOrgType> = Omit<EntityNode, "@type"> & { "@type": T };

describe("schema.org JSON-LD nodes", () => {
  it("are assignable to the schema.org types they name", () => {
    expectTypeOf<ArticleNode>().toExtend<NewsArticleLeaf>();
    expectTypeOf<DatasetNode>().toExtend<DatasetLeaf>();
    expectTypeOf<QuotationNode>().toExtend<QuotationLeaf>();
    expectTypeOf<ClaimNode>().toExtend<ClaimLeaf>();
    expectTypeOf<PropertyValueNode>().toExtend<PropertyValueLeaf>();
    expectTypeOf<Entity<"Person">>().toExtend<PersonLeaf>();
    expectTypeOf<Entity<"Organization">>().toExtend<OrganizationLeaf>();
    expectTypeOf<Entity<"Place">>().toExtend<PlaceLeaf>();
    expectTypeOf<Entity<"Event">>().toExtend<EventLeaf>();
    expectTypeOf<Entity<"Thing">>().toExtend<ThingLeaf>();
  });

  it("use only properties their types have", () => {
    expectTypeOf<Unknown<ArticleNode, NewsArticleLeaf>>().toBeNever();
    expectTypeOf<Unknown<DatasetNode, DatasetLeaf>>().toBeNever();
    expectTypeOf<Unknown<QuotationNode, QuotationLeaf>>().toBeNever();
    expectTypeOf<Unknown<ClaimNode, ClaimLeaf>>().toBeNever();
    expectTypeOf<Unknown<PropertyValueNode, PropertyValueLeaf>>().toBeNever();
    // Every entity node has only properties of Thing, which all its types inherit.
    expectTypeOf<Unknown<EntityNode, ThingLeaf>>().toBeNever();
    // The check can fail: a Claim has no spokenByCharacter, a Quotation's text is never a number.
    expectTypeOf<Unknown<ClaimNode & { spokenByCharacter: string }, ClaimLeaf>>().toEqualTypeOf<"spokenByCharacter">();
    expectTypeOf<Omit<QuotationNode, "text"> & { text: number }>().not.toExtend<QuotationLeaf>();
    expectTypeOf<JsonLdDocument["@context"]>().toEqualTypeOf<"https://schema.org/">();
  });
});
