/**
 * The server's authorisation rules, as the CouchDB design document `_design/council` whose
 * `validate_doc_update` runs on every write to the council database (docs/SYNC.md, docs/SECURITY.md).
 *
 *  - Only logged-in accounts write; `_admin` may do anything (the setup script, repairs).
 *  - Every document names its `owner`; a new document must be owned by the account writing it, and
 *    the owner, kind and (for notes) the author's member id never change afterwards.
 *  - A note is written by its owner; an account with the role `secretary` may change only the
 *    answer, status, version and updatedAt of someone else's note (answers and follow-up statuses).
 *  - Sessions: created by anyone, changed by their owner or the secretary. Member profiles: owner only.
 *  - A note must be shared: a private 메모 is refused even from a faulty client.
 *  - Deletions (the app removes losing conflict revisions this way) by the owner or the secretary.
 *
 * Kept as source text (ES5, CouchDB's JavaScript) so that what the tests run is byte for byte what
 * the server runs.
 */
export const VALIDATE_DOC_UPDATE = `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') !== -1) return;
  if (!userCtx.name) throw { unauthorized: 'login required' };
  var secretary = roles.indexOf('secretary') !== -1;
  function deny(why) { throw { forbidden: why }; }
  if (newDoc._id.indexOf('_design/') === 0) deny('design documents are for administrators');
  if (newDoc._deleted) {
    if (oldDoc && (oldDoc.owner === userCtx.name || secretary)) return;
    deny('only the owner or the secretary removes a document');
  }
  var kind = newDoc.kind;
  if (kind !== 'note' && kind !== 'session' && kind !== 'member') deny('unknown kind');
  if (newDoc._id !== kind + ':' + (newDoc.record && newDoc.record.id)) deny('_id must be kind:record.id');
  if (typeof newDoc.owner !== 'string' || !newDoc.owner) deny('owner required');
  if (kind === 'note' && newDoc.record.visibility !== 'shared') deny('private notes stay on the laptop');
  if (!oldDoc || oldDoc._deleted) {
    if (newDoc.owner !== userCtx.name) deny('a new document is owned by the account that writes it');
    return;
  }
  if (oldDoc.owner !== newDoc.owner || oldDoc.kind !== kind) deny('owner and kind never change');
  if (kind === 'note' && oldDoc.record.authorId !== newDoc.record.authorId) deny('the author never changes');
  if (newDoc.owner === userCtx.name) return;
  if (!secretary || kind === 'member') deny('only the owner changes this document');
  if (kind === 'session') return;
  var answerFields = { answer: 1, status: 1, version: 1, updatedAt: 1 };
  function same(a, b) {
    if (a === b) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    var k;
    for (k in a) if (a.hasOwnProperty(k) && a[k] !== undefined && !same(a[k], b[k])) return false;
    for (k in b) if (b.hasOwnProperty(k) && b[k] !== undefined && !a.hasOwnProperty(k)) return false;
    return true;
  }
  var key;
  for (key in newDoc.record) if (!answerFields[key] && !same(newDoc.record[key], oldDoc.record[key])) deny('the secretary changes answers and statuses only: ' + key);
  for (key in oldDoc.record) if (!answerFields[key] && !(key in newDoc.record)) deny('the secretary changes answers and statuses only: ' + key);
}`;

export const DESIGN_DOC_ID = '_design/council';

export function designDoc(): { _id: string; language: 'javascript'; validate_doc_update: string } {
  return { _id: DESIGN_DOC_ID, language: 'javascript', validate_doc_update: VALIDATE_DOC_UPDATE };
}

/** The database's `_security`: only council accounts (roles `member`, `secretary`) read or write. */
export function securityObject(): { admins: { names: string[]; roles: string[] }; members: { names: string[]; roles: string[] } } {
  return { admins: { names: [], roles: [] }, members: { names: [], roles: ['member', 'secretary'] } };
}
