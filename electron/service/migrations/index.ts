/**
 * Step-by-step migrations of the data file. Each step takes the data at `version - 1` and
 * returns it at `version`; steps never drop fields they do not know.
 */
import type { StoreData } from '@shared/model/store';
import { SCHEMA_VERSION } from '@shared/model/store';
import { storeText } from '@shared/text/store';
import { initial } from './0001-initial';
import { annotationsAndMembers } from './0002-annotations-members';
import { sessions } from './0003-sessions';
import { bundlesAndFollowUps } from './0004-bundles-followups';
import { projectListMappings } from './0005-project-list-mappings';

export interface Migration {
  version: number;
  name: string;
  up(data: Record<string, unknown>): Record<string, unknown>;
}

export const migrations: Migration[] = [initial, annotationsAndMembers, sessions, bundlesAndFollowUps, projectListMappings];

/** Brings any older data up to SCHEMA_VERSION. Throws only if the data is from a newer app. */
export function migrate(raw: Record<string, unknown>): StoreData {
  let data = raw;
  const from = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (from > SCHEMA_VERSION) throw new FutureSchemaError(from);
  for (const step of migrations) {
    if (step.version > from) data = { ...step.up(data), schemaVersion: step.version };
  }
  return data as StoreData;
}

export class FutureSchemaError extends Error {
  constructor(readonly version: number) {
    super(storeText.futureVersion);
  }
}
