import { describe, expect, it } from 'vitest';
import { splitLines } from '@shared/parser/lines';
import { cleanLabel, collectFields, fieldKeyOf, markerLevel, readLabelledLine } from '@shared/parser/fields';

describe('readLabelledLine', () => {
  it('should split marker, label and value', () => {
    expect(readLabelledLine('□ 소요예산 : 20,916천원 【구비】')).toMatchObject({
      marker: '□',
      label: '소요예산',
      value: '20,916천원 【구비】',
      hasColon: true,
    });
  });

  it('should squash letter-spaced labels', () => {
    expect(readLabelledLine('- 소 요 예 산 : 4,308,127천원 【구비】')).toMatchObject({ marker: '-', label: '소요예산' });
  });

  it('should not split at a time or inside brackets', () => {
    expect(readLabelledLine('- 10:00~18:00 운영')).toMatchObject({ hasColon: false });
    expect(readLabelledLine('□ 사업개요')).toMatchObject({ label: '사업개요', value: '', hasColon: false });
  });
});

describe('fieldKeyOf', () => {
  it.each([
    ['사업개요', 'purpose'],
    ['추진개요', 'purpose'],
    ['평가개요[안]', 'purpose'],
    ['추진근거', 'basis'],
    ['사업기간', 'period'],
    ['지원대상', 'target'],
    ['추진계획', 'plan'],
    ['추진일정(안)', 'plan'],
    ['추진경과및계획', 'plan'],
    ['향후계획', 'plan'],
    ['추진실적', 'results'],
    ["추진실적('24.3월말기준)", 'results'],
    ['23년추진성과', 'results'],
    ['소요예산', 'budget'],
    ['사업비', 'budget'],
    ['기대효과', 'effect'],
    ['성과지표', 'indicator'],
    ['주요내용', 'content'],
  ])('should map %s to %s', (label, key) => {
    expect(fieldKeyOf(label)).toBe(key);
  });

  it('should not take a sub-project title for a field', () => {
    expect(fieldKeyOf('『청렴성과관리제』운영및평가')).toBeNull();
    expect(fieldKeyOf('서울형주택바우처지급')).toBeNull();
  });

  it('should clean decorations from labels', () => {
    expect(cleanLabel("추진실적('24. 3월말 기준)")).toBe('추진실적');
  });

  it('should rank markers', () => {
    expect(markerLevel('□')).toBeLessThan(markerLevel('○'));
    expect(markerLevel('○')).toBeLessThan(markerLevel('-'));
    expect(markerLevel('-', 1)).toBeGreaterThan(markerLevel('-'));
  });
});

describe('collectFields', () => {
  it('should make one field per □ block, with its tables', () => {
    const lines = splitLines(
      ['□ 사업개요', '- 기 간 : 2024. 1. ~ 12.', '', '□ 추진계획', '구분\t내용', '1월\t공고', '', '□ 소요예산 : 20,916천원 【구비】', '□ 기대효과', '- 친절 향상'].join('\n'),
    );
    const fields = collectFields(lines, 0, lines.length);
    expect(fields.map((f) => f.key)).toEqual(['purpose', 'plan', 'budget', 'effect']);
    expect(fields[1].tables).toHaveLength(1);
    expect(fields[2].text).toBe('20,916천원 【구비】');
    expect(fields[0].position.start.line).toBe(1);
    expect(fields[0].position.end.line).toBe(2);
  });

  it('should read labelled bullets when a body has no □ blocks', () => {
    const lines = splitLines('- 기 간 : 2023. 1. 1. ~ 12. 31.\n- 주요내용 : 교체\n- 소요예산 : 4,000천원');
    expect(collectFields(lines, 0, lines.length).map((f) => f.key)).toEqual(['period', 'content', 'budget']);
  });
});

describe('block label synonyms of other districts', () => {
  it('should file each label under its field', () => {
    const keys = ['사업필요성', '추진현황', '진행사항', '문제점 및 개선방안', '향후 추진계획', '세부추진계획', '평가개요'].map((l) => fieldKeyOf(l));
    expect(keys).toEqual(['purpose', 'results', 'results', 'content', 'plan', 'plan', 'purpose']);
  });
});
