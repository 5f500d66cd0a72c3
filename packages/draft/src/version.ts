/** This package's name and version, as each drafted record's provenance names it. */
export const DRAFTER_NAME = "@claimset/draft";
export const DRAFTER_VERSION = "0.1.0";
export const DRAFTER_TOOL = `${DRAFTER_NAME}@${DRAFTER_VERSION}`;
