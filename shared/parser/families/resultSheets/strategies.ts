/**
 * Names of the grouping levels of a 시행결과 document, keyed by code. The sheets carry no strategy
 * headings, so names are read wherever the summary tables or narrative state them:
 * > | I. 지자체 사회보장사업 전략체계→→…                              → I
 * > | →사회보장전략1. 취약계층과 함께 높여가는 광진의 삶의 질→→…       → I-1
 * > | 지역발전 전략 1. 사회보장급여 이용 및 제공기반 구축→→…          → II-1
 * > | →대표과업1. 위기가구 발굴→/→/→…                                → II-1-1 (under the last II strategy)
 * The first statement of a code wins; a bare `사회보장 전략 1` cell without a name is skipped.
 */
import type { Line } from '../../lines';
import { plainCell } from './sheetFields';

const PART_RE = /^-?\s*(I{1,3}|Ⅰ|Ⅱ|Ⅲ)\s*\.\s*([^:：\t]+?)\s*(?:전략\s*체계|$)/;
const PART_ONE_STRATEGY_RE = /^사회보장\s*전략\s*(\d{1,2})\s*\.?\s*(\S.*)$/;
const PART_TWO_STRATEGY_RE = /^지역\s*발전\s*전략\s*(\d{1,2})\s*\.?\s*(\S.*)$/;
const TASK_RE = /^대표\s*과업\s*(\d{1,2})\s*\.?\s*(\S.*)$/;

const ROMAN: Readonly<Record<string, string>> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', I: 'I', II: 'II', III: 'III' };

/** Code → name for parts (`I`), strategies (`I-1`, `II-2`) and 대표과업 (`II-2-1`), with the line index of the first mention. */
export function readGroupNames(lines: Line[]): Map<string, { name: string; index: number }> {
  const names = new Map<string, { name: string; index: number }>();
  const remember = (code: string, name: string, index: number) => {
    const clean = name.replace(/\s+/g, ' ').trim();
    if (/[가-힣]{2}/.test(clean) && !names.has(code)) names.set(code, { name: clean, index });
  };
  let lastPartTwoStrategy: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    // Every pattern needs 전략 or 과업 (plainCell only joins letters by removing `**`): skip other lines.
    const text = lines[i].text;
    if (!text.includes('전략') && !text.includes('과업') && !text.includes('**')) continue;
    const cells = lines[i].hasTab ? text.split('\t') : [text];
    for (const raw of cells) {
      const cell = plainCell(raw);
      if (!cell || cell.length > 80) continue;
      let m = PART_ONE_STRATEGY_RE.exec(cell);
      if (m) {
        remember(`I-${Number(m[1])}`, m[2], i);
        continue;
      }
      m = PART_TWO_STRATEGY_RE.exec(cell);
      if (m) {
        lastPartTwoStrategy = `II-${Number(m[1])}`;
        remember(lastPartTwoStrategy, m[2], i);
        continue;
      }
      m = TASK_RE.exec(cell);
      if (m && lastPartTwoStrategy) {
        remember(`${lastPartTwoStrategy}-${Number(m[1])}`, m[2], i);
        continue;
      }
      m = PART_RE.exec(cell);
      if (m && /전략\s*체계/.test(cell)) remember(ROMAN[m[1]] ?? m[1], m[2], i);
    }
  }
  return names;
}
