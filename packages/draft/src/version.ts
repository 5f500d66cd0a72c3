import pkg from "../package.json" with { type: "json" };

/** This package's name and version, as each drafted record's provenance names it; read from package.json at build time. */
export const DRAFTER_NAME = "@claimset/draft";
export const DRAFTER_VERSION: string = pkg.version;
export const DRAFTER_TOOL = `${DRAFTER_NAME}@${DRAFTER_VERSION}`;
