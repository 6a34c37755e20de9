/** The session form's plain data: defaults, moves in the agenda, checks and the API input. */
import type { SessionInput } from '@shared/api';
import type { SessionEntry, SessionKind } from '@shared/model/session';
import { sessionsUiText } from '@shared/text/secretary';

export interface AgendaDraft {
  documentId: string;
  /** Units heard, in hearing order; empty = the whole document. */
  units: string[];
}

export interface SessionDraft {
  number: string;
  kind: SessionKind;
  committee: string;
  title: string;
  startDate: string;
  endDate: string;
  memberIds: string[];
  agenda: AgendaDraft[];
}

export type DraftField = 'number' | 'kind' | 'committee' | 'title' | 'startDate' | 'endDate' | 'memberIds' | 'agenda';
export type FieldErrors = Partial<Record<DraftField, string>>;

export const FIELD_LABELS: Record<DraftField, string> = {
  number: sessionsUiText.form.number,
  kind: sessionsUiText.form.kind,
  committee: sessionsUiText.form.committee,
  title: sessionsUiText.form.title,
  startDate: sessionsUiText.form.startDate,
  endDate: sessionsUiText.form.endDate,
  memberIds: sessionsUiText.form.members,
  agenda: sessionsUiText.form.agenda,
};

/** A blank form; the committee is carried over from the latest session, since it rarely changes. */
export function emptyDraft(latest?: SessionEntry | null): SessionDraft {
  return {
    number: latest ? String(latest.number + 1) : '',
    kind: '임시회',
    committee: latest?.committee ?? '',
    title: '',
    startDate: '',
    endDate: '',
    memberIds: latest ? [...latest.memberIds] : [],
    agenda: [],
  };
}

export function draftFromSession(s: SessionEntry): SessionDraft {
  return {
    number: String(s.number),
    kind: s.kind,
    committee: s.committee,
    title: s.title,
    startDate: s.startDate,
    endDate: s.endDate,
    memberIds: [...s.memberIds],
    agenda: s.agenda.map((a) => ({ documentId: a.documentId, units: [...a.units] })),
  };
}

/** Moves item `index` one place up (-1) or down (+1); returns the same array when it cannot move. */
export function move<T>(list: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** Client-side checks, in Korean, before anything is sent. */
export function validateDraft(d: SessionDraft): FieldErrors {
  const t = sessionsUiText.form;
  const errors: FieldErrors = {};
  const n = Number(d.number);
  if (!d.number.trim() || !Number.isInteger(n) || n < 1 || n > 9999) errors.number = t.badNumber;
  if (!d.committee.trim()) errors.committee = t.committeeRequired;
  if (!d.title.trim()) errors.title = t.titleRequired;
  if (d.startDate && d.endDate && d.endDate < d.startDate) errors.endDate = t.badDates;
  return errors;
}

/** What `session:create` / `session:update` take. A missing end date is the start date (a one-day meeting). */
export function toSessionInput(d: SessionDraft): SessionInput {
  return {
    number: Number(d.number),
    kind: d.kind,
    committee: d.committee.trim(),
    title: d.title.trim(),
    startDate: d.startDate,
    endDate: d.endDate || d.startDate,
    memberIds: d.memberIds,
    agenda: d.agenda.map((a) => ({ documentId: a.documentId, units: a.units })),
  };
}

/**
 * Where an API error belongs in the form. The service's own checks are already Korean; a bare
 * schema error names the field in English, so it is re-worded with the field's Korean label.
 */
export function errorForField(field: string | undefined, message: string): { field: DraftField | null; message: string } {
  const key = (field ?? '').split('.')[0] as DraftField;
  if (!(key in FIELD_LABELS)) return { field: null, message };
  const generic = /\([A-Za-z][\w.]*\)\.?$/.test(message);
  return { field: key, message: generic ? sessionsUiText.form.fieldInvalid(FIELD_LABELS[key]) : message };
}
