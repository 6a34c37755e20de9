import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFamily } from '../../../shared/parser/detect';
import { familyParsers } from '../../../shared/parser/families/index';
import { implementationPlanParser } from '../../../shared/parser/families/implementationPlan';
import { resultSheetsParser } from '../../../shared/parser/families/resultSheets';
import { splitLines } from '../../../shared/parser/lines';
import { normalizeText } from '../../../shared/parser/normalize';

const seedsDir = new URL('../../../seeds/', import.meta.url);
const expected = (name: string) => (/주요업무보고/.test(name) ? 'work-report' : /시행결과/.test(name) ? 'result-sheets' : /이행계획/.test(name) ? 'implementation-plan' : 'unknown');

describe('family detection on the seeds', () => {
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt'));

  it('should have the four seeds', () => {
    expect(seeds.length).toBe(4);
  });

  it.each(seeds)('should pick the right family for %s, other families scoring low', (name) => {
    const lines = splitLines(normalizeText(readFileSync(new URL(name, seedsDir), 'utf8')));
    const detection = detectFamily(lines, familyParsers);
    expect(detection.parser?.family).toBe(expected(name));
    for (const s of detection.scores) if (s.family !== expected(name)) expect(s.confidence).toBeLessThan(0.3);
  });
});

describe('plan families on hostile input', () => {
  const garbage = [
    '',
    '\t\t\t',
    '이 행 계 획\n이 행 계 획 1-1-➊\n담당',
    ' 핵심전환분야 1.\n목 표\n세 부 목 표\n이 행 계 획 제목1-1-➊\n추진\n내용\n○ 소요예산 천원: \n담당 과',
    'I-1-1. \n사업비 (단위: 백만원)\n\t계(①+②+③)\t비예산\n',
    '① 세부사업 1-1-1. x\n\t\t\n사업(과업) 소관\t\n',
    '➊❶①'.repeat(5000),
    `${'1-'.repeat(20000)}➊`,
    `${'1-1-'.repeat(5000)}\n${'\t'.repeat(20000)}`,
    Array.from({ length: 2000 }, (_, i) => String.fromCharCode(0x2700 + (i % 512)) + '\t-' + i).join('\n'),
  ];

  it.each(garbage.map((g, i) => [i, g] as const))('should neither throw nor hang on garbage #%i', (_, text) => {
    const lines = splitLines(normalizeText(text));
    for (const family of [resultSheetsParser, implementationPlanParser]) {
      const started = Date.now();
      expect(() => family.detect(lines)).not.toThrow();
      const doc = family.parse(lines, text);
      expect(doc.type).toBe('document');
      expect(Date.now() - started).toBeLessThan(2000);
    }
  });
});
