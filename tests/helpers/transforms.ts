/**
 * Metamorphic transforms of seed documents: each is a small pure function `Case → Case` that
 * rewrites the text the way another document of the same family might be written, and derives
 * the expected gold from the seed's gold (line numbers follow inserted/removed lines, renamed
 * units and titles follow renames). Used by tests/unit/parser/metamorphic.test.ts.
 */
import type { GoldFile, GoldProject } from './scorePlan';

/** A document as lines plus the gold that describes it (line numbers are 1-based into `lines`). */
export interface Case {
  lines: string[];
  gold: GoldFile;
  /** Line ending used by `textOf` (CRLF documents). */
  eol?: '\n' | '\r\n';
}

export type Transform = (c: Case) => Case;

/** Gold fields holding a line number; each follows the line it points at. */
const LINE_KEYS = ['line', 'title_line', 'repeat_of_line', 'unit_line', 'label_line', 'budget_line'] as const;

export function caseOf(text: string, gold: GoldFile): Case {
  return { lines: text.split('\n'), gold: structuredClone(gold) };
}

export function textOf(c: Case): string {
  return c.lines.join(c.eol ?? '\n');
}

/** Apply transforms left to right. */
export function pipe(...ts: Transform[]): Transform {
  return (c) => ts.reduce((acc, t) => t(acc), c);
}

type Record_ = Record<string, unknown>;

/** Remap every gold line number through `map` (old 1-based → new 1-based, or null when removed). */
function remapGold(gold: GoldFile, map: (n: number) => number | null): GoldFile {
  const projects: GoldProject[] = [];
  for (const p of gold.projects) {
    const q = { ...p } as unknown as Record_;
    const line = map(p.line);
    if (line == null) continue; // the heading was removed: the project is gone
    for (const key of LINE_KEYS) {
      const v = q[key];
      if (typeof v !== 'number') continue;
      const m = map(v);
      if (m == null) delete q[key];
      else q[key] = m;
    }
    projects.push(q as unknown as GoldProject);
  }
  const units = gold.units?.map((u) => ({ ...u, line: map(u.line) ?? u.line }));
  return { ...gold, projects, units };
}

/**
 * Replace each line by zero, one or several lines (`null`/`[]` removes it). Gold lines follow:
 * a replaced line maps to the first of its replacement lines.
 */
export function editLines(edit: (text: string, index: number, lines: readonly string[]) => string | string[] | null): Transform {
  return (c) => {
    const out: string[] = [];
    const map: (number | null)[] = [];
    c.lines.forEach((t, i) => {
      const r = edit(t, i, c.lines);
      const arr = r == null ? [] : Array.isArray(r) ? r : [r];
      map.push(arr.length ? out.length + 1 : null);
      out.push(...arr);
    });
    return { ...c, lines: out, gold: remapGold(c.gold, (n) => map[n - 1] ?? null) };
  };
}

/** Rewrite each line's text (the line count never changes). */
export function mapLines(fn: (text: string, index: number, lines: readonly string[]) => string): Transform {
  return (c) => ({ ...c, lines: c.lines.map((t, i) => fn(t, i, c.lines)) });
}

/** Rewrite the gold's names and titles (after a rename in the text). */
export function mapGoldText(fn: (s: string) => string): Transform {
  return (c) => ({
    ...c,
    gold: {
      ...c.gold,
      projects: c.gold.projects.map((p) => {
        const q = { ...p, title: fn(p.title) };
        if (p.unit != null) q.unit = fn(p.unit);
        if (p.department != null) q.department = fn(p.department);
        return q;
      }),
      units: c.gold.units?.map((u) => ({ ...u, name: fn(u.name) })),
    },
  });
}

/** Lay out lines in a new order given as ranges [from, to) of 0-based indices; gold follows. */
export function reorderRanges(ranges: [number, number][]): Transform {
  return (c) => {
    const out: string[] = [];
    const map = new Map<number, number>();
    for (const [from, to] of ranges) {
      for (let i = from; i < to; i++) {
        map.set(i + 1, out.length + 1);
        out.push(c.lines[i]);
      }
    }
    const gold = remapGold(c.gold, (n) => map.get(n) ?? null);
    // Document order of the gold follows the new line order.
    gold.projects.sort((a, b) => a.line - b.line);
    return { ...c, lines: out, gold };
  };
}

