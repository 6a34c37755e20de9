/**
 * Records ↔ documents (electron/service/sync/docs.ts) without a server: a note goes out as the
 * author's part and the answer part, their versions add up to the note's, a laptop writes only the
 * parts its account may, and parts coming in are put back together and checked for who wrote them.
 */
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { Member } from '@shared/model/member';
import type { StoreData } from '@shared/model/store';
import { emptyStore } from '@shared/model/store';
import { mergeAnnotations } from '@shared/merge/annotations';
import type { Identity, SyncDoc } from '../../../electron/service/sync/docs';
import { combine, mergeDocs, shareableDocs } from '../../../electron/service/sync/docs';

const kimMember: Member = { id: 'm-kim', name: '김의원', role: '의원', createdAt: '2025-01-01T00:00:00.000Z' };
const secMember: Member = { id: 'm-sec', name: '박전문위원', role: '전문위원', createdAt: '2025-01-01T00:00:00.000Z' };
const kim: Identity = { account: 'kim', memberId: 'm-kim', staff: false };
const sec: Identity = { account: 'sec', memberId: 'm-sec', staff: true };
const lee: Identity = { account: 'lee', memberId: 'm-lee', staff: false };

const note = (extra: Partial<Annotation> = {}): Annotation => ({
  id: 'n1', documentId: 'd1', projectId: 'd1:p', anchor: { unit: '총무과', section: 'plans', number: '1', title: '청렴' },
  type: '질의', body: '청렴 교육 예산은?', status: '미답변', starred: false, tags: [], authorId: 'm-kim', authorName: '김의원',
  visibility: 'shared', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', version: 1, deleted: false, ...extra,
});
const store = (annotations: Annotation[], members: Member[] = [kimMember, secMember]): StoreData => ({ ...emptyStore(), members, annotations });
/** The documents `me` writes for `data`, as the local database then holds them. */
function written(data: StoreData, me: Identity, held = new Map<string, SyncDoc>()): Map<string, SyncDoc> {
  const next = new Map(held);
  for (const doc of shareableDocs(data, me, held)) next.set(doc._id, doc);
  return next;
}
const owners = new Map([['m-kim', 'kim'], ['m-sec', 'sec']]);

