import type { AppInfo } from '@shared/api';
import type { ServiceContext } from './context';
import { APP_VERSION } from './version';
import { uiText } from '@shared/text/ui';

export async function appInfo(ctx: ServiceContext): Promise<AppInfo> {
  return {
    name: uiText.appName,
    version: APP_VERSION,
    transport: ctx.transport === 'electron' ? 'electron' : 'browser',
    dataDir: ctx.dataDir,
    notices: ctx.notices,
  };
}
