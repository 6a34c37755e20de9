import { useEffect } from 'react';
import type { CommandHandlers } from './types';
import { findAction, handlers } from './registry';

/** One window-level keydown listener that runs registered commands. Mount once (App). */
export function useKeyboardCommands(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const action = findAction(e);
      if (!action) return;
      e.preventDefault();
      action.perform(handlers);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** A screen offers handlers while it is mounted; the latest render's functions are used. */
export function useCommandHandlers(offer: Partial<CommandHandlers>): void {
  useEffect(() => {
    Object.assign(handlers, offer);
    return () => {
      for (const key of Object.keys(offer) as (keyof CommandHandlers)[]) if (handlers[key] === offer[key]) delete handlers[key];
    };
  });
}
