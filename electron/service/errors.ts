import type { ApiErrorCode } from '@shared/api';

/** An expected failure a service reports to the caller; `message` is Korean, shown to the user. */
export class ServiceError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
