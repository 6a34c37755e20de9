import { useId } from 'react';
import type { LibraryEntry } from '@shared/model/library';
import { exchangeText } from '@shared/text/exchange';
import { currentDocuments } from '../../state/exchange';

interface Props {
  documents: LibraryEntry[];
  /** The document the next import replaces, '' for "not a new version", or null when unticked. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/** Library import option: "기존 문서의 새 버전으로 가져오기" and which document it replaces. */
export function RevisionOption({ documents, value, onChange }: Props) {
  const t = exchangeText.library;
  const id = useId();
  const choices = currentDocuments(documents);
  return (
    <div className="xc-revision">
      <label className="xc-check">
        <input type="checkbox" checked={value !== null} onChange={(e) => onChange(e.target.checked ? '' : null)} {...(value !== null ? { 'aria-controls': `${id}-doc` } : {})} />
        {t.newVersionOf}
      </label>
      {value !== null ? (
        <div className="xc-field">
          <label htmlFor={`${id}-doc`}>{t.replaces}</label>
          <select id={`${id}-doc`} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
            <option value="">{t.pick}</option>
            {choices.map((d) => (
              <option key={d.id} value={d.id}>
                {d.title}
                {d.date ? ` (${d.date})` : ''}
              </option>
            ))}
          </select>
          <span id={`${id}-hint`} className="xc-muted xc-small">
            {t.replacesHint}
          </span>
        </div>
      ) : null}
    </div>
  );
}
