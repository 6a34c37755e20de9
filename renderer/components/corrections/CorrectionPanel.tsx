import { useRef, useState } from 'react';
import type { CorrectionChange, CorrectionEntry } from '@shared/model/corrections';
import type { ProjectHead } from '@shared/model/library';
import { correctionText as t } from '@shared/text/corrections';
import { targetAt } from '@shared/corrections/apply';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { CorrectionList } from './CorrectionList';
import { LineTools } from './LineTools';
import { ToolForm } from './ToolForm';
import type { ProjectTool } from './correctionModel';

interface Props {
  /** The project in the reader, or null (a document with no projects yet). */
  project: ProjectHead | null;
  /** Whether a project comes before it (앞 사업과 합치기). */
  hasPrevious: boolean;
  /** Notes on the current project: the confirmation says what becomes of them. */
  noteCount: number;
  lines: readonly string[];
  entries: CorrectionEntry[];
  busy: boolean;
  /** What the last change did, or why it was refused (Korean, from the service). */
  status: string | null;
  error: string | null;
  onCorrect: (change: CorrectionChange) => void;
  onUndo: (id?: string) => void;
}

const TOOLS: [ProjectTool, string][] = [
  ['set-title', t.setTitle],
  ['set-number', t.setNumber],
  ['set-unit', t.setUnit],
  ['set-budget', t.setBudget],
  ['split', t.split],
];

/** 구조 고치기: tools on the current project, tools on a line of the text, and the list of corrections. */
export function CorrectionPanel({ project, hasPrevious, noteCount, lines, entries, busy, status, error, onCorrect, onUndo }: Props) {
  const [tool, setTool] = useState<ProjectTool | null>(null);
  const [confirm, setConfirm] = useState<'not-project' | 'merge' | null>(null);
  // Buttons stay enabled while a change is saved (a disabled button drops keyboard focus); `busy` guards instead.
  const buttons = useRef(new Map<ProjectTool, HTMLButtonElement | null>());
  const close = () => {
    const opened = tool;
    setTool(null);
    if (opened) requestAnimationFrame(() => buttons.current.get(opened)?.focus());
  };
  const submit = (change: CorrectionChange) => {
    close();
    if (!busy) onCorrect(change);
  };
  const heading = useRef<HTMLHeadingElement>(null);
  // The dialog closes: focus comes back into the panel, not to the page's start.
  const closeDialog = () => {
    setConfirm(null);
    requestAnimationFrame(() => heading.current?.focus());
  };
  const destructive = (op: 'not-project' | 'merge') => {
    if (!project) return;
    closeDialog();
    if (!busy) onCorrect({ op, ...targetAt(lines, project.position.start.line) });
  };
  const dialog = confirm === 'merge' ? t.confirmMerge : t.confirmNotProject;
  return (
    <section className="correction-panel" aria-labelledby="correction-heading" aria-busy={busy}>
      <h2 id="correction-heading" ref={heading} tabIndex={-1}>{t.panelLabel}</h2>
      <p className="correction-status" role="status">
        {status}
      </p>
      {error ? (
        <p className="danger-text" role="alert">
          {error}
        </p>
      ) : null}
      {project ? (
        <fieldset className="project-tools">
          <legend>{t.currentProject(project.number, project.title)}</legend>
          <div className="tool-row">
            {TOOLS.map(([name, label]) => (
              <button
                key={name}
                type="button"
                ref={(el) => void buttons.current.set(name, el)}
                aria-expanded={tool === name}
                disabled={name === 'split' && project.position.end.line <= project.position.start.line}
                onClick={() => setTool(tool === name ? null : name)}
              >
                {label}
              </button>
            ))}
            <button type="button" disabled={!hasPrevious} onClick={() => setConfirm('merge')}>
              {t.merge}
            </button>
            <button type="button" className="danger-outline" onClick={() => setConfirm('not-project')}>
              {t.notProject}
            </button>
          </div>
          {tool ? <ToolForm key={`${tool}|${project.key}`} tool={tool} project={project} lines={lines} busy={busy} onSubmit={submit} onCancel={close} /> : null}
        </fieldset>
      ) : (
        <p className="hint">{t.noProject}</p>
      )}
      <LineTools lines={lines} initialLine={project ? project.position.start.line : 1} busy={busy} onCorrect={onCorrect} />
      <CorrectionList entries={entries} busy={busy} onUndo={onUndo} />
      {confirm ? (
        <ConfirmDialog title={dialog.title} body={dialog.body(noteCount)} confirmLabel={dialog.confirm} danger={confirm === 'not-project'} onConfirm={() => destructive(confirm)} onCancel={closeDialog} />
      ) : null}
    </section>
  );
}
