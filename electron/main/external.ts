/**
 * Links out of the app (Electron security checklist 14: no shell.openExternal with untrusted
 * content). Only https links open, each after the user confirmed it in a dialog that shows the
 * site's host (punycode for look-alike names); one dialog at a time, so a page cannot flood the
 * user with prompts. Everything else — http, file:, javascript:, custom schemes, links carrying
 * a user name or password, very long addresses — is dropped without asking.
 */
import { dialog, shell } from 'electron';
import type { BrowserWindow, MessageBoxOptions } from 'electron';
import { externalLinkText } from '@shared/text/store';

export const MAX_EXTERNAL_URL_LENGTH = 2048;

/** The link as a URL if it may be offered to the user at all; null otherwise. */
export function safeExternalUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return null;
  }
  if (target.protocol !== 'https:') return null;
  if (target.username || target.password) return null; // https://bank.example@evil.example/
  if (!target.hostname || /[\u0000-\u001f\u007f\s]/.test(url)) return null;
  return target;
}

let asking = false;

/** Asks, then opens `url` in the default browser. Resolves true only if it was opened. */
export async function openExternalSafely(url: unknown, window?: BrowserWindow | null): Promise<boolean> {
  const target = safeExternalUrl(url);
  if (!target || asking) return false;
  asking = true;
  try {
    const options: MessageBoxOptions = {
      type: 'question',
      title: externalLinkText.title,
      message: externalLinkText.message,
      detail: externalLinkText.detail(target.hostname, target.href),
      buttons: [externalLinkText.open, externalLinkText.cancel],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    };
    const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(target.href);
    return true;
  } catch {
    return false;
  } finally {
    asking = false;
  }
}
