/**
 * The sync service: settings (`sync:settings`, `sync:configure`), status (`sync:status`, the `sync`
 * event) and the one engine per open store. context.ts starts it when the store opens, tells it
 * about every store write, and stops it when the store closes (PIN lock, quit).
 */
import type { ApiArgs } from '@shared/api';
import { isStaff } from '@shared/model/member';
import type { SyncSettingsRecord, SyncSettingsView, SyncStatus } from '@shared/model/sync';
import { syncText } from '@shared/text/sync';
import type { ServiceContext } from '../context';
import { ServiceError } from '../errors';
import { SyncEngine } from './engine';
import { loadPouch } from './pouch';

/** Where the password is sealed: Electron's safeStorage (OS keychain), injected by electron/main.ts. */
export interface SecretBox {
  seal(plain: string): string;
  open(sealed: string): string;
}

const engines = new WeakMap<ServiceContext, SyncEngine>();

export async function syncSettings(ctx: ServiceContext): Promise<SyncSettingsView> {
  return viewOf(ctx.store.read().sync);
}

export async function configureSync(ctx: ServiceContext, args: ApiArgs<'sync:configure'>): Promise<SyncSettingsView> {
  const data = ctx.store.read();
  const held = data.sync;
  const url = args.url.trim();
  if (url && !/^https?:\/\/[^\s/]+/i.test(url)) throw new ServiceError('invalid-args', syncText.badUrl, 'url');
  const password = args.password ?? passwordOf(ctx, held);
  if (args.enabled && (!url || !args.account.trim() || !password)) throw new ServiceError('invalid-args', syncText.needAccount, args.password ? 'account' : 'password');
  if (args.enabled && !data.members.some((m) => m.id === data.currentMemberId)) throw new ServiceError('forbidden', syncText.needMember);
  const record: SyncSettingsRecord = {
    url: url.replace(/\/+$/, ''),
    account: args.account.trim(),
    ...(data.currentMemberId ? { memberId: data.currentMemberId } : {}),
    enabled: args.enabled,
    ...sealed(ctx, password),
  };
  await stopSync(ctx);
  await ctx.store.write((draft) => {
    draft.sync = record;
  });
  await startSync(ctx);
  return viewOf(record);
}

export async function syncStatus(ctx: ServiceContext): Promise<SyncStatus> {
  return engines.get(ctx)?.status() ?? { state: 'off', pending: 0, message: syncText.stateLabel.off };
}

/** Starts the engine when sync is on; never waits for the server (it may be out of reach). */
export async function startSync(ctx: ServiceContext): Promise<void> {
  const settings = ctx.store.read().sync;
  const password = passwordOf(ctx, settings);
  if (!settings?.enabled || !settings.url || !settings.account || !password || engines.has(ctx)) return;
  const pouch = await loadPouch();
  // Checked again: a start or a stop may have run while PouchDB loaded.
  if (engines.has(ctx) || ctx.store.read().sync !== settings) return;
  const member = ctx.store.read().members.find((m) => m.id === settings.memberId);
  const engine = new SyncEngine({
    pouch,
    url: settings.url,
    account: settings.account,
    password,
    identity: { account: settings.account, memberId: settings.memberId ?? '', staff: member ? isStaff(member) : false },
    read: () => ctx.store.read(),
    loaded: () => ctx.store.whenLoaded(),
    write: (mutator) => ctx.store.write(mutator),
    onStatus: (status) => ctx.emit('sync', status),
    ...(ctx.syncRetry ? { retry: ctx.syncRetry } : {}),
  });
  engines.set(ctx, engine);
  engine.start();
  ctx.emit('sync', engine.status());
}

export async function stopSync(ctx: ServiceContext): Promise<void> {
  const engine = engines.get(ctx);
  if (!engine) return;
  engines.delete(ctx);
  await engine.stop();
  ctx.emit('sync', { state: 'off', pending: 0, message: syncText.stateLabel.off });
}

/** Called after every store write. */
export function syncAfterWrite(ctx: ServiceContext): void {
  engines.get(ctx)?.localChanged();
}

/** The running engine (tests and the bench wait on it). */
export function syncEngineOf(ctx: ServiceContext): SyncEngine | undefined {
  return engines.get(ctx);
}

function viewOf(s: SyncSettingsRecord | undefined): SyncSettingsView {
  const passwordStorage = s?.passwordSealed ? 'keychain' : s?.password ? 'store' : 'none';
  return { url: s?.url ?? '', account: s?.account ?? '', ...(s?.memberId ? { memberId: s.memberId } : {}), enabled: s?.enabled ?? false, hasPassword: passwordStorage !== 'none', passwordStorage };
}

function passwordOf(ctx: ServiceContext, s: SyncSettingsRecord | undefined): string | undefined {
  if (s?.passwordSealed && ctx.secrets) {
    try {
      return ctx.secrets.open(s.passwordSealed);
    } catch {
      return undefined; // sealed on another computer or by another OS user: ask again
    }
  }
  return s?.password;
}

function sealed(ctx: ServiceContext, password: string | undefined): Pick<SyncSettingsRecord, 'password' | 'passwordSealed'> {
  if (!password) return {};
  return ctx.secrets ? { passwordSealed: ctx.secrets.seal(password) } : { password };
}
