/**
 * `minutes:export`: gathers a session's annotations into the minutes model and writes the
 * workbook (or the 질의답변 CSV). The writers in ./minutes/ never touch the store.
 */
import type { ApiArgs, ApiValue } from '@shared/api';
import type { Annotation } from '@shared/model/annotation';
import type { MinutesInput, MinutesRow } from '@shared/model/minutes';
import type { Session } from '@shared/model/session';
import { sessionText } from '@shared/text/sessions';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { findCatalogProject } from './library';
import { isVisibleTo } from './annotations';
import { buildMinutesCsv } from './minutes/csv';
import { minutesFileName } from './minutes/fileName';
import { buildMinutesWorkbook } from './minutes/workbook';

export async function exportMinutes(ctx: ServiceContext, args: ApiArgs<'minutes:export'>): Promise<ApiValue<'minutes:export'>> {
  const { sessionId, options = {} } = args;
  const input = await gatherMinutes(ctx, sessionId);
  const task = `minutes:${sessionId}`;
  const label = sessionText.exporting(input.session.number, input.session.committee);
  if (options.format === 'csv') {
    const csv = buildMinutesCsv(input, options);
    return { fileName: minutesFileName(input.session, 'csv'), dataBase64: Buffer.from(csv, 'utf8').toString('base64') };
  }
  const bytes = await buildMinutesWorkbook(input, options, (fraction) => ctx.emit('progress', { task, fraction, label }));
  return { fileName: minutesFileName(input.session), dataBase64: Buffer.from(bytes).toString('base64') };
}

/**
 * The session header and one row per live annotation of the session, in agenda order. `given`:
 * the session's visible notes when the caller has them (the follow-up list, which walks every
 * session, groups 100,000 notes once instead of filtering them once per session).
 */
export async function gatherMinutes(ctx: ServiceContext, sessionId: string, given?: readonly Annotation[]): Promise<MinutesInput> {
  const data = ctx.store.read();
  const session = data.sessions.find((s) => s.id === sessionId);
  if (!session) throw new ServiceError('not-found', sessionText.notFound, 'sessionId');
  const names = new Map(data.members.map((m) => [m.id, m.name]));
  const titles = new Map(data.documents.map((d) => [d.id, d.title]));
  // Someone else's private note never leaves this laptop; the member's own may, if they ask.
  const notes = given ?? data.annotations.filter((a) => a.sessionId === sessionId && isVisibleTo(a, data.currentMemberId));
  const rows: MinutesRow[] = [];
  for (const a of notes) rows.push(await minutesRowFor(ctx, a, session, titles.get(a.documentId) ?? ''));
  return {
    session: {
      number: session.number,
      kind: session.kind,
      committee: session.committee,
      title: session.title,
      startDate: session.startDate,
      endDate: session.endDate,
      membersPresent: session.memberIds.map((id) => names.get(id) ?? '').filter(Boolean),
    },
    rows,
    generatedAt: new Date().toISOString(),
  };
}

/** One note as a minutes row, with its project as parsed now (or its anchor, if the project is gone). */
export async function minutesRowFor(ctx: ServiceContext, a: Annotation, session: Session | undefined, documentTitle: string): Promise<MinutesRow> {
  const project = await findCatalogProject(ctx, a.projectId);
  const group = project?.group ?? [];
  return {
    annotationId: a.id,
    date: session ? meetingDate(a.createdAt.slice(0, 10), session) : a.createdAt.slice(0, 10),
    // 실·국 is the outer group when the unit sits inside one (문화행정국 › 행정지원과).
    division: group.length > 1 && group[0] !== a.anchor.unit ? group[0]! : '',
    unit: project?.unit ?? a.anchor.unit,
    projectNumber: project?.number ?? a.anchor.number,
    projectTitle: project?.title ?? a.anchor.title,
    budgetThousandWon: project?.budgetThousandWon ?? null,
    memberName: a.authorName,
    type: a.type,
    body: a.body,
    quote: a.quote,
    private: a.visibility === 'private',
    tags: a.tags,
    responder: a.answer?.responder,
    answerSummary: a.answer?.summary,
    action: a.answer?.action,
    dueDate: a.answer?.dueDate,
    actionStatus: a.answer?.actionStatus,
    received: a.answer?.received,
    note: a.answer?.note,
    agendaOrder: session ? agendaOrder(session, a.documentId, project?.unit ?? a.anchor.unit) : 0,
    documentTitle,
  };
}

/** 일자 is a meeting day: the day the note was written if the session sat then, else its first day. */
function meetingDate(written: string, session: Session): string {
  if (!session.startDate) return written;
  return written >= session.startDate && written <= (session.endDate || session.startDate) ? written : session.startDate;
}

function agendaOrder(session: Session, documentId: string, unit: string): number {
  const index = session.agenda.findIndex((item) => item.documentId === documentId && (item.units.length === 0 || item.units.includes(unit)));
  return index < 0 ? session.agenda.length : index;
}
