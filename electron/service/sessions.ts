/** Committee sessions (회기): their agenda and which one is current. */
import type { ApiArgs } from '@shared/api';
import type { Session, SessionEntry } from '@shared/model/session';
import type { StoreData } from '@shared/model/store';
import { sessionText } from '@shared/text/sessions';
import type { ServiceContext } from './context';
import { ServiceError } from './errors';
import { sessionIdFor } from './stableIds';

export async function listSessions(ctx: ServiceContext): Promise<SessionEntry[]> {
  const data = ctx.store.read();
  const counts = new Map<string, number>();
  for (const a of data.annotations) if (a.sessionId && !a.deleted) counts.set(a.sessionId, (counts.get(a.sessionId) ?? 0) + 1);
  return data.sessions.map((s) => ({ ...s, current: s.id === data.currentSessionId, annotationCount: counts.get(s.id) ?? 0 }));
}

export async function createSession(ctx: ServiceContext, args: ApiArgs<'session:create'>): Promise<SessionEntry> {
  return ctx.store.write((data) => {
    const now = new Date().toISOString();
    const session: Session = { id: sessionIdFor(data, args), ...args, memberIds: args.memberIds ?? [], agenda: args.agenda?.map((a) => ({ documentId: a.documentId, units: a.units ?? [] })) ?? [], createdAt: now, updatedAt: now };
    check(data, session);
    data.sessions.push(session);
    // A new session is the one being worked on.
    data.currentSessionId = session.id;
    return { ...session, current: true, annotationCount: 0 };
  });
}

export async function updateSession(ctx: ServiceContext, args: ApiArgs<'session:update'>): Promise<SessionEntry> {
  const { id, ...changes } = args;
  return ctx.store.write((data) => {
    const index = data.sessions.findIndex((s) => s.id === id);
    if (index < 0) throw new ServiceError('not-found', sessionText.notFound, 'id');
    const current = data.sessions[index]!;
    const next: Session = {
      ...current,
      ...changes,
      agenda: changes.agenda ? changes.agenda.map((a) => ({ documentId: a.documentId, units: a.units ?? [] })) : current.agenda,
      updatedAt: new Date().toISOString(),
    };
    check(data, next);
    data.sessions[index] = next;
    return { ...next, current: data.currentSessionId === id, annotationCount: data.annotations.filter((a) => a.sessionId === id && !a.deleted).length };
  });
}

export async function setCurrentSession(ctx: ServiceContext, args: ApiArgs<'session:set-current'>): Promise<{ id: string }> {
  await ctx.store.write((data) => {
    if (!data.sessions.some((s) => s.id === args.id)) throw new ServiceError('not-found', sessionText.notFound, 'id');
    data.currentSessionId = args.id;
  });
  return { id: args.id };
}

function check(data: StoreData, s: Session): void {
  if (s.startDate && s.endDate && s.endDate < s.startDate) throw new ServiceError('invalid-args', sessionText.badDates, 'endDate');
  const docs = new Set(data.documents.map((d) => d.id));
  if (s.agenda.some((a) => !docs.has(a.documentId))) throw new ServiceError('invalid-args', sessionText.unknownDocument, 'agenda');
  const members = new Set(data.members.map((m) => m.id));
  if (s.memberIds.some((m) => !members.has(m))) throw new ServiceError('invalid-args', sessionText.unknownMember, 'memberIds');
}
