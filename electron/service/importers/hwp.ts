import { type CompoundFile, entryBytes, isOleCompoundFile, parseCompoundFile, streamBytes } from './compound';
import { ImportError } from './errors';
import { cellText, tableRowLine } from './layout';
import { MAX_UNCOMPRESSED_BYTES } from './limits';
import { inflateRawLimited } from './zip';

// A compact reader for HWP 5 (Hancom's binary format, spec "한글 문서 파일 형식 5.0"): a compound
// file whose BodyText/Section* streams hold deflated records. We only need the text, so we
// read paragraphs, their tables and text boxes and skip every layout record.

const HWP3_SIGNATURE = 'HWP Document File V';
const HWP5_SIGNATURE = 'HWP Document File';

const FILE_HEADER_FLAGS = { compressed: 1, password: 2, distribution: 4 };

const TAG = { paraHeader: 66, paraText: 67, ctrlHeader: 71, listHeader: 72 } as const;

/** Controls whose paragraphs are not document content: page header/footer, section setup, hidden comments. */
const SKIPPED_CONTROLS = new Set(['head', 'foot', 'secd', 'tcmt']);

type HwpRecord = { tag: number; level: number; data: Uint8Array; children: HwpRecord[] };

export function isHwp3(bytes: Uint8Array): boolean {
  return asciiAt(bytes, 0, HWP3_SIGNATURE.length) === HWP3_SIGNATURE;
}

