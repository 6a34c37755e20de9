import type { DocumentRecord } from './library';

/** The newest layout of the data file. Bump it with a new step in electron/service/migrations/. */
export const SCHEMA_VERSION = 1;

/**
 * Everything the app keeps in its main data file (document texts live in their own files).
 * Unknown fields are kept as they are, so an older app version never drops what a newer one wrote.
 */
export interface StoreData {
  schemaVersion: number;
  documents: DocumentRecord[];
  /** When the built-in sample library was imported (it is imported once, on first run). */
  samplesImportedAt?: string;
  [extra: string]: unknown;
}

export function emptyStore(): StoreData {
  return { schemaVersion: SCHEMA_VERSION, documents: [] };
}
