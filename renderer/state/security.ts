/**
 * The PIN lock as the renderer sees it (`security:*`): the status, the lock screen's trigger (a
 * `locked` answer to any call), and the window's own idle lock — keyboard, mouse and touch count as
 * use; after `idleMinutes` without any the window asks the service to lock. While the member is
 * busy in the window it also tells the service (`activity: true` on its status poll), so the
 * service's own idle lock, which only sees API calls, does not close the data under them.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SecurityStatus } from '@shared/api';
import { onLocked, send } from '../api/client';
import { keepDraftsInMemory } from './drafts';

// State
export interface SecurityState {
  status: SecurityStatus | null;
  /** The status could not be read (the service is unreachable): shown instead of the app. */
  error: string | null;
}

const POLL_MS = 30_000;
const IDLE_CHECK_MS = 5_000;
const ACTIVITY_EVENTS = ['keydown', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'focusin'] as const;

// Actions
export function useSecurity() {
  const [state, setState] = useState<SecurityState>({ status: null, error: null });
  const lastInput = useRef(Date.now());
  const reported = useRef(Date.now());

  const setStatus = useCallback((status: SecurityStatus) => setState({ status, error: null }), []);
  const refresh = useCallback(
    (activity = false) =>
      send('security:status', activity ? { activity: true } : {}).then(setStatus, (e: unknown) =>
        setState((s) => ({ ...s, error: e instanceof Error ? e.message : String(e) })),
      ),
    [setStatus],
  );
  useEffect(() => void refresh(), [refresh]);

  // Any call answering `locked`: show the lock screen at once, then read the exact status.
  useEffect(
    () =>
      onLocked(() => {
        setState((s) => (s.status ? { ...s, status: { ...s.status, enabled: true, locked: true } } : s));
        void refresh();
      }),
    [refresh],
  );

  const enabled = state.status?.enabled === true;
  const locked = state.status?.locked === true;
  // Unsaved drafts never reach the disk unencrypted while the lock is on.
  useEffect(() => {
    if (state.status) keepDraftsInMemory(enabled);
  }, [state.status, enabled]);
  const idleMinutes = state.status?.idleMinutes ?? 0;

  // Use of the window: remembered for the idle lock and reported to the service with the next poll.
  useEffect(() => {
    if (!enabled || locked) return;
    lastInput.current = Date.now();
    const seen = () => (lastInput.current = Date.now());
    for (const type of ACTIVITY_EVENTS) window.addEventListener(type, seen, { capture: true, passive: true });
    return () => {
      for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, seen, { capture: true });
    };
  }, [enabled, locked]);

  const lockNow = useCallback(async () => {
    try {
      setStatus(await send('security:lock', {}));
    } catch {
      void refresh();
    }
  }, [refresh, setStatus]);

  useEffect(() => {
    if (!enabled || locked) return;
    const poll = setInterval(() => {
      const active = lastInput.current > reported.current;
      reported.current = Date.now();
      void refresh(active);
    }, POLL_MS);
    const idle = setInterval(() => {
      if (idleMinutes > 0 && Date.now() - lastInput.current >= idleMinutes * 60_000) void lockNow();
    }, IDLE_CHECK_MS);
    return () => {
      clearInterval(poll);
      clearInterval(idle);
    };
  }, [enabled, locked, idleMinutes, refresh, lockNow]);

  return { ...state, setStatus, refresh, lockNow };
}

export type SecurityControls = ReturnType<typeof useSecurity>;
