import { useEffect, useState } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import type { MemberEntry } from '@shared/model/member';
import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { sessionsUiText } from '@shared/text/secretary';
import { uiText } from '@shared/text/ui';
import { messageOf, send } from '../api/client';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { SessionForm } from '../components/sessions/SessionForm';
import { SessionTable } from '../components/sessions/SessionTable';
import { draftFromSession, emptyDraft } from '../components/sessions/sessionForm';
import { useSessions } from '../state/sessions';

type Editing = null | { mode: 'create' } | { mode: 'edit'; session: SessionEntry };

/** 회기: the list of sessions, the current-session marker and the create/edit form. */
export function SessionsScreen({ onOpenTable }: { onOpenTable: (sessionId: string) => void }) {
  const t = sessionsUiText;
  const sessions = useSessions();
  const [members, setMembers] = useState<MemberEntry[]>([]);
  const [documents, setDocuments] = useState<LibraryEntry[]>([]);
  const [editing, setEditing] = useState<Editing>(null);
  const [notices, setNotices] = useState<NoticeData[]>([]);
  const notify = (n: NoticeData) => setNotices((list) => [...list.slice(-2), n]);

  useEffect(() => {
    send('member:list', {}).then(setMembers, (e) => notify({ kind: 'error', title: messageOf(e) }));
    send('library:list', {}).then(setDocuments, (e) => notify({ kind: 'error', title: messageOf(e) }));
  }, []);

  const setCurrent = async (s: SessionEntry) => {
    try {
      await sessions.setCurrent(s.id);
      notify({ kind: 'success', title: t.setCurrentDone(sessionLabel(s)) });
    } catch (e) {
      notify({ kind: 'error', title: messageOf(e) });
    }
  };

  const current = sessions.current;
  return (
    <section className="sessions" aria-labelledby="sessions-heading">
      <div className="screen-head">
        <div>
          <h1 id="sessions-heading">{t.heading}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        {editing ? null : (
          <button type="button" className="primary" onClick={() => setEditing({ mode: 'create' })}>
            {t.create}
          </button>
        )}
      </div>
      <p className={`session-current-note${current ? '' : ' session-current-none'}`} role="status">
        {current ? t.currentNote(`${sessionLabel(current)} ${current.committee} · ${current.title}`) : t.noCurrent}
      </p>
      <div className="notices">
        {sessions.error ? <Notice notice={{ kind: 'error', title: sessions.error }} onClose={() => void sessions.reload()} /> : null}
        {notices.map((n, i) => (
          <Notice key={i} notice={n} onClose={() => setNotices((list) => list.filter((x) => x !== n))} />
        ))}
      </div>
      {editing ? (
        <SessionForm
          key={editing.mode === 'edit' ? editing.session.id : 'new'}
          heading={editing.mode === 'edit' ? t.form.editHeading(sessionLabel(editing.session)) : t.form.createHeading}
          submitLabel={editing.mode === 'edit' ? t.form.save : t.form.create}
          initial={editing.mode === 'edit' ? draftFromSession(editing.session) : emptyDraft(sessions.list[0])}
          members={members}
          documents={documents}
          onCancel={() => setEditing(null)}
          onSubmit={async (input) => {
            if (editing.mode === 'edit') {
              const saved = await sessions.update(editing.session.id, input);
              notify({ kind: 'success', title: t.updated(sessionLabel(saved)) });
            } else {
              const saved = await sessions.create(input);
              notify({ kind: 'success', title: t.created(sessionLabel(saved)) });
            }
            setEditing(null);
          }}
        />
      ) : null}
      {!sessions.loaded ? (
        <p>{uiText.loading}</p>
      ) : sessions.list.length === 0 ? (
        editing ? null : <p className="empty">{t.empty}</p>
      ) : (
        <SessionTable sessions={sessions.list} onEdit={(session) => setEditing({ mode: 'edit', session })} onSetCurrent={(s) => void setCurrent(s)} onOpenTable={(s) => onOpenTable(s.id)} />
      )}
    </section>
  );
}
