/**
 * Money: amounts in Korean budget notation and fund-source markers.
 *
 * 천원 is the working unit. 백만원 ×1,000, 억원 ×100,000, 원 ÷1,000; △ means negative.
 * Sources are returned in canonical order: 국비 (균특 beside it), 시비, 구비, 기금, 기타, then other
 * named funds verbatim (e.g. 문화예술진흥기금).
 *
 * Every function here is pure, total (never throws) and linear in its input.
 */

import { squash } from './lines';

export type MoneyUnit = '원' | '천원' | '만원' | '백만원' | '천만원' | '억원' | '조원';

/** How many 천원 one of each unit is worth. */
export const THOUSAND_WON_PER_UNIT: Readonly<Record<MoneyUnit, number>> = {
  원: 0.001,
  천원: 1,
  만원: 10,
  백만원: 1_000,
  천만원: 10_000,
  억원: 100_000,
  조원: 1_000_000_000,
};

/** Convert `value` in `unit` to 천원, rounded to 3 decimals to avoid float noise. */
export function toThousandWon(value: number, unit: MoneyUnit): number {
  return roundMoney(value * THOUSAND_WON_PER_UNIT[unit]);
}

export function roundMoney(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** `천 원`, `억`, `백만` … → the MoneyUnit, or null when the text is not a money unit. */
export function moneyUnitOf(text: string): MoneyUnit | null {
  const t = squash(text);
  switch (t) {
    case '원':
      return '원';
    case '천원':
      return '천원';
    case '만원':
      return '만원';
    case '백만원':
    case '백만':
      return '백만원';
    case '천만원':
    case '천만':
      return '천만원';
    case '억원':
    case '억':
      return '억원';
    case '조원':
    case '조':
      return '조원';
    default:
      return null;
  }
}

/**
 * The money unit a units line declares, or null.
 * > | (단위: 천원)        → 천원
 * > | (단위 : 건, 백만원) → 백만원
 * > | 예산액 (단위:천원)   → 천원
 */
export function readUnitsLine(text: string): MoneyUnit | null {
  const at = text.indexOf('단위');
  if (at < 0) return null;
  const tail = text.slice(at + 2, at + 60);
  const m = /(천\s?만\s?원|백\s?만\s?원|천\s?원|만\s?원|억\s?원|조\s?원|원)/.exec(tail);
  return m ? moneyUnitOf(m[1]) : null;
}

/** One amount found in a text. */
export interface AmountMatch {
  /** The amount in 천원 (negative for △). */
  thousandWon: number;
  /** The unit written after the number; null when the default unit was assumed. */
  unit: MoneyUnit | null;
  /** The number as written (with its unit). */
  raw: string;
  /** 0-based start and end (exclusive) in the text. */
  index: number;
  end: number;
}

// A number (`20,916`, `172.5`, `52000`), an optional sign (△/▲/−/- attached), an optional unit.
// No nested unbounded quantifiers over the same characters: linear on any input.
const AMOUNT_RE =
  /(△|▲|−|-)?[ ]?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:[ ]?(천\s?만\s?원|백\s?만\s?원|천\s?만|백\s?만|천\s?원|만\s?원|억\s?원|억|조\s?원|조|원))?/g;

const HANGUL = /[가-힣]/;

/**
 * Every money amount in `text`. Numbers with a unit are always returned; a bare number is returned
 * only when `defaultUnit` is given and the number does not look like a date, count or percentage
 * (`2024년`, `59개`, `50%`, `2023. 1.`).
 * `1억 5천만원` is read as one amount.
 */
