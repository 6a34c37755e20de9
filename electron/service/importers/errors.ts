import { importText } from '@shared/text/import';

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'unsupported'
  | 'old-format'
  | 'binary'
  | 'corrupt'
  | 'encrypted'
  | 'copy-protected'
  | 'zip-bomb'
  | 'no-text';

export type ImportFailure = { ok: false; code: ImportErrorCode; message: string };

// Assigning here makes the compiler insist on a Korean message for every code.
const messages: Readonly<Record<ImportErrorCode, string>> = importText;

/** Thrown inside the format readers; index.ts turns it into an ImportFailure. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
    this.name = 'ImportError';
  }
}

export function importFailure(code: ImportErrorCode): ImportFailure {
  return { ok: false, code, message: messages[code] };
}

/** Any unexpected exception from a third-party reader means the file is not what it claims to be. */
export function failureFromError(error: unknown): ImportFailure {
  return importFailure(error instanceof ImportError ? error.code : 'corrupt');
}
