import { gzipSync } from "node:zlib";
import { build, type Metafile } from "esbuild";

export interface BundleSize {
  /** Minified bytes. */
  min: number;
  /** Minified, then gzipped (level 9) bytes. */
  gzip: number;
  /** Bytes each input contributes to the minified output, largest first. */
  inputs: { path: string; bytes: number }[];
  /** The minified code, to look for data that must not be there. */
  code: string;
}

/** The inputs of a metafile's only output, by bytes in the output. */
export function contributors(metafile: Metafile): { path: string; bytes: number }[] {
  const outputs = Object.values(metafile.outputs);
  if (outputs.length !== 1) throw new Error(`expected one bundle output, found ${outputs.length}`);
  return Object.entries(outputs[0]!.inputs)
    .map(([path, { bytesInOutput }]) => ({ path, bytes: bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * Bundles `source` (an ES module importing what a consumer imports) for
 * browsers the way an app bundler would: resolved from `resolveDir`, tree
 * shaken, minified. Workspace packages resolve to their built dist/.
 */
export async function bundle(source: string, resolveDir: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: source, resolveDir, loader: "js", sourcefile: "consumer.js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]!.text;
  const bytes = result.outputFiles[0]!.contents;
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, inputs: contributors(result.metafile), code };
}

/** Minified size and gzip size of files already built (a web app's assets). */
export function assetSize(contents: Uint8Array): { min: number; gzip: number } {
  return { min: contents.length, gzip: gzipSync(contents, { level: 9 }).length };
}
