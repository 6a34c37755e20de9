import { useCallback, useEffect, useState } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import type { MemberEntry } from '@shared/model/member';
import type { OrphanEntry } from '@shared/model/revision';
import { exchangeText } from '@shared/text/exchange';
import { messageOf, send } from '../api/client';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { BundleExport } from '../components/exchange/BundleExport';
import { BundleImport } from '../components/exchange/BundleImport';
import { OrphanList } from '../components/exchange/OrphanList';
import { currentDocuments } from '../state/exchange';
import { useSessions } from '../state/sessions';

interface Props {
  member: MemberEntry | null;
  /** Scroll to a part of the screen on arrival (the document screen links to the orphans). */
  section?: 'orphans';
}

/** 주고받기: bundles out and in between laptops, and the notes that lost their place. */
export function ExchangeScreen({ member, section }: Props) {
  const t = exchangeText;
  const sessions = useSessions();
  const [members, setMembers] = useState<MemberEntry[]>([]);
  const [documents, setDocuments] = useState<LibraryEntry[]>([]);
  const [orphans, setOrphans] = useState<OrphanEntry[] | null>(null);
  const [notices, setNotices] = useState<NoticeData[]>([]);
  const notify = useCallback((n: NoticeData) => setNotices((list) => [...list.slice(-2), n]), []);

  const reload = useCallback(async (): Promise<OrphanEntry[]> => {
    try {
      const [docs, list] = await Promise.all([send('library:list', {}), send('annotation:orphans', {})]);
      setDocuments(docs);
      setOrphans(list);
      return list;
    } catch (error) {
      notify({ kind: 'error', title: messageOf(error) });
      return [];
    }
  }, [notify]);

  useEffect(() => {
    void reload();
    send('member:list', {}).then(setMembers, (e) => notify({ kind: 'error', title: messageOf(e) }));
  }, [reload, notify, member?.id]);

  useEffect(() => {
    if (section !== 'orphans' || orphans === null) return;
    jumpTo('xc-orphans-heading');
  }, [section, orphans === null]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <section className="xc-screen" aria-labelledby="xc-heading">
      <div className="screen-head">
        <div>
          <h1 id="xc-heading">{t.heading}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        <nav className="xc-jump" aria-label={t.jump.label}>
          <button type="button" className="link" onClick={() => jumpTo('xc-export-heading')}>
            {t.jump.export}
          </button>
          <button type="button" className="link" onClick={() => jumpTo('xc-import-heading')}>
            {t.jump.import}
          </button>
          <button type="button" className="link" onClick={() => jumpTo('xc-orphans-heading')}>
            {t.jump.orphans}
            {orphans?.length ? ` (${orphans.length})` : ''}
          </button>
        </nav>
      </div>
      <div className="notices">
        {notices.map((n, i) => (
          <Notice key={i} notice={n} onClose={() => setNotices((list) => list.filter((x) => x !== n))} />
        ))}
      </div>
      <div className="xc-grid">
        <BundleExport members={members} current={member} session={sessions.current} onNotify={notify} />
        <BundleImport
          onApplied={() => {
            void reload().then((list) => list.length && notify({ kind: 'info', title: t.import.reportOrphans(list.length) }));
            void sessions.reload();
          }}
        />
      </div>
      <OrphanList orphans={orphans} documents={currentDocuments(documents)} onReattached={() => void reload()} onNotify={notify} />
    </section>
  );
}

/** Brings a part of the screen into view and moves focus there (no URL change: browser mode keeps its token in the hash). */
function jumpTo(id: string): void {
  const el = document.getElementById(id);
  if (!el) return;
  if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
  el.scrollIntoView({ block: 'start' });
  el.focus({ preventScroll: true });
}
