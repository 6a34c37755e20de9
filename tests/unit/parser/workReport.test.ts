/**
 * The 주요업무보고 family on small hand-made documents that follow the family's conventions
 * (cover blocks, 보고순서, letter-spaced unit names, numbered items, nested lists, roman chapters).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';

const BUNDLE = [
  '2024. 01. 16.[화] ~ 01. 22.[월]', // 1
  '제331회 서초구의회 임시회',
  '- 2024년도 -',
  '주요 업무 보고',
  '',
  '행정복지위원회', // 6
  '',
  '2024.1.16.[화] ~1.22.[월]', // 8
  '제331회 서초구의회 임시회',
  '- 2024년도 -',
  '주요업무보고',
  '',
  '문화행정국', // 13
  '',
  '행정지원과',
  '',
  '보 고 순 서', // 17
  '□ 일 반 현 황\t1',
  '',
  '일 반 현 황', // 20
  '',
  '1. 조직 및 인력현황', // 22
  '(단위: 명)',
  '구분\t계',
  '정원\t26',
  '',
  '행 정 지 원 과', // 27
  '',
  '보 고 순 서',
  '□ 2024년 주요업무 추진계획',
  '1. 구청사 개보수 공사 12',
  '2. 법인콘도 예약시스템 도입 13',
  '',
  '2024년 주요업무 추진계획', // 34
  '',
  '1. 구청사 개보수 및 환경개선 공사', // 36
  '',
  '노후 시설을 개선하여 쾌적한 근무 환경을 조성하고자 함',
  '',
  '☐ 사업개요',
  '- 기 간 : 2024. 1. ~ 12.',
  '1. 첫째 시설', // 42: nested list, not an item
  '2. 둘째 시설',
  '☐ 소요예산 : 820,000천원',
  '',
  '【국비 100,000천원, 구비 720,000천원】',
  '☐ 기대효과',
  '- 쾌적한 청사',
  '',
  '3. 잘못 붙은 번호', // 50: skips 2, not an item
  '',
  '2. 법인콘도 예약시스템 도입 및 운영', // 52
  '',
  '☐ 소요예산 : 비예산',
  '',
].join('\n');

describe('work report (bundle of covers, 국 → 과)', () => {
  const doc = parsePlan(BUNDLE);
  const check = toCheckJson(doc);

  it('should read the document metadata from the first cover', () => {
    expect(doc.family).toBe('work-report');
    expect(check).toMatchObject({ issuer: '서초구', date: '2024-01-16', title: '2024년도 주요업무보고 (행정복지위원회)' });
    expect(doc).toMatchObject({ council: '서초구의회', committee: '행정복지위원회', session: '제331회 서초구의회 임시회 (2024. 1. 16.~1. 22.)' });
  });

  it('should find the 국 on its cover and the 과 under its letter-spaced heading', () => {
    expect(doc.units.map((u) => [u.name, u.level, u.parent ?? null, u.position.start.line])).toEqual([
      ['문화행정국', '국', null, 13],
      ['행정지원과', '과', '문화행정국', 27],
    ]);
  });

  it('should list status and plans items with their units and heading lines, skipping TOC and nested lists', () => {
    expect(check.projects.map((p) => [p.unit, p.section, p.number, p.title, p.line])).toEqual([
      ['문화행정국', 'status', '1', '조직 및 인력현황', 22],
      ['행정지원과', 'plans', '1', '구청사 개보수 및 환경개선 공사', 36],
      ['행정지원과', 'plans', '2', '법인콘도 예약시스템 도입 및 운영', 52],
    ]);
    expect(check.projects[1].group).toEqual(['문화행정국', '행정지원과']);
  });

  it('should fill the project: summary, fields, budget with sources on the next line', () => {
    const p = doc.projects[1];
    expect(p.summary).toBe('노후 시설을 개선하여 쾌적한 근무 환경을 조성하고자 함');
    expect(p.fields.map((f) => f.key)).toEqual(['purpose', 'budget', 'effect']);
    expect(p.budget).toMatchObject({ thousandWon: 820000, sources: ['국비', '구비'], bySource: { 국비: 100000, 구비: 720000 } });
    expect(p.body.split('\n')[0]).toBe('1. 구청사 개보수 및 환경개선 공사');
    expect(p.position.start.line).toBe(36);
    expect(doc.projects[2].budget).toMatchObject({ thousandWon: null, nonBudget: true });
  });

  it('should keep 일반현황 tables at document level', () => {
    expect(doc.tables[0]).toMatchObject({ unitsLine: '(단위: 명)', rows: [['구분', '계'], ['정원', '26']] });
  });

  it('should record sections', () => {
    expect(doc.sections.map((s) => [s.kind, s.position.start.line])).toEqual([
      ['status', 20],
      ['plans', 34],
    ]);
  });
});

const CHAPTERED = [
  '주요업무보고',
  '',
  '2024. 4.',
  '',
  '여성가족정책실', // 5
  '',
  'I. 일반 현황',
  '',
  '1 조직 및 인력', // 9
  '',
  'IV. 주요업무 보고', // 11
  '',
  '- 1 경력보유여성 교육 강화',
  '- 2 재미 · 안전 · 돌봄까지 책임지는  확충',
  '',
  '1 경력보유여성 교육 강화', // 16
  '',
  '양성평등담당관 : 이성은 ☎2133-5005 팀장 : 차미영 ☎5017',
  '',
  '2', // 20: bare number, title on two lines
  '',
  '재미 · 안전 · 돌봄까지 책임지는',
  '',
  '서울형 키즈카페 확충',
  '',
  '저출생정책추진반장: 주재완 ☎2133-5320',
  '',
  'V. 서면 보고 [각 부서별]', // 28
  '',
  '양성평등담당관', // 30
  '',
  '1. 여성능력개발원 운영',
  '2. 2024년 여성발전센터 운영',
  '',
  '1', // 35
  '',
  '여성능력개발원 운영',
  '',
  '양성평등담당관 : 이성은 ☎2133-5005',
  '',
  '- 소요예산(\'24년) : 5,173백만원(시비 100%)',
  '',
  '1 세부 과제', // 43: nested, the TOC says item 2 is another title
  '2 다른 세부 과제',
  '',
  '2 2024년 여성발전센터 운영', // 46
].join('\n');

describe('work report (roman chapters, contact lines, bare numbers)', () => {
  const doc = parsePlan(CHAPTERED);
  const check = toCheckJson(doc);

  it('should take the unit of a chapter item from its contact line', () => {
    expect(check.projects.map((p) => [p.unit, p.section, p.number, p.title, p.line])).toEqual([
      ['여성가족정책실', 'status', '1', '조직 및 인력', 9],
      ['양성평등담당관', 'plans', '1', '경력보유여성 교육 강화', 16],
      ['저출생정책추진반', 'plans', '2', '재미 · 안전 · 돌봄까지 책임지는 서울형 키즈카페 확충', 20],
      ['양성평등담당관', 'plans', '1', '여성능력개발원 운영', 35],
      ['양성평등담당관', 'plans', '2', '2024년 여성발전센터 운영', 46],
    ]);
  });

  it('should read the cover date, the issuing body and 백만원 budgets', () => {
    expect(check.date).toBe('2024-04');
    expect(check.units.map((u) => u.name)).toEqual(['여성가족정책실', '양성평등담당관', '저출생정책추진반']);
    expect(doc.projects[3].budget).toMatchObject({ thousandWon: 5173000, sources: ['시비'], year: 2024 });
  });
});

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seed001 = path.resolve(repoRoot, '../shared/seeds/001_edece043362cd899.txt');

describe.skipIf(!existsSync(seed001))('work report seed 001 (no gold: the stand-in for unseen documents)', () => {
  it('should find every unit and as many projects as the unit TOCs list', () => {
    const doc = parsePlan(readFileSync(seed001, 'utf8'));
    const check = toCheckJson(doc);
    expect(check.units.map((u) => u.name)).toEqual(
      expect.arrayContaining(['여성가족정책실', '양성평등담당관', '영유아담당관', '아이돌봄담당관', '아동담당관', '가족다문화담당관', '1인가구담당관']),
    );
    const plans = check.projects.filter((p) => p.section === 'plans');
    expect(plans).toHaveLength(12 + 20 + 7 + 4 + 5 + 9 + 8);
    expect(doc.diagnostics.filter((d) => d.ruleId === 'parser:toc-mismatch')).toEqual([]);
  });
});
