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
  const r = { id: 'n1', authorId: 'm-kim', body: '질의', visibility: 'shared', version: 1, updatedAt: '2025-01-01T00:00:00Z', ...record };
  return { _id: `note:${r.id}`, kind: 'note', owner, record: r };
};
/** The answer document of note n1 (kim's, so owned by kim and under kim's name), written by `writer`. */
const answerDoc = (writer: string, record: Doc = {}, extra: Doc = {}, owner = 'kim'): Doc => {
  const r = { id: 'n1', status: '답변완료', answer: { responder: '총무과장' }, version: 1, updatedAt: '2025-01-02T00:00:00Z', deleted: false, ...record };
  return { _id: `answer:${encodeURIComponent(owner)}:${r.id}`, kind: 'answer', owner, writer, record: r, ...extra };
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

  it('the secretary writes answers and statuses in the answer document, never the note', () => {
    expect(outcome(answerDoc('sec'), null, sec)).toBe('ok');
    expect(outcome(answerDoc('sec', { version: 2, status: '종결' }), answerDoc('sec'), sec)).toBe('ok');
    // The note itself is the author's alone: no answer fields in it, no edits by the secretary.
    expect(outcome(noteDoc({ body: '바꿈', version: 2 }), noteDoc(), sec)).toBe('forbidden');
    expect(outcome(noteDoc({ answer: { summary: '답' }, version: 2 }), noteDoc(), kim)).toBe('forbidden');
    expect(outcome(noteDoc({ status: '답변완료' }), null, kim)).toBe('forbidden');
    // Nor may the secretary create notes in a member's name.
    expect(outcome(noteDoc(), null, sec)).toBe('forbidden');
    // An answer document holds the answer only, and names who wrote each revision.
    expect(outcome(answerDoc('sec', { body: '바꿈' }), null, sec)).toBe('forbidden');
    expect(outcome(answerDoc('sec', {}, { writer: 'kim' }), null, sec)).toBe('forbidden');
    expect(outcome(answerDoc('sec', {}, { owner: undefined }), null, sec)).toBe('forbidden');
  });

  it('the author may set the status of their own note; other members may not answer', () => {
    // kim closes her own note: a new answer document, or a new revision of the secretary's.
    expect(outcome(answerDoc('kim', { status: '종결' }), null, kim)).toBe('ok');
    expect(outcome({ ...answerDoc('sec', { status: '종결', version: 2 }), writer: 'kim' }, answerDoc('sec'), kim)).toBe('ok');
    // lee is neither the secretary nor the note's author.
    expect(outcome(answerDoc('lee'), null, lee)).toBe('forbidden');
    expect(outcome({ ...answerDoc('sec', { version: 2 }), writer: 'lee' }, answerDoc('sec'), lee)).toBe('forbidden');
    // Claiming the note as one's own does not get past a document that names its author.
    expect(outcome({ ...answerDoc('sec', { version: 2 }), writer: 'lee', owner: 'lee' }, answerDoc('sec'), lee)).toBe('forbidden');
    // The secretary and the author answering the same note apart wrote one document (one owner).
    expect(outcome(answerDoc('kim', { status: '종결', version: 1 }), answerDoc('sec'), kim)).toBe('ok');
    expect(outcome(answerDoc('sec'), answerDoc('kim', { status: '종결' }), sec)).toBe('ok');
  });

  it('an answer document’s id names its owner: no member creates or takes over the one of another’s note', () => {
    // lee cannot write kim's answer document, neither as kim's nor by claiming it …
    expect(outcome(answerDoc('lee'), null, lee)).toBe('forbidden');
    expect(outcome(answerDoc('lee', {}, { owner: 'lee' }), null, lee)).toBe('forbidden'); // id names kim
    expect(outcome({ ...answerDoc('kim', { version: 2 }), writer: 'lee' }, answerDoc('kim'), lee)).toBe('forbidden');
    // … nor the id form of earlier builds, which names no owner (not even the secretary).
    expect(outcome({ ...answerDoc('lee', {}, {}, 'lee'), _id: 'answer:n1' }, null, lee)).toBe('forbidden');
    expect(outcome({ ...answerDoc('sec'), _id: 'answer:n1' }, null, sec)).toBe('forbidden');
    // Under lee's own name it is lee's document, which no laptop reads for kim's note.
    expect(outcome(answerDoc('lee', {}, {}, 'lee'), null, lee)).toBe('ok');
    // So kim and the secretary still write kim's, whoever wrote first.
    expect(outcome(answerDoc('kim', { status: '종결' }), null, kim)).toBe('ok');
    expect(outcome(answerDoc('sec'), null, sec)).toBe('ok');
    // The secretary too writes it only under the id naming its owner.
    expect(outcome(answerDoc('sec', {}, { owner: 'lee' }), null, sec)).toBe('forbidden');
    // Account names are encoded in the id as encodeURIComponent does.
    expect(outcome(answerDoc('kim:2 의원', {}, {}, 'kim:2 의원'), null, { name: 'kim:2 의원', roles: ['member'] })).toBe('ok');
    expect(outcome({ ...answerDoc('kim:2 의원', {}, {}, 'kim:2 의원'), _id: 'answer:kim:2 의원:n1' }, null, { name: 'kim:2 의원', roles: ['member'] })).toBe('forbidden');
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

  it('removing a conflict revision: the owner; answers also the secretary and the note author', () => {
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), kim)).toBe('ok');
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), sec)).toBe('forbidden');
    expect(outcome({ _id: 'note:n1', _deleted: true }, noteDoc(), lee)).toBe('forbidden');
    expect(outcome({ _id: 'answer:kim:n1', _deleted: true }, answerDoc('sec'), sec)).toBe('ok');
    expect(outcome({ _id: 'answer:kim:n1', _deleted: true }, answerDoc('sec'), kim)).toBe('ok'); // kim owns it
    expect(outcome({ _id: 'answer:kim:n1', _deleted: true }, answerDoc('sec'), lee)).toBe('forbidden');
    expect(outcome({ _id: 'note:n9', _deleted: true }, null, kim)).toBe('forbidden');
  });
});

