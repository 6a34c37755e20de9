import { homedir } from 'node:os';
import { join } from 'node:path';

/** Folder name under the platform's per-user app-data location, shared by Electron and browser mode. */
export const APP_FOLDER = 'CouncilReview';

/**
 * Where the user's data lives. `COUNCIL_REVIEW_DATA_DIR` wins (tests, portable installs);
 * otherwise the same per-user location Electron's userData would be on each platform, so the
 * desktop app, browser mode and the CLI all see one library.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const override = env.COUNCIL_REVIEW_DATA_DIR?.trim();
  if (override) return override;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_FOLDER);
}
