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
    target: "node20",
    platform: "node",
    shims: true,
    outDir: "dist",
    ...overrides,
  };
}
