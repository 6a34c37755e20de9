/**
 * How screens call the service layer: `send(method, args)` resolves to the value or throws an
 * ApiCallError carrying the Korean message, so screens can show it as it is.
 */
import type { ApiArgs, ApiError, ApiMethod, ApiResponse, ApiValue } from '@shared/api';
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

/**
 * Calls sent before React has drawn anything (boot.ts), by method and arguments: the first
 * `send` of the same call takes its answer instead of asking again. An answer nobody took soon,
 * or an error, is not used: that call goes to the service afresh.
 */
const early = new Map<string, { answer: Promise<unknown>; sentAt: number }>();
const EARLY_ANSWER_MS = 10_000;
const callKey = (method: string, args: unknown) => `${method} ${JSON.stringify(args)}`;

export function sendEarly<M extends ApiMethod>(method: M, args: ApiArgs<M>): void {
  early.set(callKey(method, args), { answer: window.council.invoke(method, args), sentAt: Date.now() });
}

async function takeEarly(method: string, args: unknown): Promise<unknown> {
  if (early.size === 0) return undefined; // no key to build: arguments can be a 60 MB file
  const key = callKey(method, args);
  const kept = early.get(key);
  early.delete(key);
  if (!kept || Date.now() - kept.sentAt > EARLY_ANSWER_MS) return undefined;
  const answer = await kept.answer;
  return isApiError(answer) ? undefined : answer;
}

export async function send<M extends ApiMethod>(method: M, args: ApiArgs<M>): Promise<ApiValue<M>> {
  const answer = ((await takeEarly(method, args)) as ApiResponse<M> | undefined) ?? (await window.council.invoke(method, args));
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
