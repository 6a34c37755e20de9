import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/parser/index';
import { changeFor, initialValues } from '../../../renderer/components/corrections/correctionModel';

const TEXT = ['주요업무보고', '', '총무과', '', '1. 청렴도 향상 추진', '□ 사업개요', ' - 교육', '□ 소요예산 : 1,000천원 【구비】', '', '2. 민원 처리 개선', '□ 소요예산 : 2,000천원'].join('\n');
const LINES = TEXT.split('\n');
const project = () => parsePlan(TEXT).projects[0]!;

describe('the correction forms', () => {
  it('should start from what the reading says now', () => {
    expect(initialValues('set-title', project()).text).toBe('청렴도 향상 추진');
    expect(initialValues('split', project()).line).toBe('6');
  });

  it('should make a change named by the heading line and its text', () => {
    const v = { ...initialValues('set-budget', project()), amount: '12,500', sources: '국비, 구비' };
    expect(changeFor('set-budget', project(), LINES, v)).toEqual({
      op: 'set-budget',
      line: 5,
      guard: '1. 청렴도 향상 추진',
      budget: { thousandWon: 12500, nonBudget: false, sources: ['국비', '구비'] },
    });
    expect(changeFor('set-budget', project(), LINES, { ...v, nonBudget: true })).toMatchObject({ budget: { thousandWon: null, nonBudget: true, sources: [] } });
  });

  it('should say in Korean what is missing instead of making a bad change', () => {
    const p = project();
    expect(changeFor('set-title', p, LINES, { ...initialValues('set-title', p), text: '  ' })).toEqual({ error: '값을 입력하세요.' });
    expect(changeFor('set-budget', p, LINES, { ...initialValues('set-budget', p), amount: '많이' })).toHaveProperty('error');
    expect(changeFor('split', p, LINES, { ...initialValues('split', p), line: '5' })).toHaveProperty('error');
    expect(changeFor('split', p, LINES, { ...initialValues('split', p), line: '7', text: '교육 사업' })).toEqual({ op: 'split', line: 5, guard: '1. 청렴도 향상 추진', at: 7, title: '교육 사업' });
  });
});
