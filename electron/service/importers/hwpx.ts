import { ImportError } from './errors';
import { cellText, tableRowLine } from './layout';
import { xmlEvents } from './xml';
import { readZipEntries } from './zip';

// HWPX (OWPML, KS X 6101) is a zip of XML. Body text lives in Contents/section0.xml, section1.xml, …
// as <hp:p> paragraphs of <hp:run><hp:t> text; tables are <hp:tbl><hp:tr><hp:tc> with their own
// paragraphs inside, nested within the paragraph that anchors them.

const SECTION_PATH = /^Contents\/section(\d+)\.xml$/i;
const MANIFEST_PATH = 'META-INF/manifest.xml';

export async function extractHwpxText(bytes: Uint8Array, onProgress?: (fraction: number) => void): Promise<string> {
  const entries = readZipEntries(bytes, (name) => SECTION_PATH.test(name) || name === MANIFEST_PATH);
  const manifest = entries.get(MANIFEST_PATH);
  // Password-protected HWPX keeps ODF-style <encryption-data> for every encrypted part.
  if (manifest && new TextDecoder().decode(manifest).includes('encryption-data')) throw new ImportError('encrypted');

  const sections = [...entries.entries()]
    .map(([name, data]) => ({ index: Number(SECTION_PATH.exec(name)?.[1] ?? NaN), data }))
    .filter((section) => Number.isFinite(section.index))
    .sort((a, b) => a.index - b.index);
  if (sections.length === 0) throw new ImportError('corrupt', 'no Contents/section*.xml');

  const lines: string[] = [];
  for (const [i, section] of sections.entries()) {
    lines.push(...sectionLines(new TextDecoder().decode(section.data)));
    onProgress?.((i + 1) / sections.length);
  }
  return lines.join('\n');
}

type OpenParagraph = { text: string; output: string[]; anchorsTable: boolean };
type OpenTable = { rows: string[][]; output: string[] };

/** Elements whose text is page furniture rather than content. */
const SKIPPED_ELEMENTS = new Set(['header', 'footer']);
const INLINE_CHARACTERS: Record<string, string> = { tab: '\t', lineBreak: '\n', fwSpace: ' ', nbSpace: ' ' };

function sectionLines(xml: string): string[] {
  const documentLines: string[] = [];
  const outputs: string[][] = [documentLines]; // the document, or the table cell being read
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let textDepth = 0;
  let skipDepth = 0;

  for (const event of xmlEvents(xml)) {
    if (SKIPPED_ELEMENTS.has(event.kind === 'text' ? '' : event.name)) {
      if (event.kind === 'open' && !event.selfClosing) skipDepth++;
      if (event.kind === 'close') skipDepth--;
      continue;
    }
    if (skipDepth > 0) continue;
    const paragraph = paragraphs.at(-1);
    const table = tables.at(-1);

    if (event.kind === 'text') {
      if (textDepth > 0 && paragraph) paragraph.text += event.text;
    } else if (event.kind === 'open') {
      if (Object.hasOwn(INLINE_CHARACTERS, event.name)) {
        if (paragraph) paragraph.text += INLINE_CHARACTERS[event.name];
      } else if (event.selfClosing) {
        continue;
      } else if (event.name === 'p') {
        paragraphs.push({ text: '', output: outputs.at(-1)!, anchorsTable: false });
      } else if (event.name === 't') {
        textDepth++;
      } else if (event.name === 'tbl') {
        // Text before the table goes first; the table's rows follow it.
        if (paragraph) {
          if (paragraph.text.trim() !== '') paragraph.output.push(paragraph.text.trimEnd());
          paragraph.text = '';
          paragraph.anchorsTable = true;
        }
        tables.push({ rows: [], output: paragraph?.output ?? outputs.at(-1)! });
      } else if (event.name === 'tr') {
        table?.rows.push([]);
      } else if (event.name === 'tc') {
        outputs.push([]);
      }
    } else if (event.name === 'p') {
      const closed = paragraphs.pop();
      const line = closed?.text.trimEnd() ?? '';
      if (closed && !(line === '' && closed.anchorsTable)) closed.output.push(line);
    } else if (event.name === 't') {
      textDepth = Math.max(0, textDepth - 1);
    } else if (event.name === 'tc' && outputs.length > 1) {
      const cellLines = outputs.pop()!;
      table?.rows.at(-1)?.push(cellText(cellLines));
    } else if (event.name === 'tbl' && table) {
      tables.pop();
      table.output.push(...table.rows.map(tableRowLine));
    }
  }
  return documentLines;
}
