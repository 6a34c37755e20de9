import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import { Autosaver, applyChanges, mergeChanges, mergeLoadedRows, mergeSavedRow } from '../../../renderer/components/secretary/autosave';
import type { RowChanges, RowSaveState } from '../../../renderer/components/secretary/autosave';
import { EMPTY_VALUE, NO_FILTERS, filterOptions, filterRows, nextSort, sortRows } from '../../../renderer/components/secretary/secretaryModel';
import { errorForField, move, toSessionInput, validateDraft, emptyDraft } from '../../../renderer/components/sessions/sessionForm';

let serial = 0;
function note(over: Partial<Annotation> & { unit?: string; number?: string; documentId?: string }): Annotation {
  serial++;
  const { unit = '총무과', number = '1', documentId = 'd1', ...rest } = over;
  return {
    id: `a${serial}`,
    documentId,
    projectId: `${documentId}:${unit}|${number}`,
    anchor: { unit, section: 'plans', number, title: `사업 ${number}` },
    type: '질의',
    body: '내용',
    status: '미답변',
    starred: false,
    tags: [],
    authorId: 'm1',
    authorName: '김의원',
    visibility: 'shared',
    createdAt: `2024-01-16T00:00:${String(serial).padStart(2, '0')}Z`,
    updatedAt: '2024-01-16T00:00:00Z',
    version: 1,
    deleted: false,
    ...rest,
  };
}

describe("the secretary's table model", () => {
  const session = { agenda: [{ documentId: 'd2', units: [] }, { documentId: 'd1', units: ['행정지원과', '감사담당관'] }] };
  const rows = [
    note({ documentId: 'd1', unit: '감사담당관', number: '10', authorName: '이의원', type: '자료요구' }),
    note({ documentId: 'd1', unit: '감사담당관', number: '2', status: '답변완료', answer: { dueDate: '2024-03-01', actionStatus: '완료' } }),
    note({ documentId: 'd1', unit: '행정지원과', number: '1', authorName: '박의원', answer: { dueDate: '2024-02-01', actionStatus: '미조치' } }),
    note({ documentId: 'd2', unit: '총무과', number: '3', type: '시정요구' }),
  ];

  it('should list rows in hearing order: agenda document, agenda unit order, then project number naturally', () => {
    expect(sortRows(rows, { key: null, direction: 'asc' }, session).map((a) => `${a.anchor.unit} ${a.anchor.number}`)).toEqual([
      '총무과 3',
      '행정지원과 1',
      '감사담당관 2',
      '감사담당관 10',
    ]);
  });

  it('should sort by a column, ties in hearing order, empty due dates last either way up', () => {
    expect(sortRows(rows, { key: 'member', direction: 'asc' }, session).map((a) => a.authorName)).toEqual(['김의원', '김의원', '박의원', '이의원']);
    expect(sortRows(rows, { key: 'dueDate', direction: 'asc' }, session).map((a) => a.answer?.dueDate ?? '')).toEqual(['2024-02-01', '2024-03-01', '', '']);
    expect(sortRows(rows, { key: 'type', direction: 'desc' }, session)[0]!.type).toBe('자료요구');
    expect(sortRows(rows, { key: 'actionStatus', direction: 'asc' }, session).map((a) => a.answer?.actionStatus ?? '')).toEqual(['완료', '미조치', '', '']);
  });

  it('should cycle a header between ascending, descending and hearing order', () => {
    const a = nextSort({ key: null, direction: 'asc' }, 'unit');
    expect(a).toEqual({ key: 'unit', direction: 'asc' });
    const b = nextSort(a, 'unit');
    expect(b).toEqual({ key: 'unit', direction: 'desc' });
    expect(nextSort(b, 'unit').key).toBeNull();
    expect(nextSort(b, 'member')).toEqual({ key: 'member', direction: 'asc' });
  });

  it('should filter by unit, member, type, status and rows without a 조치상태', () => {
    expect(filterRows(rows, { ...NO_FILTERS, unit: '감사담당관' })).toHaveLength(2);
    expect(filterRows(rows, { ...NO_FILTERS, member: '김의원', type: '시정요구' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTERS, status: '답변완료' })).toHaveLength(1);
    expect(filterRows(rows, { ...NO_FILTERS, actionStatus: EMPTY_VALUE })).toHaveLength(2);
    const options = filterOptions(rows);
    expect(options.unit).toEqual(['감사담당관', '총무과', '행정지원과']);
    expect(options.type).toEqual(['질의', '시정요구', '자료요구']);
  });
});

