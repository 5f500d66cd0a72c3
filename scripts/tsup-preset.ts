import type { Options } from "tsup";

/**
 * The one build preset of every publishable package: ESM and CJS with
 * declarations for both, tree-shakeable, no minification (consumers minify).
 */
export function preset(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    // ES2022, which Node 20 and current browsers run as written: with a node target esbuild lowers each
    // `\p{…}` regular expression literal into a `new RegExp(…)` built again on every evaluation.
    target: "es2022",
    platform: "node",
    shims: true,
    outDir: "dist",
    ...overrides,
  };
}
