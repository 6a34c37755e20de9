// Shared conventions for the plain text every importer produces, matching the seed texts:
// one paragraph per line, one table row per line with its cells separated by TAB.

export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** A cell's own line breaks and tabs would break the row, so they become single spaces. */
export function tableRowLine(cells: string[]): string {
  return cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).join('\t');
}

/** Joins a cell's paragraphs into one cell value. */
export function cellText(lines: string[]): string {
  return lines.map((line) => line.trim()).filter(Boolean).join(' ');
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}