describe('autosave of answers', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function harness(fail: (n: number) => unknown = () => null) {
    const base = note({});
    const calls: RowChanges[] = [];
    const states: RowSaveState[] = [];
    let release: (() => void) | null = null;
    let hold = false;
    const saver = new Autosaver({
      save: async (_id, changes) => {
        calls.push(changes);
        if (hold) await new Promise<void>((r) => (release = r));
        const error = fail(calls.length);
        if (error) throw error;
        return applyChanges(base, changes);
      },
      onState: (_id, s) => states.push(s),
      onSaved: () => undefined,
      describeError: (e) => `실패: ${String((e as Error).message)}`,
    });
    return { base, calls, states, saver, hold: (on: boolean) => (hold = on), release: () => release?.() };
  }

  it('should merge typing into one request after the pause', async () => {
    const h = harness();
    h.saver.change('a', { answer: { responder: '총' } });
    h.saver.change('a', { answer: { responder: '총무과장' } });
    h.saver.change('a', { answer: { summary: '교육 강화' } });
    expect(h.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(599);
    expect(h.calls).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toEqual([{ answer: { responder: '총무과장', summary: '교육 강화' } }]);
    expect(h.states.at(-1)).toEqual({ state: 'saved' });
  });

  it('should save at once on blur and send what was typed meanwhile in a second request', async () => {
    const h = harness();
    h.hold(true);
    h.saver.change('a', { answer: { responder: '과장' } });
    const first = h.saver.flush('a');
    await vi.advanceTimersByTimeAsync(0);
    h.saver.change('a', { status: '답변완료' });
    h.hold(false);
    h.release();
    await first;
    await h.saver.flush('a');
    expect(h.calls).toEqual([{ answer: { responder: '과장' } }, { status: '답변완료' }]);
  });

  it('should keep failed changes and report the error, then resend them', async () => {
    const h = harness((n) => (n === 1 ? new Error('권한 없음') : null));
    h.saver.change('a', { answer: { responder: '과장' } });
    await h.saver.flush('a');
    expect(h.states.at(-1)).toEqual({ state: 'error', error: '실패: 권한 없음' });
    expect(h.saver.pendingFor('a')).toEqual({ answer: { responder: '과장' } });
    h.saver.change('a', { answer: { summary: '요지' } });
    await h.saver.flush('a');
    expect(h.calls[1]).toEqual({ answer: { responder: '과장', summary: '요지' } });
    expect(h.states.at(-1)).toEqual({ state: 'saved' });
  });

  it('should not let a list read before a save take the saved or typed values back', async () => {
    const h = harness();
    const stale = { ...h.base, answer: {} };
    const saved = { ...h.base, version: 3, answer: { responder: '과장' } };
    const prev = new Map([[h.base.id, saved]]);
    expect(mergeLoadedRows(prev, [stale], () => undefined).get(h.base.id)?.answer).toEqual({ responder: '과장' });
    // Being sent right now (not yet confirmed) and typed since: both stay on top of the list.
    h.hold(true);
    h.saver.change(h.base.id, { answer: { received: true } });
    const sending = h.saver.flush(h.base.id);
    await vi.advanceTimersByTimeAsync(0);
    h.saver.change(h.base.id, { answer: { summary: '요지' } });
    expect(mergeLoadedRows(null, [stale], (x) => h.saver.unconfirmedFor(x)).get(h.base.id)?.answer).toEqual({ received: true, summary: '요지' });
    h.hold(false);
    h.release();
    await sending;
    expect(mergeSavedRow({ ...saved, version: 9 }, saved, undefined).version).toBe(9);
    expect(mergeSavedRow(stale, saved, { answer: { summary: '요지' } }).answer).toEqual({ responder: '과장', summary: '요지' });
  });

  it('should merge newer changes over older ones', () => {
    expect(mergeChanges({ status: '미답변', answer: { responder: 'a' } }, { answer: { responder: 'b', received: true } })).toEqual({
      status: '미답변',
      answer: { responder: 'b', received: true },
    });
  });
});

describe('the session form', () => {
  it('should check the form in Korean and build the API input', () => {
    const d = emptyDraft(null);
    const errors = validateDraft({ ...d, startDate: '2024-01-22', endDate: '2024-01-16' });
    expect(Object.keys(errors).sort()).toEqual(['committee', 'endDate', 'number', 'title']);
    expect(Object.values(errors).join(' ')).toMatch(/[가-힣]/);
    const input = toSessionInput({ ...d, number: '331', committee: ' 행정복지위원회 ', title: '청취', startDate: '2024-01-16', agenda: [{ documentId: 'x', units: [] }] });
    expect(input).toMatchObject({ number: 331, committee: '행정복지위원회', endDate: '2024-01-16', agenda: [{ documentId: 'x', units: [] }] });
  });

  it('should move agenda items up and down and stay put at the ends', () => {
    expect(move(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(move(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(move(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('should put API errors next to their field, re-worded when the message names the field in English', () => {
    expect(errorForField('title', '요청 값이 올바르지 않습니다 (title).')).toEqual({ field: 'title', message: '‘회의명’ 값이 올바르지 않습니다.' });
    expect(errorForField('endDate', '끝나는 날짜가 시작 날짜보다 앞설 수 없습니다.').message).toBe('끝나는 날짜가 시작 날짜보다 앞설 수 없습니다.');
    expect(errorForField('agenda.0.documentId', '요청 값이 올바르지 않습니다 (agenda.0.documentId).').field).toBe('agenda');
    expect(errorForField(undefined, '오류').field).toBeNull();
  });
});
