/**
 * 주요업무보고 layouts the seeds do not contain, on synthetic documents in tests/fixtures/parser/:
 * lettered items under numbered sections, units named in roman/numbered headings, and a single-unit
 * report without cover or TOC.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/parser/index';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/parser');
const parse = (name: string) => parsePlan(readFileSync(path.join(dir, name), 'utf8'));
const rows = (doc: ReturnType<typeof parsePlan>) =>
  doc.projects.map((p) => [p.unit, p.section, p.number, p.title, p.budget.thousandWon, p.budget.sources.join('·')]);

describe('work report: lettered items under numbered sections', () => {
  const doc = parse('work-report-lettered-items.txt');

  it('should read the numbered section headings and skip the TOC', () => {
    expect(doc.family).toBe('work-report');
    expect(doc.units.map((u) => u.name)).toEqual(['가람시복지정책과']);
    expect(doc.sections.map((s) => [s.kind, s.heading])).toEqual([
      ['status', '1. 일반현황'],
      ['results', '2. 2023년 주요업무 추진실적'],
      ['plans', '3. 2024년 주요업무 추진계획'],
    ]);
  });

  it('should take the lettered lines as items and the `1)` lines inside them as nested', () => {
    expect(rows(doc)).toEqual([
      ['가람시복지정책과', 'status', '1', '조직 및 인력', null, ''],
      ['가람시복지정책과', 'status', '2', '예산현황', null, ''],
      ['가람시복지정책과', 'results', '1', '기초생활보장 수급자 맞춤형 지원', 9850000, '국비·시비'],
      ['가람시복지정책과', 'results', '2', '긴급복지 지원사업 추진', 1284000, '국비·시비'],
      ['가람시복지정책과', 'plans', '1', '찾아가는 복지상담 운영', 24000, '시비'],
      ['가람시복지정책과', 'plans', '2', '저소득층 자활근로사업 확대', 2160000, '국비·시비'],
      ['가람시복지정책과', 'plans', '3', '복지 사각지대 발굴 강화', null, ''],
    ]);
    expect(doc.projects[4].summary).toMatch(/^주민 가까이에서/);
    expect(doc.projects[4].body.split('\n')[0]).toBe('가. 찾아가는 복지상담 운영');
  });
});

describe('work report: units named in roman headings', () => {
  const doc = parse('work-report-roman-units.txt');

  it('should find the 실 on the cover and each 과 under its roman heading', () => {
    expect(doc.units.map((u) => [u.name, u.level, u.parent ?? ''])).toEqual([
      ['기획행정실', '실', ''],
      ['기획예산과', '과', '기획행정실'],
      ['총무과', '과', '기획행정실'],
    ]);
    expect(doc.sections.map((s) => s.kind)).toEqual(['status', 'plans', 'status', 'plans']);
  });

  it('should list each unit\'s lettered items with their sections and budgets', () => {
    expect(rows(doc).map((r) => r.slice(0, 5))).toEqual([
      ['기획예산과', 'status', '1', '조직 및 인력', null],
      ['기획예산과', 'status', '2', '예산현황', null],
      ['기획예산과', 'plans', '1', '2025년 본예산 편성 및 재정 건전성 확보', null],
      ['기획예산과', 'plans', '2', '주민참여예산제 활성화', 15000],
      ['총무과', 'status', '1', '조직 및 인력', null],
      ['총무과', 'plans', '1', '군청사 노후 시설 개선', 320000],
      ['총무과', 'plans', '2', '공무원 역량강화 교육 운영', 46500],
      ['총무과', 'plans', '3', '당직 및 청사 보안관리 강화', 12000],
    ]);
    expect(doc.projects.every((p) => p.group[0] === '기획행정실')).toBe(true);
  });

  it('should take `1. 기획예산과` as a unit heading when a section follows it', () => {
    const text = readFileSync(path.join(dir, 'work-report-roman-units.txt'), 'utf8').replace(/^Ⅰ\. /m, '1. ').replace(/^Ⅱ\. /m, '2. ');
    const again = parsePlan(text);
    expect(again.units.map((u) => u.name)).toEqual(['기획행정실', '기획예산과', '총무과']);
    expect(rows(again)).toEqual(rows(doc));
  });
});

describe('work report: a single 과 without cover or TOC', () => {
  const doc = parse('work-report-single-unit.txt');

  it('should name the unit from the title line and keep the roman sections', () => {
    expect(doc.family).toBe('work-report');
    expect(doc.units.map((u) => [u.name, u.level])).toEqual([['세무과', '과']]);
    expect(doc.sections.map((s) => s.kind)).toEqual(['results', 'plans']);
  });

  it('should list the numbered items with budgets and sources', () => {
    expect(rows(doc)).toEqual([
      ['세무과', 'results', '1', '지방세 체납액 일제정리 추진', 18000, '구비'],
      ['세무과', 'results', '2', '납세자 권리보호 강화', null, ''],
      ['세무과', 'plans', '1', '지방세 세원 발굴 및 공평과세 실현', 25000, '구비'],
      ['세무과', 'plans', '2', '체납액 징수 활동 강화', 42000, '시비·구비'],
      ['세무과', 'plans', '3', '납세 편의 서비스 확대', 9600, '구비'],
      ['세무과', 'plans', '4', '마을세무사 운영 내실화', null, ''],
    ]);
  });

  it('should parse the same without the title line, from the contact lines or not at all, without throwing', () => {
    const text = readFileSync(path.join(dir, 'work-report-single-unit.txt'), 'utf8').split('\n').slice(1).join('\n');
    const again = parsePlan(text);
    expect(again.projects.map((p) => p.title)).toEqual(doc.projects.map((p) => p.title));
  });
});