export function findAmounts(text: string, defaultUnit: MoneyUnit | null = null): AmountMatch[] {
  const out: AmountMatch[] = [];
  if (!text) return out;
  AMOUNT_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = AMOUNT_RE.exec(text)) !== null) {
    if (m[0].length === 0) {
      AMOUNT_RE.lastIndex++;
      continue;
    }
    const [, signText, intPart, frac, unitText] = m;
    let sign: string | undefined = signText;
    let index = m.index;
    const before = index > 0 ? text[index - 1] : '';
    // A '-' is a minus only when attached to the number and not part of a range `1-2` or a bullet `- 2`.
    if ((sign === '-' || sign === '−') && ((before && /[\w.)]/.test(before)) || m[0][1] === ' ')) {
      sign = undefined;
      index = m.index + m[0].indexOf(intPart);
    }
    // Inside a bigger token (`A123`, `v2`): not an amount.
    const prevOfNumber = m.index + m[0].indexOf(intPart) > 0 ? text[m.index + m[0].indexOf(intPart) - 1] : '';
    if (prevOfNumber && /[A-Za-z_]/.test(prevOfNumber)) continue;
    let value = Number(intPart.replace(/,/g, '') + (frac ?? ''));
    if (!Number.isFinite(value)) continue;
    let unit = unitText ? moneyUnitOf(unitText) : null;
    if (!unit) {
      if (!defaultUnit) continue;
      const numberEnd = m.index + m[0].length;
      const after = text[numberEnd] ?? '';
      const after2 = text.slice(numberEnd, numberEnd + 2);
      if (HANGUL.test(after) || after === '%' || after === '.' || before === '.' || /^\s?[%년월일명개건회세]/.test(after2))
        continue;
    }
    let thousandWon = toThousandWon(value, unit ?? defaultUnit ?? '천원');
    let end = m.index + m[0].length;
    // `1억 5천만원`, `3조 2,867억원`: a smaller unit right after 조/억 (written without 원) adds to it.
    let bigUnit: MoneyUnit | null = unit;
    let bigText = unitText ?? '';
    while ((bigUnit === '억원' || bigUnit === '조원') && bigText && !bigText.endsWith('원')) {
      AMOUNT_RE.lastIndex = end;
      const next = AMOUNT_RE.exec(text);
      const u2 = next && next.index <= end + 1 && !next[1] && next[4] ? moneyUnitOf(next[4]) : null;
      if (!next || !u2 || THOUSAND_WON_PER_UNIT[u2] >= THOUSAND_WON_PER_UNIT[bigUnit]) {
        AMOUNT_RE.lastIndex = end;
        break;
      }
      value = Number(next[2].replace(/,/g, '') + (next[3] ?? ''));
      thousandWon = roundMoney(thousandWon + toThousandWon(value, u2));
      end = next.index + next[0].length;
      bigUnit = u2;
      bigText = next[4];
    }
    if (sign === '△' || sign === '▲' || sign === '-' || sign === '−') thousandWon = -thousandWon;
    out.push({ thousandWon, unit, raw: text.slice(index, end).trim(), index, end });
  }
  return out;
}

/**
 * The first money amount in `text`, in 천원; null when there is none.
 * > | 20,916천원      → 20916
 * > | 41,771백만원    → 41771000
 * > | 172.5억         → 17250000
 * > | △1,200 (천원 default) → -1200
 */
export function parseAmountToThousandWon(text: string, defaultUnit: MoneyUnit = '천원'): number | null {
  const all = findAmounts(text, defaultUnit);
  return all.length ? all[0].thousandWon : null;
}

// ---------------------------------------------------------------- sources

/** Canonical rank of each known source; named funds come after, in order of appearance. */
// 도비 (province) ranks with 시비 and 군비 (county) with 구비: the same tiers in a 도/군 document.
const SOURCE_RANK: Readonly<Record<string, number>> = { 국비: 0, 균특: 0.5, 시비: 1, 도비: 1, 구비: 2, 군비: 2, 기금: 3, 기타: 4 };

