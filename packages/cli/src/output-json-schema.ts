import * as z from "zod";
import { OUTPUT_SCHEMA_VERSION } from "./main.js";
import { Output } from "./output-schema.js";

/** The JSON Schema of the `--json` output, as output.schema.json ships it. */
export function outputJsonSchema(): Record<string, unknown> {
  const json = z.toJSONSchema(Output, { target: "draft-2020-12", unrepresentable: "any", io: "output", reused: "ref" });
  return {
    ...json,
    $id: `https://claimset.dev/cli/${OUTPUT_SCHEMA_VERSION}/output.schema.json`,
    title: "claimset CLI --json output",
  };
}
