/**
 * The parts of an open document the screen asks for after its outline: the projects being read
 * (fields, tables, source lines) and, only when a tool needs it, the whole text. A project's
 * details are asked once per reading of the document (`reading`: the outline, which a correction
 * replaces, and which brings the first project's details along).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DocumentOutline, ProjectDetail } from '@shared/model/library';
import { messageOf, send } from '../api/client';

export type DetailState = { detail: ProjectDetail } | { error: string };

interface Found<T> {
  reading: object | null;
  value: T;
}

const NO_DETAILS: ReadonlyMap<string, DetailState> = new Map();

/** The details of the projects `keys` (the one shown, its linked one, the next): asked as they are wanted, kept. */
export function useProjectDetails(documentId: string, reading: DocumentOutline | null, keys: readonly string[]): ReadonlyMap<string, DetailState> {
  const asked = useRef<Found<Set<string>>>({ reading: null, value: new Set() });
  const [found, setFound] = useState<Found<ReadonlyMap<string, DetailState>>>({ reading: null, value: NO_DETAILS });
  const wanted = keys.join('\n');
  useEffect(() => {
    if (!reading) return;
    // The outline brings the first project's details along: no call for that one.
    if (asked.current.reading !== reading) asked.current = { reading, value: new Set(reading.first ? [reading.first.key] : []) };
    const put = (key: string, state: DetailState) =>
      setFound((f) => {
        if (asked.current.reading !== reading) return f; // an answer for a reading replaced meanwhile
        return { reading, value: new Map(f.reading === reading ? f.value : NO_DETAILS).set(key, state) };
      });
    for (const key of keys) {
      if (asked.current.value.has(key)) continue;
      asked.current.value.add(key);
      send('document:project', { id: documentId, key }).then(
        (detail) => put(key, { detail }),
        (e: unknown) => put(key, { error: messageOf(e) }),
      );
    }
  }, [documentId, reading, wanted]); // eslint-disable-line react-hooks/exhaustive-deps
  return useMemo(() => {
    const details = new Map(found.reading === reading ? found.value : NO_DETAILS);
    if (reading?.first) details.set(reading.first.key, { detail: reading.first.detail });
    return details;
  }, [found, reading]);
}

export interface DocumentLines {
  lines: readonly string[] | null;
  error: string | null;
}

const NO_LINES: DocumentLines = { lines: null, error: null };

/**
 * The document's text as lines, asked the first time `wanted` is true. A document's text never
 * changes (a new version is another document; corrections change only its reading), so once is enough.
 */
export function useDocumentLines(documentId: string, wanted: boolean): DocumentLines {
  const [found, setFound] = useState<{ documentId: string; value: DocumentLines } | null>(null);
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!wanted || asked.current === documentId) return;
    asked.current = documentId;
    send('document:text', { id: documentId }).then(
      ({ text }) => setFound({ documentId, value: { lines: text.split('\n'), error: null } }),
      (e: unknown) => setFound({ documentId, value: { lines: null, error: messageOf(e) } }),
    );
  }, [documentId, wanted]);
  return found?.documentId === documentId ? found.value : NO_LINES;
}
