/**
 * Document metadata (title, issuer, date) read from the front matter of plan documents that have
 * a cover (시행결과) or only a foreword (이행계획). Pure functions over `Line[]`; never throw.
 */
import type { Line } from '../lines';
import { isBlank } from '../lines';
import { createDocument, diagnosticAt } from '../nodes';
import { parserFamiliesText as say } from '../../text/parserFamilies';
import type { DocumentFamily, PlanDocument } from '../types';

/** Words that name the kind of document; the title is the paragraph holding the first of them. */
const DOCUMENT_KIND_RE = /(시행결과|이행계획|시행계획|업무보고|보고서|계획서|실행계획)/;
const SENTENCE_RE = /(니다|하게|되어|하고자|입니다|[을를]\s)/;
const FRONT_MATTER_LINES = 80;
const MAX_TITLE_LINES = 4;

/**
 * The cover title.
 * > | 제5기('23~'26) 지역사회보장계획의        ← a cover paragraph: its lines are joined
 * > | 2023년도 연차별 시행계획의 시행결과
 * > | 2022 서대문구 지속가능발전 이행계획 보고서를 발간하게 되어 …   ← a foreword sentence: cut after the kind word
 */
export function findCoverTitle(lines: Line[]): string {
  const limit = Math.min(lines.length, FRONT_MATTER_LINES);
  for (let i = 0; i < limit; i++) {
    const text = lines[i].text.trim();
    if (!DOCUMENT_KIND_RE.test(text) || lines[i].hasTab) continue;
    if (SENTENCE_RE.test(text) || text.length > 60) return cutAfterLastKindWord(text);
    let a = i;
    while (a > 0 && i - a < MAX_TITLE_LINES - 1 && !isBlank(lines[a - 1]) && !SENTENCE_RE.test(lines[a - 1].text)) a--;
    let b = i;
    while (b + 1 < limit && b - a < MAX_TITLE_LINES - 1 && !isBlank(lines[b + 1]) && !SENTENCE_RE.test(lines[b + 1].text)) b++;
    const parts: string[] = [];
    for (let k = a; k <= b; k++) parts.push(lines[k].text.trim());
    return parts.join(' ').replace(/\s+/g, ' ');
  }
  return '';
}

function cutAfterLastKindWord(text: string): string {
  const re = new RegExp(DOCUMENT_KIND_RE.source, 'g');
  let end = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) end = m.index + m[0].length;
  // The phrase continues only through kind words joined by spaces (`이행계획 보고서`), not into the verb.
  return end > 0 ? text.slice(0, end).trim() : text.trim();
}

/** Short city names → official names, for issuers written `서울시 서대문구`. */
const METROPOLITAN_NAMES: Readonly<Record<string, string>> = {
  서울시: '서울특별시',
  서울: '서울특별시',
  부산시: '부산광역시',
  대구시: '대구광역시',
  인천시: '인천광역시',
  광주시: '광주광역시',
  대전시: '대전광역시',
  울산시: '울산광역시',
  세종시: '세종특별자치시',
};

const PROVINCE_RE = /(서울특별시|[가-힣]{2}광역시|세종특별자치시|[가-힣]{2}특별자치도|경기도|강원도|충청북도|충청남도|전라북도|전라남도|경상북도|경상남도|서울시|부산시|대구시|인천시|광주시|대전시|울산시|세종시)\s+([가-힣]{1,6}(구|군|시))(?=[은는의이가에]?(?:[^가-힣]|$))/;
const PARTICLE_FREE = /[은는의이가에]$/;

/**
 * The issuing local government: `서울특별시 광진구`. Prefers the front matter, then the whole text;
 * falls back to `<name>구청장` (district only) when no province is written.
 */
export function findIssuer(lines: Line[]): string {
  const ranges: [number, number][] = [
    [0, Math.min(lines.length, FRONT_MATTER_LINES)],
    [0, Math.min(lines.length, 5000)],
  ];
  for (const [from, to] of ranges) {
    for (let i = from; i < to; i++) {
      const m = PROVINCE_RE.exec(lines[i].text);
      if (!m) continue;
      const province = METROPOLITAN_NAMES[m[1]] ?? m[1];
      return `${province} ${m[2]}`;
    }
  }
  for (let i = 0; i < Math.min(lines.length, FRONT_MATTER_LINES); i++) {
    const m = /([가-힣]{1,5}(구|군|시))(청장|수|장)\s/.exec(lines[i].text);
    if (m && !PARTICLE_FREE.test(m[1])) return m[1];
  }
  return '';
}

/** The first full date of the front matter as ISO `YYYY-MM-DD`: `2024. 2. 28.` → `2024-02-28`; '' when none. */
export function findCoverDate(lines: Line[]): string {
  const limit = Math.min(lines.length, FRONT_MATTER_LINES);
  for (let i = 0; i < limit; i++) {
    const m = /(?:^|[^\d])((?:19|20)\d{2})\s*[.년-]\s*(\d{1,2})\s*[.월-]\s*(\d{1,2})(?!\d)/.exec(lines[i].text);
    if (!m) continue;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    return `${m[1]}-${pad2(month)}-${pad2(day)}`;
  }
  return '';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A new document of `family` with the cover's title, issuer and date, and a note of what the cover lacks. */
export function documentFromCover(family: DocumentFamily, lines: Line[]): PlanDocument {
  const doc = createDocument(family, lines.length);
  doc.title = findCoverTitle(lines);
  doc.issuer = findIssuer(lines);
  doc.date = findCoverDate(lines);
  if (!doc.date) doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-date', say.noDate, 'info'));
  if (!doc.issuer) doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-issuer', say.noIssuer, 'info'));
  return doc;
}
