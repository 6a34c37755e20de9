/**
 * The follow-up register (GUIDE, complaint 7): 시정요구, 처리요구, 건의, 자료요구 are items with a
 * status (answer.actionStatus), a due date and a 처리결과 (answer.result), open until 완료, carried
 * from session to session; and the import of the executive's 처리결과 spreadsheet onto them.
 */
import type { ApiArgs } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import type { FollowUpCarryover, FollowUpColumnMapping, FollowUpImportPreview, FollowUpImportResult, FollowUpItem } from '@shared/model/followup';
import { FOLLOW_UP_ANNOTATION_TYPES, FOLLOW_UP_FIELDS } from '@shared/model/followup';
import type { MinutesRow } from '@shared/model/minutes';
import type { Session } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { MATCH_THRESHOLD, findHeaderRow, headerSignature, matchRows, readRows, suggestMapping } from '@shared/followup/sheet';
import { followUpText } from '@shared/text/followups';
import { apiText } from '@shared/text/api';
import { isVisibleTo, visibleAnnotations } from './annotations';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { readSpreadsheet } from './importers/index';
import { catalogOf } from './library';
import { requireCurrentMember } from './members';
import { gatherMinutes, minutesRowFor } from './minutesExport';
import { compareMinutesRows, compareNatural } from './minutes/select';
import { isOpenFollowUp } from './minutes/sheets/counts';
import { isStaff } from '@shared/model/member';

const FOLLOW_UP = new Set<string>(FOLLOW_UP_ANNOTATION_TYPES);

// ───────────────────────────── register ─────────────────────────────

/** Every follow-up item the current member may see, oldest session first, in minutes order within one. */
export async function followUpItems(ctx: ServiceContext): Promise<FollowUpItem[]> {
  const data = ctx.store.read();
  const notes = visibleAnnotations(data).filter((a) => FOLLOW_UP.has(a.type));
  const sessions = new Map(data.sessions.map((s) => [s.id, s]));
  const records = new Map(data.documents.map((d) => [d.id, d]));
  const byId = new Map(notes.map((a) => [a.id, a]));
  // Every visible note by session, in one pass: the minutes rows below are per session.
  const visibleBySession = new Map<string, Annotation[]>();
  for (const a of data.annotations) {
    if (!a.sessionId || !isVisibleTo(a, data.currentMemberId)) continue;
    const list = visibleBySession.get(a.sessionId);
    if (list) list.push(a);
    else visibleBySession.set(a.sessionId, [a]);
  }
  const groups = new Map<string, Annotation[]>();
  for (const a of notes) {
    const key = a.sessionId && sessions.has(a.sessionId) ? a.sessionId : '';
    const group = groups.get(key);
    if (group) group.push(a);
    else groups.set(key, [a]);
  }
  const today = localDate();
  const items: FollowUpItem[] = [];
  const ordered = [...groups.keys()].sort((a, b) => compareSessions(sessions.get(a), sessions.get(b)));
  for (const key of ordered) {
    const session = sessions.get(key);
    // Within a session: the order and numbering of its 후속조치 sheet (shared notes only get a 연번).
    const rows = session ? (await gatherMinutes(ctx, session.id, visibleBySession.get(session.id) ?? [])).rows : await rowsWithoutSession(ctx, groups.get(key)!);
    const wanted = new Set(groups.get(key)!.map((a) => a.id));
    const sorted = rows.filter((r) => wanted.has(r.annotationId)).sort(session ? compareMinutesRows : compareLoose);
    let seq = 0;
    for (const row of sorted) {
      const a = byId.get(row.annotationId)!;
      if (!row.private) seq++;
      const record = records.get(a.documentId);
      const open = isOpenFollowUp(row);
      items.push({
        annotationId: a.id,
        seq: row.private ? 0 : seq,
        type: a.type,
        body: a.body,
        ...(a.quote ? { quote: a.quote } : {}),
        authorName: a.authorName,
        ...(session ? { sessionId: session.id } : {}),
        sessionLabel: session ? sessionLabel(session) : '',
        committee: session?.committee ?? record?.committee ?? '',
        sessionStartDate: session?.startDate ?? '',
        documentId: a.documentId,
        documentTitle: record?.title ?? data.documentRefs?.[a.documentId]?.title ?? '',
        projectId: a.projectId,
        unit: row.unit,
        projectNumber: row.projectNumber,
        projectTitle: row.projectTitle,
        ...(a.answer?.actionStatus ? { actionStatus: a.answer.actionStatus } : {}),
        open,
        ...(a.answer?.dueDate ? { dueDate: a.answer.dueDate } : {}),
        overdue: open && Boolean(a.answer?.dueDate) && a.answer!.dueDate! < today,
        ...(a.answer?.action ? { action: a.answer.action } : {}),
        ...(a.answer?.result ? { result: a.answer.result } : {}),
        ...(a.answer?.received !== undefined ? { received: a.answer.received } : {}),
      });
    }
  }
  return items;
}

