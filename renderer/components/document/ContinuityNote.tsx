import type { ProjectHead } from '@shared/model/library';
import { workspaceText } from '@shared/text/workspace';

interface Props {
  project: ProjectHead;
  linked: ProjectHead;
  sideBySide: boolean;
  onToggleSideBySide: () => void;
  onOpen: (p: ProjectHead) => void;
}

/** "이어지는 사업": last year's results project ↔ this year's plans project of the same unit. */
export function ContinuityNote({ project, linked, sideBySide, onToggleSideBySide, onOpen }: Props) {
  const t = workspaceText.reader;
  const label = project.section === 'results' ? t.continuesTo : t.continuesFrom;
  return (
    <aside className="continuity" aria-label={label}>
      <span className="continuity-label">{label}</span>
      <button type="button" className="link" onClick={() => onOpen(linked)} aria-label={t.openLinked(linked.title)}>
        {linked.number}. {linked.title}
      </button>
      <button type="button" className="small" aria-pressed={sideBySide} onClick={onToggleSideBySide}>
        {sideBySide ? t.hideSideBySide : t.sideBySide}
      </button>
    </aside>
  );
}
