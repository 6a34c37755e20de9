import { describe, expect, it } from 'vitest';
import type { FollowUpImportPreview, FollowUpItem } from '@shared/model/followup';
import {
  acceptedMatches,
  chooseItem,
  countItems,
  duplicateTargets,
  filterChoices,
  getDefaultFollowUpFilters,
  groupByUnit,
  initialDecisions,
  listArgs,
  mappingUsable,
  setAccepted,
  setMappingColumn,
} from '../../../renderer/state/followups';

const item = (id: string, extra: Partial<FollowUpItem> = {}): FollowUpItem =>
  ({ annotationId: id, seq: 1, type: '시정요구', body: id, authorName: '김의원', sessionLabel: '제331회 임시회', committee: '행정복지위원회', sessionStartDate: '', documentId: 'd', documentTitle: '', projectId: 'd:k', unit: '감사담당관', projectNumber: '1', projectTitle: 't', open: true, overdue: false, ...extra }) as FollowUpItem;

describe('follow-up register helpers', () => {
  it('should pass only the filters in use to followup:list', () => {
    expect(listArgs(getDefaultFollowUpFilters())).toEqual({});
    expect(listArgs({ sessionId: 's', committee: '', unit: '감사담당관', openOnly: true })).toEqual({ sessionId: 's', unit: '감사담당관', openOnly: true });
  });

  it('should list committees and units, sorted, and count open and overdue items', () => {
    const items = [item('a', { unit: '홍보담당관' }), item('b', { open: false }), item('c', { overdue: true, committee: '기획경제위원회' })];
    expect(filterChoices(items)).toEqual({ committees: ['기획경제위원회', '행정복지위원회'], units: ['감사담당관', '홍보담당관'] });
    expect(countItems(items)).toEqual({ total: 3, open: 2, overdue: 1 });
  });

  it('should group carried-over items by unit in agenda order, other units after', () => {
    const groups = groupByUnit([item('a', { unit: '홍보담당관' }), item('b', { unit: '감사담당관' }), item('c', { unit: '가족정책과' }), item('d', { unit: '홍보담당관' })], ['감사담당관', '홍보담당관']);
    expect(groups.map((g) => [g.unit, g.items.map((i) => i.annotationId)])).toEqual([
      ['감사담당관', ['b']],
      ['홍보담당관', ['a', 'd']],
      ['가족정책과', ['c']],
    ]);
  });

  it('should accept sure matches, leave needsReview rows unticked, and follow a hand-picked item', () => {
    const preview = {
      matches: [
        { row: 2, annotationId: 'a', score: 1, method: 'number', needsReview: false },
        { row: 3, annotationId: 'b', score: 0.4, method: 'text', needsReview: true },
        { row: 4, annotationId: null, score: 0, method: null, needsReview: true },
      ],
    } as Pick<FollowUpImportPreview, 'matches'>;
    let d = initialDecisions(preview);
    expect(acceptedMatches(d)).toEqual([{ row: 2, annotationId: 'a' }]);
    d = setAccepted(d, 3, true);
    d = setAccepted(d, 4, true); // nothing to accept without an item
    expect(acceptedMatches(d)).toEqual([{ row: 2, annotationId: 'a' }, { row: 3, annotationId: 'b' }]);
    d = chooseItem(d, 4, 'a');
    expect(duplicateTargets(d)).toEqual(new Set(['a']));
    d = chooseItem(d, 2, null);
    expect(acceptedMatches(d)).toEqual([{ row: 3, annotationId: 'b' }, { row: 4, annotationId: 'a' }]);
    expect(duplicateTargets(d).size).toBe(0);
  });

  it('should keep one field per column when the mapping changes, and need 처리결과 or 조치상태', () => {
    const m = { number: 0, request: 2, result: 3, status: 4 };
    expect(setMappingColumn(m, 'unit', 3)).toEqual({ number: 0, request: 2, status: 4, unit: 3 });
    expect(setMappingColumn(m, 'result', undefined)).toEqual({ number: 0, request: 2, status: 4 });
    expect(mappingUsable({ number: 0, request: 2 })).toBe(false);
    expect(mappingUsable({ status: 4 })).toBe(true);
  });
});
