/**
 * A real CouchDB-compatible server for sync tests and the bench: express-pouchdb (with _users,
 * authentication, _security and validate_doc_update) over in-memory PouchDB, on 127.0.0.1.
 * `stop()` drops every connection as a killed server would; `start()` again listens on the same
 * port with the same databases (they live in this process's memory, as a CouchDB's live on disk).
 */
import type { AddressInfo, Socket } from 'node:net';
import type { Server } from 'node:http';
import { createServer } from 'node:http';
import { join } from 'node:path';
import express from 'express';
import expressPouchDB from 'express-pouchdb';
import { loadPouch } from '../../electron/service/sync/pouch';
import { designDoc, securityObject } from '../../electron/service/sync/designDoc';
import { tempDir } from './service';

export const ADMIN = { name: 'admin', password: 'admin-secret' };

export interface CouchAccount {
  name: string;
  password: string;
  roles: string[];
}

/** The accounts the sync tests use: two members and a secretary, each with the password `<name>-password`. */
export const COUNCIL_ACCOUNTS: CouchAccount[] = [
  { name: 'kim', password: 'kim-password', roles: ['member'] },
  { name: 'lee', password: 'lee-password', roles: ['member'] },
  { name: 'sec', password: 'sec-password', roles: ['secretary'] },
];

export interface TestCouch {
  baseUrl: string;
  /** A new council database with the app's `_security` and, unless `rules: false`, its design document; answers its name. */
  createDb(options?: { rules?: boolean }): Promise<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** An admin request, JSON in and out. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  addUser(account: CouchAccount): Promise<void>;
  /** `addUser` for each of COUNCIL_ACCOUNTS. */
  addCouncilAccounts(): Promise<void>;
  /** Every document of a database but the design documents, read as the admin (straight from the server). */
  allDocs(db: string): Promise<any[]>;
}

/** `keepRevisions: false` runs the test server with pouchdb-validation's bug (see keepReplicatedRevisions). */
export async function startCouch(options: { keepRevisions?: boolean } = {}): Promise<TestCouch> {
  const dir = tempDir('couch');
  const ServerPouch = (await loadPouch()).defaults({ adapter: 'memory', prefix: `couch-${Date.now()}-${Math.random().toString(36).slice(2)}-` });
  const app = express();
  const pouchApp = expressPouchDB(ServerPouch, {
    inMemoryConfig: true,
    logPath: join(dir, 'log.txt'),
    mode: 'fullCouchDB',
    overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'routes/active-tasks', 'routes/db-updates'] },
  });
  if (options.keepRevisions !== false) keepReplicatedRevisions(pouchApp);
  app.use('/', pouchApp);
  let server: Server | undefined;
  let port = 0;
  const sockets = new Set<Socket>();
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(app);
      s.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
      server = undefined;
    });
  await start();
  const baseUrl = `http://127.0.0.1:${port}`;
  const auth = 'Basic ' + Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64');
  const admin = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(baseUrl + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: auth },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  await fetch(`${baseUrl}/_config/admins/${ADMIN.name}`, { method: 'PUT', body: JSON.stringify(ADMIN.password) });
  const addUser = async (a: CouchAccount) => {
    const r = await admin('PUT', `/_users/org.couchdb.user:${a.name}`, { _id: `org.couchdb.user:${a.name}`, name: a.name, password: a.password, roles: a.roles, type: 'user' });
    if (r.status >= 300) throw new Error(`user ${a.name}: ${JSON.stringify(r.body)}`);
  };
  let count = 0;
  return {
    baseUrl,
    async createDb(options = {}) {
      const name = `council${++count}`;
      // Who may read it, and the rules for who writes what (as scripts/sync-setup.ts installs them).
      await admin('PUT', `/${name}`);
      await admin('PUT', `/${name}/_security`, securityObject());
      if (options.rules !== false) await admin('PUT', `/${name}/${designDoc()._id}`, designDoc());
      return name;
    },
    start,
    stop,
    admin,
    async addCouncilAccounts() {
      for (const a of COUNCIL_ACCOUNTS) await addUser(a);
    },
    addUser,
    async allDocs(db) {
      const r = await admin('GET', `/${db}/_all_docs?include_docs=true`);
      return (r.body.rows as { doc: any }[]).map((row) => row.doc).filter((d) => !String(d._id).startsWith('_design/'));
    },
  };
}

/** Polls `check` every 50 ms until it holds; throws after `ms` saying what it waited for. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type BulkDocsHandler = (next: () => Promise<unknown>, args: { docs: Record<string, unknown>[]; options: { new_edits?: boolean } }) => Promise<unknown>;

/**
 * Works around a bug of the test server (pouchdb/pouchdb-server#419, fix #420 never merged):
 * pouchdb-validation 4.2 sets every incoming document's `_revisions` to the stored document's
 * before running validate_doc_update. A replicated update (`new_edits: false`) then names
 * revisions the database already has, and is acknowledged and silently dropped. CouchDB itself
 * has no such step. Here, outside the validation wrapper, each replicated document's `_revisions`
 * is pinned to what the client sent (writes to it are ignored), so the rules run on every
 * replicated write and the write is stored as sent.
 */
function keepReplicatedRevisions(pouchApp: unknown): void {
  const pin: BulkDocsHandler = (next, args) => {
    if (args.options.new_edits === false) {
      for (const doc of args.docs) {
        const sent = doc._revisions;
        if (sent === undefined) continue;
        Object.defineProperty(doc, '_revisions', { get: () => sent, set: () => undefined, enumerable: true, configurable: true });
      }
    }
    return next();
  };
  const { dbWrapper } = pouchApp as { dbWrapper: { registerWrapper(w: (name: string, db: { bulkDocs: { _handlers?: BulkDocsHandler[] } }, next: () => void) => void): void } };
  // Registered after validation's wrapper, so it runs later: put first among bulkDocs' handlers (the outermost).
  dbWrapper.registerWrapper((_name, db, next) => {
    const handlers = db.bulkDocs._handlers;
    if (!handlers) throw new Error('test server: bulkDocs is not wrapped as expected (express-pouchdb changed?)');
    handlers.unshift(pin);
    next();
  });
}
