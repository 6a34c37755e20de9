import type { Migration } from './index';

/** Version 3: committee sessions. */
export const sessions: Migration = {
  version: 3,
  name: 'sessions',
  up: (data) => ({ ...data, sessions: Array.isArray(data.sessions) ? data.sessions : [] }),
};
