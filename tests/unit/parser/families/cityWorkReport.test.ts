/**
 * Seed 001, a 서울시 실-level 주요업무보고 (여성가족정책실, 2024): roman chapters I.–V., bare-number
 * items whose title sits on the next line, and contact lines (`양성평등담당관 : 이성은 ☎…`) naming
 * the responsible unit. No gold file exists, so the expected values below were read off the text;
 * the metamorphic cases then hold the parser to its own reading of the untouched seed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';
import { scorePlan } from '../../../helpers/scorePlan';
import type { Transform } from '../../../helpers/transforms';
import {
  caseOf,
  crlf,
  doubleBlankLines,
  goldFromParse,
  leadingSpace,
  pipe,
  rename,
  shiftYears,
  swapBlockMarker,
  textOf,
  trailingSpaces,
} from '../../../helpers/transforms';

const SEED = '2024-서울시-여성가족정책실-주요업무보고.txt';
const text = readFileSync(new URL(`../../../../seeds/${SEED}`, import.meta.url), 'utf8');
const doc = parsePlan(text);
const check = toCheckJson(doc);
const at = (line: number) => check.projects.find((p) => p.line === line);

describe('seed 001 (서울시 여성가족정책실 주요업무보고)', () => {
  it('should find 67 projects: 2 status items and 65 plans', () => {
    expect(doc.family).toBe('work-report');
    expect(check.projects.length).toBe(67);
    expect(check.projects.filter((p) => p.section === 'status').length).toBe(2);
    expect(check.projects.filter((p) => p.section === 'plans').length).toBe(65);
  });

  it('should find the 실, its six 담당관 and the 추진반 named by a contact line', () => {
    expect(check.units.map((u) => u.name).sort()).toEqual(
      ['여성가족정책실', '양성평등담당관', '영유아담당관', '아이돌봄담당관', '아동담당관', '가족다문화담당관', '1인가구담당관', '저출생정책추진반'].sort(),
    );
    const perUnit = new Map<string, number>();
    for (const p of check.projects) perUnit.set(p.unit, (perUnit.get(p.unit) ?? 0) + 1);
    expect(Object.fromEntries(perUnit)).toEqual({
      여성가족정책실: 2,
      양성평등담당관: 21,
      저출생정책추진반: 1,
      영유아담당관: 9,
      아이돌봄담당관: 6,
      아동담당관: 7,
      가족다문화담당관: 11,
      '1인가구담당관': 10,
    });
  });

  it('should read titles, units and budgets as the text states them', () => {
    // L974 `1` / L976 title / L1003 `- 소요예산('24년) : 4,008백만원(시비 100%)`
    expect(at(974)).toMatchObject({ unit: '양성평등담당관', number: '1', title: '「서울우먼업프로젝트」로 3040여성의 경제활동 촉진', budgetThousandWon: 4_008_000, budgetSources: ['시비'] });
    // L1291 `1,027백만원(국비 125백만원, 시비 902백만원)`
    expect(at(1273)).toMatchObject({ title: '스토킹범죄 예방 및 피해자 지원 체계 구축', budgetThousandWon: 1_027_000, budgetSources: ['국비', '시비'] });
    // L453: two sub-projects (① 33,496백만원, ② 15,245백만원) and no total; the unit comes from `저출생정책추진반장: …☎`.
    expect(at(453)).toMatchObject({ unit: '저출생정책추진반', title: '임산부 교통비 및 산후조리경비 거주요건 폐지', budgetThousandWon: null });
    // L2177 `29,814백만원 (사·구비 50:50)`: 사 is a typo for 시.
    expect(at(2158)).toMatchObject({ unit: '아동담당관', title: '결식우려 아동 급식 지원', budgetThousandWon: 29_814_000, budgetSources: ['시비', '구비'] });
    // L2372 `3,865백만원 ※ 구비 50% 별도`: the note names money outside the amount, not its source.
    expect(at(2344)).toMatchObject({ unit: '가족다문화담당관', budgetThousandWon: 3_865_000, budgetSources: [] });
    // L2826 `- 소요예산('24년) : 비예산`
    expect(at(2795)).toMatchObject({ unit: '1인가구담당관', title: '1인가구 맞춤형 경제자립교육 운영', budgetThousandWon: null });
  });
});

const CASES: [string, Transform][] = [
  ['CRLF and doubled blank lines', pipe(crlf, doubleBlankLines)],
  ['a leading space on every line', leadingSpace],
  ['trailing spaces', trailingSpaces],
  ['next year', shiftYears(1)],
  ['☐ block markers', swapBlockMarker('□', '☐')],
  ['another city and units', pipe(rename('서울', '부산'), rename('양성평등담당관', '성평등정책담당관'), rename('저출생정책추진반', '인구정책추진반'))],
];

describe('seed 001 rewritten reads as the original', () => {
  const seed = caseOf(text, goldFromParse(SEED, check));
  for (const [label, transform] of CASES) {
    it(`should read the same projects with ${label}`, () => {
      const c = transform(seed);
      const score = scorePlan(c.gold, toCheckJson(parsePlan(textOf(c))));
      const detail = `${label}: ${score.problems.join('; ')}`;
      expect(score.f1, detail).toBe(1);
      expect(score.unit, detail).toBe(1);
      expect(score.title, detail).toBeGreaterThanOrEqual(0.97);
      expect(score.budget, detail).toBe(1);
      expect(score.source, detail).toBe(1);
    });
  }
});
