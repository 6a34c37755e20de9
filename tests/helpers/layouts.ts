/**
 * Layouts no seed shows, made from the conventions of the work-report family: the seed text
 * rewritten the way a PDF → markdown converter (or another district's house style) writes it.
 * Each is a Transform (tests/helpers/transforms.ts) whose gold follows the rewritten lines, so the
 * parser is judged on a document it was never tuned for. The expected projects come from the seed's
 * gold (which lines are project headings); the parser never sees the gold.
 */
import type { Case, Transform } from './transforms';
import { editLines, mapLines, pageMarks, pipe } from './transforms';

const squash = (t: string) => t.replace(/\s+/g, '');
const isUnitNameLine = (t: string) => !/\t/.test(t) && /^[가-힣]{2,14}(과|담당관|센터|국)$/.test(squash(t));
const isBareSection = (t: string) => !/^\s*[□■○☐]/.test(t) && /^(일반현황|\d{4}년도?주요업무추진(실적|계획))$/.test(squash(t));
const ITEM_RE = /^(\d{1,2})\.\s+(\S.*)$/;

/** The 1-based lines of the gold's project headings (results and plans, the status subsections too). */
function headingLines(c: Case): Set<number> {
  return new Set(c.gold.projects.map((p) => p.line));
}

/** The cover title `주요업무보고` worded as another district does (`2024년 주요업무 진행사항 보고`). */
export function reportTitleWording(wording: string): Transform {
  return mapLines((t) => (/^(\d{4}년도?)?주요업무보고$/.test(squash(t)) ? wording : t));
}

/**
 * Markdown headings as a converter writes them: unit names, section headings and project headings
 * get `#` marks of varying depth (depth carries no meaning) and some are bold.
 */
export const markdownHeadings: Transform = (c) => {
  const heads = headingLines(c);
  return mapLines((t, i) => {
    if (heads.has(i + 1) && ITEM_RE.test(t)) return i % 3 === 0 ? `**${t}**` : `${'#'.repeat(2 + (i % 3))} ${t}`;
    if (isUnitNameLine(t)) return `# ${t.trim()}`;
    if (isBareSection(t)) return i % 2 ? `## ${t.trim()}` : `**${t.trim()}**`;
    return t;
  })(c);
};

/**
 * The number of a project heading alone on its line, its title on the next non-blank line
 * (`#### 3` ⏎ ⏎ `#### 친절행정 향상 추진`), as PDF converters split a heading set in two text boxes.
 * The gold's line stays on the number; its title_line follows the title.
 */
export function splitNumberTitle(style: 'dot' | 'bare' = 'bare'): Transform {
  return (c) => splitHeadings(c, style);
}

function splitHeadings(c: Case, style: 'dot' | 'bare'): Case {
  const heads = headingLines(c);
  const out = editLines((t, i) => {
    if (!heads.has(i + 1)) return t;
    const m = /^(#{1,4} |\*\*)?(\d{1,2})\.\s+(\S.*?)(\*\*)?$/.exec(t);
    if (!m) return t;
    const mark = m[1] ?? '';
    const close = mark === '**' ? '**' : '';
    const number = style === 'dot' ? `${m[2]}.` : m[2];
    return [`${mark}${number}${close}`, '', `${mark}${m[3]}${close}`];
  })(c);
  for (const p of out.gold.projects) {
    if (heads.has(p.line)) (p as { title_line?: number }).title_line = p.line + 2;
  }
  return out;
}

/** Tab-separated table rows written as markdown pipe tables, with a `|---|` row after the first. */
export const pipeTables: Transform = editLines((t, i, lines) => {
  if (!t.includes('\t')) return t;
  const row = `| ${t.split('\t').map((cell) => cell.trim()).join(' | ')} |`;
  const prevIsRow = i > 0 && lines[i - 1].includes('\t');
  if (prevIsRow) return row;
  const cols = t.split('\t').length;
  return [row, `|${' --- |'.repeat(cols)}`];
});

/**
 * Each unit's `보 고 순 서` written as a `주요사업 목록` table (연번 | 주요사업 | 쪽), numbered rows
 * under a row per section, as other districts lay out a unit's list of projects.
 */
export const projectListTables: Transform = editLines((t, i, lines) => {
  const s = squash(t);
  if (s === '보고순서') return ['**주요사업 목록**', '', '| 연번 | 주요사업 | 쪽 |', '| --- | --- | --- |'];
  if (!insideUnitToc(lines, i)) return t;
  const item = /^(\d{1,2})\.\s+(.*?)\t+(\d{1,3})\s*$/.exec(t);
  if (item) return `| ${item[1]} | ${item[2].trim()} | ${item[3]} |`;
  const section = /^□\s*(.*?)\t*(\d{1,3})?\s*$/.exec(t);
  if (section) return `| | **${section[1].trim()}** | ${section[2] ?? ''} |`;
  if (/^[-\t]+$/.test(t)) return null;
  return t;
});

/** True for a line between a `보 고 순 서` heading and the first section heading after it. */
function insideUnitToc(lines: readonly string[], i: number): boolean {
  for (let k = i; k >= 0 && i - k < 80; k--) {
    const s = squash(lines[k]);
    if (k < i && s === '보고순서') return true;
    if (isBareSection(lines[k]) || isUnitNameLine(lines[k])) return false;
  }
  return false;
}

/** Block labels bold (`□ **사업개요**`) and `<br>` between the bullets a converter joined into one line. */
export const inlineMarkup: Transform = mapLines((t) => {
  const label = /^(□|☐)\s*([가-힣 ]{2,12})$/.exec(t);
  if (label) return `${label[1]} **${label[2].trim()}**`;
  return t.replace(/<ul style="list-style-type: none">\s*/g, '').replace(/\s+-\s(?=\S)/g, '<br>- ');
});

/** Page numbers alone on a line (`12`) before every `every`-th blank line, as PDF text keeps them. */
export function barePageNumbers(every: number): Transform {
  return pageMarks(every, (page) => String(page + 1));
}

/** Everything a PDF → markdown conversion of another district's report does at once. */
export const markdownConvertedReport: Transform = pipe(
  reportTitleWording('2024년 주요업무 진행사항 보고'),
  projectListTables,
  markdownHeadings,
  splitNumberTitle('bare'),
  inlineMarkup,
  pipeTables,
  barePageNumbers(9),
);