describe('the rules on a server with real accounts', () => {
  let couch: TestCouch;
  let db: string;
  beforeAll(async () => {
    couch = await startCouch();
    await couch.addCouncilAccounts();
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
    expect(await put('sec', { ...stored, record: { ...stored.record, status: '답변완료', version: 2 } })).toBe(403);
    expect(await put('lee', answerDoc('lee'))).toBe(403);
    expect(await put('sec', answerDoc('sec'))).toBe(201);
    expect((await couch.admin('GET', `/${db}/note:n1`)).body.record).toEqual(stored.record);
    const answer = (await couch.admin('GET', `/${db}/answer:kim:n1`)).body;
    expect(answer).toMatchObject({ owner: 'kim', writer: 'sec', record: { status: '답변완료' } });
    // The author closes her own note on the secretary's answer.
    expect(await put('kim', { ...answer, writer: 'kim', record: { ...answer.record, status: '종결', version: 2 } })).toBe(201);
    expect(await put('lee', { ...answer, writer: 'lee', record: { ...answer.record, status: '미답변', version: 2 } })).toBe(403);
    expect((await couch.admin('GET', `/${db}/answer:kim:n1`)).body).toMatchObject({ owner: 'kim', writer: 'kim', record: { status: '종결' } });
  });

  it('a member can neither create nor take over the answer document of another member’s note; the secretary and the author still can', async () => {
    const n = (id: string) => noteDoc({ id });
    const answerOf = (id: string, writer: string, owner: string, record: Doc = {}) => answerDoc(writer, { id, ...record }, {}, owner);
    expect(await put('kim', n('t1'))).toBe(201);
    expect(await put('kim', n('t2'))).toBe(201);
    // lee first, on t1: kim's answer document is refused, whether as kim's or claimed as lee's …
    expect(await put('lee', answerOf('t1', 'lee', 'kim'))).toBe(403);
    expect(await put('lee', { ...answerOf('t1', 'lee', 'kim'), owner: 'lee' })).toBe(403);
    // … and so is the id form of earlier builds; only a document under lee's own name is stored.
    expect(await put('lee', { ...answerOf('t1', 'lee', 'lee'), _id: 'answer:t1' })).toBe(403);
    expect(await put('lee', answerOf('t1', 'lee', 'lee', { status: '종결' }))).toBe(201);
    // kim still closes her own note, and the secretary still answers it.
    expect(await put('kim', answerOf('t1', 'kim', 'kim', { status: '종결' }))).toBe(201);
    const closed = (await couch.admin('GET', `/${db}/answer:kim:t1`)).body;
    expect(await put('sec', { ...closed, writer: 'sec', record: { ...closed.record, status: '답변완료', version: 2 } })).toBe(201);
    // On t2 the secretary answers first; lee cannot take that document over either.
    expect(await put('sec', answerOf('t2', 'sec', 'kim'))).toBe(201);
    const answered = (await couch.admin('GET', `/${db}/answer:kim:t2`)).body;
    expect(await put('lee', { ...answered, writer: 'lee', record: { ...answered.record, status: '미답변', version: 2 } })).toBe(403);
    expect(await put('lee', { ...answered, writer: 'lee', owner: 'lee', record: { ...answered.record, version: 2 } })).toBe(403);
    expect(await put('lee', { _id: answered._id, _rev: answered._rev, _deleted: true })).toBe(403);
    expect(await put('kim', { ...answered, writer: 'kim', record: { ...answered.record, status: '종결', version: 2 } })).toBe(201);
    // Nor through replication (new_edits: false).
    const headers = { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('lee:lee-password').toString('base64') };
    const forged = { ...answerOf('t2', 'lee', 'kim', { status: '미답변', version: 9 }), _rev: '9-eeee', _revisions: { start: 9, ids: ['eeee'] } };
    const res = await fetch(`${couch.baseUrl}/${db}/_bulk_docs`, { method: 'POST', headers, body: JSON.stringify({ docs: [forged], new_edits: false }) });
    expect(await res.json()).toMatchObject([{ id: 'answer:kim:t2', error: 'forbidden' }]);
    expect((await couch.admin('GET', `/${db}/answer:kim:t1`)).body).toMatchObject({ owner: 'kim', writer: 'sec', record: { status: '답변완료' } });
    expect((await couch.admin('GET', `/${db}/answer:kim:t2`)).body).toMatchObject({ owner: 'kim', writer: 'kim', record: { status: '종결' } });
    expect((await couch.admin('GET', `/${db}/answer:kim:t2?conflicts=true`)).body._conflicts).toBeUndefined();
  });

  it('checks replicated writes too (new_edits: false, as replication sends them)', async () => {
    const bulk = async (user: string, docs: Doc[]) => {
      const headers = { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from(`${user}:${user}-password`).toString('base64') };
      const res = await fetch(`${couch.baseUrl}/${db}/_bulk_docs`, { method: 'POST', headers, body: JSON.stringify({ docs, new_edits: false }) });
      return (await res.json()) as { id: string; error?: string }[];
    };
    const first = { ...noteDoc({ id: 'r1' }), _rev: '1-aaaa', _revisions: { start: 1, ids: ['aaaa'] } };
    expect(await bulk('kim', [first])).toEqual([]);
    // An update replicated from kim's laptop is stored (not acknowledged and dropped).
    const second = { ...noteDoc({ id: 'r1', body: '고친 질의', version: 2 }), _rev: '2-bbbb', _revisions: { start: 2, ids: ['bbbb', 'aaaa'] } };
    expect(await bulk('kim', [second])).toEqual([]);
    expect((await couch.admin('GET', `/${db}/note:r1`)).body).toMatchObject({ _rev: '2-bbbb', record: { body: '고친 질의' } });
    // lee's laptop replicating a change to kim's note, or a private note, is refused.
    const forged = { ...noteDoc({ id: 'r1', body: '남의 글', version: 3 }), _rev: '3-cccc', _revisions: { start: 3, ids: ['cccc', 'bbbb', 'aaaa'] } };
    expect(await bulk('lee', [forged])).toMatchObject([{ id: 'note:r1', error: 'forbidden' }]);
    const secret = { ...noteDoc({ id: 'r2', visibility: 'private' }), _rev: '1-dddd', _revisions: { start: 1, ids: ['dddd'] } };
    expect(await bulk('kim', [secret])).toMatchObject([{ id: 'note:r2', error: 'forbidden' }]);
    expect((await couch.admin('GET', `/${db}/note:r1`)).body._rev).toBe('2-bbbb');
    expect((await couch.admin('GET', `/${db}/note:r2`)).status).toBe(404);
  });
});

