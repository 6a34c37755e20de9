import { rejectCompoundInsteadOfZip } from './compound';
import { ImportError } from './errors';
import { readZipEntries, repackZip } from './zip';

/** Raw text of a .docx through mammoth, after our own size checks on the zip. */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  rejectCompoundInsteadOfZip(bytes);
  const entries = readZipEntries(bytes);
  if (!entries.has('word/document.xml')) throw new ImportError('corrupt', 'no word/document.xml');
  // Loaded on first use: it costs every start ~50 ms, and few documents come as .docx.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer: Buffer.from(repackZip(entries)) });
  // mammoth ends every paragraph with a blank line; our convention is one paragraph per line.
  return result.value.replace(/\n\n/g, '\n');
}