export async function extractHwpText(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<string> {
  if (isHwp3(bytes)) throw new ImportError('old-format', 'HWP 3');
  if (!isOleCompoundFile(bytes)) throw new ImportError('corrupt', 'not a compound file');
  const container = parseCompoundFile(bytes);
  const { compressed } = readFileHeader(container);

  const sections = sectionStreams(container);
  if (sections.length === 0) throw new ImportError('corrupt', 'no BodyText sections');
  const lines: string[] = [];
  let budget = MAX_UNCOMPRESSED_BYTES;
  for (const [index, stream] of sections.entries()) {
    const records = compressed ? inflateRawLimited(stream, budget) : stream;
    budget -= records.length;
    lines.push(...renderParagraphs(paragraphsOf(buildRecordTree(records))));
    onProgress?.((index + 1) / sections.length);
  }
  return lines.join('\n');
}

function readFileHeader(container: CompoundFile): { compressed: boolean } {
  const header = streamBytes(container, 'FileHeader');
  if (!header || header.length < 40 || asciiAt(header, 0, HWP5_SIGNATURE.length) !== HWP5_SIGNATURE) {
    throw new ImportError('unsupported', 'compound file without an HWP FileHeader');
  }
  const flags = new DataView(header.buffer, header.byteOffset, header.byteLength).getUint32(36, true);
  if (flags & FILE_HEADER_FLAGS.password) throw new ImportError('encrypted');
  // Distribution ("배포용") documents keep their text AES-encrypted in ViewText/.
  if (flags & FILE_HEADER_FLAGS.distribution) throw new ImportError('copy-protected');
  return { compressed: (flags & FILE_HEADER_FLAGS.compressed) !== 0 };
}

/** BodyText/Section0, Section1, … in numeric order (Section10 after Section9). */
function sectionStreams(container: CompoundFile): Uint8Array[] {
  const sections: { index: number; bytes: Uint8Array }[] = [];
  container.FullPaths.forEach((path, i) => {
    const match = /\/BodyText\/Section(\d+)$/.exec(path);
    const bytes = match ? entryBytes(container.FileIndex[i]) : null;
    if (match && bytes) sections.push({ index: Number(match[1]), bytes });
  });
  return sections.sort((a, b) => a.index - b.index).map((section) => section.bytes);
}

/**
 * Records form a tree through their level field: a record belongs to the nearest earlier record
 * with a smaller level.
 */
function buildRecordTree(stream: Uint8Array): HwpRecord[] {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const roots: HwpRecord[] = [];
  const open: HwpRecord[] = [];
  let offset = 0;
  while (offset + 4 <= stream.length) {
    const header = view.getUint32(offset, true);
    offset += 4;
    let size = header >>> 20;
    if (size === 0xfff) {
      if (offset + 4 > stream.length) break;
      size = view.getUint32(offset, true);
      offset += 4;
    }
    if (offset + size > stream.length) throw new ImportError('corrupt', 'record runs past the stream');
    const record: HwpRecord = {
      tag: header & 0x3ff,
      level: (header >>> 10) & 0x3ff,
      data: stream.subarray(offset, offset + size),
      children: [],
    };
    offset += size;
    while (open.length > 0 && open[open.length - 1].level >= record.level) open.pop();
    (open.length > 0 ? open[open.length - 1].children : roots).push(record);
    open.push(record);
  }
  return roots;
}

function paragraphsOf(records: HwpRecord[]): HwpRecord[] {
  return records.filter((record) => record.tag === TAG.paraHeader);
}

function renderParagraphs(paragraphs: HwpRecord[]): string[] {
  return paragraphs.flatMap(renderParagraph);
}

/** The paragraph's own text first, then the text of the tables and boxes anchored in it. */
function renderParagraph(paragraph: HwpRecord): string[] {
  const textRecord = paragraph.children.find((child) => child.tag === TAG.paraText);
  const text = textRecord ? decodeParagraphText(textRecord.data).trimEnd() : '';
  const controlLines = paragraph.children
    .filter((child) => child.tag === TAG.ctrlHeader)
    .flatMap(renderControl);
  // A paragraph that only anchors a table would otherwise add an empty line before it.
  return text === '' && controlLines.length > 0 ? controlLines : [text, ...controlLines];
}

function renderControl(control: HwpRecord): string[] {
  const id = controlId(control.data);
  if (SKIPPED_CONTROLS.has(id)) return [];
  if (id === 'tbl ') return renderTable(control);
  return renderParagraphs(paragraphsBeneath(control));
}

/** Text boxes, footnotes etc. nest their paragraph lists a level or two down. */
function paragraphsBeneath(record: HwpRecord): HwpRecord[] {
  return record.children.flatMap((child) => (child.tag === TAG.paraHeader ? [child] : paragraphsBeneath(child)));
}

/**
 * A table's children are a TABLE record, then per cell a LIST_HEADER (carrying the cell's row)
 * followed by that cell's paragraphs. Cells come row by row, so grouping by row keeps order.
 */
function renderTable(table: HwpRecord): string[] {
  const rows = new Map<number, HwpRecord[][]>();
  let cellParagraphs: HwpRecord[] | null = null;
  for (const child of table.children) {
    if (child.tag === TAG.listHeader) {
      const row = cellRow(child.data);
      cellParagraphs = [];
      rows.set(row, [...(rows.get(row) ?? []), cellParagraphs]);
    } else if (child.tag === TAG.paraHeader && cellParagraphs) {
      cellParagraphs.push(child);
    }
  }
  return [...rows.values()].map((cells) =>
    tableRowLine(cells.map((paragraphs) => cellText(renderParagraphs(paragraphs)))),
  );
}

// LIST_HEADER: paragraph count, properties, then the cell's column and row address. The count is
// 2 bytes in 30-byte headers and 4 bytes (in practice) otherwise.
function cellRow(data: Uint8Array): number {
  const rowOffset = data.length === 30 ? 8 : 10;
  if (data.length < rowOffset + 2) return 0;
  return data[rowOffset] | (data[rowOffset + 1] << 8);
}

/** Control ids are four ASCII characters stored as a big-endian number in a little-endian field. */
function controlId(data: Uint8Array): string {
  if (data.length < 4) return '';
  return String.fromCharCode(data[3], data[2], data[1], data[0]);
}

/**
 * PARA_TEXT is UTF-16LE with control characters below 32 mixed in: some take one code unit,
 * the others eight (the control plus an inline payload), which must be skipped.
 */
function decodeParagraphText(data: Uint8Array): string {
  const units = Math.floor(data.length / 2);
  const codes: number[] = [];
  for (let i = 0; i < units; ) {
    const code = data[2 * i] | (data[2 * i + 1] << 8);
    if (code >= 32) {
      codes.push(code);
      i += 1;
    } else if (code === 9) {
      codes.push(9); // tab: an eight-unit inline control
      i += 8;
    } else if (code === 0 || code === 10 || code === 13 || code >= 24) {
      if (code === 10) codes.push(10); // line break inside the paragraph
      if (code === 24) codes.push(0x2d); // hyphen
      if (code === 30 || code === 31) codes.push(0x20); // non-breaking and fixed-width space
      i += 1;
    } else {
      i += 8; // table, picture, field start/end, footnote … anchors
    }
  }
  let text = '';
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCharCode(...codes.slice(i, i + 8192));
  return text;
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}