/** Spellings and typos → canonical source name. */
const SOURCE_ALIASES: Readonly<Record<string, string>> = {
  국비: '국비',
  국고: '국비',
  국: '국비',
  시비: '시비',
  사비: '시비', // typo seen: 【사비 1,857,545천원 …】
  시바: '시비', // typo seen: 시바: 44,250천원
  시: '시비',
  구비: '구비',
  구바: '구비', // typo seen: 【구바:1,180,100천원 …】
  구: '구비',
  도비: '도비',
  군비: '군비',
  균특: '균특',
  기금: '기금',
  기타: '기타',
};

/** A source spelling → its canonical name; named funds (`…기금`) stay verbatim; unknown → null. */
export function normalizeSourceName(raw: string): string | null {
  const t = squash(raw);
  if (!t) return null;
  if (SOURCE_ALIASES[t]) return SOURCE_ALIASES[t];
  if (t.length >= 3 && t.length <= 16 && t.endsWith('기금')) return t;
  return null;
}

/** Normalise, dedupe and sort sources into canonical order. Unknown strings are kept verbatim at the end. */
export function canonicalSources(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const named: string[] = [];
  for (const item of list) {
    const name = normalizeSourceName(item) ?? squash(item);
    if (!name || seen.has(name)) continue;
    seen.add(name);
    named.push(name);
  }
  return named
    .map((s, i) => ({ s, i }))
    .sort((a, b) => sourceRank(a.s) - sourceRank(b.s) || a.i - b.i)
    .map((x) => x.s);
}

function sourceRank(s: string): number {
  return SOURCE_RANK[s] ?? 10;
}

/** A source token found in text. */
interface SourceHit {
  name: string;
  index: number;
  end: number;
}

// Two-letter tokens, typos, single letters (only accepted inside markers) and named funds.
// `국·시·비` (= 국비+시비) is expanded before scanning.
const SOURCE_TOKEN_RE = /(국비|국고|시비|사비|시바|구비|구바|도비|군비|균특|기타|[가-힣]{2,12}기금|기금|국|시|구)/g;
const FUND_WORD_RE = /^[가-힣]{2,12}기금$/;

// `국·시·비`, `국·시비`, `시·구비`, `사·구비` (typo for 시·구비): initials joined by a middle dot share one 비.
const JOINT_SOURCES_RE = /(?<![가-힣])[국시사구](?:\s?[·ㆍ,]\s?[국시사구]){1,3}\s?[·ㆍ]?\s?비/g;

function expandJointSources(text: string): string {
  // Every joint spelling has a `·`, `ㆍ` or `,` between its initials.
  if (!text.includes('·') && !text.includes('ㆍ') && !text.includes(',')) return text;
  // > | 【구비 8,724,454천원, 국·시·비 1,020,079천원】   → 국비·시비
  // > | 29,814백만원 (사·구비 50:50)                   → 시비·구비
  return text.replace(JOINT_SOURCES_RE, (m) =>
    (m.match(/[국시사구]/g) ?? []).map((c) => `${c === '사' ? '시' : c}비`).join('·'),
  );
}

/** The text before a `※` note: a note may name sources the amount does not include (`※ 구비 50% 별도`). */
function beforeNote(text: string): string {
  const at = text.indexOf('※');
  return at > 0 ? text.slice(0, at) : text;
}

function scanSourceTokens(segment: string, allowSingle: boolean): SourceHit[] {
  const hits: SourceHit[] = [];
  SOURCE_TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SOURCE_TOKEN_RE.exec(segment)) !== null) {
    const token = m[1];
    const before = m.index > 0 ? segment[m.index - 1] : '';
    const after = segment[m.index + token.length] ?? '';
    if (before && HANGUL.test(before)) continue; // 조사비, 감사비 …: part of a word
    if (token.length === 1) {
      // `시 130,000천원`, `구:943,067`, `국 구 (50%, 50%)`: a single letter followed by a space, digit or colon.
      if (!allowSingle || (after && HANGUL.test(after)) || (after && !/[\s\d:·,()]/.test(after))) continue;
    } else if (after && HANGUL.test(after) && !FUND_WORD_RE.test(token)) {
      continue; // 구비율, 시비용 …
    }
    const name = normalizeSourceName(token);
    if (!name) continue;
    // `구비(중소기업육성기금)`: a fund in parentheses right after a source qualifies that source.
    const prev = hits[hits.length - 1];
    if (FUND_WORD_RE.test(token) && prev && /^\s?[(（]\s?$/.test(segment.slice(prev.end, m.index))) continue;
    hits.push({ name, index: m.index, end: m.index + token.length });
  }
  return hits;
}

