/**
 * The server's rules (designDoc.ts): the validate_doc_update source run as a function, and the
 * same design document enforced by the test server on direct writes with real accounts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VALIDATE_DOC_UPDATE } from '../../../electron/service/sync/designDoc';
import type { TestCouch } from '../../helpers/couch';
import { startCouch } from '../../helpers/couch';

type Doc = Record<string, any>;
// The exact text the server runs, compiled as CouchDB does.
const validate = new Function(`return (${VALIDATE_DOC_UPDATE})`)() as (n: Doc, o: Doc | null, u: { name: string | null; roles: string[] }) => void;
const kim = { name: 'kim', roles: ['member'] };
const lee = { name: 'lee', roles: ['member'] };
const sec = { name: 'sec', roles: ['secretary'] };

const noteDoc = (record: Doc = {}, owner = 'kim'): Doc => {
  const r = { id: 'n1', authorId: 'm-kim', body: '질의', visibility: 'shared', version: 1, updatedAt: '2025-01-01T00:00:00Z', status: '미답변', ...record };
  return { _id: `note:${r.id}`, kind: 'note', owner, record: r };
};
const outcome = (n: Doc, o: Doc | null, u: { name: string | null; roles: string[] }) => {
  try {
    validate(n, o, u);
    return 'ok';
  } catch (e) {
    return Object.keys(e as object)[0];
  }
};

describe('validate_doc_update as a function', () => {
  it('a member writes only their own notes', () => {
    expect(outcome(noteDoc(), null, kim)).toBe('ok');
    expect(outcome(noteDoc({}, 'kim'), null, lee)).toBe('forbidden');
    expect(outcome(noteDoc({ body: '고침', version: 2 }), noteDoc(), kim)).toBe('ok');
    expect(outcome(noteDoc({ body: '남의 글 고침', version: 2 }), noteDoc(), lee)).toBe('forbidden');
    // Taking a note over by renaming its owner or author is refused.
    expect(outcome(noteDoc({ version: 2 }, 'lee'), noteDoc(), lee)).toBe('forbidden');
    expect(outcome(noteDoc({ authorId: 'm-lee', version: 2 }), noteDoc(), kim)).toBe('forbidden');
  });

  it('the secretary writes answers and statuses, nothing else', () => {
    const answered = noteDoc({ answer: { responder: '총무과장', actionStatus: '추진중' }, status: '답변완료', version: 2, updatedAt: '2025-01-02T00:00:00Z' });
    expect(outcome(answered, noteDoc(), sec)).toBe('ok');
    expect(outcome(noteDoc({ body: '바꿈', version: 2 }), noteDoc(), sec)).toBe('forbidden');
    expect(outcome(noteDoc({ answer: { summary: '답' } }), noteDoc(), lee)).toBe('forbidden');
    // Nor may the secretary create notes in a member's name.
    expect(outcome(noteDoc(), null, sec)).toBe('forbidden');
  });

  it('private notes, unknown kinds, mismatched ids and anonymous writes are refused', () => {
    expect(outcome(noteDoc({ visibility: 'private' }), null, kim)).toBe('forbidden');
    expect(outcome({ ...noteDoc(), kind: 'other' }, null, kim)).toBe('forbidden');
    expect(outcome({ ...noteDoc(), _id: 'note:other' }, null, kim)).toBe('forbidden');
    expect(outcome(noteDoc(), null, { name: null, roles: [] })).toBe('unauthorized');
    expect(outcome({ _id: '_design/x' }, null, sec)).toBe('forbidden');
  });

  it('sessions: created by anyone, changed by their owner or the secretary; profiles by their owner only', () => {
    const session = (owner: string, title = '주요업무보고') => ({ _id: 'session:s1', kind: 'session', owner, record: { id: 's1', title } });
    const member = (owner: string, name = '김의원') => ({ _id: 'member:m1', kind: 'member', owner, record: { id: 'm1', name } });
    expect(outcome(session('lee'), null, lee)).toBe('ok');
    expect(outcome(session('lee', '바꿈'), session('lee'), sec)).toBe('ok');
    expect(outcome(session('lee', '바꿈'), session('lee'), kim)).toBe('forbidden');
    expect(outcome(member('kim', '김의원님'), member('kim'), kim)).toBe('ok');
    expect(outcome(member('kim', '가짜'), member('kim'), sec)).toBe('forbidden');
  });

  it('removing a conflict revision: owner or secretary only', () => {
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), kim)).toBe('ok');
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), sec)).toBe('ok');
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), lee)).toBe('forbidden');
  });
});

describe('the rules on a server with real accounts', () => {
  let couch: TestCouch;
  let db: string;
  beforeAll(async () => {
    couch = await startCouch();
    await couch.addUser({ name: 'kim', password: 'kim-password', roles: ['member'] });
    await couch.addUser({ name: 'lee', password: 'lee-password', roles: ['member'] });
    await couch.addUser({ name: 'sec', password: 'sec-password', roles: ['secretary'] });
    db = await couch.createDb({ rules: true });
  });
  afterAll(() => couch.stop());

  const put = async (user: string | null, doc: Doc) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (user) headers.authorization = 'Basic ' + Buffer.from(`${user}:${user}-password`).toString('base64');
    return (await fetch(`${couch.baseUrl}/${db}/${encodeURIComponent(doc._id)}`, { method: 'PUT', headers, body: JSON.stringify(doc) })).status;
  };

  it('refuses strangers, other members and private notes; lets the secretary answer', async () => {
    expect(await put(null, noteDoc())).toBe(401);
    expect(await put('lee', noteDoc())).toBe(403);
    expect(await put('kim', noteDoc({ id: 'p1', visibility: 'private' }))).toBe(403);
    expect(await put('kim', noteDoc())).toBe(201);
    const stored = (await couch.admin('GET', `/${db}/note:n1`)).body;
    expect(await put('lee', { ...stored, record: { ...stored.record, body: '남의 글', version: 2 } })).toBe(403);
    expect(await put('sec', { ...stored, record: { ...stored.record, body: '고침', version: 2 } })).toBe(403);
    expect(await put('sec', { ...stored, record: { ...stored.record, status: '답변완료', answer: { responder: '총무과장' }, version: 2 } })).toBe(201);
    expect((await couch.admin('GET', `/${db}/note:n1`)).body.record).toMatchObject({ body: '질의', status: '답변완료', version: 2 });
  });
});

describe('scripts/sync-setup.ts', () => {
  it('creates the database, its security, the rules and the accounts; running it again is safe', async () => {
    const { setupCouncilDatabase } = await import('../../../scripts/sync-setup');
    const couch = await startCouch();
    try {
      for (let run = 0; run < 2; run++) await setupCouncilDatabase(couch.baseUrl, 'council', 'admin:admin-secret', ['kim:kim-pw:member', 'sec:sec-pw:secretary']);
      expect((await couch.admin('GET', '/council/_design/council')).body.validate_doc_update).toBe(VALIDATE_DOC_UPDATE);
      expect((await couch.admin('GET', '/council/_security')).body.members.roles).toEqual(['member', 'secretary']);
      expect((await couch.admin('GET', '/_users/org.couchdb.user:sec')).body.roles).toEqual(['secretary']);
      const kimAuth = 'Basic ' + Buffer.from('kim:kim-pw').toString('base64');
      expect((await fetch(`${couch.baseUrl}/council`, { headers: { authorization: kimAuth } })).status).toBe(200);
    } finally {
      await couch.stop();
    }
  });
});
