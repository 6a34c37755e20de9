import * as CFB from 'cfb';
import { ImportError } from './errors';

// OLE compound files ("CFB") carry HWP 5, legacy Excel, and password-protected Office documents.

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export type CompoundFile = CFB.CFB$Container;

export function isOleCompoundFile(bytes: Uint8Array): boolean {
  return OLE_MAGIC.every((byte, i) => bytes[i] === byte);
}

export function parseCompoundFile(bytes: Uint8Array): CompoundFile {
  try {
    return CFB.parse(bytes);
  } catch (error) {
    throw new ImportError('corrupt', String(error));
  }
}

export function streamBytes(container: CompoundFile, path: string): Uint8Array | null {
  return entryBytes(CFB.find(container, path));
}

/** A stream's bytes; a truncated file shows up as a stream shorter than its directory says. */
export function entryBytes(entry: CFB.CFB$Entry | null | undefined): Uint8Array | null {
  if (!entry?.content) return null;
  if (entry.content.length < entry.size) throw new ImportError('corrupt', `stream ${entry.name} is cut short`);
  return entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content);
}

/**
 * A password-protected .docx/.xlsx is not a zip but a compound file holding the encrypted zip.
 * Throws the matching ImportError for a compound file handed to a zip-based reader.
 */
export function rejectCompoundInsteadOfZip(bytes: Uint8Array): void {
  if (!isOleCompoundFile(bytes)) return;
  const container = parseCompoundFile(bytes);
  if (CFB.find(container, 'EncryptedPackage')) throw new ImportError('encrypted');
  throw new ImportError('unsupported', 'legacy Office file with a new-format extension');
}