describe('the test server without its workaround', () => {
  it('still drops replicated updates when the rules are installed (pouchdb/pouchdb-server#419): the workaround is needed', async () => {
    const couch = await startCouch({ keepRevisions: false });
    try {
      await couch.addUser({ name: 'kim', password: 'kim-password', roles: ['member'] });
      const db = await couch.createDb();
      const headers = { 'content-type': 'application/json', authorization: 'Basic ' + Buffer.from('kim:kim-password').toString('base64') };
      const bulk = (docs: Doc[]) => fetch(`${couch.baseUrl}/${db}/_bulk_docs`, { method: 'POST', headers, body: JSON.stringify({ docs, new_edits: false }) });
      await bulk([{ ...noteDoc({ id: 'r1' }), _rev: '1-aaaa', _revisions: { start: 1, ids: ['aaaa'] } }]);
      const answer = await bulk([{ ...noteDoc({ id: 'r1', body: '고친 질의', version: 2 }), _rev: '2-bbbb', _revisions: { start: 2, ids: ['bbbb', 'aaaa'] } }]);
      expect(answer.status).toBe(201); // acknowledged …
      expect((await couch.admin('GET', `/${db}/note:r1`)).body._rev).toBe('1-aaaa'); // … and not stored
    } finally {
      await couch.stop();
    }
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
