import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { continuityIndex } from '@shared/continuity';
import type { DocumentOutline, ProjectHead } from '@shared/model/library';
import { firstShown } from '@shared/model/library';
import type { MemberEntry } from '@shared/model/member';
import type { CorrectionChange } from '@shared/model/corrections';
import { correctionText } from '@shared/text/corrections';
import { uiText } from '@shared/text/ui';
import { workspaceText } from '@shared/text/workspace';
import { useCommandHandlers } from '../actions/keyboard';
import { messageOf, send } from '../api/client';
import { BudgetView } from '../components/budget/BudgetView';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { OrphanNotice } from '../components/exchange/OrphanNotice';
import { DocumentTabs } from '../components/document/DocumentTabs';
import { FilterBar } from '../components/document/FilterBar';
import { Outline } from '../components/document/Outline';
import { ProjectReader } from '../components/document/ProjectReader';
import { CorrectionPanel } from '../components/corrections/CorrectionPanel';
import { buildOutlineRows } from '../components/document/outlineModel';
import { useDocumentAnnotations } from '../state/annotations';
import { useDocumentLines, useProjectDetails } from '../state/documentParts';
import { loadDraft } from '../state/drafts';
import { useAnnotationEditor } from '../state/editor';
import { useCorrections } from '../state/corrections';
import type { Filters } from '../state/filters';
import { annotationMatches, filterOptions, filterProjects, getDefaultFilters, groupAnnotations, projectAddress } from '../state/filters';
import { ProjectAnnotations } from './ProjectAnnotations';
import { ReadingCheckBar } from '../components/check/ReadingCheck';
import type { CheckTarget, DocumentFocus } from '../components/check/readingCheckModel';
import { SourceExcerpt } from '../components/document/SourceExcerpt';

interface Props {
  id: string;
  /** Project to select (from search or the import check), as its API address, or a source line to show; `nonce` re-selects. */
  focus?: DocumentFocus;
  member: MemberEntry | null;
  onBack: () => void;
  /** Opens the 주고받기 screen's orphan list (from the notice shown when this document has orphans). */
  onOpenOrphans?: () => void;
}

type Tab = 'read' | 'budget';

