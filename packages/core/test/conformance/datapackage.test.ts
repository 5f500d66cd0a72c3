// The Data Package export checked by the Frictionless project's own tools:
// the `datapackage` library (profile validation, then every CSV table read
// with its Table Schema: types cast, primary keys unique, foreign keys
// resolved), the `tableschema` library, and the official v1 JSON Schema
// profiles the library ships (data-package, data-resource,
// tabular-data-resource), applied with a draft-04 validator.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Dataset } from "@claimset/schema";
import Ajv from "ajv-draft-04";
import { afterAll, describe, expect, it } from "vitest";
import { flatRows } from "../../src/export/flat/rows.js";
import { EXPORT_TABLES } from "../../src/export/tables.js";
import { datasetPackageFiles } from "../../src/node/package-files.js";
import { validateDataset } from "../../src/validate/validate.js";
import { allDatasets, repositoryDatasets } from "./datasets.js";

const require = createRequire(import.meta.url);
// Both libraries are CommonJS with no type declarations.
const { Package } = require("datapackage") as { Package: { load(d: string, o?: object): Promise<DataPackage> } };
const { Schema } = require("tableschema") as {
  Schema: { load(d: object, o?: object): Promise<{ valid: boolean; errors: Error[] }> };
};

interface DataResource {
  name: string;
  tabular: boolean;
  descriptor: Record<string, unknown>;
  read(options: { relations: boolean; keyed?: boolean }): Promise<unknown[]>;
}
interface DataPackage {
  valid: boolean;
  errors: Error[];
  resources: DataResource[];
  descriptor: Record<string, unknown>;
}

const PROFILES = join(dirname(require.resolve("datapackage/package.json")), "lib/profiles");
const profile = (name: string) => JSON.parse(readFileSync(join(PROFILES, `${name}.json`), "utf8"));
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
const validators = {
  "data-package": ajv.compile(profile("data-package")),
  "data-resource": ajv.compile(profile("data-resource")),
  "tabular-data-resource": ajv.compile(profile("tabular-data-resource")),
};

const work = mkdtempSync(join(tmpdir(), "claimset-datapackage-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Writes the files `claimset build` writes for a dataset into a fresh folder, and returns the descriptor's path. */
function writePackage(name: string, dataset: Dataset): string {
  const dir = join(work, name.replace(/[^a-z0-9-]/gi, "-"));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "article.txt"), dataset.source.text);
  for (const file of datasetPackageFiles(dataset, "").filter((f) => f.committed)) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return join(dir, "datapackage.json");
}

const cases = allDatasets().map(({ name, dataset }) => [name, dataset] as const);

describe.each(cases)("Data Package of %s", (name, dataset) => {
  it("is a valid dataset to begin with", () => {
    expect(validateDataset(dataset).issues).toEqual([]);
  });

  it("passes the datapackage library's validation of the descriptor (strict)", async () => {
    const pkg = await Package.load(writePackage(name, dataset), { strict: false });
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    await expect(Package.load(writePackage(name, dataset), { strict: true })).resolves.toBeDefined();
  });

  it("matches the official profiles: data-package, and each resource's own profile", () => {
    const descriptor = JSON.parse(readFileSync(writePackage(name, dataset), "utf8"));
    expect(validators["data-package"](descriptor), JSON.stringify(validators["data-package"].errors)).toBe(true);
    for (const resource of descriptor.resources) {
      const check = validators[resource.profile as keyof typeof validators];
      expect(check, `${resource.name}: profile ${resource.profile}`).toBeDefined();
      expect(check?.(resource), `${resource.name}: ${JSON.stringify(check?.errors)}`).toBe(true);
    }
  });

  it("declares no empty key lists, and self-references as the v1 spec says", () => {
    const descriptor = JSON.parse(readFileSync(writePackage(name, dataset), "utf8"));
    for (const resource of descriptor.resources) {
      if (!resource.schema) continue;
      if ("foreignKeys" in resource.schema) expect(resource.schema.foreignKeys.length).toBeGreaterThan(0);
      for (const fk of resource.schema.foreignKeys ?? []) expect(fk.reference.resource).not.toBe(resource.name);
    }
  });

  it("is tabular only where it holds tables, and licenses the article apart from the annotations", () => {
    const descriptor = JSON.parse(readFileSync(writePackage(name, dataset), "utf8"));
    expect(descriptor.profile).toBe("data-package");
    for (const resource of descriptor.resources) {
      expect(resource.profile).toBe(resource.format === "csv" ? "tabular-data-resource" : "data-resource");
    }
    const article = descriptor.resources.find((r: { path: string }) => r.path === "article.txt");
    expect(article.licenses).toEqual([{ name: "notspecified", title: `The article text: ${dataset.source.rights}` }]);
    const json = descriptor.resources.find((r: { path: string }) => r.path === "dataset.json");
    expect(json.licenses.map((l: { name: string }) => l.name)).toEqual(["CC-BY-4.0", "notspecified"]);
  });

  it("has Table Schemas the tableschema library accepts", async () => {
    const descriptor = JSON.parse(readFileSync(writePackage(name, dataset), "utf8"));
    for (const resource of descriptor.resources.filter((r: { schema?: object }) => r.schema)) {
      const schema = await Schema.load(resource.schema, { strict: false });
      expect(
        schema.errors.map((e) => e.message),
        resource.name,
      ).toEqual([]);
      expect(schema.valid).toBe(true);
    }
  });

  it("reads every CSV table with its schema: types cast, keys unique, foreign keys resolved", async () => {
    const pkg = await Package.load(writePackage(name, dataset), { strict: true });
    const tabular = pkg.resources.filter((r) => r.tabular);
    expect(tabular.map((r) => r.name).sort()).toEqual(EXPORT_TABLES.map((t) => `${t}-csv`).sort());
    for (const resource of tabular) {
      const table = resource.name.replace(/-csv$/, "") as (typeof EXPORT_TABLES)[number];
      const rows = await resource.read({ relations: true, keyed: true });
      expect(rows.length, resource.name).toBe(flatRows(dataset, table).length);
    }
  });
});

describe.each(repositoryDatasets().map((d) => [d.name, d.dir] as const))(
  "committed datapackage.json of %s",
  (_name, dir) => {
    it("is valid, and every table in data/ reads with its schema and relations", async () => {
      const pkg = await Package.load(join(dir, "datapackage.json"), { strict: true });
      expect(pkg.errors).toEqual([]);
      for (const resource of pkg.resources.filter((r) => r.tabular)) {
        await expect(resource.read({ relations: true }), resource.name).resolves.toBeDefined();
      }
    });
  },
);
