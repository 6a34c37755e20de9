import type { Migration } from './index';

/** Version 2: annotations and member profiles. */
export const annotationsAndMembers: Migration = {
  version: 2,
  name: 'annotations-members',
  up: (data) => ({
    ...data,
    annotations: Array.isArray(data.annotations) ? data.annotations : [],
    members: Array.isArray(data.members) ? data.members : [],
  }),
};