export function DocumentScreen({ id, focus, member, onBack, onOpenOrphans }: Props) {
  const [view, setView] = useState<DocumentOutline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('read');
  const [filters, setFilters] = useState<Filters>(getDefaultFilters);
  const [notices, setNotices] = useState<NoticeData[]>([]);
  // A source line the reading check pointed at (a TOC row with no project): shown in place of the project.
  const [sourceLine, setSourceLine] = useState<number | null>(null);
  const notes = useDocumentAnnotations(id);
  const editor = useAnnotationEditor({ create: notes.create, update: notes.update, list: (projectId) => send('annotation:list', { projectId }) });

  const [correcting, setCorrecting] = useState(false);
  const load = useCallback(() => {
    send('document:outline', { id }).then(
      (v) => {
        setView(v);
        // A text read with no projects can only be structured by hand: the tools open by themselves.
        if (v.tree.projects.length === 0) setCorrecting(true);
      },
      (e) => setError(messageOf(e)),
    );
  }, [id]);
  useEffect(load, [load]);
  // 구조 고치기: after a correction the document is read again; `prefer` says which project to show then.
  const prefer = useRef<{ key?: string; line?: number } | null>(null);
  // Each change may orphan or restore notes: the orphan notice is asked again (remounted by `revision`).
  const [revision, setRevision] = useState(0);
  const reloadCorrected = useCallback(() => {
    load();
    setRevision((r) => r + 1);
  }, [load]);
  const corrections = useCorrections(id, reloadCorrected);
  // Another member sees other private notes: reload when the profile changes (the first list
  // comes with the mount; asking again then sent the document's notes twice).
  const memberId = member?.id;
  const listedFor = useRef(memberId);
  useEffect(() => {
    if (memberId === listedFor.current) return;
    listedFor.current = memberId;
    if (memberId) notes.reload();
  }, [memberId]); // eslint-disable-line react-hooks/exhaustive-deps

  const projects = useMemo(() => view?.tree.projects ?? [], [view]);
  const addr = (p: ProjectHead) => projectAddress(id, p);
  const byProject = useMemo(() => groupAnnotations(notes.list), [notes.list]);
  const filtered = useMemo(() => filterProjects(id, projects, byProject, filters), [id, projects, byProject, filters]);
  const rows = useMemo(
    () => buildOutlineRows(filtered, (p) => byProject.get(projectAddress(id, p))?.length ?? 0, workspaceText.outline.ungrouped),
    [filtered, byProject, id],
  );
  const options = useMemo(() => filterOptions(projects, notes.list), [projects, notes.list]);
  const continuity = useMemo(() => continuityIndex(view?.continuity ?? []), [view]);
  const selected = projects.find((p) => p.key === selectedKey) ?? null;
  const linked = selected ? projects.find((p) => p.key === continuity.get(selected.key)) : undefined;
  // The project read, its linked one and the next one down the outline (j steps there at once).
  // What j and k step through: the filtered outline, or every project when nothing passes the filter.
  const stepped = filtered.length ? filtered : projects;
  const next = selected ? stepped[stepped.indexOf(selected) + 1] : undefined;
  const details = useProjectDetails(id, view, [selected?.key, linked?.key, next?.key].filter((k): k is string => Boolean(k)));
  // The whole text only for the tools that show any line of it: corrections, the check's excerpts.
  const text = useDocumentLines(id, Boolean(view) && (correcting || sourceLine !== null || projects.length === 0));
  const lines = text.lines;

  const select = (p: ProjectHead | undefined, focusTitle = false) => {
    if (!p) return;
    if (editor.session && editor.session.projectId !== addr(p)) void editor.close();
    setSelectedKey(p.key);
    setSourceLine(null);
    setTab('read');
    if (loadDraft(addr(p))) editor.open(addr(p), { known: byProject.get(addr(p)) });
    if (focusTitle) requestAnimationFrame(() => document.getElementById('project-title')?.focus());
  };

  // First selection: the project asked for (search), else the first project that is not 일반현황.
  useEffect(() => {
    if (!view || !notes.loaded) return;
    const asked = focus?.projectId;
    const wanted = asked ? projects.find((p) => addr(p) === asked || asked.endsWith(`:${p.key}`)) : undefined;
    const kept = keptProject(projects, prefer.current);
    prefer.current = null;
    select(kept ?? wanted ?? firstShown(projects), Boolean(wanted) && !kept);
    if (focus?.line) setSourceLine(focus.line);
  }, [view, notes.loaded, focus?.nonce]); // eslint-disable-line react-hooks/exhaustive-deps

  const step = (delta: 1 | -1) => {
    const i = stepped.findIndex((p) => p.key === selectedKey);
    select(stepped[Math.min(stepped.length - 1, Math.max(0, i < 0 ? 0 : i + delta))]);
  };
  const newAnnotation = (quote?: string, body?: string, on: ProjectHead | null = selected) => {
    if (!on) return;
    if (on.key !== selectedKey) select(on);
    editor.open(addr(on), { quote });
    if (body) editor.change({ body });
  };
  const correct = (change: CorrectionChange) => {
    const i = projects.findIndex((p) => p.key === selectedKey);
    if (change.op === 'mark-project') prefer.current = { line: change.line };
    else if (change.op === 'split') prefer.current = { line: change.at };
    else if (change.op === 'not-project' || change.op === 'merge') prefer.current = { key: projects[i - 1]?.key };
    else prefer.current = { key: selectedKey ?? undefined };
    void corrections.correct(change);
  };
  const undoCorrection = () => {
    prefer.current = { key: selectedKey ?? undefined };
    void corrections.undo();
  };
  const offered = { nextProject: () => step(1), prevProject: () => step(-1), newAnnotation: () => newAnnotation() };
  useCommandHandlers(
    view && tab === 'read' ? (correcting && corrections.entries.length && !corrections.busy ? { ...offered, undoCorrection } : offered) : {},
  );

  const go = (target: CheckTarget) => {
    if ('line' in target) return setSourceLine(target.line);
    select(projects.find((p) => p.key === target.projectKey), true);
  };
  const check = view?.tree.check;
  const textMissing = <p role={text.error ? 'alert' : 'status'}>{text.error ?? uiText.loading}</p>;
  const excerpt = sourceLine ? lines ? <SourceExcerpt lines={lines} line={sourceLine} onClose={() => setSourceLine(null)} /> : textMissing : null;

  if (error) return <p role="alert">{error}</p>;
  if (!view) return <p role="status">{uiText.loading}</p>;
  const r = view.record;
  const panel = (on: ProjectHead | null) => !lines ? textMissing : (
    <CorrectionPanel
      project={on}
      hasPrevious={on ? projects.findIndex((p) => p.key === on.key) > 0 : false}
      noteCount={on ? (byProject.get(addr(on))?.length ?? 0) : 0}
      lines={lines}
      entries={corrections.entries}
      busy={corrections.busy}
      status={corrections.status}
      error={corrections.error}
      onCorrect={correct}
      onUndo={(cid) => (cid ? ((prefer.current = { key: selectedKey ?? undefined }), void corrections.undo(cid)) : undoCorrection())}
    />
  );
  const mine = selected ? (byProject.get(addr(selected)) ?? []) : [];
  const visible = mine.filter((a) => annotationMatches(a, filters));
  return (
    <section className="document" aria-labelledby="document-heading">
      <div className="document-head">
        <button type="button" className="ghost" onClick={onBack}>
          {uiText.back}
        </button>
        <h1 id="document-heading">{r.title}</h1>
        <button type="button" aria-pressed={correcting || projects.length === 0} disabled={projects.length === 0} title={correctionText.toggleHint} onClick={() => setCorrecting(!correcting)}>
          {correctionText.toggle}
        </button>
        <p className="muted">
          {[r.issuer, r.date, uiText.document.family[r.family], uiText.document.projects(r.projectCount), workspaceText.outline.annotated(notes.list.length)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <div className="notices">
        <OrphanNotice key={revision} documentId={id} onOpen={onOpenOrphans} />
        {notices.map((n, i) => (
          <Notice key={i} notice={n} onClose={() => setNotices((l) => l.filter((x) => x !== n))} />
        ))}
      </div>
      {projects.length === 0 ? (
        <div className="document-body single">
          <p>{uiText.document.noProjects}</p>
          {check?.differences.length ? <ReadingCheckBar check={check} onGo={go} /> : null}
          {excerpt}
          {panel(null)}
          {lines ? <pre className="project-body">{lines.join('\n')}</pre> : textMissing}
        </div>
      ) : (
        <DocumentTabs tab={tab} onTab={setTab}>
          {tab === 'budget' ? (
            <BudgetView
              units={view.budget}
              onOpenUnit={(u) => select(projects.find((p) => p.key === u.firstProjectKey))}
              onAskQuestion={(u, body) => newAnnotation(undefined, body, projects.find((p) => p.key === u.questionProjectKey) ?? null)}
            />
          ) : (
            <div className="workspace">
              <Outline
                rows={rows}
                selectedKey={selectedKey}
                onSelect={(p) => select(p)}
                emptyText={workspaceText.outline.noMatch}
                header={
                  <>
                  {check ? <ReadingCheckBar check={check} onGo={go} /> : null}
                  <FilterBar
                    filters={filters}
                    options={options}
                    shown={countProjects(filtered)}
                    total={countProjects(projects)}
                    onChange={(c) => setFilters((f) => ({ ...f, ...c }))}
                    onClear={() => setFilters(getDefaultFilters())}
                  />
                  </>
                }
              />
              <section className="reader" aria-label={workspaceText.reader.label}>
                {correcting ? panel(selected) : null}
                {excerpt ?? (selected ? (
                  <ProjectReader
                    key={selected.key}
                    project={selected}
                    detail={details.get(selected.key)}
                    linked={linked}
                    linkedDetail={linked ? details.get(linked.key) : undefined}
                    onOpenProject={(p) => select(p, true)}
                    onQuote={(q) => newAnnotation(q)}
                  />
                ) : null)}
              </section>
              {selected && !sourceLine ? (
                <ProjectAnnotations
                  projectAddress={addr(selected)}
                  visible={visible}
                  hidden={mine.length - visible.length}
                  member={member}
                  notes={notes}
                  editor={editor}
                  onNotice={(n) => setNotices((l) => [...l.slice(-2), n])}
                />
              ) : null}
            </div>
          )}
        </DocumentTabs>
      )}
    </section>
  );
}

/** 사업 counted as the document header counts them: 일반현황 items are outline rows, not projects. */
function countProjects(list: readonly ProjectHead[]): number {
  return list.filter((p) => p.section !== 'status').length;
}

/** After a correction: the project it made (by its heading line), else the one that was shown. */
function keptProject<P extends ProjectHead>(projects: readonly P[], prefer: { key?: string; line?: number } | null): P | undefined {
  if (!prefer) return undefined;
  return (prefer.line ? projects.find((p) => p.position.start.line === prefer.line) : undefined) ?? projects.find((p) => p.key === prefer.key);
}
