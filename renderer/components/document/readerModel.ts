import type { FieldNode, TableNode } from '@shared/parser/types';

/** A field's text cut into prose and the tables the parser found in it, in reading order. */
export type FieldSegment = { kind: 'text'; text: string } | { kind: 'table'; table: TableNode };

/**
 * Table rows appear in the field text as tab-separated lines; each run of such lines is replaced
 * by the next parsed table, so a table is shown once, as a real table. When the runs and the
 * tables disagree the text is kept whole and the tables follow it (nothing is ever hidden).
 */
export function fieldSegments(field: FieldNode): FieldSegment[] {
  if (field.tables.length === 0) return field.text.trim() ? [{ kind: 'text', text: field.text }] : [];
  const lines = field.text.split('\n');
  const runs: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t')) continue;
    let j = i;
    while (j + 1 < lines.length && lines[j + 1].includes('\t')) j++;
    runs.push([i, j]);
    i = j;
  }
  if (runs.length !== field.tables.length) {
    return [...(field.text.trim() ? [{ kind: 'text' as const, text: field.text }] : []), ...field.tables.map((table) => ({ kind: 'table' as const, table }))];
  }
  const out: FieldSegment[] = [];
  let from = 0;
  runs.forEach(([start, end], k) => {
    const text = lines.slice(from, start).join('\n');
    if (text.trim()) out.push({ kind: 'text', text: text.replace(/\n+$/, '') });
    out.push({ kind: 'table', table: field.tables[k] });
    from = end + 1;
  });
  const rest = lines.slice(from).join('\n');
  if (rest.trim()) out.push({ kind: 'text', text: rest.replace(/^\n+/, '') });
  return out;
}
