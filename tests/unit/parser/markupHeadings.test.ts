/** The markup stage (markup.ts) and the heading stage (headings.ts), line by line. */
import { describe, expect, it } from 'vitest';
import { cleanMarkup } from '@shared/parser/markup';
import { blankPageNumbers, joinSplitHeadings } from '@shared/parser/headings';
import { splitLines } from '@shared/parser/lines';
import { parsePlan } from '@shared/parser/index';

describe('cleanMarkup', () => {
  it('should take off heading marks, bold, escapes and inline HTML and keep the line otherwise', () => {
    expect(cleanMarkup('## **감사담당관**')).toBe('감사담당관');
    expect(cleanMarkup('#### 3\\. 친절행정 향상 추진')).toBe('3. 친절행정 향상 추진');
    expect(cleanMarkup('- 기간<br>- 대상 : 구민')).toBe('- 기간 - 대상 : 구민');
    expect(cleanMarkup('국비 $50\\%$, 연 $3$회 &amp; 기타')).toBe('국비 50%, 연 3회 & 기타');
    expect(cleanMarkup('<총무과> 주요업무')).toBeNull();
    expect(cleanMarkup('3. 친절행정 향상 추진')).toBeNull();
  });

  it('should turn a pipe-table row into a tab row and the rule under its header into a blank line', () => {
    expect(cleanMarkup('| 1 | 청렴도 향상 추진 | 13 |')).toBe('1\t청렴도 향상 추진\t13');
    expect(cleanMarkup('| --- | :---: | ---: |')).toBe('');
    expect(cleanMarkup(' | ○ 홈페이지 유지보수 | 194,272천원 |')).toBe(' ○ 홈페이지 유지보수\t194,272천원');
  });

  it('should never change the line count of a document', () => {
    const text = '# 제목\n| a | b |\n|---|---|\n<b>굵게</b>\n\n$x^2$';
    expect(parsePlan(text).lineCount).toBe(text.split('\n').length);
  });
});

describe('joinSplitHeadings', () => {
  const join = (text: string) => joinSplitHeadings(splitLines(text)).map((l) => l.text);

  it('should read a number alone on a line and the title on the next non-blank line as one heading', () => {
    expect(join('2024년 주요업무 추진계획\n\n1\n\n청렴도 향상 추진\n\n□ 사업개요')).toEqual(['2024년 주요업무 추진계획', '', '1 청렴도 향상 추진', '', '', '', '□ 사업개요']);
    expect(join('1.\n청렴도 향상 추진')).toEqual(['1. 청렴도 향상 추진', '']);
  });

  it('should not join a number that does not continue the numbering, nor a title that is a marker line or a sentence', () => {
    expect(join('2024년 주요업무 추진계획\n\n7\n\n청렴도 향상 추진')).toEqual(['2024년 주요업무 추진계획', '', '7', '', '청렴도 향상 추진']);
    expect(join('1\n□ 사업개요')).toEqual(['1', '□ 사업개요']);
    expect(join('1\n주민이 공감하고 만족하는 친절 행정마인드 확산을 도모하여 구현하고자 함')).toEqual(['1', '주민이 공감하고 만족하는 친절 행정마인드 확산을 도모하여 구현하고자 함']);
  });

  it('should never take 2024 for a heading number', () => {
    expect(join('2024\n주요업무 보고')).toEqual(['2024', '주요업무 보고']);
  });

  it('should look past a page number between a number and its title', () => {
    expect(join('1\n\n50\n\n청렴도 향상 추진')).toEqual(['1 청렴도 향상 추진', '', '50', '', '']);
  });
});

describe('blankPageNumbers', () => {
  it('should blank a run of page numbers that passes section headings, and keep a short item list', () => {
    const pages = Array.from({ length: 5 }, (_, k) => `본문 ${k}\n${'\n'.repeat(8)}${21 + k}\n2024년 주요업무 추진계획`).join('\n');
    const out = blankPageNumbers(splitLines(pages)).map((l) => l.text);
    expect(out.filter((t) => /^\d+$/.test(t))).toEqual([]);
    const items = '1\n\n\n\n\n\n\n\n\n2\n\n\n\n\n\n\n\n\n3';
    expect(blankPageNumbers(splitLines(items)).map((l) => l.text).filter(Boolean)).toEqual(['1', '2', '3']);
  });
});

describe('the general fallback', () => {
  it('should read numbered headings of a text no family recognises, and say so', () => {
    const doc = parsePlan('회의 자료\n\n1. 청렴도 향상 추진\n\n□ 사업개요\n- 교육\n□ 소요예산 : 1,000천원\n\n2. 민원 처리 개선\n\n□ 사업개요\n- 창구');
    expect(doc.family).toBe('unknown');
    expect(doc.projects.map((p) => [p.number, p.title])).toEqual([['1', '청렴도 향상 추진'], ['2', '민원 처리 개선']]);
    expect(doc.diagnostics[0].ruleId).toBe('parser:unknown-family');
    expect(doc.diagnostics[0].reason).toContain('2개');
    expect(doc.check?.confidence).toBe('low');
  });

  it('should say "none" for a text without any heading', () => {
    expect(parsePlan('그냥 글입니다.\n아무 제목도 없습니다.').check?.confidence).toBe('none');
  });
});

describe('cover titles in other wordings', () => {
  it('should take 주요업무 진행사항 보고 at the top for the title, and a section heading near the top for a section', () => {
    const report = parsePlan('2024년 주요업무 진행사항 보고\n\n총무과\n\n2024년 주요업무 추진계획\n\n1. 청렴도 향상 추진\n\n□ 소요예산 : 1,000천원 【구비】');
    expect(report.family).toBe('work-report');
    expect(report.title).toContain('진행사항');
    expect(report.projects.map((p) => [p.section, p.title])).toEqual([['plans', '청렴도 향상 추진']]);
    const sectionFirst = parsePlan('총무과\n\n2025년 주요업무 추진계획\n\n1. 청렴도 향상 추진\n\n□ 소요예산 : 1,000천원 【구비】');
    expect(sectionFirst.projects.map((p) => p.section)).toEqual(['plans']);
  });
});
