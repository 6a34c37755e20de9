import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../shared/parser/lines';
import { normalizeText } from '../../../../shared/parser/normalize';
import { parseResultSheets } from '../../../../shared/parser/families/resultSheets';
import { normalizeSheetCode, readSheetHeading } from '../../../../shared/parser/families/resultSheets/codes';
import { readSheetBudget, valueToThousandWon } from '../../../../shared/parser/families/resultSheets/sheetBudget';
import { matchSheetLabel } from '../../../../shared/parser/families/resultSheets/sheetFields';

const linesOf = (text: string) => splitLines(normalizeText(text));
/** Rows written with `→` for TAB, as the notes show them. */
const rows = (...r: string[]) => r.map((x) => x.replace(/→/g, '\t')).join('\n');

const BUDGET_HEADER = '사업비 (단위: 백만원)→재원구성(비중)→5기 기본계획의 2023 예산→→2023년도 예산(A)→→2023년도 예산 집행 실적(B)→집행률(B/A)→';

function budgetOf(...budgetRows: string[]) {
  const lines = linesOf(rows(BUDGET_HEADER, ...budgetRows));
  return readSheetBudget(lines, lines.map((_, i) => i));
}

describe('시행결과: sheet headings', () => {
  it.each([
    ['[첨부 1] I-1-1. 200가구 보듬기 사업', 'I-1-1', '200가구 보듬기 사업', false],
    ['II-1-1-1. 복지사각지대 발굴 홍보 강화', 'II-1-1-1', '복지사각지대 발굴 홍보 강화', false],
    ['Ⅱ-4-2-2. 어린이집 보육교직원 지원사업', 'II-4-2-2', '어린이집 보육교직원 지원사업', false],
    ['① 세부사업 I-1-1. 200가구 보듬기', 'I-1-1', '200가구 보듬기', true],
    ['② 세부사업 1-3-2. 저소득 독거어르신 안부확인 음료배달', 'I-3-2', '저소득 독거어르신 안부확인 음료배달', true],
  ])('should read %s', (text, number, title, bestPractice) => {
    expect(readSheetHeading(linesOf(text)[0])).toEqual({ number, title, bestPractice });
  });

  it('should not take table rows or narrative items for headings', () => {
    for (const text of ['I-1-1. (중점) 200가구\t추진완료', '1. 계획 내용의 충실성', 'I-1-1\t200가구 보듬기']) {
      expect(readSheetHeading(linesOf(text)[0])).toBeNull();
    }
  });

  it('should normalise codes the way the gold writes them', () => {
    expect(normalizeSheetCode('1-3-2')).toBe('I-3-2');
    expect(normalizeSheetCode('Ⅱ-1-1-1')).toBe('II-1-1-1');
  });
});

describe('시행결과: field labels', () => {
  it.each([
    ['사업(과업) 배경', 'purpose'],
    ['추진근거(관련규정)', 'basis'],
    ['지원 대상', 'target'],
    ['사업(과업)내용', 'content'],
    ['사업비 (단위 : 백만원)', 'budget'],
    ['성과 지표1', 'indicator'],
    ['<p>주요성과</p>', 'results'],
    ['사업효과', 'effect'],
    ['개선방안', 'plan'],
    ['시 행 계 화 자 체 평 가', 'other'],
  ])('should map %s', (label, key) => {
    expect(matchSheetLabel(label)?.key).toBe(key);
  });

  it('should treat 비고, 자료출처 and 수행 기관 in column 0 as continuations', () => {
    for (const label of ['비고', '자료출처', '수행 기관', '']) expect(matchSheetLabel(label)).toBeNull();
  });
});

