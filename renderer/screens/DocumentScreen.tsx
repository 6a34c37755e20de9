import { useEffect, useMemo, useState } from 'react';
import type { DocumentView } from '@shared/model/library';
import type { ProjectNode } from '@shared/parser/types';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../api/client';
import { Outline } from '../components/document/Outline';
import { ProjectReader } from '../components/document/ProjectReader';
import { groupByUnit } from '../components/document/outlineModel';

export function DocumentScreen({ id, onBack }: { id: string; onBack: () => void }) {
  const [view, setView] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selected, setSelected] = useState<ProjectNode | null>(null);

  useEffect(() => {
    send('document:get', { id }).then(
      (v) => {
        setView(v);
        setSelected(v.tree.projects.find((p) => p.section !== 'status') ?? v.tree.projects[0] ?? null);
      },
      (e) => setError(messageOf(e)),
    );
  }, [id]);

  const units = useMemo(() => groupByUnit(view?.tree.projects ?? []), [view]);

  if (error) return <p role="alert">{error}</p>;
  if (!view) return <p>{uiText.loading}</p>;
  const r = view.record;
  return (
    <section className="document" aria-labelledby="document-heading">
      <div className="document-head">
        <button type="button" className="ghost" onClick={onBack}>
          {uiText.back}
        </button>
        <h1 id="document-heading">{r.title}</h1>
        <p className="muted">
          {[r.issuer, r.date, uiText.document.family[r.family], uiText.document.projects(r.projectCount)].filter(Boolean).join(' · ')}
        </p>
      </div>
      {view.tree.projects.length === 0 ? (
        <div className="document-body single">
          <p>{uiText.document.noProjects}</p>
          <pre className="project-body">{view.text}</pre>
        </div>
      ) : (
        <div className="document-body">
          <Outline units={units} selectedKey={selected?.key ?? null} onSelect={setSelected} />
          <div className="reader">{selected ? <ProjectReader project={selected} /> : null}</div>
        </div>
      )}
    </section>
  );
}
