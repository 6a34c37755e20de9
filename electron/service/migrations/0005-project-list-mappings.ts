import type { Migration } from './index';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Version 5: spreadsheets read as project lists. `projectListMappings` remembers which column
 * holds 사업명, 부서, 예산 … per header signature; it is kept apart from `importMappings`
 * (처리결과 sheets), whose fields differ, so a sheet with the same header never gets the other kind.
 */
export const projectListMappings: Migration = {
  version: 5,
  name: 'project-list-mappings',
  up: (data) => ({
    ...data,
    projectListMappings: isRecord(data.projectListMappings) ? data.projectListMappings : {},
  }),
};
