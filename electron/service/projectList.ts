/**
 * Spreadsheets (.xlsx, .xls, .csv) imported as project or budget lists: `library:sheet-preview`
 * shows the columns and a suggested mapping; `library:import` stores the list once it knows which
 * column holds 사업명 (given, or remembered for a sheet with the same header). Without either it
 * answers `{ ok: false, code: 'bad-input', field: 'mapping' }` and stores nothing, so the UI asks.
 * The header detection and keyword mapping are the ones the 처리결과 import uses (shared/sheet/columns.ts).
 */
import { createHash } from 'node:crypto';
import type { ApiArgs } from '@shared/api';
import type { ImportSummary } from '@shared/model/library';
import type { ProjectListMapping, ProjectListPreview } from '@shared/model/projectList';
import { PROJECT_LIST_FIELDS } from '@shared/model/projectList';
import { columnOutOfRange, headerSignature } from '@shared/sheet/columns';
import {
  MAX_PROJECT_LIST_ROWS,
  buildProjectList,
  cleanRows,
  findProjectListHeader,
  moneyUnitFor,
  sheetText,
  suggestProjectListMapping,
} from '@shared/sheet/projectList';
import { apiText } from '@shared/text/api';
import { projectListText } from '@shared/text/projectList';
import type { ServiceContext } from './context';
import { writeDocumentText } from './documentFiles';
import { ServiceError } from './errors';
import { MAX_IMPORT_BYTES, detectFormat, readSpreadsheet } from './importers/index';
import { recordFor, rememberTree, summarise } from './library';
import { documentIdFor } from './stableIds';

const SAMPLE_ROWS = 5;

/** True when the file is one of the spreadsheet formats (by its bytes first, then its name). */
export function isSpreadsheet(fileName: string, bytes: Uint8Array): boolean {
  try {
    const format = detectFormat(fileName, bytes);
    return format === 'xlsx' || format === 'xls' || format === 'csv';
  } catch {
    return false;
  }
}

interface ProjectSheet {
  format: string;
  sheetName: string;
  /** Cleaned rows of the chosen sheet: line i + 1 of the document text is rows[i]. */
  rows: string[][];
  headerIndex: number;
  header: string[];
  signature: string;
  width: number;
}

/** The sheet whose header names the most project-list fields (the first on ties). */
async function readProjectSheet(fileName: string, bytes: Uint8Array): Promise<ProjectSheet> {
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ServiceError('too-large', apiText.fileTooLarge(Math.round(MAX_IMPORT_BYTES / 1024 / 1024)));
  const result = await readSpreadsheet(fileName, bytes);
  if (!result.ok) throw new ServiceError('bad-input', result.message);
  let best: { name: string; rows: string[][]; index: number; score: number } | null = null;
  for (const sheet of result.sheets) {
    if (sheet.rows.length === 0) continue;
    const { index, score } = findProjectListHeader(sheet.rows);
    if (score > 0 && (!best || score > best.score)) best = { name: sheet.name, rows: sheet.rows, index, score };
  }
  if (!best) throw new ServiceError('bad-input', projectListText.noHeader, 'dataBase64');
  if (best.rows.length > MAX_PROJECT_LIST_ROWS) throw new ServiceError('bad-input', projectListText.tooManyRows(MAX_PROJECT_LIST_ROWS), 'dataBase64');
  const rows = cleanRows(best.rows);
  const header = rows[best.index] ?? [];
  return {
    format: result.format,
    sheetName: best.name,
    rows,
    headerIndex: best.index,
    header,
    signature: headerSignature(header),
    width: rows.reduce((w, r) => Math.max(w, r.length), 0),
  };
}

function decode(dataBase64: string): Uint8Array {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(dataBase64)) throw new ServiceError('bad-input', apiText.badBase64, 'dataBase64');
  return new Uint8Array(Buffer.from(dataBase64, 'base64'));
}

/** The mapping remembered for this header signature (own keys only: a header may be `__proto__`). */
function rememberedMapping(ctx: ServiceContext, signature: string): ProjectListMapping | undefined {
  const saved = ctx.store.read().projectListMappings;
  return saved && Object.hasOwn(saved, signature) ? saved[signature]?.mapping : undefined;
}

function checkMapping(mapping: ProjectListMapping, width: number): void {
  if (mapping.title === undefined) throw new ServiceError('bad-input', projectListText.needTitle, 'mapping.title');
  const outside = columnOutOfRange(mapping, PROJECT_LIST_FIELDS, width);
  if (outside) throw new ServiceError('bad-input', projectListText.badColumn(outside), `mapping.${outside}`);
}

/** `library:sheet-preview`: the header, the first rows, a suggested and any remembered mapping. */
export async function previewProjectList(ctx: ServiceContext, args: ApiArgs<'library:sheet-preview'>): Promise<ProjectListPreview> {
  const sheet = await readProjectSheet(args.fileName, decode(args.dataBase64));
  const suggestedMapping = suggestProjectListMapping(sheet.header);
  const remembered = rememberedMapping(ctx, sheet.signature);
  const data = sheet.rows.slice(sheet.headerIndex + 1).filter((r) => r.some((c) => c !== ''));
  return {
    sheetName: sheet.sheetName,
    headerRow: sheet.headerIndex + 1,
    columns: sheet.header,
    rows: data.slice(0, SAMPLE_ROWS),
    rowCount: data.length,
    signature: sheet.signature,
    suggestedMapping,
    ...(remembered ? { rememberedMapping: remembered } : {}),
    moneyUnit: moneyUnitFor(sheet.rows, sheet.headerIndex, remembered ?? suggestedMapping),
  };
}

/** Reads, maps and stores one project-list spreadsheet. Nothing is written unless every step succeeded. */
export async function importProjectList(
  ctx: ServiceContext,
  fileName: string,
  bytes: Uint8Array,
  given: ProjectListMapping | undefined,
): Promise<ImportSummary> {
  const task = `import:${fileName}`;
  const report = (fraction: number) => ctx.emit('progress', { task, fraction, label: fileName });
  report(0);
  const sheet = await readProjectSheet(fileName, bytes);
  report(0.5);
  const text = sheetText(sheet.rows);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const existing = ctx.store.read().documents.find((d) => d.sha256 === sha256);
  if (existing) {
    report(1);
    return summarise(existing, true, []);
  }
  const remembered = given ? undefined : rememberedMapping(ctx, sheet.signature);
  const mapping = given ?? remembered;
  if (!mapping) {
    report(1);
    throw new ServiceError('bad-input', projectListText.needMapping, 'mapping');
  }
  checkMapping(mapping, sheet.width);
  const reading = { mapping, headerLine: sheet.headerIndex + 1, moneyUnit: moneyUnitFor(sheet.rows, sheet.headerIndex, mapping) };
  const tree = buildProjectList(sheet.rows, reading);
  if (tree.projects.length === 0) {
    report(1);
    throw new ServiceError('bad-input', projectListText.noProjects, 'mapping.title');
  }
  const id = documentIdFor(ctx.store.read(), sha256);
  const record = { ...recordFor(id, fileName, sheet.format, tree, sha256, false), projectList: reading };
  await writeDocumentText(ctx.dataDir, id, text);
  const now = new Date().toISOString();
  await ctx.store.write((data) => {
    data.documents.push(record);
    if (given) data.projectListMappings = { ...data.projectListMappings, [sheet.signature]: { mapping: given, savedAt: now } };
  });
  rememberTree(ctx, id, tree);
  report(1);
  return { ...summarise(record, false, []), mappingSource: given ? 'given' : 'remembered' };
}
