import { useEffect, useRef, useState } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import { exchangeText } from '@shared/text/exchange';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../../api/client';
import { defaultReattachDocument } from '../../state/exchange';
import type { NoticeData } from '../common/Notice';
import type { PickerProject } from './ProjectPicker';
import { ProjectPicker } from './ProjectPicker';

interface Props {
  orphans: OrphanEntry[] | null;
  /** Documents a note may move onto (newest versions). */
  documents: LibraryEntry[];
  onReattached: () => void;
  onNotify: (n: NoticeData) => void;
}

/** "연결이 끊긴 의견": each note with where it was, and a form to put it on a project by hand. */
export function OrphanList({ orphans, documents, onReattached, onNotify }: Props) {
  const t = exchangeText.orphans;
  const heading = useRef<HTMLHeadingElement>(null);
  const [open, setOpen] = useState<string | null>(null);
  const cache = useRef(new Map<string, Promise<PickerProject[]>>());

  const projectsOf = (documentId: string): Promise<PickerProject[]> => {
    let p = cache.current.get(documentId);
    if (!p) {
      p = send('document:outline', { id: documentId }).then((view) =>
        view.tree.projects.map((x) => ({ id: x.id, unit: x.unit, section: x.section, number: x.number, title: x.title })),
      );
      p.catch(() => cache.current.delete(documentId));
      cache.current.set(documentId, p);
    }
    return p;
  };

  return (
    <section className="xc-card" aria-labelledby="xc-orphans-heading" id="xc-orphans">
      <h2 id="xc-orphans-heading" ref={heading} tabIndex={-1}>
        {t.heading} {orphans ? <span className="badge">{t.count(orphans.length)}</span> : null}
      </h2>
      <p className="xc-intro">{t.intro}</p>
      {orphans === null ? (
        <p role="status">{uiText.loading}</p>
      ) : orphans.length === 0 ? (
        <p className="xc-empty">{t.none}</p>
      ) : (
        <ul className="xc-orphans" data-testid="orphan-list">
          {orphans.map((o) => {
            const a = o.annotation;
            const formOpen = open === a.id;
            return (
              <li key={a.id} className="xc-orphan" data-annotation-id={a.id}>
                <div className="xc-orphan-main">
                  <p className="xc-orphan-line">
                    <span className="xc-type">{a.type}</span>
                    <span className="xc-orphan-body">{a.body}</span>
                  </p>
                  <dl className="xc-anchor">
                    <dt>{t.was}</dt>
                    <dd>
                      {t.anchor(a.anchor.unit, uiText.document.sections[a.anchor.section] ?? '', a.anchor.number, a.anchor.title)}
                      <span className="xc-muted"> · {t.documentOf(o.documentTitle)}</span>
                    </dd>
                    {a.quote ? (
                      <>
                        <dt>{t.quote}</dt>
                        <dd>
                          <q>{a.quote}</q>
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  <p className="xc-muted xc-small">
                    <span className="xc-reason">{t.reason[o.reason]}</span> · {t.author(a.authorName)}
                  </p>
                </div>
                {formOpen ? null : (
                  <button type="button" id={`xc-reattach-btn-${a.id}`} onClick={() => setOpen(a.id)} aria-label={t.reattachLabel(a.body.slice(0, 30))} aria-expanded={false}>
                    {t.reattach}
                  </button>
                )}
                {formOpen ? (
                  <ReattachForm
                    orphan={o}
                    documents={documents}
                    projectsOf={projectsOf}
                    onCancel={() => {
                      setOpen(null);
                      requestAnimationFrame(() => document.getElementById(`xc-reattach-btn-${a.id}`)?.focus());
                    }}
                    onDone={(title) => {
                      setOpen(null);
                      onNotify({ kind: 'success', title: t.done(title) });
                      onReattached();
                      heading.current?.focus();
                    }}
                    onError={(message) => onNotify({ kind: 'error', title: t.failed, body: message })}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

interface FormProps {
  orphan: OrphanEntry;
  documents: LibraryEntry[];
  projectsOf: (documentId: string) => Promise<PickerProject[]>;
  onCancel: () => void;
  onDone: (projectTitle: string) => void;
  onError: (message: string) => void;
}

function ReattachForm({ orphan, documents, projectsOf, onCancel, onDone, onError }: FormProps) {
  const t = exchangeText.orphans;
  const first = useRef<HTMLSelectElement>(null);
  const [documentId, setDocumentId] = useState(() => defaultReattachDocument(orphan, documents));
  const [projects, setProjects] = useState<PickerProject[] | null>(null);
  const [projectId, setProjectId] = useState(orphan.suggestions[0]?.projectId ?? '');
  const [busy, setBusy] = useState(false);
  const formId = `xc-reattach-${orphan.annotation.id}`;

  useEffect(() => first.current?.focus(), []);
  useEffect(() => {
    if (!documentId) return;
    let live = true;
    setProjects(null);
    projectsOf(documentId).then(
      (list) => live && setProjects(list),
      (e) => live && (setProjects([]), onError(messageOf(e))),
    );
    return () => {
      live = false;
    };
  }, [documentId]); // eslint-disable-line react-hooks/exhaustive-deps

  const suggestions = orphan.suggestions.filter((s) => s.projectId.startsWith(`${documentId}:`));
  const chosen = projects?.find((p) => p.id === projectId);
  // "감사담당관 · 추진계획": the section tells 실적 and 계획 projects with the same number apart.
  const suggestionPlace = (unit: string, id: string) => {
    const section = projects?.find((p) => p.id === id)?.section;
    return [unit, section ? uiText.document.sections[section] : ''].filter(Boolean).join(' · ');
  };

  const submit = async () => {
    if (!chosen) return;
    setBusy(true);
    try {
      await send('annotation:reattach', { id: orphan.annotation.id, projectId: chosen.id });
      onDone(chosen.title);
    } catch (error) {
      onError(messageOf(error));
      setBusy(false);
    }
  };

  return (
    <form
      className="xc-reattach"
      aria-labelledby={`${formId}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <h3 id={`${formId}-h`}>{t.formHeading}</h3>
      {documents.length === 0 ? (
        <p>{t.noDocuments}</p>
      ) : (
        <>
          <div className="xc-field">
            <label htmlFor={`${formId}-doc`}>{t.document}</label>
            <select id={`${formId}-doc`} ref={first} value={documentId} onChange={(e) => setDocumentId(e.target.value)}>
              {documents.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.title}
                </option>
              ))}
            </select>
          </div>
          {suggestions.length ? (
            <fieldset className="xc-fieldset">
              <legend>{t.suggestions}</legend>
              {suggestions.slice(0, 5).map((s) => (
                <label key={s.projectId} className="xc-check">
                  <input type="radio" name={`${formId}-s`} checked={projectId === s.projectId} onChange={() => setProjectId(s.projectId)} />
                  {t.suggestion(suggestionPlace(s.unit, s.projectId), s.number, s.title, s.score)}
                </label>
              ))}
            </fieldset>
          ) : null}
          {projects === null ? <p role="status">{t.loadingProjects}</p> : <ProjectPicker projects={projects} value={projectId} onChange={setProjectId} />}
        </>
      )}
      <div className="xc-actions">
        <button type="submit" className="primary" disabled={!chosen || busy}>
          {t.confirm}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
