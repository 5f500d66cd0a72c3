// Loaded with `node --import`: appends the URL of every module the process
// resolves to the file named by CLAIMSET_MODULES_OUT, one a line. The
// startup test reads it to see what a command loads.
import { register } from "node:module";

const out = process.env.CLAIMSET_MODULES_OUT;
if (out) {
  const hook = `
import { appendFileSync } from "node:fs";
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(out)}, result.url + "\\n");
  return result;
}`;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
}
