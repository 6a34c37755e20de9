import iconv from 'iconv-lite';
import { importWarningText } from '@shared/text/import';
import { ImportError } from './errors';
import { normaliseNewlines } from './layout';

export type DecodedText = { text: string; encoding: string; warnings: string[] };

// How much of a file the heuristics look at; enough to judge, cheap for a 50 MB file.
const SAMPLE_CHARS = 1 << 20;
const MIN_PLAUSIBLE_SHARE = 0.9;
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes a text file of unknown encoding: BOM first, then UTF-16 (recognised by its NUL bytes),
 * then UTF-8, then CP949 (the superset of EUC-KR that Korean Windows writes). Throws
 * ImportError('binary') when no encoding yields believable text.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const decoded = decodeByBom(bytes) ?? decodeUtf16WithoutBom(bytes) ?? decodeUtf8OrCp949(bytes);
  if (controlShare(decoded.text) > MAX_CONTROL_SHARE) throw new ImportError('binary', decoded.encoding);
  return { ...decoded, text: normaliseNewlines(decoded.text) };
}

function decodeByBom(bytes: Uint8Array): DecodedText | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeWith('utf-8', bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith('utf-16be', bytes);
  return null;
}

// UTF-8 and CP949 text never contains NUL bytes, UTF-16 text does (every ASCII space, digit
// and newline has one), so many NULs mean UTF-16 or binary. The decoding that reads as believable
// text decides which.
function decodeUtf16WithoutBom(bytes: Uint8Array): DecodedText | null {
  if (nulShare(bytes.subarray(0, SAMPLE_CHARS)) < 0.01) return null; // a stray NUL is not UTF-16
  const evenLength = bytes.subarray(0, bytes.length - (bytes.length % 2));
  const candidates = (['utf-16le', 'utf-16be'] as const).map((encoding) => decodeWith(encoding, evenLength));
  const [best] = candidates.sort((a, b) => plausibleShare(b.text) - plausibleShare(a.text));
  if (plausibleShare(best.text) < MIN_PLAUSIBLE_SHARE) throw new ImportError('binary', 'NUL bytes, not UTF-16');
  return best;
}

function decodeUtf8OrCp949(bytes: Uint8Array): DecodedText {
  const strict = strictUtf8(bytes);
  if (strict !== null) return { text: strict, encoding: 'utf-8', warnings: [] };
  // Not valid UTF-8: either CP949, or UTF-8 with a few broken bytes (e.g. a cut-off download).
  const complete = withoutIncompleteTail(bytes);
  const truncated = complete.length < bytes.length ? strictUtf8(complete) : null;
  if (truncated !== null) return { text: truncated, encoding: 'utf-8', warnings: [importWarningText.replacedCharacters] };
  const loose = decodeWith('utf-8', bytes);
  if (mostlyValidUtf8(loose.text)) return { ...loose, warnings: [importWarningText.replacedCharacters] };
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'cp949');
  if (plausibleShare(text) < MIN_PLAUSIBLE_SHARE) throw new ImportError('binary', 'neither UTF-8 nor CP949');
  return { text, encoding: 'cp949', warnings: [] };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Drops a multi-byte UTF-8 sequence that the end of the file cuts in half. */
function withoutIncompleteTail(bytes: Uint8Array): Uint8Array {
  for (let start = bytes.length - 1; start >= Math.max(0, bytes.length - 4); start--) {
    const byte = bytes[start];
    if (byte < 0x80) return bytes; // ASCII: nothing cut
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return bytes.length - start < length ? bytes.subarray(0, start) : bytes;
    }
  }
  return bytes;
}

function nulShare(sample: Uint8Array): number {
  let nuls = 0;
  for (const byte of sample) if (byte === 0) nuls++;
  return sample.length === 0 ? 0 : nuls / sample.length;
}

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): DecodedText {
  return { text: new TextDecoder(encoding).decode(bytes), encoding, warnings: [] };
}

/** CP949 read as UTF-8 turns nearly every non-ASCII character into U+FFFD; real UTF-8 only a few. */
function mostlyValidUtf8(text: string): boolean {
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < Math.min(text.length, SAMPLE_CHARS); i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) nonAscii++;
    if (code === 0xfffd) replaced++;
  }
  return nonAscii > 0 && replaced / nonAscii < 0.01;
}

function plausibleShare(text: string): number {
  const length = Math.min(text.length, SAMPLE_CHARS);
  if (length === 0) return 1;
  let plausible = 0;
  for (let i = 0; i < length; i++) if (isPlausibleChar(text.charCodeAt(i))) plausible++;
  return plausible / length;
}

/** Characters a Korean office document is made of: ASCII, Hangul, Hanja and common symbols. */
function isPlausibleChar(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0xa0 && code <= 0x24f) || // Latin-1 and Latin Extended
    (code >= 0x1100 && code <= 0x11ff) || // Hangul Jamo
    (code >= 0x2000 && code <= 0x27bf) || // punctuation, arrows, math, ①, □, ○
    (code >= 0x3000 && code <= 0x33ff) || // CJK punctuation, compatibility Jamo, units
    (code >= 0x4e00 && code <= 0x9fff) || // Hanja
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xff00 && code <= 0xffef) // full-width forms
  );
}

/** Share of C0 control characters other than whitespace: high in binary files, ~0 in text. */
function controlShare(text: string): number {
  const length = Math.min(text.length, SAMPLE_CHARS);
  if (length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) controls++;
  }
  return controls / length;
}
