import { runInNewContext } from 'node:vm';

/**
 * The engine's own JSON, from a fresh V8 context. pdfjs-dist's legacy build installs core-js's
 * JSON.stringify in this process (see importers/pdf.ts), which is 5–10× slower on large data —
 * too slow for bundles of 100,000 notes. Strings it returns are ordinary strings.
 */
export const nativeJson: JSON = runInNewContext('JSON') as JSON;