/** Sessions by start date (then number); notes without a session last. */
function compareSessions(a: Session | undefined, b: Session | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return (a.startDate || '9999') < (b.startDate || '9999') ? -1 : (a.startDate || '9999') > (b.startDate || '9999') ? 1 : a.number - b.number;
}

function compareLoose(a: MinutesRow, b: MinutesRow): number {
  return compareNatural(a.documentTitle, b.documentTitle) || compareMinutesRows(a, b);
}

/** Minutes rows for notes that belong to no session here (the same rows the workbook would hold). */
async function rowsWithoutSession(ctx: ServiceContext, notes: Annotation[]): Promise<MinutesRow[]> {
  const titles = new Map(ctx.store.read().documents.map((d) => [d.id, d.title]));
  const rows: MinutesRow[] = [];
  for (const a of notes) rows.push(await minutesRowFor(ctx, a, undefined, titles.get(a.documentId) ?? ''));
  return rows;
}

function localDate(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const sameText = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** `followup:list`. */
export async function listFollowUps(ctx: ServiceContext, args: ApiArgs<'followup:list'>): Promise<FollowUpItem[]> {
  if (args.sessionId && !ctx.store.read().sessions.some((s) => s.id === args.sessionId)) {
    throw new ServiceError('not-found', followUpText.sessionNotFound, 'sessionId');
  }
  return (await followUpItems(ctx)).filter(
    (item) =>
      (!args.committee || sameText(item.committee, args.committee)) &&
      (!args.openOnly || item.open) &&
      (!args.unit || sameText(item.unit, args.unit)) &&
      (!args.sessionId || item.sessionId === args.sessionId),
  );
}

/** `followup:carryover`: what is still open, from earlier sessions of the same committee, for this session's units. */
export async function carryOver(ctx: ServiceContext, args: ApiArgs<'followup:carryover'>): Promise<FollowUpCarryover> {
  const data = ctx.store.read();
  const session = data.sessions.find((s) => s.id === args.sessionId);
  if (!session) throw new ServiceError('not-found', followUpText.sessionNotFound, 'sessionId');
  const units = new Set<string>();
  for (const item of session.agenda) {
    if (item.units.length > 0) item.units.forEach((u) => units.add(u));
    else for (const p of (await catalogOf(ctx, item.documentId)).values()) if (p.unit) units.add(p.unit);
  }
  const earlier = data.sessions.filter((s) => s.id !== session.id && sameText(s.committee, session.committee) && isEarlier(s, session));
  const earlierIds = new Set(earlier.map((s) => s.id));
  const unitKeys = new Set([...units].map((u) => u.replace(/\s+/g, '')));
  const items = (await followUpItems(ctx)).filter(
    (item) => item.open && item.sessionId !== undefined && earlierIds.has(item.sessionId) && (unitKeys.size === 0 || unitKeys.has(item.unit.replace(/\s+/g, ''))),
  );
  const from = new Set(items.map((i) => i.sessionId));
  return {
    sessionId: session.id,
    committee: session.committee,
    units: [...units],
    fromSessions: earlier
      .filter((s) => from.has(s.id))
      .sort(compareSessions)
      .map((s) => ({ id: s.id, label: sessionLabel(s), startDate: s.startDate })),
    items,
  };
}

/** By start date where both have one, else by 회기 number. */
function isEarlier(a: Session, b: Session): boolean {
  if (a.startDate && b.startDate && a.startDate !== b.startDate) return a.startDate < b.startDate;
  return a.number < b.number;
}

// ───────────────────────────── 처리결과 spreadsheet ─────────────────────────────

interface ReadSheet {
  sheetName: string;
  rows: string[][];
  headerIndex: number;
  header: string[];
}

async function readResultSheet(fileName: string, dataBase64: string): Promise<ReadSheet> {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(dataBase64)) throw new ServiceError('bad-input', apiText.badBase64, 'dataBase64');
  const result = await readSpreadsheet(fileName, new Uint8Array(Buffer.from(dataBase64, 'base64')));
  if (!result.ok) throw new ServiceError('bad-input', result.message, 'dataBase64');
  // The sheet whose header names the most fields (the first sheet on ties).
  let best: ReadSheet | null = null;
  let bestScore = -1;
  for (const sheet of result.sheets) {
    if (sheet.rows.length === 0) continue;
    const { index, score } = findHeaderRow(sheet.rows);
    if (score > bestScore) {
      best = { sheetName: sheet.name, rows: sheet.rows, headerIndex: index, header: sheet.rows[index] ?? [] };
      bestScore = score;
    }
  }
  if (!best) throw new ServiceError('bad-input', followUpText.noRows, 'dataBase64');
  return best;
}

