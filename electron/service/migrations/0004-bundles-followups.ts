import type { Migration } from './index';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version 4: review bundles and the follow-up register. `documentRefs` remembers documents that
 * imported notes point at but this laptop lacks; `importMappings` remembers 처리결과 column mappings.
 */
export const bundlesAndFollowUps: Migration = {
  version: 4,
  name: 'bundles-followups',
  up: (data) => ({
    ...data,
    documentRefs: isRecord(data.documentRefs) ? data.documentRefs : {},
    importMappings: isRecord(data.importMappings) ? data.importMappings : {},
  }),
};