describe('notes as an author part and an answer part', () => {
  it('a new note goes out as the author’s part only, with no answer fields; a private 메모 not at all', () => {
    const docs = shareableDocs(store([note(), note({ id: 'n2', type: '메모', visibility: 'private' })]), kim, new Map());
    const notes = docs.filter((d) => d.kind === 'note');
    expect(notes.map((d) => d._id)).toEqual(['note:n1']);
    expect(notes[0]!.record).not.toHaveProperty('status');
    expect(notes[0]!.record).toMatchObject({ version: 1, body: '청렴 교육 예산은?' });
    expect(docs.filter((d) => d.kind === 'answer')).toEqual([]);
  });

  it('the secretary writes only the answer part of another member’s note, owned by the note’s author', () => {
    const held = written(store([note()]), kim);
    const answered = note({ status: '답변완료', answer: { responder: '총무과장' }, version: 2, updatedAt: '2025-01-02T00:00:00.000Z' });
    const docs = shareableDocs(store([answered]), sec, held).filter((d) => d.kind !== 'member');
    expect(docs).toEqual([
      { _id: 'answer:kim:n1', kind: 'answer', owner: 'kim', writer: 'sec', record: { id: 'n1', status: '답변완료', answer: { responder: '총무과장' }, version: 1, updatedAt: '2025-01-02T00:00:00.000Z', deleted: false } },
    ]);
    // Put back together on the author's laptop: the note at version 2 with the answer.
    expect(combine(held.get('note:n1')!.record as never, (docs[0] as Extract<SyncDoc, { kind: 'answer' }>).record)).toEqual(answered);
    // A member who is neither author nor staff writes nothing for it.
    expect(shareableDocs(store([answered]), lee, held).filter((d) => d.kind !== 'member')).toEqual([]);
  });

  it('an edit and an answer made apart: two parts, the note at one version above both copies', () => {
    const held = written(store([note()]), kim);
    const edited = note({ body: '청렴 교육 예산과 인원은?', version: 2, updatedAt: '2025-01-02T00:00:00.000Z' });
    const answered = note({ status: '답변완료', answer: { summary: '1억' }, version: 2, updatedAt: '2025-01-03T00:00:00.000Z' });
    const both = written(store([answered]), sec, written(store([edited]), kim, held));
    const together = combine(both.get('note:n1')!.record as never, (both.get('answer:kim:n1') as Extract<SyncDoc, { kind: 'answer' }>).record);
    expect(together).toMatchObject({ body: '청렴 교육 예산과 인원은?', status: '답변완료', answer: { summary: '1억' }, version: 3, updatedAt: '2025-01-03T00:00:00.000Z' });
    // Bundle merge with either offline copy keeps it.
    expect(mergeAnnotations([together], [edited, answered])).toEqual([together]);
    // Merged into each laptop's store, both end the same.
    for (const [local, me] of [[edited, kim], [answered, sec]] as const) {
      const draft = store([local]);
      expect(mergeDocs(draft, [...both.values()], owners, both).changed).toBe(1);
      expect(draft.annotations).toEqual([together]);
      // Nothing new to write afterwards.
      expect(shareableDocs(draft, me, both)).toEqual([]);
    }
  });

  it('an edit that changes text and status at once moves both parts, and the note’s version follows', () => {
    const held = written(store([note()]), kim);
    const closed = note({ body: '고친 질의', status: '종결', version: 2, updatedAt: '2025-01-02T00:00:00.000Z' });
    const docs = shareableDocs(store([closed]), kim, held);
    expect(docs.filter((d) => d.kind === 'note' || d.kind === 'answer').map((d) => [d._id, (d.record as { version: number }).version])).toEqual([['note:n1', 2], ['answer:kim:n1', 1]]);
    const after = new Map([...held, ...docs.map((d) => [d._id, d] as const)]);
    const draft = store([closed]);
    mergeDocs(draft, docs, owners, after);
    expect(draft.annotations[0]).toMatchObject({ body: '고친 질의', status: '종결', version: 3 });
  });

  it('incoming parts are checked: a note under someone else’s profile, an answer by a member for another’s note', () => {
    const held = written(store([note()]), kim);
    // lee posts a note in kim's name: kim's profile belongs to the account kim.
    const forged: SyncDoc = { ...(held.get('note:n1') as Extract<SyncDoc, { kind: 'note' }>), owner: 'lee' };
    const draft = store([]);
    expect(mergeDocs(draft, [forged], owners, new Map([['note:n1', forged]])).changed).toBe(0);
    // lee writes an answer to kim's note: the server lets a member write answer documents only
    // under their own account's name, which no laptop reads for kim's note.
    type AnswerDoc = Extract<SyncDoc, { kind: 'answer' }>;
    const record = { id: 'n1', status: '종결' as const, version: 5, updatedAt: '2025-02-01T00:00:00.000Z', deleted: false as const };
    const squatted: AnswerDoc = { _id: 'answer:lee:n1', kind: 'answer', owner: 'lee', writer: 'lee', record };
    // Nor is a document taken whose id does not name its owner (refused by the server), or one in the old `answer:<id>` form.
    const misnamed: AnswerDoc = { ...squatted, _id: 'answer:kim:n1' };
    const old: AnswerDoc = { ...squatted, _id: 'answer:n1', owner: 'kim', writer: 'sec' };
    for (const bogus of [squatted, misnamed, old]) {
      const local = store([note()]);
      expect(mergeDocs(local, [bogus], owners, new Map([...held, [bogus._id, bogus] as const])).changed).toBe(0);
      expect(local.annotations[0]!.status).toBe('미답변');
    }
    // The author still closes her note with lee's document on the server: under her own name.
    const closed = note({ status: '종결', version: 2, updatedAt: '2025-01-02T00:00:00.000Z' });
    const withSquat = new Map([...held, [squatted._id, squatted] as const]);
    expect(shareableDocs(store([closed]), kim, withSquat).filter((d) => d.kind === 'answer')).toMatchObject([{ _id: 'answer:kim:n1', owner: 'kim', writer: 'kim', record: { status: '종결', version: 1 } }]);
    // An answer ahead of its note waits for it; a note ahead of its author's profile too.
    const early: AnswerDoc = { ...squatted, _id: 'answer:kim:n1', owner: 'kim', writer: 'sec' };
    expect(mergeDocs(store([]), [early], owners, new Map([[early._id, early]])).waiting).toEqual(['answer:kim:n1']);
    expect(mergeDocs(store([]), [held.get('note:n1')!], new Map(), held).waiting).toEqual(['note:n1']);
  });

  it('an account name with characters outside letters and digits is encoded in the answer document’s id', () => {
    const odd: Identity = { account: 'kim:2 의원', memberId: 'm-kim', staff: false };
    const docs = shareableDocs(store([note({ status: '종결', version: 2 })]), odd, new Map());
    const answer = docs.find((d) => d.kind === 'answer')!;
    expect(answer._id).toBe(`answer:${encodeURIComponent('kim:2 의원')}:n1`);
    expect(answer._id.split(':')).toHaveLength(3);
    const held = new Map(docs.map((d) => [d._id, d] as const));
    const draft = store([]);
    expect(mergeDocs(draft, docs, new Map([['m-kim', 'kim:2 의원']]), held).changed).toBe(1);
    expect(draft.annotations[0]).toMatchObject({ status: '종결', version: 2 });
  });

  it('records already held are not written again, and an older local copy never goes out', () => {
    const held = written(store([note({ version: 3, body: '새 글', updatedAt: '2025-01-05T00:00:00.000Z' })]), kim);
    expect(shareableDocs(store([note({ version: 3, body: '새 글', updatedAt: '2025-01-05T00:00:00.000Z' })]), kim, held)).toEqual([]);
    expect(shareableDocs(store([note({ version: 2, body: '옛 글' })]), kim, held)).toEqual([]);
  });
});