function checkMapping(mapping: FollowUpColumnMapping, width: number): void {
  for (const field of FOLLOW_UP_FIELDS) {
    const column = mapping[field];
    if (column !== undefined && column >= width) throw new ServiceError('invalid-args', followUpText.badColumn(field), `mapping.${field}`);
  }
}

/** `followup:import-preview`: columns, a mapping (given, remembered or suggested) and a proposed item per row. */
export async function previewFollowUpImport(ctx: ServiceContext, args: ApiArgs<'followup:import-preview'>): Promise<FollowUpImportPreview> {
  const sheet = await readResultSheet(args.fileName, args.dataBase64);
  const signature = headerSignature(sheet.header);
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length));
  const remembered = ctx.store.read().importMappings?.[signature]?.mapping;
  const mapping = args.mapping ?? remembered ?? suggestMapping(sheet.header);
  checkMapping(mapping, width);
  const rows = readRows(sheet.rows, sheet.headerIndex, mapping);
  if (args.sessionId && !ctx.store.read().sessions.some((s) => s.id === args.sessionId)) {
    throw new ServiceError('not-found', followUpText.sessionNotFound, 'sessionId');
  }
  const items = (await followUpItems(ctx)).filter((i) => !args.sessionId || i.sessionId === args.sessionId);
  // 연번 identifies an item only within one session's sheet.
  const byNumber = new Set(items.map((i) => i.sessionId ?? '')).size <= 1;
  const matches = matchRows(
    rows,
    items.map((i) => ({ annotationId: i.annotationId, seq: i.seq, body: i.body, unit: i.unit, projectTitle: i.projectTitle })),
    byNumber,
  );
  return {
    sheetName: sheet.sheetName,
    headerRow: sheet.headerIndex + 1,
    columns: sheet.header,
    signature,
    mapping,
    mappingSource: args.mapping ? 'given' : remembered ? 'remembered' : 'suggested',
    rows,
    matches,
    candidates: items.length,
    threshold: MATCH_THRESHOLD,
  };
}

/** `followup:import-apply`: writes 처리결과 and 조치상태 onto the chosen items, and remembers the mapping. */
export async function applyFollowUpImport(ctx: ServiceContext, args: ApiArgs<'followup:import-apply'>): Promise<FollowUpImportResult> {
  const member = requireCurrentMember(ctx);
  const sheet = await readResultSheet(args.fileName, args.dataBase64);
  const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length));
  checkMapping(args.mapping, width);
  if (args.mapping.result === undefined && args.mapping.status === undefined) {
    throw new ServiceError('invalid-args', followUpText.needResultOrStatus, 'mapping');
  }
  const rows = new Map(readRows(sheet.rows, sheet.headerIndex, args.mapping).map((r) => [r.row, r]));
  const signature = headerSignature(sheet.header);
  return ctx.store.write((data) => {
    const index = new Map(data.annotations.map((a, i) => [a.id, i]));
    const skipped: FollowUpImportResult['skipped'] = [];
    let updated = 0;
    const now = new Date().toISOString();
    for (const { row, annotationId } of args.matches) {
      const values = rows.get(row);
      const at = index.get(annotationId);
      const current = at === undefined ? undefined : data.annotations[at];
      if (!values) skipped.push({ row, reason: followUpText.rowNotFound });
      else if (!current || current.deleted || (current.visibility === 'private' && current.authorId !== member.id)) {
        skipped.push({ row, reason: followUpText.itemNotFound });
      } else if (!FOLLOW_UP.has(current.type)) skipped.push({ row, reason: followUpText.notFollowUp });
      else if (current.authorId !== member.id && !isStaff(member)) skipped.push({ row, reason: followUpText.notAllowed });
      else {
        const result = args.mapping.result !== undefined && values.result ? values.result : undefined;
        const status = args.mapping.status !== undefined ? values.status : undefined;
        if (!result && !status) {
          skipped.push({ row, reason: followUpText.nothingToApply });
          continue;
        }
        const answer = { ...current.answer, ...(result ? { result } : {}), ...(status ? { actionStatus: status } : {}) };
        // Applying the same sheet twice changes nothing the second time.
        if (answer.result === current.answer?.result && answer.actionStatus === current.answer?.actionStatus) continue;
        data.annotations[at!] = { ...current, answer, updatedAt: now > current.updatedAt ? now : current.updatedAt, version: current.version + 1 };
        updated++;
      }
    }
    data.importMappings = { ...data.importMappings, [signature]: { mapping: args.mapping, savedAt: now } };
    return { updated, skipped, signature };
  });
}
