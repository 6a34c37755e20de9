import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiArgs } from '@shared/api';
import type { ImportSummary, LibraryEntry } from '@shared/model/library';
import { uiText } from '@shared/text/ui';
import type { ProjectListMapping, ProjectListPreview } from '@shared/model/projectList';
import { projectListUiText } from '@shared/text/projectList';
import { ApiCallError, fileToBase64, messageOf, send } from '../api/client';
import { SheetMappingDialog } from '../components/library/SheetMappingDialog';
import { ConfirmDialog } from '../components/common/ConfirmDialog';
import type { NoticeData } from '../components/common/Notice';
import { Notice } from '../components/common/Notice';
import { DocumentTable } from '../components/library/DocumentTable';
import { ImportControl } from '../components/library/ImportControl';
import { RevisionOption } from '../components/exchange/RevisionOption';
import { exchangeText } from '@shared/text/exchange';
import { readingCheckText } from '@shared/text/readingCheck';
import { ReadingCheckSummary } from '../components/check/ReadingCheck';
import type { CheckTarget } from '../components/check/readingCheckModel';

/** `active`: shown (it stays mounted, hidden, while another screen is open); shown again, it reads the list anew. */
export function LibraryScreen({ active, onOpen }: { active: boolean; onOpen: (id: string, target?: CheckTarget) => void }) {
  const [documents, setDocuments] = useState<LibraryEntry[] | null>(null);
  const [notices, setNotices] = useState<NoticeData[]>([]);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ label: string; fraction: number } | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<LibraryEntry | null>(null);
  // '기존 문서의 새 버전으로 가져오기': null = off, '' = ticked but no document chosen yet.
  const [replaces, setReplaces] = useState<string | null>(null);
  // A spreadsheet waiting for its columns to be named; `resolve` gets the mapping, or null on 취소.
  const [asking, setAsking] = useState<{ fileName: string; preview: ProjectListPreview; resolve: (m: ProjectListMapping | null) => void } | null>(null);
  const t = uiText.library;

  const askMapping = (fileName: string, preview: ProjectListPreview) =>
    new Promise<ProjectListMapping | null>((resolve) => setAsking({ fileName, preview, resolve }));

  const notify = (n: NoticeData) => setNotices((list) => [...list, n]);
  const refresh = useCallback(() => send('library:list', {}).then(setDocuments, (e) => notify({ kind: 'error', title: messageOf(e) })), []);

  useEffect(() => {
    void refresh();
    send('app:info', {}).then(
      (info) => info.notices.forEach((n) => notify({ kind: 'info', title: n })),
      () => undefined,
    );
    return window.council.on('progress', (p) => setProgress(p.fraction >= 1 ? null : { label: p.label, fraction: p.fraction }));
  }, [refresh]);
  // Notes written and documents corrected elsewhere change the counts: read them when shown again.
  const wasActive = useRef(active);
  useEffect(() => {
    if (active && !wasActive.current) void refresh();
    wasActive.current = active;
  }, [active, refresh]);

  /** The import summary: counts, and the reading check with one click to each differing item. */
  const notifyImported = (summary: ImportSummary) => {
    const r = summary.revision;
    const check = summary.check ? <ReadingCheckSummary check={summary.check} onGo={(target) => onOpen(summary.documentId, target)} /> : undefined;
    if (r) return notify({ kind: 'success', title: exchangeText.library.revised(summary.title), body: exchangeText.library.revisedBody(r.reattached, r.orphaned, r.automatic), detail: check });
    notify({
      kind: 'success',
      title: `${uiText.import.doneTitle}: ${summary.title}`,
      body: [
        summary.duplicate
          ? uiText.import.duplicate
          : uiText.import.summary(summary.unitCount, summary.projectCount, uiText.money.short(summary.budgetThousandWon), summary.diagnostics),
        summary.mappingSource === 'remembered' ? projectListUiText.rememberedUsed : summary.mappingSource === 'given' ? projectListUiText.mappingSaved : '',
      ]
        .filter(Boolean)
        .join(' '),
      detail: check,
    });
  };

  /** No plan structure in the file: say so, and offer to take it as plain text (issue 10). */
  const notifyNotAPlan = (message: string, args: ApiArgs<'library:import'>) => {
    const { fileName } = args;
    const notice: NoticeData = {
      kind: 'error',
      title: `${uiText.import.failedTitle}: ${fileName}`,
      body: message,
      detail: (
        <>
          <p>{readingCheckText.importAnywayHint}</p>
          <p className="notice-actions">
            <button type="button" onClick={() => void importAnyway(notice, args)} aria-label={readingCheckText.importAnywayLabel(fileName)}>
              {readingCheckText.importAnyway}
            </button>
          </p>
        </>
      ),
    };
    notify(notice);
  };

  const importAnyway = async (notice: NoticeData, args: ApiArgs<'library:import'>) => {
    setNotices((list) => list.filter((x) => x !== notice));
    setBusy(true);
    try {
      notifyImported(await send('library:import', { ...args, asPlainText: true }));
    } catch (error) {
      notify({ kind: 'error', title: `${uiText.import.failedTitle}: ${args.fileName}`, body: messageOf(error) });
    }
    setBusy(false);
    await refresh();
  };

  const importFiles = useCallback(
    async (files: File[]) => {
      if (replaces === '') return notify({ kind: 'error', title: exchangeText.library.replaces, body: exchangeText.library.pick });
      setBusy(true);
      for (const file of files) {
        setProgress({ label: file.name, fraction: 0 });
        let args: ApiArgs<'library:import'> | undefined;
        try {
          args = { fileName: file.name, dataBase64: await fileToBase64(file), ...(replaces ? { replacesDocumentId: replaces } : {}) };
          let summary;
          try {
            summary = await send('library:import', args);
          } catch (error) {
            // A spreadsheet whose columns are not known yet: ask, then send it again with the mapping.
            if (!(error instanceof ApiCallError && error.error.field === 'mapping')) throw error;
            const preview = await send('library:sheet-preview', { fileName: args.fileName, dataBase64: args.dataBase64 });
            setProgress(null);
            const mapping = await askMapping(file.name, preview);
            if (!mapping) continue;
            setProgress({ label: file.name, fraction: 0.5 });
            summary = await send('library:import', { ...args, mapping });
          }
          notifyImported(summary);
        } catch (error) {
          if (args && error instanceof ApiCallError && error.error.code === 'not-a-plan') notifyNotAPlan(error.message, args);
          else notify({ kind: 'error', title: `${uiText.import.failedTitle}: ${file.name}`, body: messageOf(error) });
        }
      }
      setProgress(null);
      setBusy(false);
      setReplaces(null);
      await refresh();
    },
    [refresh, replaces],
  );

  const confirmRemoval = async () => {
    const entry = pendingRemoval;
    setPendingRemoval(null);
    if (!entry) return;
    try {
      await send('library:remove', { id: entry.id });
      notify({ kind: 'info', title: t.removed(entry.title) });
    } catch (error) {
      notify({ kind: 'error', title: messageOf(error) });
    }
    await refresh();
  };

  return (
    <section className="library" aria-labelledby="library-heading">
      <div className="screen-head">
        <div>
          <h1 id="library-heading">{t.heading}</h1>
          <p className="lead">{t.intro}</p>
        </div>
        <div className="xc-import-wrap">
          <ImportControl busy={busy} progress={progress} onFiles={importFiles} />
          <RevisionOption documents={documents ?? []} value={replaces} onChange={setReplaces} />
        </div>
      </div>
      <div className="notices">
        {notices.map((n, i) => (
          <Notice key={i} notice={n} onClose={() => setNotices((list) => list.filter((x) => x !== n))} />
        ))}
      </div>
      {documents === null ? (
        <p>{uiText.loading}</p>
      ) : documents.length === 0 ? (
        <p className="empty">{t.empty}</p>
      ) : (
        <DocumentTable documents={documents} onOpen={onOpen} onRemove={setPendingRemoval} />
      )}
      {asking ? (
        <SheetMappingDialog
          fileName={asking.fileName}
          preview={asking.preview}
          onImport={(mapping) => (setAsking(null), asking.resolve(mapping))}
          onCancel={() => (setAsking(null), asking.resolve(null))}
        />
      ) : null}
      {pendingRemoval ? (
        <ConfirmDialog
          title={t.removeConfirmTitle}
          body={t.removeConfirmBody(pendingRemoval.title)}
          confirmLabel={t.remove}
          danger
          onConfirm={confirmRemoval}
          onCancel={() => setPendingRemoval(null)}
        />
      ) : null}
    </section>
  );
}