/** `a` followed by `b`: b's gold lines shift by a's length. */
export function concatCases(a: Case, b: Case): Case {
  const offset = a.lines.length;
  const shifted = remapGold(b.gold, (n) => n + offset);
  return {
    lines: [...a.lines, ...b.lines],
    gold: { ...a.gold, projects: [...a.gold.projects, ...shifted.projects], units: [...(a.gold.units ?? []), ...(shifted.units ?? [])] },
  };
}

/**
 * Cut the document before line index `cut` (0-based). Projects whose heading is gone leave the gold;
 * the last remaining project may have lost its body, so it becomes optional (matched if found,
 * never required) and its budget is not judged.
 */
export function truncateAt(cut: number): Transform {
  return (c) => {
    const lines = c.lines.slice(0, cut);
    const gold = remapGold(c.gold, (n) => (n <= cut ? n : null));
    const last = gold.projects[gold.projects.length - 1];
    if (last) {
      last.repeat_of_line = last.line; // the scorer's "optional" mark
      last.budget_ambiguous = true;
      last.budget_source = null;
    }
    return { ...c, lines, gold };
  };
}

// ------------------------------------------------------------------ text-level helpers

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex matching `word` written plainly or letter-spaced (`행 정 지 원 과`). */
export function spacedWordRe(word: string, flags = 'g'): RegExp {
  return new RegExp([...word].map(escapeRe).join(' ?'), flags);
}

/** `행정지원과` → `행 정 지 원 과`; digit runs stay together (`2023년` → `2023 년`). */
export function letterSpace(text: string): string {
  return (text.match(/\d+|\S/g) ?? []).join(' ');
}

/**
 * Rename a word everywhere, letter-spaced occurrences included (they stay letter-spaced), in the
 * text and in the gold.
 */
export function rename(from: string, to: string): Transform {
  const re = spacedWordRe(from);
  const text = mapLines((t) => t.replace(re, (m) => (m.includes(' ') ? letterSpace(to) : to)));
  return pipe(text, mapGoldText((s) => s.split(from).join(to)));
}

/** Shift 4-digit years (`2023` → `2024`), never digits inside amounts (`12,023`, `32023`). */
export function shiftYears(by: number, from = 2015, to = 2030): Transform {
  const re = /(?<![\d,.])(20\d\d)(?!\d)/g;
  const shift = (s: string) => s.replace(re, (m) => (Number(m) >= from && Number(m) <= to ? String(Number(m) + by) : m));
  return pipe(mapLines(shift), mapGoldText(shift));
}

/** CRLF line endings. */
export const crlf: Transform = (c) => ({ ...c, eol: '\r\n' });

/** Every blank line written twice. */
export const doubleBlankLines: Transform = editLines((t) => (t.trim() === '' ? [t, ''] : t));

/** No blank lines at all. */
export const dropBlankLines: Transform = editLines((t) => (t.trim() === '' ? null : t));

/** Trailing spaces on every line. */
export const trailingSpaces: Transform = mapLines((t) => (t ? `${t}  ` : t));

/** One leading space on every non-blank line not opening with a tab cell (PDF converters indent whole pages). */
export const leadingSpace: Transform = mapLines((t) => (t.trim() && !t.startsWith('\t') ? ` ${t}` : t));

/** ASCII digits → full-width digits (Ｕ+FF10…). */
export const fullWidthDigits: Transform = mapLines((t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)));

/** A block marker at line start replaced by another (`□` → `☐`, `□` → `○`). */
export function swapBlockMarker(from: string, to: string): Transform {
  const re = new RegExp(`^(\\s*)${escapeRe(from)}`);
  return mapLines((t) => t.replace(re, `$1${to}`));
}

/** Lines in [from, to) removed (0-based). */
export function dropRange(from: number, to: number): Transform {
  return editLines((t, i) => (i >= from && i < to ? null : t));
}

