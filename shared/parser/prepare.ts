/**
 * Stages 1 and 2 in one walk: `prepareLines(input)` gives `normalizeText(input)` and
 * `splitLines` of it, as parsePlan needs them. The stages stay separate functions (and define the
 * result); this path only saves the separate passes over every character and line of the document:
 * each line is checked for characters to fold while it is squashed, and footers and the common
 * indentation are found on the same walk. Lines needing a change (rare) are redone on their own.
 */
import type { Line } from './lines';
import { squash, squashUnless } from './lines';
import { composeText, foldLine, isFoldedChar, isFooterLine } from './normalize';

export function prepareLines(input: unknown): { text: string; lines: Line[] } {
  const composed = composeText(input);
  const lines: Line[] = [];
  let changed = false; // does any line differ from its slice of `composed`?
  let common = Infinity; // dedentCommonIndent's shared indentation
  for (let start = 0, n = 1; ; n++) {
    const nl = composed.indexOf('\n', start);
    const end = nl < 0 ? composed.length : nl;
    let text = composed.slice(start, end);
    let squashed = squashUnless(text, isFoldedChar);
    if (squashed === null) {
      text = foldLine(text);
      squashed = squash(text);
      changed = true;
    }
    if (isFooterLine(text, 0, text.length)) {
      text = '';
      squashed = '';
      changed = true;
    } else if (common > 0 && text.length > 0 && text.charCodeAt(0) !== 0x09) {
      let i = 0;
      while (i < text.length && text.charCodeAt(i) === 0x20) i++;
      // Blank lines and spaces before a tab cell do not count.
      if (i < text.length && text.charCodeAt(i) !== 0x09 && i < common) common = i;
    }
    lines.push({ n, text, squashed, hasTab: text.indexOf('\t') >= 0, offset: start });
    if (nl < 0) break;
    start = nl + 1;
  }
  if (Number.isFinite(common) && common > 0) {
    changed = true;
    for (const line of lines) {
      let i = 0;
      while (i < line.text.length && i < common && line.text.charCodeAt(i) === 0x20) i++;
      if (i > 0) line.text = line.text.slice(i);
    }
  }
  if (!changed) return { text: composed, lines };
  // Texts changed length: offsets follow the normalised text, which is the lines joined again.
  let offset = 0;
  for (const line of lines) {
    line.offset = offset;
    offset += line.text.length + 1;
  }
  return { text: lines.map((l) => l.text).join('\n'), lines };
}