describe('시행결과: 계(①+②+③) row in 백만원', () => {
  it('should read 예산(A), not the 5기 plan or the execution, and drop shares', () => {
    const b = budgetOf('→계(①+②+③)→13→(100 %)→18→(100 %)→11→61%→', '→→②구비→13→(100 %)→13→(100 %)→11→61%');
    expect(b).toMatchObject({ thousandWon: 18_000, year: 2023, nonBudget: false });
  });

  it.each([
    ['0.8', 800],
    ['3.14', 3_140],
    ['189.5', 189_500],
    ['1,317', 1_317_000],
  ])('should convert %s 백만원 to 천원', (value, thousandWon) => {
    expect(valueToThousandWon(value, '백만원')).toBe(thousandWon);
    expect(budgetOf(`→계(①+②+③)→${value}→(100%)→${value}→(100%)→${value}→100%`).thousandWon).toBe(thousandWon);
  });

  it('should survive an extra empty cell that shifts every column', () => {
    const b = budgetOf('→계(①+②+③)→→10→(100%)→10→(100%)→10→100%', '→지방비→소계(①+②)→10→(100%)→10→(100%)→10→100%', '→→②구비→10→(100%)→10→(100%)→10→100%');
    expect(b).toMatchObject({ thousandWon: 10_000, sources: ['구비'] });
  });

  it('should read a value glued to its share', () => {
    expect(budgetOf('→계(①+②+③)→→-→(100 %)→10→(100 %)→10→→10(100 %)→').thousandWon).toBe(10_000);
  });

  it('should say 비예산 for no budget and null when every value is -', () => {
    expect(budgetOf('→계(①+②+③)→비예산→(100 %)→비예산→(100 %)→비예산→%→')).toMatchObject({ thousandWon: null, nonBudget: true });
    expect(budgetOf('→계(①+②+③)→-→-→-→-→-→')).toMatchObject({ thousandWon: null, nonBudget: false });
  });

  it('should take sources from ①②③ rows with an amount in column A', () => {
    const b = budgetOf(
      '→계(①+②+③)→52→(100 %)→52→(100 %)→47→90%',
      '→소계(①+②)→52→(100%)→52→(100%)→47→90%',
      '→①시·도비→10→(19%)→10→(19%)→10→100%',
      '→②시·군·구비→42→(81%)→42→(81%)→37→88%',
      '→③기타(재원명)→→(%)→→(%)→0→%',
    );
    expect(b).toMatchObject({ sources: ['시비', '구비'], bySource: { 시비: 10_000, 구비: 42_000 } });
  });

  it('should read a source row in the 계 row\'s A column when a - share breaks order reading', () => {
    const b = budgetOf(
      '→계(①+②+③)→2.5→(100%)→3.14→(100%)→3.14→100%→',
      '→→①시비→-→-→3.14→(100%)→3.14→100%',
      '→→②구비→2.5→(100%)→-→-→-→-',
    );
    expect(b).toMatchObject({ thousandWon: 3_140, sources: ['시비'] });
  });

  it('should count a source whose only value sits in a shifted column', () => {
    const b = budgetOf('→계(①+②+③)→13→(100 %)→18→(100 %)→11→61%→', '→→①시비→(%)→→5→(%)→→%', '→→②구비→13→(100 %)→13→(100 %)→11→61%');
    expect(b.sources).toEqual(['시비', '구비']);
  });

  it('should map ③기타 (국고) to 국비 and other ③ funds to 기타', () => {
    const b = budgetOf('→계(①+②+③)→30→(100%)→30→(100%)→30→100%', '→③기타 (국고)→20→(66%)→20→(66%)→20→100%', '→③기타 후원금→10→(34%)→10→(34%)→10→100%');
    expect(b.sources).toEqual(['국비', '기타']);
  });
});

const SHEET = (heading: string, department: string, total: string) =>
  rows(
    heading,
    '',
    '구 분→→주요 내용→→→',
    '사업(과업)명→→사업(과업)번호→세부사업(과업)명→중점추진사업여부→세부사업중복여부→민관협력사업여부',
    '→→1-1-1→200가구 보듬기 사업→0→X→0',
    '사업(과업) 소관→→담당과→담당팀→담당자→연락처',
    `→→${department}→복지자원팀→홍길동→450-0000`,
    '사업(과업) 목적→→위기 가구를 위기 해소시 까지 지원→→',
    BUDGET_HEADER,
    `→계(①+②+③)→${total}→(100 %)→${total}→(100 %)→${total}→100%→`,
    `→③기타 후원금→${total}→(100%)→${total}→(100%)→${total}→100%→`,
    '비고→→→',
    '',
    '구 분→→주요 내용→→→',
    '성과지표*→성과지표 명→지원 대상 가구→→→',
    '주요성과→→211가구 지원→→→',
  );