// ------------------------------------------------------------------ 주요업무보고 (work report)

const COVER_DATE_RE = /^\s*\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\./;
const isBlankText = (t: string) => t.trim() === '';
const squash = (t: string) => t.replace(/\s+/g, '');
const isBareSection = (t: string) =>
  !/^\s*[□■○☐]/.test(t) && /^(일반현황|\d{4}년도?주요업무추진(실적|계획))$/.test(squash(t));

/** Indices of cover date lines (each report of a bundle opens with one). */
export function coverStarts(lines: readonly string[]): number[] {
  const out: number[] = [];
  lines.forEach((t, i) => {
    if (COVER_DATE_RE.test(t) && /회/.test(lines[i + 1] ?? '')) out.push(i);
  });
  return out;
}

/** Drop the master 차례 (from `차 례` up to the next cover). */
export const dropMasterToc: Transform = (c) => {
  const start = c.lines.findIndex((t) => /^(차례|목차)$/.test(squash(t)));
  if (start < 0) return c;
  const next = coverStarts(c.lines).find((i) => i > start) ?? start + 1;
  return dropRange(start, next)(c);
};

/** Drop every per-unit `보 고 순 서` (up to the first bare section heading or unit heading). */
export const dropUnitTocs: Transform = (c) => {
  const drop = new Set<number>();
  for (let i = 0; i < c.lines.length; i++) {
    if (squash(c.lines[i]) !== '보고순서') continue;
    let j = i + 1;
    while (j < c.lines.length && !isBareSection(c.lines[j])) j++;
    for (let k = i; k < j; k++) drop.add(k);
    i = j;
  }
  return editLines((t, i) => (drop.has(i) ? null : t))(c);
};

/**
 * Keep only the first cover: every later cover block shrinks to its unit-name line (date, session,
 * year label, title and team list removed), as in a report whose units follow one another.
 */
export const keepFirstCoverOnly: Transform = (c) => {
  const drop = new Set<number>();
  for (const start of coverStarts(c.lines).slice(1)) {
    let i = start;
    while (i < c.lines.length && !/업무보고/.test(squash(c.lines[i]))) drop.add(i++);
    drop.add(i++);
    while (i < c.lines.length && isBlankText(c.lines[i])) drop.add(i++);
    const nameLine = i++;
    while (i < c.lines.length && squash(c.lines[i]) !== '보고순서' && !isBareSection(c.lines[i])) drop.add(i++);
    drop.delete(nameLine);
    // Keep one blank line between the name and what follows.
    drop.delete(nameLine + 1);
  }
  return editLines((t, i) => (drop.has(i) ? null : t))(c);
};

/** True for a bare line naming an org unit (`행 정 지 원 과`, `감사담당관`). */
const isUnitNameLine = (t: string) => !/\t/.test(t) && /^[가-힣]{2,14}(과|담당관|센터|국)$/.test(squash(t)) && squash(t).length <= 16;

/** Letter-space (or un-space) unit-name lines and bare section headings. */
export function spaceHeadings(mode: 'spaced' | 'plain'): Transform {
  return mapLines((t) => {
    if (!(isUnitNameLine(t) || isBareSection(t))) return t;
    return mode === 'spaced' ? letterSpace(squash(t)) : squash(t).replace(/^(\d{4}년도?)/, '$1 ');
  });
}

/** Item numbering `N. 제목` rewritten as `N) 제목` or `N 제목` (TOC lines and nested lists alike). */
export function itemNumbering(style: ')' | ' '): Transform {
  return mapLines((t) => t.replace(/^(\d{1,2})\.\s+(?=\S)/, style === ')' ? '$1) ' : '$1 '));
}

const BUDGET_LINE_RE = /^(\s*[□○\-]?\s*소\s?요\s?예\s?산\s*:\s*)([\d,]+)천원/;

