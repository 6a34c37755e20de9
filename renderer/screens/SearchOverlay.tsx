import { useEffect, useId, useRef, useState } from 'react';
import { workspaceText } from '@shared/text/workspace';
import { SearchResults } from '../components/search/SearchResults';
import type { SearchHit, SearchState } from '../state/search';
import { orderedHits, querySearch } from '../state/search';

interface Props {
  onOpenHit: (hit: SearchHit) => void;
  onClose: () => void;
}

/** How often a search is asked again while the index is still being built. */
const INDEXING_REQUERY_MS = 3_000;

/** The search dialog (Ctrl+K or /): type, move with ↑/↓, Enter opens the project. */
export function SearchOverlay({ onOpenHit, onClose }: Props) {
  const t = workspaceText.search;
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<SearchState>({ kind: 'idle' });
  const [active, setActive] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // A new answer: after typing (200 ms), and again every few seconds while the index is still
  // being built after start (the answer said so), until it is complete.
  const [round, setRound] = useState(0);
  useEffect(() => {
    const q = text.trim();
    if (!q) return setState({ kind: 'idle' });
    const n = ++asked.current;
    const timer = setTimeout(async () => {
      if (round === 0) setState({ kind: 'searching', text: q });
      const answer = await querySearch(q).catch((e: unknown) => ({ ok: false as const, code: 'internal' as const, message: String(e) }));
      if (n !== asked.current) return;
      if (round === 0) setActive(0);
      setState('ok' in answer ? { kind: 'error', text: q, error: answer } : { kind: 'done', text: q, result: answer });
    }, round === 0 ? 200 : INDEXING_REQUERY_MS);
    return () => clearTimeout(timer);
  }, [text, round]);
  const indexing = state.kind === 'done' ? state.result.indexing : undefined;
  useEffect(() => {
    if (indexing) setRound((r) => r + 1);
  }, [indexing]);

  const hits = state.kind === 'done' ? orderedHits(state.result) : [];
  const optionId = (i: number) => `${id}-opt-${i}`;
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
  }, [active]); // eslint-disable-line react-hooks/exhaustive-deps

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (hits.length) setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length);
    } else if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
      e.preventDefault();
      if (hits[active]) onOpenHit(hits[active]);
    }
  };

  return (
    <dialog ref={ref} className="dialog search-dialog" aria-label={t.dialogLabel} onCancel={(e) => (e.preventDefault(), onClose())} onClick={(e) => e.target === ref.current && onClose()}>
      <div className="search-box">
        <label htmlFor={`${id}-input`} className="sr-only">
          {t.input}
        </label>
        <input
          id={`${id}-input`}
          type="search"
          role="combobox"
          autoFocus
          autoComplete="off"
          aria-expanded={hits.length > 0}
          aria-controls={`${id}-list`}
          aria-activedescendant={hits.length ? optionId(active) : undefined}
          placeholder={t.placeholder}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setRound(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="search-status" role="status">
        {state.kind === 'searching'
          ? t.searching
          : state.kind === 'error'
            ? state.error.code === 'unknown-method'
              ? `${t.unavailable} (${state.error.message})`
              : state.error.message
            : state.kind === 'done'
              ? [
                  state.result.total === 0 ? t.none : `${t.count(state.result.total)}${state.result.relaxed ? ` · ${t.relaxed}` : ''}`,
                  indexing ? t.indexing(indexing.indexed, indexing.total) : '',
                ]
                  .filter(Boolean)
                  .join(' · ')
              : t.hint}
      </p>
      {state.kind === 'done' && hits.length ? (
        <SearchResults listId={`${id}-list`} result={state.result} active={active} optionId={optionId} onPick={onOpenHit} onHover={setActive} />
      ) : (
        <div id={`${id}-list`} role="listbox" aria-label={t.dialogLabel} hidden />
      )}
    </dialog>
  );
}
