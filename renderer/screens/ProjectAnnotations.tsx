import { useState } from 'react';
import type { Annotation } from '@shared/model/annotation';
import type { MemberEntry } from '@shared/model/member';
import { workspaceText } from '@shared/text/workspace';
import { AnnotationEditor } from '../components/annotations/AnnotationEditor';
import { AnnotationPanel } from '../components/annotations/AnnotationPanel';
import type { NoticeData } from '../components/common/Notice';
import { messageOf } from '../api/client';
import type { useDocumentAnnotations } from '../state/annotations';
import type { useAnnotationEditor } from '../state/editor';

interface Props {
  projectAddress: string;
  /** The project's notes that pass the filters, and how many were filtered out. */
  visible: Annotation[];
  hidden: number;
  member: MemberEntry | null;
  notes: ReturnType<typeof useDocumentAnnotations>;
  editor: ReturnType<typeof useAnnotationEditor>;
  onNotice: (n: NoticeData) => void;
}

/** The annotation panel of the selected project: editor, list, status/star changes, delete with undo. */
export function ProjectAnnotations({ projectAddress, visible, hidden, member, notes, editor, onNotice }: Props) {
  const [undo, setUndo] = useState<{ id: string } | null>(null);
  const session = editor.session?.projectId === projectAddress ? editor.session : null;
  const fail = (e: unknown) => onNotice({ kind: 'error', title: messageOf(e) });
  return (
    <AnnotationPanel
      annotations={visible}
      hidden={hidden}
      currentMemberId={member?.id ?? null}
      isStaff={member ? member.role !== '의원' : false}
      editingId={session?.annotationId ?? null}
      undo={undo}
      editor={
        session ? (
          <AnnotationEditor
            key={session.token}
            fields={session.fields}
            editing={session.existing}
            restored={session.restored}
            saveState={editor.saveState}
            onChange={editor.change}
            onFlush={() => void editor.flush()}
            onDone={() => void editor.close()}
          />
        ) : null
      }
      onNew={() => editor.open(projectAddress, {})}
      onEdit={(a) => editor.open(projectAddress, { annotation: a })}
      onDelete={(a) => {
        notes.remove(a.id).then(() => setUndo({ id: a.id }), fail);
      }}
      onUndo={() => {
        const target = undo;
        setUndo(null);
        if (target) notes.restore(target.id).then(() => onNotice({ kind: 'success', title: workspaceText.annotations.restored }), fail);
      }}
      onDismissUndo={() => setUndo(null)}
      onStatus={(a, status) => void notes.update({ id: a.id, status }).catch(fail)}
      onStar={(a, starred) => void notes.update({ id: a.id, starred }).catch(fail)}
    />
  );
}
