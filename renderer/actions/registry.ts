import type { Action, CommandHandlers } from './types';

const actions: Action[] = [];

/** Adds a command; names are unique (a second registration is a programming error). */
export function register(action: Action): Action {
  if (actions.some((a) => a.name === action.name)) throw new Error(`duplicate action ${action.name}`);
  actions.push(action);
  return action;
}

export function listActions(): readonly Action[] {
  return actions;
}

/** The handlers the mounted screens offer now (filled by useCommandHandlers). */
export const handlers: Partial<CommandHandlers> = {};

export function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || !el.tagName) return false;
  return el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName);
}

/** The command a key press asks for, if its handler is available. */
export function findAction(e: KeyboardEvent): Action | null {
  const typing = isTyping(e.target);
  const modal = document.querySelector('dialog[open]');
  for (const a of actions) {
    if (typing && !a.whileTyping) continue;
    if (modal && a.name !== 'closeOverlay') continue;
    if (!handlers[a.name]) continue;
    if (a.keyTest(e)) return a;
  }
  return null;
}
