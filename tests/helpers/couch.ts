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
import { Pouch } from '../../electron/service/sync/pouch';
import { designDoc, securityObject } from '../../electron/service/sync/designDoc';
import { tempDir } from './service';

export const ADMIN = { name: 'admin', password: 'admin-secret' };

export interface CouchAccount {
  name: string;
  password: string;
  roles: string[];
}

export interface TestCouch {
  baseUrl: string;
  /**
   * A new council database with the app's `_security` and, with `rules`, its design document;
   * answers its name. Replication tests go without the rules: express-pouchdb's validation
   * (pouchdb-validation 4.2) overwrites a replicated document's `_revisions` with the stored one's,
   * so a replicated update is acknowledged and silently dropped — a bug of the test server, not of
   * CouchDB. The rules are tested on direct writes and as a function (validate.test.ts).
   */
  createDb(options?: { rules?: boolean }): Promise<string>;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** An admin request, JSON in and out. */
  admin(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }>;
  addUser(account: CouchAccount): Promise<void>;
  /** Every document of a database but the design documents, read as the admin (straight from the server). */
  allDocs(db: string): Promise<any[]>;
}

export async function startCouch(): Promise<TestCouch> {
  const dir = tempDir('couch');
  const ServerPouch = Pouch.defaults({ adapter: 'memory', prefix: `couch-${Date.now()}-${Math.random().toString(36).slice(2)}-` });
  const app = express();
  app.use(
    '/',
    expressPouchDB(ServerPouch, {
      inMemoryConfig: true,
      logPath: join(dir, 'log.txt'),
      mode: 'fullCouchDB',
      overrideMode: { exclude: ['routes/fauxton', 'routes/replicate', 'routes/active-tasks', 'routes/db-updates'] },
    }),
  );
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
  let count = 0;
  return {
    baseUrl,
    async createDb(options = {}) {
      const name = `council${++count}`;
      // Who may read it, and the rules for who writes what (as scripts/sync-setup.ts installs them).
      await admin('PUT', `/${name}`);
      await admin('PUT', `/${name}/_security`, securityObject());
      if (options.rules) await admin('PUT', `/${name}/${designDoc()._id}`, designDoc());
      return name;
    },
    start,
    stop,
    admin,
    async addUser(a) {
      const r = await admin('PUT', `/_users/org.couchdb.user:${a.name}`, { _id: `org.couchdb.user:${a.name}`, name: a.name, password: a.password, roles: a.roles, type: 'user' });
      if (r.status >= 300) throw new Error(`user ${a.name}: ${JSON.stringify(r.body)}`);
    },
    async allDocs(db) {
      const r = await admin('GET', `/${db}/_all_docs?include_docs=true`);
      return (r.body.rows as { doc: any }[]).map((row) => row.doc).filter((d) => !String(d._id).startsWith('_design/'));
    },
  };
}
