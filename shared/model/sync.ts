/**
 * Live sync of shared notes through a CouchDB-compatible server (electron/service/sync/, docs/SYNC.md).
 */

export const SYNC_STATES = ['off', 'connecting', 'connected', 'paused', 'error'] as const;
export type SyncState = (typeof SYNC_STATES)[number];

/** What the store keeps (`StoreData.sync`). The password is in `passwordSealed` where the OS keychain can seal it. */
export interface SyncSettingsRecord {
  /** The council database's URL, e.g. `http://10.0.0.5:5984/council`. */
  url: string;
  /** The CouchDB user name of this laptop's member. */
  account: string;
  /** The member profile whose notes this account writes (the current member when configured). */
  memberId?: string;
  enabled: boolean;
  /** Sealed by Electron safeStorage (base64), when it is available. */
  passwordSealed?: string;
  /** Otherwise kept as is: the store is encrypted when the PIN lock is on. */
  password?: string;
}

/** `sync:settings`: never the password itself. */
export interface SyncSettingsView {
  url: string;
  account: string;
  memberId?: string;
  enabled: boolean;
  hasPassword: boolean;
  /** Where the password is kept: the OS keychain (Electron safeStorage) or the data file. */
  passwordStorage: 'keychain' | 'store' | 'none';
}

export interface SyncStatus {
  state: SyncState;
  /** Local changes not yet on the server. */
  pending: number;
  /** ISO time of the last exchange with the server that ended up to date. */
  lastSyncAt?: string;
  /** One Korean sentence for the status line. */
  message: string;
}
