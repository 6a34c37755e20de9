const MB = 1024 * 1024;

/** Largest file the importers accept; callers should reject bigger files before reading them. */
export const MAX_IMPORT_BYTES = 60 * MB;

// Limits on what a compressed container (zip, HWP streams) may expand to, so a small
// hostile file cannot exhaust memory.
export const MAX_UNCOMPRESSED_BYTES = 200 * MB;
export const MAX_ZIP_ENTRIES = 10_000;