/**
 * True when a bracketed segment is a source marker: once source names, amounts, percentages and
 * punctuation are removed, little text is left.
 * > | (전액 구비)                        → marker
 * > | (총 사업비의 10% 구비 매칭 필수)  → prose that mentions 구비, not a marker
 */
export function isSourceMarker(segment: string): boolean {
  const rest = expandJointSources(segment)
    .replace(SOURCE_TOKEN_RE, ' ')
    .replace(/[\d,.%△]+\s?(천\s?만\s?원|백\s?만\s?원|천\s?원|만\s?원|억\s?원|억|조\s?원|조|원)?/g, ' ')
    .replace(/전액|각각|매칭|별도/g, ' ')
    .replace(/[^가-힣]/g, '');
  return rest.length <= 6;
}

/** Bracketed segments: 【…】, […], (…), 〔…〕. Not nested; unmatched openers run to the end. */
export function markerSegments(text: string): string[] {
  const out: string[] = [];
  const pairs: Record<string, string> = { '【': '】', '[': ']', '(': ')', '〔': '〕', '［': '］' };
  let i = 0;
  while (i < text.length) {
    const close = pairs[text[i]];
    if (close) {
      const j = text.indexOf(close, i + 1);
      const end = j < 0 ? text.length : j;
      out.push(text.slice(i + 1, end));
      i = end + 1;
    } else i++;
  }
  return out;
}

/**
 * Fund sources named in `text`, canonical order.
 * > | 【구비】                                 → [구비]
 * > | 【국비 800,000천원, 시비 2,273,000천원】 → [국비, 시비]
 * > | 국 구 (50%, 50%)                        → [국비, 구비]
 * > | 【사비 1,857,545천원 구비1,731,713천원】 → [시비, 구비]
 * > | 구비 52,000천원(청소행정과)              → [구비]
 * > | 3,865백만원 ※ 구비 50% 별도               → []      (a note, not the amount's source)
 * Bracketed markers are read first; without them, whole words in the text are used. Text after a
 * `※` is a note and is not read.
 */