function withCommas(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Budgets written in another unit, converted so the value in 천원 stays: `20,916천원` →
 * `20,916,000원`, `578,161천원` → `578.161백만원`, `820,000천원` → `8.2억원` (억원 only when exact to 0.1).
 */
export function budgetUnit(unit: '원' | '백만원' | '억원'): Transform {
  return mapLines((t) =>
    t.replace(BUDGET_LINE_RE, (m, head: string, num: string) => {
      const v = Number(num.replace(/,/g, ''));
      if (unit === '원') return `${head}${withCommas(v * 1000)}원`;
      if (unit === '백만원') return `${head}${v >= 1000 ? withCommas(Math.trunc(v / 1000)) : '0'}${v % 1000 ? `.${String(v % 1000).padStart(3, '0').replace(/0+$/, '')}` : ''}백만원`;
      if (v % 10_000 !== 0) return m;
      return `${head}${v / 100_000}억원`;
    }),
  );
}

/** `【구비】` markers written `(구비)` or `[구비]`. */
export function sourceBrackets(open: string, close: string): Transform {
  return mapLines((t) => (BUDGET_LINE_RE.test(t) ? t.replace(/【([^】]*)】/g, `${open}$1${close}`) : t));
}

/** The source marker of a budget line moved to the next line. */
export const sourceOnNextLine: Transform = editLines((t) => {
  if (!BUDGET_LINE_RE.test(t)) return t;
  const m = /^(.*?)\s*(【[^】]*】)\s*(.*)$/.exec(t);
  if (!m) return t;
  return [m[3] ? `${m[1]} ${m[3]}` : m[1], m[2]];
});

/** The reports of a bundle in reverse order (the front matter before the first unit cover stays first). */
export const reverseReports: Transform = (c) => {
  const starts = coverStarts(c.lines).slice(1);
  if (starts.length < 2) return c;
  const blocks: [number, number][] = starts.map((s, k) => [s, starts[k + 1] ?? c.lines.length]);
  return reorderRanges([[0, starts[0]], ...blocks.reverse()])(c);
};

/**
 * Section headings in another house style: `roman` numbers them as chapters, restarting at each
 * unit (`Ⅰ. 일반현황`, `Ⅱ. 2023년 주요업무 추진실적`, `Ⅲ. 2024년 주요업무 추진계획`); `wording` words
 * them differently (`2023년도 주요업무 추진성과`, `2024년 주요 업무계획`).
 */
export function sectionHeadingStyle(style: 'roman' | 'wording'): Transform {
  const ROMAN = ['Ⅰ', 'Ⅱ', 'Ⅲ', 'Ⅳ', 'Ⅴ'];
  return (c) => {
    let chapter = 0;
    const lines = c.lines.map((t) => {
      if (isUnitNameLine(t) || COVER_DATE_RE.test(t)) chapter = 0;
      if (!isBareSection(t)) return t;
      const s = squash(t);
      const year = /^(\d{4})/.exec(s)?.[1];
      const kind = s === '일반현황' ? 'status' : s.endsWith('실적') ? 'results' : 'plans';
      if (style === 'roman') {
        const n = ROMAN[Math.min(chapter++, ROMAN.length - 1)];
        if (kind === 'status') return `${n}. 일반현황`;
        return kind === 'results' ? `${n}. ${year}년 주요업무 추진실적` : `${n}. ${year}년 주요업무 추진계획`;
      }
      if (kind === 'status') return '일반 현황';
      return kind === 'results' ? `${year}년도 주요업무 추진성과` : `${year}년 주요 업무계획`;
    });
    return { ...c, lines };
  };
}

/** The bundle without its committee cover and master 차례: it opens with the first unit's cover. */
export const dropCommitteeCover: Transform = (c) => {
  const starts = coverStarts(c.lines);
  return starts.length > 1 ? dropRange(0, starts[1])(c) : c;
};

/** Only the k-th report of a bundle (k ≥ 1; 0 is the committee cover), as a document of its own. */
export function singleReport(k: number): Transform {
  return (c) => {
    const starts = coverStarts(c.lines);
    return reorderRanges([[starts[k], starts[k + 1] ?? c.lines.length]])(c);
  };
}

/** `○` bullets written `ㅇ` (a Hangul letter used as a bullet in many offices). */
export const hangulBullets: Transform = mapLines((t) => t.replace(/^(\s*)○(?=\s)/, '$1ㅇ'));

/** The budget label written another way: `소요 예산`, `소요예산(안)`, `사업예산`, `예산`. */
export function budgetLabel(label: string): Transform {
  return mapLines((t) => (BUDGET_LINE_RE.test(t) ? t.replace(/소\s?요\s?예\s?산/, label) : t));
}

/** `【구비】` written with a share or a word: `【구비 100%】`, `(구비 전액)`. */
export function sourceWording(wording: (source: string) => string): Transform {
  return mapLines((t) => (BUDGET_LINE_RE.test(t) ? t.replace(/【(국비|시비|구비)】/g, (_m, src: string) => wording(src)) : t));
}

/** TOC page numbers written with leader dots (`제목 ········ 12`) instead of a tab. */
export const tocLeaderDots: Transform = mapLines((t) => t.replace(/^(\d{1,2}[.)]?\s.*?)\s*\t(\d{1,3})\s*$/, '$1 ········ $2'));

