import { Inflate, unzipSync, zipSync } from 'fflate';
import { ImportError } from './errors';
import { MAX_UNCOMPRESSED_BYTES, MAX_ZIP_ENTRIES } from './limits';

export type ZipEntries = Map<string, Uint8Array>;

/**
 * Unzips the entries `wanted` selects, refusing archives whose declared sizes or entry count
 * exceed the limits before anything is inflated. fflate inflates each entry into a buffer of
 * its declared size, so an entry that lies about its size cannot grow past it.
 */
export function readZipEntries(bytes: Uint8Array, wanted: (name: string) => boolean = () => true): ZipEntries {
  let entryCount = 0;
  let declaredBytes = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(bytes, {
      filter(entry) {
        entryCount += 1;
        if (entryCount > MAX_ZIP_ENTRIES) throw new ImportError('zip-bomb', 'too many zip entries');
        if (!wanted(entry.name)) return false;
        declaredBytes += entry.originalSize;
        if (declaredBytes > MAX_UNCOMPRESSED_BYTES) throw new ImportError('zip-bomb', 'zip expands too far');
        return true;
      },
    });
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError('corrupt', String(error));
  }
  // A Map, not the plain object fflate built, so an entry named "__proto__" is just a name.
  return new Map(Object.entries(unzipped));
}

/** Names in the archive, or null when it is not a readable zip. Inflates nothing. */
export function listZipNames(bytes: Uint8Array): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter(entry) {
        if (names.length < MAX_ZIP_ENTRIES) names.push(entry.name);
        return false;
      },
    });
    return names;
  } catch {
    return null;
  }
}

/**
 * Re-packs checked entries without compression, for readers (mammoth, xlsx) that unzip on their
 * own: they then only ever see entries whose real size we have already bounded.
 */
export function repackZip(entries: ZipEntries): Uint8Array {
  return zipSync(Object.fromEntries(entries), { level: 0 });
}

const INFLATE_CHUNK = 1024 * 1024;

/** Raw-deflate decompression that gives up once the output passes `limit` bytes. */
export function inflateRawLimited(data: Uint8Array, limit = MAX_UNCOMPRESSED_BYTES): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > limit) throw new ImportError('zip-bomb', 'stream expands too far');
    chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length; offset += INFLATE_CHUNK) {
      const end = Math.min(offset + INFLATE_CHUNK, data.length);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (error) {
    throw error instanceof ImportError ? error : new ImportError('corrupt', String(error));
  }
  return concatBytes(chunks, total);
}

function concatBytes(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
