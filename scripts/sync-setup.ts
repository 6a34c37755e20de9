/**
 * Sets up a council's CouchDB for live sync (docs/SYNC.md), as the server's administrator:
 *
 *   npx tsx scripts/sync-setup.ts --server http://10.0.0.5:5984 --db council --admin admin:PASSWORD \
 *     [--user kim:PASSWORD:member] [--user sec:PASSWORD:secretary] …
 *
 * Creates the database (if missing), its `_security` (only accounts with the role member or
 * secretary read and write), the `_design/council` rules, and the given accounts. Safe to run again:
 * the rules are replaced by this version's, existing accounts get the given password and roles.
 */
import { designDoc, securityObject } from '../electron/service/sync/designDoc';

function args(argv: string[]) {
  const out: { server?: string; db?: string; admin?: string; users: string[] } = { users: [] };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1] ?? ''];
    if (flag === '--server') out.server = value.replace(/\/+$/, '');
    else if (flag === '--db') out.db = value;
    else if (flag === '--admin') out.admin = value;
    else if (flag === '--user') out.users.push(value);
    else throw new Error(`unknown option ${flag}`);
  }
  if (!out.server || !out.db || !out.admin) throw new Error('usage: --server URL --db NAME --admin NAME:PASSWORD [--user NAME:PASSWORD:ROLE]…');
  return out as Required<typeof out>;
}

export async function setupCouncilDatabase(server: string, db: string, admin: string, users: string[]): Promise<void> {
  const auth = 'Basic ' + Buffer.from(admin).toString('base64');
  const call = async (method: string, path: string, body?: unknown, ok: number[] = []) => {
    const res = await fetch(server + path, { method, headers: { authorization: auth, 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    const json = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (!res.ok && !ok.includes(res.status)) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
    return json;
  };
  await call('PUT', `/${db}`, undefined, [412]);
  await call('PUT', `/${db}/_security`, securityObject());
  const held = await call('GET', `/${db}/_design/council`, undefined, [404]);
  await call('PUT', `/${db}/_design/council`, { ...designDoc(), ...(held?._rev ? { _rev: held._rev } : {}) });
  for (const spec of users) {
    const [name, password, role] = spec.split(':');
    if (!name || !password || (role !== 'member' && role !== 'secretary')) throw new Error(`--user ${spec}: NAME:PASSWORD:member|secretary`);
    const id = `org.couchdb.user:${name}`;
    const old = await call('GET', `/_users/${encodeURIComponent(id)}`, undefined, [404]);
    await call('PUT', `/_users/${encodeURIComponent(id)}`, { _id: id, name, password, roles: [role], type: 'user', ...(old?._rev ? { _rev: old._rev } : {}) });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const a = args(process.argv.slice(2));
  await setupCouncilDatabase(a.server, a.db, a.admin, a.users);
  console.log(`${a.server}/${a.db}: ready (${a.users.length} account(s))`);
}
