/**
 * Stages 1 and 2 in one walk: `prepareLines(input)` gives `normalizeText(input)` and
 * `splitLines` of it, as parsePlan needs them. The stages stay separate functions (and define the
 * result); this path only saves the separate passes over every character and line of the document:
 * each line is checked for characters to fold while it is squashed, and footers and the common
 * indentation are found on the same walk. Lines needing a change (rare) are redone on their own.
 */
import type { Line } from './lines';
import { squash, squashUnless } from './lines';
import { cleanMarkup } from './markup';
import { composeText, foldLine, isFoldedChar, isFooterLine } from './normalize';

export function prepareLines(input: unknown): { text: string; lines: Line[] } {
  const composed = composeText(input);
  const lines: Line[] = [];
  const changed: number[] = []; // indices of lines whose text differs from their slice of `composed`
  let sameLengths = true;
  let common = Infinity; // dedentCommonIndent's shared indentation
  for (let start = 0, n = 1; ; n++) {
    const nl = composed.indexOf('\n', start);
    const end = nl < 0 ? composed.length : nl;
    let text = composed.slice(start, end);
    let squashed = squashUnless(text, isFoldedChar);
    let touched = false; // folding always changes the line (a folded character was found), blanking too
    if (squashed === null) {
      text = foldLine(text);
      squashed = squash(text);
      touched = true;
    }
    const cleaned = cleanMarkup(text);
    if (cleaned !== null) {
      text = cleaned;
      squashed = squash(text);
      touched = true;
    }
    if (isFooterLine(text, 0, text.length)) {
      text = '';
      squashed = '';
      touched = true;
    } else if (common > 0 && text.length > 0 && text.charCodeAt(0) !== 0x09) {
      let i = 0;
      while (i < text.length && text.charCodeAt(i) === 0x20) i++;
      // Blank lines and spaces before a tab cell do not count.
      if (i < text.length && text.charCodeAt(i) !== 0x09 && i < common) common = i;
    }
    if (touched) {
      changed.push(n - 1);
      if (text.length !== end - start) sameLengths = false;
    }
    lines.push({ n, text, squashed, hasTab: text.indexOf('\t') >= 0, offset: start });
    if (nl < 0) break;
    start = nl + 1;
  }
  if (Number.isFinite(common) && common > 0) {
    // Rare: every line may lose indentation, so the text is the lines joined again.
    for (const line of lines) {
      let i = 0;
      while (i < line.text.length && i < common && line.text.charCodeAt(i) === 0x20) i++;
      if (i > 0) line.text = line.text.slice(i);
    }
    renumberOffsets(lines);
    return { text: lines.map((l) => l.text).join('\n'), lines };
  }
  if (changed.length === 0) return { text: composed, lines };
  // A few lines changed: splice them into the composed text (offsets are still the composed ones).
  const parts: string[] = [];
  let copied = 0;
  for (const k of changed) {
    const line = lines[k];
    const end = k + 1 < lines.length ? lines[k + 1].offset - 1 : composed.length;
    parts.push(composed.slice(copied, line.offset), line.text);
    copied = end;
  }
  parts.push(composed.slice(copied));
  if (!sameLengths) renumberOffsets(lines);
  return { text: parts.join(''), lines };
}

/** Offsets in the normalised text, which is the lines joined with `\n`. */
function renumberOffsets(lines: Line[]): void {
  let offset = 0;
  for (const line of lines) {
    line.offset = offset;
    offset += line.text.length + 1;
  }
}
