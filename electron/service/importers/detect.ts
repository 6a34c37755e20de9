import { isOleCompoundFile, parseCompoundFile, streamBytes } from './compound';
import { isHwp3 } from './hwp';
import { listZipNames } from './zip';

export type ImportFormat = 'text' | 'hwp' | 'hwpx' | 'pdf' | 'docx' | 'xlsx' | 'xls' | 'csv';

const FORMAT_BY_EXTENSION: Readonly<Record<string, ImportFormat>> = {
  txt: 'text',
  text: 'text',
  md: 'text',
  hwp: 'hwp',
  hwpx: 'hwpx',
  pdf: 'pdf',
  docx: 'docx',
  xlsx: 'xlsx',
  xls: 'xls',
  csv: 'csv',
};

/**
 * The format to read a file as: what its bytes say first (people rename files, and .hwp files
 * are sometimes really HWPX), its extension second. Null when neither is a format we read.
 */
export function detectFormat(fileName: string, bytes: Uint8Array): ImportFormat | null {
  const byExtension = formatFromExtension(fileName);
  if (isPdf(bytes, byExtension === 'pdf')) return 'pdf';
  if (isHwp3(bytes)) return 'hwp';
  if (isOleCompoundFile(bytes)) return byExtension === 'hwp' || byExtension === 'xls' ? byExtension : compoundFormat(bytes, byExtension);
  if (isZip(bytes)) return zipFormat(bytes) ?? byExtension;
  // No extension at all: worth trying as text; the decoder rejects binary content.
  if (byExtension === null && !/\.[^./\\]+$/.test(fileName)) return 'text';
  return byExtension;
}

export function formatFromExtension(fileName: string): ImportFormat | null {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  return Object.hasOwn(FORMAT_BY_EXTENSION, extension) ? FORMAT_BY_EXTENSION[extension] : null;
}

// PDF readers accept the header anywhere in the first kilobyte, after junk some writers prepend;
// we allow that only for .pdf names, so a text file that mentions "%PDF-" stays text.
function isPdf(bytes: Uint8Array, namedPdf: boolean): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, namedPdf ? 1024 : 5));
  return namedPdf ? head.includes('%PDF-') : head === '%PDF-';
}

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function zipFormat(bytes: Uint8Array): ImportFormat | null {
  const names = listZipNames(bytes);
  if (!names) return null;
  if (names.some((name) => /^Contents\/section\d+\.xml$/i.test(name))) return 'hwpx';
  if (names.includes('word/document.xml')) return 'docx';
  if (names.includes('xl/workbook.xml')) return 'xlsx';
  return null;
}

/** Compound files hold HWP 5, legacy Excel, and password-protected Office files alike. */
function compoundFormat(bytes: Uint8Array, byExtension: ImportFormat | null): ImportFormat | null {
  try {
    const container = parseCompoundFile(bytes);
    if (streamBytes(container, 'FileHeader')) return 'hwp';
    if (streamBytes(container, 'Workbook') || streamBytes(container, 'Book')) return 'xls';
  } catch {
    // unreadable container: let the extension decide, the reader will report it as damaged
  }
  return byExtension;
}
