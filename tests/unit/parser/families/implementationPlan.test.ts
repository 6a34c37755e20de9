import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../../shared/parser/lines';
import { normalizeText } from '../../../../shared/parser/normalize';
import { parseImplementationPlan } from '../../../../shared/parser/families/implementationPlan';
import { chooseTaskBudget, readBudgetStatement } from '../../../../shared/parser/families/implementationPlan/budget';
import { buildDepartmentSpelling, readAssignment } from '../../../../shared/parser/families/implementationPlan/departments';
import { circledDigitValue, undoubleLine } from '../../../../shared/parser/families/implementationPlan/glyphs';
import { readAreaLine } from '../../../../shared/parser/families/implementationPlan/headers';
import { readFieldLabel } from '../../../../shared/parser/families/implementationPlan/labels';
import { readTaskCode } from '../../../../shared/parser/families/implementationPlan/tasks';

const linesOf = (text: string) => splitLines(normalizeText(text));

describe('이행계획: circled task digits', () => {
  it('should map both mixed sets ➊–➏ and ❶–❻ to 1…6', () => {
    expect([...'➊➋➌➍➎➏'].map(circledDigitValue)).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...'❶❷❸❹❺❻'].map(circledDigitValue)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('should not read list numbers ① or plain text as task digits', () => {
    expect(circledDigitValue('①')).toBeNull();
    expect(circledDigitValue('1')).toBeNull();
    expect(circledDigitValue('')).toBeNull();
  });
});

describe('이행계획: task codes with displaced tokens', () => {
  it.each([
    ['빈곤 사각지대 해소를 위한 맞춤형 복지 추진1-1-➊', '1-1-1', '빈곤 사각지대 해소를 위한 맞춤형 복지 추진', ''],
    ['서대문구 평생학습관 운영 3-2-❶', '3-2-1', '서대문구 평생학습관 운영', ''],
    ['쿨루프 사업 추진1-1- (Cool Roof) ➋', '1-1-2', '쿨루프 사업 추진', '(Cool Roof)'],
    ['안전도시 서대문을 위한 구축 확대1-1- CCTV ❷', '1-1-2', '안전도시 서대문을 위한 구축 확대', 'CCTV'],
    ['탄소 그린 영양동아리 지원사업2-4- “NO , YES ”➊', '2-4-1', '탄소 그린 영양동아리 지원사업', '“NO , YES ”'],
    ['학습 일 연계 평생교육 지원3-2-❸ ․', '3-2-3', '학습 일 연계 평생교육 지원', '․'],
  ])('should read %s', (text, number, title, displaced) => {
    expect(readTaskCode(text)).toMatchObject({ number, title, displaced });
  });

  it('should return null for a line without a task code', () => {
    expect(readTaskCode('○ 사업대상 기초생활수급자 및 차상위 계층')).toBeNull();
    expect(readTaskCode('기초생활수급자 차상위계층 지원 인원1-1-1-1 +')).toMatchObject({ number: '1-1-1' }); // plain codes are accepted
  });
});

describe('이행계획: doubled header glyphs', () => {
  it.each([
    ['핵핵심심전전환환', '핵심전환'],
    ['합합            계계 3366//3300 113322//8899 11,,226677,,667755', '합            계 36/30 132/89 1,267,675'],
    ['구구분분 22001199 22002200 22002211', '구분 2019 2020 2021'],
    ['대대((77 ))', '대(7 )'],
  ])('should undouble %s', (doubled, plain) => {
    expect(undoubleLine(doubled)).toBe(plain);
  });

  it('should leave ordinary lines alone, even when some tokens look doubled', () => {
    for (const text of ['2022 2023 2024 2025 2026', '22 33', '성인지 예산액 백만원( ) 22,007 14,376 55,382', '1100 2200']) {
      expect(undoubleLine(text)).toBe(text);
    }
  });
});

describe('이행계획: page header lines', () => {
  it('should read the area name with its displaced number', () => {
    const [a, b] = linesOf(' 핵심전환분야 인간 웰빙 및 역량강화1. \n핵심전환분야 건강한 먹거리 및 식량안보 2. ');
    expect(readAreaLine(a)).toEqual({ name: '인간 웰빙 및 역량강화', number: 1 });
    expect(readAreaLine(b)).toEqual({ name: '건강한 먹거리 및 식량안보', number: 2 });
  });

  it('should not take a table header that starts with the area word for an area', () => {
    expect(readAreaLine(linesOf('핵심전환분야 이행계획 질의사항 부서 검토의견')[0])).toBeNull();
  });
});

describe('이행계획: labels split over lines', () => {
  it.each([
    ['향후\n추진 \n계획', 'plan', '향후추진계획'],
    ['추진\n목적', 'purpose', '추진목적'],
    ['추진\n경과', 'results', '추진경과'],
    ['추진\n내용', 'content', '추진내용'],
    ['이행\n지표', 'indicator', '이행지표'],
    ['연차별\n성과\n지표', 'indicator', '연차별성과지표'],
  ])('should join %j', (text, key, label) => {
    const lines = linesOf(text);
    expect(readFieldLabel(lines, 0, lines.length)).toMatchObject({ key, label, lastIndex: lines.length - 1 });
  });

  it('should not take a lone fragment for a label', () => {
    const lines = linesOf('추진\n○ 사업대상');
    expect(readFieldLabel(lines, 0, lines.length)).toBeNull();
  });
});

describe('이행계획: 담당 lines', () => {
  it('should undo numbers displaced behind 과/팀', () => {
    expect(readAssignment(linesOf('담당 세무 과1 부동산 팀2')[0], 0)).toMatchObject({ department: '세무1과', team: '부동산2팀' });
    expect(readAssignment(linesOf(' 담당 사회복지과 생활보장팀')[0], 0)).toMatchObject({ department: '사회복지과', team: '생활보장팀' });
  });

  it('should accept a labelled 담당부서 line', () => {
    expect(readAssignment(linesOf('담당부서 : 기후환경과 녹색에너지팀')[0], 0)).toMatchObject({ department: '기후환경과', team: '녹색에너지팀' });
  });

  it('should ignore body text that starts with 담당', () => {
    expect(readAssignment(linesOf('담당 공무원 합동조사')[0], 0)).toBeNull();
  });

  it('should respell a department written only in its 담당 line after the spelling used elsewhere', () => {
    // Overview table rows name each department; the 담당 lines are where the typos are.
    const overview = '1-1-➊ 민관협치과\n1-1-➋ 민관협치과\n2-1-➊ 스마트정보과\n2-2-➊ 감사담당관\n3-1-➊ 세무1과\n3-1-➋ 세무2과';
    const assignments = '담당 민간협치과 참여예산팀\n담당 민관협치과 협치지원팀\n담당 마트정보과 정보기획팀\n담당 스마트정보과 스마트관제팀\n담당 감사담당 감사팀\n담당 감사담당관 인권팀\n담당 세무1과 세입총괄팀\n담당 세무2과 징수팀';
    const text = `${overview}\n${assignments}`;
    const spelling = buildDepartmentSpelling(['민간협치과', '민관협치과', '마트정보과', '스마트정보과', '감사담당', '감사담당관', '세무1과', '세무2과'], text);
    expect(spelling.get('민간협치과')).toBe('민관협치과');
    expect(spelling.get('마트정보과')).toBe('스마트정보과');
    expect(spelling.get('감사담당')).toBe('감사담당관');
    expect(spelling.has('세무1과')).toBe(false); // a different department, not a typo
  });
});

describe('이행계획: scrambled budget lines', () => {
  it.each([
    ['○ 소요예산 천원: 52,000 구비( )', 52_000, ['구비'], 'item'],
    ['○ 소요예산: 천원629,165', 629_165, [], 'item'],
    ['○ 소요예산 천원: 114,000 국 구 ( 50%, 50%)', 114_000, ['국비', '구비'], 'item'],
    ['○ 소요예산 천원 시비 천원 구비 천원: 39,812 ( 28,312 , 11,500 )', 39_812, ['시비', '구비'], 'item'],
    ['- 소요예산 백만원: 2,600', 2_600_000, [], 'sub'],
    ['○ 소요예산 천원 서울시 르네상스 시즌 연계 시행: 150,000 2 ※', 150_000, [], 'item'],
    ['- 예 산 액 천원 구비: 719,000 ( )', 719_000, ['구비'], 'sub'],
  ])('should read %s', (text, thousandWon, sources, level) => {
    expect(readBudgetStatement(text, 0)).toMatchObject({ thousandWon, sources, level });
  });

  it('should split a total by the stated shares or amounts', () => {
    expect(readBudgetStatement('○ 소요예산 천원: 114,000 국 구 ( 50%, 50%)', 0)?.bySource).toEqual({ 국비: 57_000, 구비: 57_000 });
    expect(readBudgetStatement('○ 소요예산 천원 시비 천원 구비 천원: 39,812 ( 28,312 , 11,500 )', 0)?.bySource).toEqual({ 시비: 28_312, 구비: 11_500 });
  });

  it('should tell "no budget" from "not stated"', () => {
    expect(readBudgetStatement('○ 소요예산 없음:', 0)).toMatchObject({ thousandWon: null, nonBudget: true });
    expect(readBudgetStatement('예산액 천원( ) 비예산', 0)).toMatchObject({ thousandWon: null, nonBudget: true });
    expect(readBudgetStatement('- 추진방법 시장으로 사업비 교부하여 홍보마케터가 맞춤형 사업 : 1:1', 0)).toBeNull();
  });

  it('should keep sub-activity figures as parts when no total is stated', () => {
    const statements = ['- 소요예산 천원:15,000', '- 소요예산 천원: 10,000', '- 소요예산 천원: 20,000'].map((t, i) => readBudgetStatement(t, i)!);
    expect(chooseTaskBudget(statements)).toMatchObject({ total: null, parts: [15_000, 10_000, 20_000] });
  });

  it('should take a single ○-level statement, or the one marked 총, as the total', () => {
    const single = chooseTaskBudget([readBudgetStatement('○ 소요예산 천원: 8,000', 0)!]);
    expect(single.total?.thousandWon).toBe(8_000);
    const marked = chooseTaskBudget([readBudgetStatement('- 소요예산 천원: 5,000', 0)!, readBudgetStatement('○ 소요예산 총 천원: 1,056,073', 1)!]);
    expect(marked.total?.thousandWon).toBe(1_056_073);
  });
});

const PAGE = (area: string, goal: string, subGoal: string, task: string, body: string, owner: string) =>
  [` 핵심전환분야 ${area}`, '', `목 표 ${goal}`, '', `세 부 목 표 ${subGoal}`, `이 행 계 획 ${task}`, '', body, '', owner].join('\n');

describe('이행계획: a whole page', () => {
  const text = [
    '2022 서대문구 지속가능발전 이행계획 보고서를 발간하게 되어 기쁩니다.',
    '서울시 서대문구는 …',
    PAGE(
      '인간 웰빙 및 역량강화1. ',
      '빈곤감소 및 소득불평등 해소1 ',
      '중위소득 이하 인구에 대한 지원 확대1-1 50% ․',
      '쿨루프 사업 추진1-1- (Cool Roof) ➋',
      ['추진', '목적', '', '○ 건물 내부온도 저감', '', '추진', '내용', '', '○ 소요예산 천원: 131,500 구비 ( 100%) ', '', '이행', '지표', '', '예산 집행액1-1-2-1', '2022 2023', '천원550,284 천원600,000'].join('\n'),
      '담당 기후환경과 녹색에너지팀',
    ),
    PAGE(
      '인간 웰빙 및 역량강화1. ',
      '빈곤감소 및 소득불평등 해소1 ',
      '중위소득 이하 인구에 대한 지원 확대1-1 50% ․',
      '',
      ['지속가능발전 이행계획 수립 년 에 따른 3-2- (2022 )➊', '서대문구 재정 현황 재정리', '', '달성을 위한 재정의 효율적 활용에 대한 방안 3-2- SDGs ➋', '마련', '', '추진', '경과', '', '○ 로컬거버넌스 구현'].join('\n'),
      '담당 기획예산과 지속가능발전팀',
    ),
  ].join('\n');
  const lines = linesOf(text);
  const doc = parseImplementationPlan(lines, normalizeText(text));

  it('should read metadata from the foreword', () => {
    expect(doc).toMatchObject({ family: 'implementation-plan', title: '2022 서대문구 지속가능발전 이행계획 보고서', issuer: '서울특별시 서대문구', date: '' });
  });

  it('should make one project per task, several tasks sharing a page', () => {
    expect(doc.projects.map((p) => [p.number, p.title, p.unit])).toEqual([
      ['1-1-2', '쿨루프 사업 추진', '기후환경과'],
      ['3-2-1', '지속가능발전 이행계획 수립 년 에 따른 서대문구 재정 현황 재정리', '기획예산과'],
      ['3-2-2', '달성을 위한 재정의 효율적 활용에 대한 방안 마련', '기획예산과'],
    ]);
    expect(doc.projects[0].group).toEqual(['인간 웰빙 및 역량강화', '빈곤감소 및 소득불평등 해소', '중위소득 이하 인구에 대한 지원 확대']);
    expect(doc.projects[0].titleExtra).toBe('(Cool Roof)');
  });

  it('should read fields and the budget, never from the indicator block', () => {
    const p = doc.projects[0];
    expect(p.fields.map((f) => f.key)).toEqual(['purpose', 'content', 'indicator']);
    expect(p.budget).toMatchObject({ thousandWon: 131_500, sources: ['구비'], nonBudget: false });
    expect(p.fields[2].tables[0].rows[1]).toEqual(['2022', '2023']);
    expect(p.summary).toBe('건물 내부온도 저감');
  });

  it('should list areas and departments as units, with positions on every node', () => {
    expect(doc.units.map((u) => [u.name, u.level])).toEqual([
      ['인간 웰빙 및 역량강화', 'area'],
      ['기후환경과', '과'],
      ['기획예산과', '과'],
    ]);
    for (const p of doc.projects) {
      expect(p.position.start.line).toBeGreaterThan(0);
      for (const f of p.fields) expect(f.position.start.line).toBeGreaterThanOrEqual(p.position.start.line);
    }
  });
});