describe('시행결과: a whole document', () => {
  const text = [
    '',
    '제5기 지역사회보장계획의',
    '2023년도 연차별 시행계획의 시행결과',
    '',
    '2024. 2. 28.',
    '',
    '서울특별시 광진구',
    '',
    rows('→사회보장전략1. 취약계층과 함께 높여가는 광진의 삶의 질→→→'),
    '',
    '① 세부사업 I-1-1. 200가구 보듬기',
    '',
    rows('구 분→→주요 내용', '사업비 (단위: 백만원)→예산 집행률→5기 기본계획의 2023 예산→2023년도 예산(A)→2023년도 예산 집행 실적(B)→집행률(B/A)', '→→288→288→362→126%'),
    '',
    '□ 우수사업 선정 근거 및 주요성과',
    '- 성과목표율 124% 달성',
    '',
    '6. 별첨 자료',
    '',
    SHEET('[첨부 1] I-1-1. 200가구 보듬기 사업', '사회복지장애 인과', '288'),
    '',
    SHEET('I-1-2. 주거상실 구민을 위한 긴급 「광진119주택」 지원', '복지정책과', '0.8'),
    '',
    '[첨부 2] 지자체 사회보장분야 사업 목록',
    rows('I-1-1→200가구 보듬기→288'),
  ].join('\n');
  const lines = linesOf(text);
  const doc = parseResultSheets(lines, normalizeText(text));

  it('should read the cover', () => {
    expect(doc).toMatchObject({
      family: 'result-sheets',
      title: '제5기 지역사회보장계획의 2023년도 연차별 시행계획의 시행결과',
      issuer: '서울특별시 광진구',
      date: '2024-02-28',
    });
  });

  it('should read sheets and best-practice blocks, the block inheriting the sheet\'s department', () => {
    expect(doc.projects.map((p) => [p.number, p.title, p.unit, p.section, p.budget.thousandWon])).toEqual([
      ['I-1-1', '200가구 보듬기', '사회복지장애인과', 'results', 288_000],
      ['I-1-1', '200가구 보듬기 사업', '사회복지장애인과', 'results', 288_000],
      ['I-1-2', '주거상실 구민을 위한 긴급 「광진119주택」 지원', '복지정책과', 'results', 800],
    ]);
    expect(doc.projects[1].budget.sources).toEqual(['기타']);
    expect(doc.projects[1].group).toEqual(['I', 'I-1 취약계층과 함께 높여가는 광진의 삶의 질']);
  });

  it('should fill fields with their tables and stop the last sheet at the next appendix', () => {
    const sheet = doc.projects[2];
    expect(sheet.fields.map((f) => f.key)).toEqual(['other', 'other', 'purpose', 'budget', 'indicator', 'results']);
    expect(sheet.fields[3].tables[0].rows.length).toBe(4);
    expect(sheet.body).not.toContain('[첨부 2]');
    expect(doc.projects[0].fields.map((f) => f.key)).toEqual(['budget', 'results']);
  });

  it('should skip a coded heading with no table under it (a list entry)', () => {
    const listed = linesOf(['I-1-1. 200가구 보듬기 사업', 'I-1-2. 광진119주택', '', SHEET('I-1-3. 반지하 주거환경 개선', '복지정책과', '30')].join('\n'));
    expect(parseResultSheets(listed, '').projects.map((p) => p.number)).toEqual(['I-1-3']);
  });

  it('should find the department written on the 소관 row itself', () => {
    const sameRow = linesOf(SHEET('I-1-3. 반지하 주거환경 개선', '복지정책과', '30').replace('사업(과업) 소관\t\t담당과\t담당팀\t담당자\t연락처\n', '사업(과업) 소관\t가정복지과\t보육팀\n'));
    expect(parseResultSheets(sameRow, '').projects[0].unit).toBe('가정복지과');
  });

  it('should report the inner code that differs from the heading', () => {
    expect(doc.diagnostics.some((d) => d.ruleId === 'parser:sheet-code' && d.reason.includes('I-1-2'))).toBe(true);
  });

  it('should list departments as org units', () => {
    expect(doc.units.filter((u) => u.level !== 'strategy').map((u) => [u.name, u.level])).toEqual([
      ['사회복지장애인과', '과'],
      ['복지정책과', '과'],
    ]);
  });
});
