/**
 * How screens call the service layer: `send(method, args)` resolves to the value or throws an
 * ApiCallError carrying the Korean message, so screens can show it as it is.
 */
import type { ApiArgs, ApiError, ApiMethod, ApiValue } from '@shared/api';
import { isApiError } from '@shared/api';

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

const lockedListeners = new Set<() => void>();

/** Called whenever any call answers `locked` (the PIN lock closed the data): the app shows its lock screen. */
export function onLocked(listener: () => void): () => void {
  lockedListeners.add(listener);
  return () => void lockedListeners.delete(listener);
}

export async function send<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> {
  const answer = await window.council.invoke(method, args);
  if (isApiError(answer)) {
    if (answer.code === 'locked' && method !== 'security:unlock') for (const listener of lockedListeners) listener();
    throw new ApiCallError(answer);
  }
  return answer;
}

/** Korean message of any failure, for display. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

export function fileToBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}
