/**
 * The server's authorisation rules, as the CouchDB design document `_design/council` whose
 * `validate_doc_update` runs on every write to the council database (docs/SYNC.md, docs/SECURITY.md).
 *
 *  - Only logged-in accounts write; `_admin` may do anything (the setup script, repairs).
 *  - Every document names its `owner`; a new document must be owned by the account writing it
 *    (an answer document: by the note's author), and the owner, kind and (for notes) the author's
 *    member id never change afterwards.
 *  - A note (`note:<id>`) is written by its owner only, and carries no answer or status: those are
 *    the note's answer document, written by an account with the role `secretary`, or by the note's
 *    own author (its owner). The rules cannot look up the note, so the answer document carries its
 *    owner in its id, `answer:<encodeURIComponent(owner)>:<id>`, and the id must match the `owner`
 *    field: a member can write only answer documents under their own account's name (the laptops
 *    read a note's answer only under its author's account), never the one of another's note. An
 *    answer document names the account of each revision in `writer`.
 *  - Sessions: created by anyone, changed by their owner or the secretary. Member profiles: owner only.
 *  - A note must be shared: a private 메모 is refused even from a faulty client.
 *  - Deletions (the app removes losing conflict revisions this way): by the owner; answers also by
 *    the secretary or the note's author, sessions also by the secretary.
 *
 * Kept as source text (ES5, CouchDB's JavaScript) so that what the tests run is byte for byte what
 * the server runs.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'login required' };
  var me = userCtx.name;
  var secretary = roles.indexOf('secretary') !== -1;
  function deny(why) { throw { forbidden: why }; }
  if (newDoc._id.indexOf('_design/') === 0) deny('design documents are for administrators');
  if (newDoc._deleted) {
    if (!oldDoc) deny('nothing to remove');
    if (oldDoc.owner === me) return;
    if (oldDoc.kind === 'answer' && secretary) return;
    if (oldDoc.kind === 'session' && secretary) return;
    deny('only the owner removes this document');
  }
  var kind = newDoc.kind;
  if (kind !== 'note' && kind !== 'answer' && kind !== 'session' && kind !== 'member') deny('unknown kind');
  if (typeof newDoc.owner !== 'string' || !newDoc.owner) deny('owner required');
  var recordId = newDoc.record && newDoc.record.id;
  if (kind === 'answer') {
    if (newDoc._id !== 'answer:' + encodeURIComponent(newDoc.owner) + ':' + recordId) deny('_id must be answer:owner:record.id');
  } else if (newDoc._id !== kind + ':' + recordId) deny('_id must be kind:record.id');
  var fresh = !oldDoc || oldDoc._deleted;
  if (fresh && kind !== 'answer' && newDoc.owner !== me) deny('a new document is owned by the account that writes it');
  if (!fresh && (oldDoc.owner !== newDoc.owner || oldDoc.kind !== kind)) deny('owner and kind never change');
  var key;
  if (kind === 'note') {
    if (newDoc.record.visibility !== 'shared') deny('private notes stay on the laptop');
    if ('answer' in newDoc.record || 'status' in newDoc.record) deny('answers and statuses go in the answer document');
    if (!fresh && oldDoc.record.authorId !== newDoc.record.authorId) deny('the author never changes');
    if (newDoc.owner !== me) deny('only the author changes a note');
    return;
  }
  if (kind === 'answer') {
    if (newDoc.writer !== me) deny('writer must be the account writing');
    if (!secretary && newDoc.owner !== me) deny('answers and statuses are written by the secretary or the note author');
    var allowed = { id: 1, status: 1, answer: 1, version: 1, updatedAt: 1, deleted: 1 };
    for (key in newDoc.record) if (!allowed[key]) deny('an answer document holds the answer and status only: ' + key);
    return;
  }
  if (fresh || newDoc.owner === me) return;
  if (kind === 'session' && secretary) return;
  deny('only the owner changes this document');
}`;

export const DESIGN_DOC_ID = '_design/council';

export function designDoc(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}

/** The database's `_security`: only council accounts (roles `member`, `secretary`) read or write. */
export function securityObject(): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: ['member', 'secretary'] } };
}