/** Letter-spaced unit headings bracketed instead: `행 정 지 원 과` → `< 행정지원과 >` (cover team lists stay). */
export const bracketedUnitHeadings: Transform = mapLines((t) => (isUnitNameLine(t) && / /.test(t.trim()) ? `< ${squash(t)} >` : t));

/**
 * Page footers `- N -` inserted before every `every`-th blank line (as HWP/PDF exports leave them).
 */
export function pageFooters(every: number): Transform {
  return pageMarks(every, (page) => `- ${page} -`);
}

/** A page mark (`format(page)`) on a line of its own before every `every`-th blank line. */
export function pageMarks(every: number, format: (page: number) => string): Transform {
  return (c) => {
    let blanks = 0;
    let page = 0;
    return editLines((t) => {
      if (t.trim() !== '') return t;
      if (++blanks % every !== 0) return t;
      page++;
      return ['', format(page), ''];
    })(c);
  };
}

// ------------------------------------------------------------------ 시행결과 (result sheets)

/** Sheet codes written with the Unicode roman numerals `Ⅰ`/`Ⅱ` in headings. */
export const unicodeRomanCodes: Transform = mapLines((t) =>
  t.includes('\t') ? t : t.replace(/^(\s*(?:\[첨부\s*\d+\]\s*)?)(I{1,2})-(?=\d)/, (_m, pre: string, r: string) => `${pre}${r === 'II' ? 'Ⅱ' : 'Ⅰ'}-`),
);

/** The repeated sheet header and field labels written with other spacing. */
export const sheetLabelSpacing: Transform = mapLines((t) => {
  if (!t.includes('\t')) return t;
  const cells = t.split('\t');
  const respace: Record<string, string> = {
    '구 분': '구분',
    '주요 내용': '주요내용',
    '사업(과업) 소관': '사업(과업)소관',
    '사업(과업) 배경': '사업(과업)배경',
    '사업(과업) 목적': '사업 (과업) 목적',
    '지원 대상': '지 원 대 상',
    '전달 체계': '전달체계',
  };
  return cells.map((cell) => respace[cell] ?? cell.replace(/^사업비 \(단위: ?백만원\)$/, '사업비(단위 : 백만원)')).join('\t');
});

/**
 * 사업비 tables in 천원 instead of 백만원: the header says 천원 and every value cell of the rows
 * below it (until the next labelled row) is multiplied by 1,000.
 */
export const sheetBudgetInThousandWon: Transform = (c) => {
  const lines = [...c.lines];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes('\t') || !/^사업비.*백만원/.test(lines[i].split('\t')[0].trim())) continue;
    lines[i] = lines[i].replace('백만원', '천원');
    for (let j = i + 1; j < lines.length && lines[j].includes('\t') && lines[j].split('\t')[0].trim() === ''; j++) {
      lines[j] = lines[j]
        .split('\t')
        .map((cell) => {
          const v = cell.trim();
          if (!/^\d[\d,]*(\.\d+)?$/.test(v)) return cell;
          return withCommas(Math.round(Number(v.replace(/,/g, '')) * 1000));
        })
        .join('\t');
    }
  }
  return { ...c, lines };
};

