import { describe, expect, it } from 'vitest';
import type { ReadingCheck, ReadingDifference } from '@shared/parser/types';
import { readingCheckText } from '@shared/text/readingCheck';
import {
  confidenceLabel,
  differenceTarget,
  differenceText,
  excerptRange,
  firstDifferences,
  focusOf,
  isFlagged,
  targetText,
} from '../../../renderer/components/check/readingCheckModel';

const missing: ReadingDifference = { kind: 'missing', number: '3', title: '청사 시설 정비', unit: '총무과', line: 12 };
const extra: ReadingDifference = { kind: 'extra', number: '4', title: '민원 안내', unit: '총무과', line: 80, projectKey: '총무과|plans|4' };
const retitled: ReadingDifference = { kind: 'title', number: '1', title: '청렴도 향상', unit: '', line: 40, projectKey: '총무과|plans|1' };
const check = (differences: ReadingDifference[]): ReadingCheck => ({ confidence: 'low', expected: 3, found: 3, matched: 2, differences, message: '목차의 사업 3개 중 2개를 찾았습니다' });

describe('reading check model', () => {
  it('should send a missing item to its TOC line and a found one to its project', () => {
    expect(differenceTarget(missing)).toEqual({ line: 12 });
    expect(differenceTarget(extra)).toEqual({ projectKey: '총무과|plans|4' });
    expect(differenceTarget(retitled)).toEqual({ projectKey: '총무과|plans|1' });
    expect(differenceTarget({ ...missing, line: 0 })).toBeNull();
    // a 'missing' item never points at a project, even if one were named
    expect(differenceTarget({ ...missing, projectKey: 'x' })).toEqual({ line: 12 });
  });

  it('should word each item with its kind, number, title and unit, and say where the click goes', () => {
    expect(differenceText(missing)).toBe('본문에 없음 · 3. 청사 시설 정비 (총무과)');
    expect(differenceText(retitled)).toBe('제목이 다름 · 1. 청렴도 향상');
    expect(differenceText({ ...extra, number: '' })).toBe('목차에 없음 · 민원 안내 (총무과)');
    expect(targetText({ line: 12 })).toBe('원문 12행 보기');
    expect(targetText({ projectKey: 'k' })).toBe(readingCheckText.goToProject);
  });

  it('should flag low and no confidence in the library, with a text label for every level', () => {
    expect(['high', 'medium', 'low', 'none'].map((c) => isFlagged(c as ReadingCheck['confidence']))).toEqual([false, false, true, true]);
    expect(isFlagged(undefined)).toBe(false);
    for (const c of ['high', 'medium', 'low', 'none'] as const) expect(confidenceLabel(c)).toMatch(/[가-힣]/);
  });

  it('should keep the import notice short: the first items and a count of the rest', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ ...missing, number: String(i + 1) }));
    expect(firstDifferences(check(many), 5)).toMatchObject({ shown: many.slice(0, 5), more: 3 });
    expect(firstDifferences(check([missing]), 5)).toEqual({ shown: [missing], more: 0 });
  });

  it('should clamp the source excerpt to the text', () => {
    expect(excerptRange(100, 12)).toEqual({ from: 9, to: 24 });
    expect(excerptRange(100, 1)).toEqual({ from: 1, to: 13 });
    expect(excerptRange(10, 50)).toEqual({ from: 7, to: 10 });
    expect(excerptRange(0, 3)).toEqual({ from: 1, to: 1 });
  });

  it('should turn a target into the document screen focus', () => {
    expect(focusOf('doc1', { projectKey: '총무과|plans|4' }, 7)).toEqual({ projectId: 'doc1:총무과|plans|4', nonce: 7 });
    expect(focusOf('doc1', { line: 12 }, 7)).toEqual({ line: 12, nonce: 7 });
  });
});
