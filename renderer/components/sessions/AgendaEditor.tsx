import { useId, useState } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import { sessionsUiText } from '@shared/text/secretary';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../../api/client';
import type { AgendaDraft } from './sessionForm';
import { move } from './sessionForm';

interface Props {
  agenda: AgendaDraft[];
  documents: LibraryEntry[];
  onChange: (agenda: AgendaDraft[]) => void;
  error?: string;
  errorId?: string;
}

/** The agenda: documents (and optionally their units) in hearing order, moved with buttons. */
export function AgendaEditor({ agenda, documents, onChange, error, errorId }: Props) {
  const t = sessionsUiText.form;
  const id = useId();
  const [adding, setAdding] = useState('');
  const titles = new Map(documents.map((d) => [d.id, d.title]));
  const available = documents.filter((d) => !agenda.some((a) => a.documentId === d.id));
  const titleOf = (documentId: string) => titles.get(documentId) ?? t.unknownDocument;

  const add = () => {
    if (!adding) return;
    onChange([...agenda, { documentId: adding, units: [] }]);
    setAdding('');
  };

  return (
    <fieldset className="session-agenda" aria-describedby={error ? errorId : undefined}>
      <legend>{t.agenda}</legend>
      <p className="session-hint">{t.agendaIntro}</p>
      {error ? (
        <p className="session-field-error" id={errorId}>
          {error}
        </p>
      ) : null}
      {agenda.length === 0 ? (
        <p className="session-hint">{t.agendaEmpty}</p>
      ) : (
        <ol className="session-order">
          {agenda.map((item, index) => (
            <li key={item.documentId} className="session-order-item">
              <div className="session-order-row">
                <span className="session-order-no" aria-hidden="true">
                  {index + 1}
                </span>
                <span className="session-order-name">{titleOf(item.documentId)}</span>
                <OrderButtons
                  name={titleOf(item.documentId)}
                  index={index}
                  count={agenda.length}
                  onMove={(dir) => onChange(move(agenda, index, dir))}
                  onRemove={() => onChange(agenda.filter((_, i) => i !== index))}
                />
              </div>
              <UnitPicker
                documentId={item.documentId}
                title={titleOf(item.documentId)}
                units={item.units}
                onChange={(units) => onChange(agenda.map((a, i) => (i === index ? { ...a, units } : a)))}
              />
            </li>
          ))}
        </ol>
      )}
      <div className="session-add">
        <label htmlFor={`${id}-add`}>{t.addDocument}</label>
        <div className="session-inline">
          <select id={`${id}-add`} value={adding} onChange={(e) => setAdding(e.target.value)}>
            <option value="">{t.chooseDocument}</option>
            {available.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
              </option>
            ))}
          </select>
          <button type="button" onClick={add} disabled={!adding}>
            {t.addDocumentButton}
          </button>
        </div>
      </div>
    </fieldset>
  );
}

function OrderButtons({ name, index, count, onMove, onRemove }: { name: string; index: number; count: number; onMove: (d: -1 | 1) => void; onRemove?: () => void }) {
  const t = sessionsUiText.form;
  return (
    <span className="session-order-actions">
      {/* aria-disabled, not disabled: the button keeps focus after moving an item to the end. */}
      <button type="button" onClick={() => index > 0 && onMove(-1)} aria-disabled={index === 0} aria-label={t.moveUpLabel(name)}>
        <span aria-hidden="true">↑ </span>
        {t.moveUp}
      </button>
      <button type="button" onClick={() => index < count - 1 && onMove(1)} aria-disabled={index === count - 1} aria-label={t.moveDownLabel(name)}>
        <span aria-hidden="true">↓ </span>
        {t.moveDown}
      </button>
      {onRemove ? (
        <button type="button" className="ghost danger-text" onClick={onRemove} aria-label={t.removeLabel(name)}>
          {t.remove}
        </button>
      ) : null}
    </span>
  );
}

/** Optional units of one agenda document: checkboxes (loaded on demand) and their hearing order. */
function UnitPicker({ documentId, title, units, onChange }: { documentId: string; title: string; units: string[]; onChange: (units: string[]) => void }) {
  const t = sessionsUiText.form;
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggleOpen = async () => {
    const next = !open;
    setOpen(next);
    if (next && all === null) {
      try {
        const view = await send('document:outline', { id: documentId });
        // Organisational units only (과/담당관/국 …), in document order.
        const names = view.tree.units.filter((u) => !['area', 'strategy', 'goal'].includes(u.level)).map((u) => u.name);
        setAll([...new Set(names.length ? names : view.tree.units.map((u) => u.name))]);
      } catch (e) {
        setError(messageOf(e));
      }
    }
  };
  const toggle = (name: string, on: boolean) => onChange(on ? [...units, name] : units.filter((u) => u !== name));
  return (
    <div className="session-units">
      <button type="button" className="session-units-toggle" aria-expanded={open} onClick={() => void toggleOpen()}>
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {t.units}
        <span className="session-units-state"> · {units.length ? t.unitsChosen(units.length) : t.unitsAll}</span>
      </button>
      {open ? (
        <div className="session-units-body">
          {error ? <p className="session-field-error">{error}</p> : null}
          {all === null && !error ? <p className="session-hint">{t.unitsLoading}</p> : null}
          {all ? (
            <fieldset className="session-checks">
              <legend className="sr-only">{t.unitsLabel(title)}</legend>
              {all.map((name) => (
                <label key={name} className="session-check">
                  <input type="checkbox" checked={units.includes(name)} onChange={(e) => toggle(name, e.target.checked)} />
                  {name}
                </label>
              ))}
            </fieldset>
          ) : null}
          {units.length > 1 ? (
            <div>
              <p className="session-hint">{t.unitsOrder}</p>
              <ol className="session-order session-order-units">
                {units.map((name, index) => (
                  <li key={name} className="session-order-row">
                    <span className="session-order-no" aria-hidden="true">
                      {index + 1}
                    </span>
                    <span className="session-order-name">{name}</span>
                    <OrderButtons name={name} index={index} count={units.length} onMove={(dir) => onChange(move(units, index, dir))} />
                  </li>
                ))}
              </ol>
            </div>
          ) : null}
        </div>
      ) : null}
      {open && all === null && !error ? <span className="sr-only">{uiText.loading}</span> : null}
    </div>
  );
}
