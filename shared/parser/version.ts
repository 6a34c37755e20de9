/**
 * Bump when a parser change alters what documents parse to. Stored with each document's
 * counts, so the library recomputes them once after an upgrade instead of showing stale figures.
 */
export const PARSER_VERSION = 5;
