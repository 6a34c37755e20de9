import type { AppInfo } from '@shared/api';
import type { ServiceContext } from './context';
import { APP_VERSION } from './version';

export async function appInfo(ctx: ServiceContext): Promise<AppInfo> {
  return {
    name: '의정 검토',
    version: APP_VERSION,
    transport: ctx.transport === 'electron' ? 'electron' : 'browser',
    dataDir: ctx.dataDir,
    notices: ctx.notices,
  };
}
