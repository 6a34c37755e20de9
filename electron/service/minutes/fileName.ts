/** The suggested file name of a minutes export: 제331회_행정복지위원회_회의록_2024-01-16.xlsx. */
import type { MinutesSessionHeader } from '@shared/model/minutes';
import { minutesText } from '@shared/text/minutes';

/** Characters Windows refuses in file names, and control characters. */
const ILLEGAL = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Keeps the full path well under Windows' 260-character limit once a folder is added. */
const MAX_STEM = 120;

/** One part of the name: NFC (macOS may hand us decomposed Hangul), legal, spaces as underscores. */
function safePart(part: string): string {
  return part
    .normalize('NFC')
    .replace(ILLEGAL, '_')
    .replace(/\s+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[_.]+|[_.]+$/g, ''); // Windows drops trailing dots; leading ones hide the file elsewhere
}

export function minutesFileName(session: MinutesSessionHeader, ext = 'xlsx'): string {
  const parts = [
    Number.isFinite(session.number) ? `제${session.number}회` : '',
    session.committee,
    minutesText.fileNameWord,
    session.startDate,
  ];
  const stem = parts.map(safePart).filter(Boolean).join('_').slice(0, MAX_STEM).replace(/[_.]+$/, '');
  const extension = safePart(ext.replace(/^\.+/, '')) || 'xlsx';
  return `${stem}.${extension}`;
}