export function parseSources(text: string): string[] {
  if (!text) return [];
  const t = expandJointSources(beforeNote(text.length > 4000 ? text.slice(0, 4000) : text));
  const names: string[] = [];
  for (const seg of markerSegments(t)) if (isSourceMarker(seg)) for (const h of scanSourceTokens(seg, true)) names.push(h.name);
  if (names.length) return canonicalSources(names);
  // No bracket: `구비 52,000천원`, `국 구 (50%, 50%)`.
  const singleOk = /^[\s:]*[국시구](\s+[국시구])+\s*[(]?\s*\d/.test(t.replace(/^.*?[:：]/, ''));
  for (const h of scanSourceTokens(t, singleOk)) names.push(h.name);
  return canonicalSources(names);
}

/**
 * Amount per source where the marker states it, in 천원.
 * > | 【국비 800,000천원, 시비 2,273,000천원, 구비 1,011,000천원】
 * > | 【구바:1,180,100천원 시바: 44,250천원】
 */
export function parseSourceAmounts(text: string, defaultUnit: MoneyUnit = '천원'): Record<string, number> {
  const out: Record<string, number> = {};
  if (!text) return out;
  const t = expandJointSources(text.length > 4000 ? text.slice(0, 4000) : text);
  const segments = markerSegments(t);
  const scan = segments.length ? segments : [t];
  for (const seg of scan) {
    const hits = scanSourceTokens(seg, true);
    for (let k = 0; k < hits.length; k++) {
      const h = hits[k];
      const stop = k + 1 < hits.length ? hits[k + 1].index : seg.length;
      const gap = seg.slice(h.end, stop);
      // The amount must follow the name closely: `구비 1,011,000천원`, `시바: 44,250천원`.
      const lead = /^[\s:：]{0,3}/.exec(gap)?.[0].length ?? 0;
      const amounts = findAmounts(gap, defaultUnit);
      if (!amounts.length || amounts[0].index > lead + 1) continue;
      // `국비·시비 1,020,079천원`: one amount for two sources cannot be split, so neither gets it.
      const prev = hits[k - 1];
      if (prev && /^\s?[·ㆍ]\s?$/.test(seg.slice(prev.end, h.index))) continue;
      out[h.name] = roundMoney((out[h.name] ?? 0) + amounts[0].thousandWon);
    }
  }
  return out;
}

// ---------------------------------------------------------------- budget lines

/** What a budget statement says. */
export interface BudgetReading {
  /** Total in 천원, or null when no figure could be read. */
  thousandWon: number | null;
  /** True for `비예산`. */
  nonBudget: boolean;
  sources: string[];
  bySource: Record<string, number>;
  /** True when the total is only part of a bigger amount (`…천원 중 일부`). */
  partial: boolean;
}

/**
 * Read the value part of a budget statement (the text after the label).
 * > | : 20,916천원 【구비】
 * > | 천원: 52,000 구비( )            (unit written before the number)
 * > | : 구비 52,000천원(청소행정과)
 * > | : 1,194,350원 【구비 1,150,100천원, 시비 44,250천원】  (원 meant as 천원: the parts say so)
 * > | : 비예산
 */
export function readBudgetValue(text: string, defaultUnit: MoneyUnit = '천원'): BudgetReading {
  const reading: BudgetReading = { thousandWon: null, nonBudget: false, sources: [], bySource: {}, partial: false };
  if (!text) return reading;
  const t = text.length > 4000 ? text.slice(0, 4000) : text;
  const squashed = squash(t);
  if (squashed.includes('비예산')) reading.nonBudget = true;
  if (/중\s?일부/.test(t)) reading.partial = true;
  // `천원: 52,000` — the unit written before the number.
  let unit = defaultUnit;
  const lead = /^[\s:：]*\(?\s*(천\s?원|백\s?만\s?원|억\s?원|원)\s?\)?\s*[:：]/.exec(t);
  if (lead) unit = moneyUnitOf(lead[1]) ?? unit;
  // The total is the first amount outside any marker bracket.
  const outside = stripMarkers(t);
  const totals = findAmounts(outside, unit);
  reading.sources = parseSources(t);
  reading.bySource = parseSourceAmounts(t, unit);
  if (totals.length) {
    let total = totals[0];
    let value = total.thousandWon;
    const partsSum = sumValues(reading.bySource);
    if (total.unit === '원' && partsSum > 0 && Math.abs(partsSum - value * 1000) <= Math.max(1, partsSum * 0.005)) value = partsSum;
    reading.thousandWon = value;
  } else {
    const partsSum = sumValues(reading.bySource);
    if (partsSum > 0) reading.thousandWon = partsSum;
  }
  if (reading.partial) reading.thousandWon = null;
  return reading;
}

function sumValues(r: Record<string, number>): number {
  let s = 0;
  for (const k of Object.keys(r)) s += r[k];
  return roundMoney(s);
}

/** Replace 【…】 and […] segments with spaces (keep offsets), so totals are read outside them. */
export function stripMarkers(text: string): string {
  const t = text.includes('【') ? text.replace(/【[^】]*】?/g, (s) => ' '.repeat(s.length)) : text;
  return t.includes('[') ? t.replace(/\[[^\]]*\]?/g, (s) => ' '.repeat(s.length)) : t;
}
