/**
 * Project or budget lists kept as spreadsheets (.xlsx, .xls, .csv): the user says once which
 * column holds 사업명, 부서, 예산 …, and the mapping is remembered per header signature.
 * See shared/sheet/projectList.ts (the pure builder) and electron/service/projectList.ts.
 */
import type { MoneyUnit } from '../parser/money';

/** Columns a project list may have. Only `title` (사업명) is required. */
export const PROJECT_LIST_FIELDS = ['title', 'unit', 'division', 'section', 'number', 'budget', 'sources', 'body'] as const;
export type ProjectListField = (typeof PROJECT_LIST_FIELDS)[number];

/** Which column (0-based) holds which field; fields without a column are left out. */
export type ProjectListMapping = Partial<Record<ProjectListField, number>>;

/** How a stored project-list document was read, kept on its record so the tree can be rebuilt from its text. */
export interface ProjectListReading {
  mapping: ProjectListMapping;
  /** 1-based line of the header row in the document text. */
  headerLine: number;
  /** Unit of the 예산 column (from the header cell, a `(단위: …)` line above the table, else 천원). */
  moneyUnit: MoneyUnit;
}

/** What `library:sheet-preview` answers. */
export interface ProjectListPreview {
  sheetName: string;
  /** 1-based row of the header among the sheet's (non-blank) rows. */
  headerRow: number;
  columns: string[];
  /** The first data rows under the header, as read. */
  rows: string[][];
  /** Number of data rows under the header (before 합계/소계 rows are left out). */
  rowCount: number;
  signature: string;
  suggestedMapping: ProjectListMapping;
  /** The mapping the user confirmed for a sheet with the same header, if any. */
  rememberedMapping?: ProjectListMapping;
  moneyUnit: MoneyUnit;
}