/** Sheet headings without the dot after the code and without the `[첨부 1]` tag: `I-1-1 제목`. */
export const sheetCodeWithoutDot: Transform = mapLines((t) =>
  t.includes('\t') ? t : t.replace(/^\s*(?:\[첨부\s*\d+\]\s*)?((?:I{1,2}|Ⅰ|Ⅱ)-\d{1,2}(?:-\d{1,2}){1,2})\.\s+/, '$1 '),
);

/** 사업비 rows labelled without circled numbers (`합계`, `시비`, `구비`, `기타 후원금`) and the 소관 row as `담당부서`. */
export const sheetPlainRowLabels: Transform = mapLines((t) => {
  if (!t.includes('\t')) return t;
  return t
    .split('\t')
    .map((cell) => {
      const v = cell.trim();
      if (v === '계(①+②+③)') return '합계';
      if (/^[①②③]/.test(v)) return v.slice(1).trim();
      if (v === '사업(과업) 소관') return '담당부서';
      return cell;
    })
    .join('\t');
});

// ------------------------------------------------------------------ 이행계획 (implementation plan)

/** Circled task digits from the other set: ➊…➓ ↔ ❶…❿. */
export const swapCircledDigitSet: Transform = mapLines((t) =>
  t.replace(/[\u278A-\u2793\u2776-\u277F]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String.fromCharCode(code >= 0x278a ? code - 0x278a + 0x2776 : code - 0x2776 + 0x278a);
  }),
);

/** Header labels un-letter-spaced (`이 행 계 획` → `이행계획`, `세 부 목 표` → `세부목표`, `목 표` → `목표`). */
export const plainHeaderLabels: Transform = mapLines((t) =>
  t.replace(/^(\s*)이 행 계 획/, '$1이행계획').replace(/^(\s*)세 부 목 표/, '$1세부목표').replace(/^(\s*)목 표(?= )/, '$1목표'),
);

/** Task budgets in 백만원 when exact: `소요예산 천원: 52,000` → `소요예산 백만원: 52`. */
export const taskBudgetInMillions: Transform = mapLines((t) =>
  t.replace(/(소요예산[^:：\d]*?)천원([^:：\d]*[:：]\s*)([\d,]+)(?![\d,])/, (m, a: string, b: string, num: string) => {
    const v = Number(num.replace(/,/g, ''));
    return v % 1000 === 0 && v > 0 ? `${a}백만원${b}${withCommas(v / 1000)}` : m;
  }),
);

// ------------------------------------------------------------------ seeds without a gold file

/**
 * A gold file made from a parse (for a seed without a hand-checked gold, such as the 서울시 work
 * report): transforms then check that the parser reads the rewritten text as it read the original.
 * Check the parse itself with a snapshot test first.
 */
export function goldFromParse(
  file: string,
  parsed: { projects: { unit: string; section: string; number: string; title: string; line: number; budgetThousandWon: number | null; budgetSources: string[] }[] },
): GoldFile {
  return {
    file,
    projects: parsed.projects.map((p) => ({
      unit: p.unit,
      section: p.section,
      number: p.number,
      title: p.title,
      line: p.line,
      budget_thousand_won: p.budgetThousandWon,
      budget_source: p.budgetSources.length ? p.budgetSources.join('+') : null,
    })),
  };
}

/** `담당 사회복지과 생활보장팀` written `담당부서 : 사회복지과 (생활보장팀)`. */
export const labelledAssignments: Transform = mapLines((t) => t.replace(/^담당 (\S+과) (\S+팀)$/, '담당부서 : $1 ($2)'));

/** Circled task digits written as plain digits: `1-1-➊` → `1-1-1`. */
export const plainTaskDigits: Transform = mapLines((t) =>
  t.replace(/[\u278A-\u2793\u2776-\u277F]/g, (ch) => {
    const code = ch.charCodeAt(0);
    return String((code >= 0x278a ? code - 0x278a : code - 0x2776) + 1);
  }),
);
