/**
 * The IPC transport: one channel carries every API call to the shared dispatcher; the sender is
 * checked to be the app's own page before anything runs.
 */
import { ipcMain } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import { apiText } from '@shared/text/api';
import type { Dispatch } from '../dispatch';
import { isAppUrl } from './window';

export const INVOKE_CHANNEL = 'council:invoke';

export function registerIpc(dispatch: Dispatch, rendererIndexUrl: string): void {
  ipcMain.handle(INVOKE_CHANNEL, (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const senderUrl = event.senderFrame?.url ?? '';
    if (!isAppUrl(senderUrl, rendererIndexUrl)) return { ok: false, code: 'forbidden', message: apiText.forbidden };
    return dispatch(method, args);
  });
}
