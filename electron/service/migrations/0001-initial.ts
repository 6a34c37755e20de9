import type { Migration } from './index';

/** Version 1: the library of documents. Fills what a hand-made or empty file lacks. */
export const initial: Migration = {
  version: 1,
  name: 'initial',
  up: (data) => ({ ...data, documents: Array.isArray(data.documents) ? data.documents : [] }),
};
