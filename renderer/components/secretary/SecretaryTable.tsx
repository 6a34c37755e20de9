import { useId } from 'react';
import type { Annotation, AnswerRecord, ActionStatus } from '@shared/model/annotation';
import { ACTION_STATUSES, ANNOTATION_STATUSES } from '@shared/model/annotation';
import { secretaryText } from '@shared/text/secretary';
import type { RowChanges, RowSaveState } from './autosave';
import type { SortKey, SortState } from './secretaryModel';
import { isAnnotationStatus, isDocumentRequest } from './secretaryModel';

interface Props {
  rows: Annotation[];
  sort: SortState;
  onSort: (key: SortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
  saveStates: ReadonlyMap<string, RowSaveState>;
  /** `immediate` for discrete choices (select, checkbox); text waits for the pause or blur. */
  onChange: (id: string, changes: RowChanges, immediate?: boolean) => void;
  onBlurRow: (id: string) => void;
  onRetry: (id: string) => void;
  label: string;
}

/** The secretary's table: one row per annotation, the answer fields editable in place. */
export function SecretaryTable({ rows, sort, onSort, selected, onSelect, saveStates, onChange, onBlurRow, onRetry, label }: Props) {
  const t = secretaryText;
  const c = t.columns;
  const id = useId();
  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const someSelected = rows.some((r) => selected.has(r.id));

  const sortHeader = (key: SortKey, text: string, className?: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className={className} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sec-sort" onClick={() => onSort(key)} title={t.sortBy(text)}>
          {text}
          <span className="sec-sort-mark" aria-hidden="true">
            {active ? (sort.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
          {active ? <span className="sr-only">, {sort.direction === 'asc' ? t.sortAscending : t.sortDescending}</span> : null}
        </button>
      </th>
    );
  };

  return (
    <div className="sec-table-wrap" role="region" aria-label={label} aria-describedby={`${id}-hint`} tabIndex={0}>
      <p id={`${id}-hint`} className="sr-only">
        {t.sortHint}
      </p>
      <table className="sec-table">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            <th scope="col" className="sec-col-select">
              <input
                type="checkbox"
                aria-label={c.selectAll}
                checked={allSelected}
                ref={(el) => {
                  if (el) el.indeterminate = someSelected && !allSelected;
                }}
                onChange={(e) => onSelect(rows.map((r) => r.id), e.target.checked)}
              />
            </th>
            {sortHeader('unit', c.unitProject, 'sec-col-project')}
            {sortHeader('member', c.member)}
            {sortHeader('type', c.type)}
            <th scope="col">{c.body}</th>
            {sortHeader('status', c.status)}
            <th scope="col">{c.responder}</th>
            <th scope="col">{c.summary}</th>
            <th scope="col">{c.action}</th>
            {sortHeader('dueDate', c.dueDate)}
            {sortHeader('actionStatus', c.actionStatus)}
            <th scope="col">{c.received}</th>
            <th scope="col" className="sec-col-save">{c.saved}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => (
            <Row
              key={a.id}
              a={a}
              selected={selected.has(a.id)}
              onSelect={(on) => onSelect([a.id], on)}
              save={saveStates.get(a.id)}
              onChange={(changes, immediate) => onChange(a.id, changes, immediate)}
              onBlur={() => onBlurRow(a.id)}
              onRetry={() => onRetry(a.id)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps {
  a: Annotation;
  selected: boolean;
  onSelect: (on: boolean) => void;
  save: RowSaveState | undefined;
  onChange: (changes: RowChanges, immediate?: boolean) => void;
  onBlur: () => void;
  onRetry: () => void;
}

function Row({ a, selected, onSelect, save, onChange, onBlur, onRetry }: RowProps) {
  const t = secretaryText;
  const c = t.columns;
  const rowLabel = t.rowLabel(a.authorName, a.type, a.anchor.number, a.anchor.title);
  const label = (column: string) => t.fieldLabel(column, rowLabel);
  const answer: AnswerRecord = a.answer ?? {};
  const setAnswer = (change: AnswerRecord, immediate?: boolean) => onChange({ answer: change }, immediate);
  const state = save?.state ?? 'idle';
  return (
    <tr className={`sec-row${selected ? ' sec-row-selected' : ''}${state === 'error' ? ' sec-row-error' : ''}`} data-annotation-id={a.id}>
      <td className="sec-col-select">
        <input type="checkbox" checked={selected} aria-label={c.selectRow(rowLabel)} onChange={(e) => onSelect(e.target.checked)} />
      </td>
      <th scope="row" className="sec-col-project">
        <span className="sec-unit">{a.anchor.unit}</span>
        <span className="sec-project">
          {a.anchor.number ? (
            <span className="sec-number">
              <span className="sr-only">{c.number} </span>
              {a.anchor.number}.
            </span>
          ) : null}{' '}
          <span className="sr-only">{c.project} </span>
          {a.anchor.title}
        </span>
      </th>
      <td className="sec-member">{a.authorName}</td>
      <td className="sec-type">
        <span className="sec-type-badge" data-type={a.type}>{a.type}</span>
      </td>
      <td className="sec-body">
        <div className="sec-body-text">{a.body}</div>
        {a.quote ? (
          <blockquote className="sec-quote">
            <span className="sec-quote-label">{t.quote}</span> {a.quote}
          </blockquote>
        ) : null}
      </td>
      <td>
        <select
          className="sec-status"
          value={a.status}
          aria-label={label(c.status)}
          onChange={(e) => isAnnotationStatus(e.target.value) && onChange({ status: e.target.value }, true)}
          onBlur={onBlur}
        >
          {ANNOTATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </td>
      <td>
        <input
          type="text"
          className="sec-responder"
          value={answer.responder ?? ''}
          maxLength={200}
          placeholder={t.responderHint}
          aria-label={label(c.responder)}
          onChange={(e) => setAnswer({ responder: e.target.value })}
          onBlur={onBlur}
        />
      </td>
      <td>
        <textarea className="sec-summary" rows={3} value={answer.summary ?? ''} aria-label={label(c.summary)} onChange={(e) => setAnswer({ summary: e.target.value })} onBlur={onBlur} />
      </td>
      <td>
        <textarea className="sec-action" rows={3} value={answer.action ?? ''} aria-label={label(c.action)} onChange={(e) => setAnswer({ action: e.target.value })} onBlur={onBlur} />
      </td>
      <td>
        <input type="date" className="sec-due" value={answer.dueDate ?? ''} aria-label={label(c.dueDate)} onChange={(e) => setAnswer({ dueDate: e.target.value })} onBlur={onBlur} />
      </td>
      <td>
        <select
          className="sec-action-status"
          value={answer.actionStatus ?? ''}
          aria-label={label(c.actionStatus)}
          onChange={(e) => e.target.value && setAnswer({ actionStatus: e.target.value as ActionStatus }, true)}
          onBlur={onBlur}
        >
          {answer.actionStatus ? null : <option value="">{t.actionStatusNone}</option>}
          {ACTION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </td>
      <td className="sec-received">
        {isDocumentRequest(a) ? (
          <label className="sec-received-label">
            <input type="checkbox" checked={answer.received === true} aria-label={label(t.receivedLabel)} onChange={(e) => setAnswer({ received: e.target.checked }, true)} onBlur={onBlur} />
            <span aria-hidden="true">{c.received}</span>
          </label>
        ) : (
          <span className="muted" aria-hidden="true">
            {t.notApplicable}
          </span>
        )}
      </td>
      <td className={`sec-col-save sec-save sec-save-${state}`}>
        {state === 'error' ? (
          <div role="alert" className="sec-save-error">
            <strong>{t.save.error}</strong>
            <span className="sec-save-reason">{save?.error?.includes(t.forbidden) ? t.forbiddenShort : save?.error}</span>
            <button type="button" onClick={onRetry}>
              {t.save.retry}
            </button>
          </div>
        ) : (
          <span>{t.save[state]}</span>
        )}
      </td>
    </tr>
  );
}
