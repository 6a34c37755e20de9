import { useState } from 'react';
import type { MemberEntry } from '@shared/model/member';
import type { SessionEntry } from '@shared/model/session';
import { sessionLabel } from '@shared/model/session';
import { exchangeText } from '@shared/text/exchange';
import { messageOf, send } from '../../api/client';
import { saveBase64File } from '../../api/download';
import type { NoticeData } from '../common/Notice';
import { isStaff } from '@shared/model/member';

interface Props {
  members: MemberEntry[];
  current: MemberEntry | null;
  session: SessionEntry | null;
  onNotify: (n: NoticeData) => void;
}

/** "내 의견 내보내기": scope, documents, and the download of the `.crb` under the API's file name. */
export function BundleExport({ members, current, session, onNotify }: Props) {
  const t = exchangeText.export;
  // Until the user chooses: the current session when there is one (sessions load after the first render).
  const [scope, setScope] = useState<'current' | 'all' | null>(null);
  const [includeDocuments, setIncludeDocuments] = useState(false);
  const [includePrivate, setIncludePrivate] = useState(false);
  const [memberId, setMemberId] = useState('');
  const [busy, setBusy] = useState(false);
  const [protect, setProtect] = useState(false);
  const [password, setPassword] = useState('');
  const passwordShort = protect && password.length < 8;
  const staff = current !== null && isStaff(current);
  const who = memberId || current?.id || '';
  const useScope = session ? (scope ?? 'current') : 'all';

  const run = async () => {
    setBusy(true);
    try {
      const out = await send('bundle:export', {
        ...(useScope === 'current' && session ? { sessionId: session.id } : {}),
        ...(who && who !== current?.id ? { memberId: who } : {}),
        ...(includeDocuments ? { includeDocuments: true } : {}),
        ...(includePrivate && who === current?.id ? { includePrivate: true } : {}),
        ...(protect ? { password } : {}),
      });
      saveBase64File(out.fileName, out.dataBase64);
      onNotify({ kind: 'success', title: t.done(out.fileName), body: `${t.doneBody(out.annotationCount, out.documentCount)}${out.encrypted ? ` ${t.doneEncrypted}` : ''}` });
    } catch (error) {
      onNotify({ kind: 'error', title: t.failed, body: messageOf(error) });
    }
    setBusy(false);
  };

  return (
    <section className="xc-card" aria-labelledby="xc-export-heading" id="xc-export">
      <h2 id="xc-export-heading">{t.heading}</h2>
      <p className="xc-intro">{t.intro}</p>
      <div className="xc-options">
        <fieldset className="xc-fieldset">
          <legend>{t.scope}</legend>
          <label className="xc-check">
            <input type="radio" name="xc-scope" value="current" checked={useScope === 'current'} disabled={!session} onChange={() => setScope('current')} />
            {session ? t.scopeCurrent(`${sessionLabel(session)} ${session.committee}`) : t.scopeCurrentNone}
          </label>
          <label className="xc-check">
            <input type="radio" name="xc-scope" value="all" checked={useScope === 'all'} onChange={() => setScope('all')} />
            {t.scopeAll}
          </label>
        </fieldset>
        <div className="xc-fieldset xc-plain">
          {staff && members.length > 1 ? (
            <div className="xc-field">
              <label htmlFor="xc-export-who">{t.who}</label>
              <select id="xc-export-who" value={who} onChange={(e) => setMemberId(e.target.value)}>
                {members.map((m) => (
                  <option key={m.id} value={m.id}>
                    {m.id === current?.id ? t.whoMe(m.name) : `${m.name} (${m.role})`}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <label className="xc-check">
            <input type="checkbox" checked={includeDocuments} onChange={(e) => setIncludeDocuments(e.target.checked)} />
            {t.includeDocuments}
          </label>
          <label className="xc-check">
            <input type="checkbox" checked={includePrivate && who === current?.id} disabled={who !== current?.id} onChange={(e) => setIncludePrivate(e.target.checked)} />
            {t.includePrivate}
          </label>
          <label className="xc-check">
            <input type="checkbox" checked={protect} onChange={(e) => setProtect(e.target.checked)} />
            {t.protect}
          </label>
          {protect ? (
            <div className="xc-field xc-password">
              <label htmlFor="xc-export-password">{t.password}</label>
              <input
                id="xc-export-password"
                type="password"
                autoComplete="new-password"
                value={password}
                aria-invalid={passwordShort && password.length > 0 ? true : undefined}
                aria-describedby="xc-export-password-hint"
                onChange={(e) => setPassword(e.target.value)}
              />
              <span id="xc-export-password-hint" className="xc-muted xc-small">
                {passwordShort ? t.passwordShort : t.passwordHint}
              </span>
            </div>
          ) : null}
        </div>
      </div>
      <button type="button" className="primary" onClick={() => void run()} disabled={busy || !current || passwordShort}>
        {busy ? t.working : t.button}
      </button>
    </section>
  );
}
