import { describe, expect, it } from 'vitest';
import { findReattachment, suggestProjects } from '@shared/merge/reattach';
import type { CandidateProject } from '@shared/merge/reattach';
import { containsLoosely, diceSimilarity } from '@shared/similarity';

const p = (unit: string, section: string, number: string, title: string, body = ''): CandidateProject => ({
  key: `${unit}|${section}|${number}`,
  unit,
  section,
  number,
  title,
  body: body || `${number}. ${title}`,
});

const revised = [
  p('감사담당관', 'plans', '1', '공정하고 신뢰받는 자체감사 시행'), // was 2
  p('감사담당관', 'plans', '2', '친절행정 향상 추진'), // was 3
  p('감사담당관', 'plans', '3', '‘주민불편 Zero’ 생활현장 집중순찰 강화', '3. 집중순찰\n□ 사업개요\n - 생활현장 순찰 강화, 주 2회 야간 순찰 운영'),
  p('홍보담당관', 'plans', '1', '민선8기 전략적 언론홍보로 ‘공감행정’ 강화'),
  p('총무과', 'plans', '4', '청사 시설 정비 추진'),
];

describe('bigram Dice', () => {
  it('is 1 for equal texts, 0 for nothing shared, ignores spaces and punctuation', () => {
    expect(diceSimilarity('청렴도 향상 추진', '청렴도향상추진')).toBe(1);
    expect(diceSimilarity('가나다', '라마바')).toBe(0);
    expect(diceSimilarity('', '가나')).toBe(0);
    expect(diceSimilarity('청렴도 향상 추진', '친절행정 향상 추진')).toBeLessThan(0.6);
    expect(containsLoosely('주 2회  야간 순찰', '2회 야간')).toBe(true);
  });
});

describe('re-attaching a note to a revised document', () => {
  it('keeps the same unit and number when the title still fits (an edited title too)', () => {
    const m = findReattachment({ unit: '홍보담당관', section: 'plans', number: '1', title: '민선8기 전략적 언론홍보로 공감행정 강화' }, revised);
    expect(m).toMatchObject({ key: '홍보담당관|plans|1', method: 'key' });
  });

  it('follows a renumbered project by its title, not by the number it used to have', () => {
    // Old 3 "친절행정 향상 추진" is now 2; old 2 is now 1.
    expect(findReattachment({ unit: '감사담당관', section: 'plans', number: '3', title: '친절행정 향상 추진' }, revised)).toMatchObject({
      key: '감사담당관|plans|2',
      method: 'title',
    });
    expect(findReattachment({ unit: '감사담당관', section: 'plans', number: '2', title: '공정하고 신뢰받는 자체감사 시행' }, revised)).toMatchObject({
      key: '감사담당관|plans|1',
      method: 'title',
    });
  });

  it('finds a project by its quoted text when the title changed beyond recognition', () => {
    const m = findReattachment({ unit: '감사담당관', section: 'plans', number: '9', title: '야간 안전 점검', quote: '주 2회 야간 순찰' }, revised);
    expect(m).toMatchObject({ key: '감사담당관|plans|3', method: 'quote' });
  });

  it('leaves a removed project as an orphan instead of guessing', () => {
    expect(findReattachment({ unit: '감사담당관', section: 'plans', number: '1', title: '청렴도 향상 추진' }, revised)).toBeNull();
    expect(findReattachment({ unit: '감사담당관', section: 'plans', number: '1', title: '청렴도 향상 추진', quote: '없는 문장입니다' }, revised)).toBeNull();
  });

  it('finds a project that moved to another unit only with a near-identical title', () => {
    expect(findReattachment({ unit: '행정지원과', section: 'plans', number: '2', title: '청사 시설 정비 추진' }, revised)).toMatchObject({ key: '총무과|plans|4' });
    expect(findReattachment({ unit: '행정지원과', section: 'plans', number: '2', title: '청사 정비' }, revised)).toBeNull();
  });

  it('suggests the most similar projects for a note placed by hand', () => {
    const s = suggestProjects({ unit: '감사담당관', section: 'plans', number: '1', title: '친절행정 추진' }, revised);
    expect(s[0]!.key).toBe('감사담당관|plans|2');
    expect(s.length).toBeLessThanOrEqual(3);
  });
});
