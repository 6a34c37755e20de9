import { createRequire } from 'node:module';
import path from 'node:path';
import { importWarningText } from '@shared/text/import';
import { ImportError } from './errors';
import { keepNativeBuiltins } from './nativeBuiltins';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<Pdfjs> | undefined;

/** pdfjs is loaded on the first PDF only, and without leaving its polyfills over the engine's built-ins. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= keepNativeBuiltins(async () => {
    const [lib, worker] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs')]);
    // pdfjs looks for its worker here before trying to spawn one from a file path; running it on
    // this thread keeps the Node side free of worker files that a bundler would have to copy.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    return lib;
  });
  return pdfjs;
}

// Korean PDFs often use CID fonts with predefined CMaps (UniKS-UCS2-H …): without these files
// their text cannot be mapped to Unicode.
const pdfjsRoot = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dataDirectory = (name: string) => path.join(pdfjsRoot, name) + path.sep;

export type PdfText = { text: string; warnings: string[] };

type PlacedText = { text: string; x: number; y: number; width: number; size: number };

export async function extractPdfText(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<PdfText> {
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const loadingTask = getDocument({
    data: new Uint8Array(bytes), // a plain copy: pdfjs rejects Buffers and detaches what it gets
    cMapUrl: dataDirectory('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: dataDirectory('standard_fonts'),
    wasmUrl: dataDirectory('wasm'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loadingTask.promise.catch((error: unknown) => {
      const name = (error as { name?: string } | null)?.name;
      throw new ImportError(name === 'PasswordException' ? 'encrypted' : 'corrupt', String(error));
    });
    const pages: string[] = [];
    const pagesWithoutText: number[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const page = await document.getPage(pageNumber);
      const content = await page.getTextContent();
      const placed = content.items.flatMap((item) => ('str' in item ? [placeText(item)] : []));
      const visible = placed.filter((item) => item.text.trim() !== '');
      if (visible.length === 0) pagesWithoutText.push(pageNumber);
      pages.push(linesFromPlacedText(visible).join('\n'));
      page.cleanup();
      onProgress?.(pageNumber / document.numPages);
    }
    const warnings: string[] = [importWarningText.pdfLayout];
    if (pagesWithoutText.length > 0 && pagesWithoutText.length < document.numPages) {
      warnings.push(importWarningText.pdfPagesWithoutText(pagesWithoutText));
    }
    return { text: pages.join('\n'), warnings };
  } finally {
    await loadingTask.destroy();
  }
}

// Some writers (Chromium among them) map the space glyph to U+0001; control characters are never
// text, so they count as spaces. Whitespace-only items are dropped and spacing is recomputed
// from the gaps, because pdfjs's own filler spaces overlap the next fragment.
function placeText(item: { str: string; transform: number[]; width: number }): PlacedText {
  const [, , c, d, x, y] = item.transform;
  return { text: item.str.replace(/[\u0000-\u001f]/g, ' '), x, y, width: item.width, size: Math.hypot(c, d) || 1 };
}

/**
 * PDF text comes as positioned fragments. Fragments whose baselines are within half a glyph
 * height form one line, read left to right; a wide gap between fragments is taken to be a
 * table column boundary and becomes a TAB, like the table rows of the other importers.
 */
function linesFromPlacedText(items: PlacedText[]): string[] {
  const byBaseline = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: PlacedText[][] = [];
  for (const item of byBaseline) {
    const line = lines.at(-1);
    if (line && Math.abs(line[0].y - item.y) <= Math.max(line[0].size, item.size) / 2) line.push(item);
    else lines.push([item]);
  }
  return lines.map((line) => joinLine(line.sort((a, b) => a.x - b.x)));
}

function joinLine(items: PlacedText[]): string {
  let text = '';
  let previous: PlacedText | null = null;
  for (const item of items) {
    if (previous) {
      const gap = item.x - (previous.x + previous.width);
      const spaced = text.endsWith(' ') || item.text.startsWith(' ');
      if (gap > 2 * item.size) text = text.trimEnd() + '\t';
      else if (gap > 0.2 * item.size && !spaced) text += ' ';
    }
    text += item.text;
    previous = item;
  }
  return text.trimEnd();
}
