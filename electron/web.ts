/**
 * Browser mode: `npm run web -- --port N --data-dir DIR`. Serves the built renderer and the API
 * from the same service layer as the desktop app, on 127.0.0.1 only. The first line of stdout is
 * the URL to open (it carries the per-run access token).
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliText } from '@shared/text/cli';
import { openAppService } from './appService';
import { rendererOutDir, seedsDir } from './paths';
import { resolveDataDir } from './service/paths';
import type { WebServer } from './web/server';
import { startWebServer } from './web/server';

export interface WebOptions {
  port: number;
  dataDir: string;
}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): WebOptions {
  let port = Number(env.PORT ?? 5178);
  let dataDir = resolveDataDir(env);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' && value !== undefined) (port = Number(value)), i++;
    else if (arg?.startsWith('--port=')) port = Number(arg.slice(7));
    else if (arg === '--data-dir' && value !== undefined) (dataDir = value), i++;
    else if (arg?.startsWith('--data-dir=')) dataDir = arg.slice(11);
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be 0..65535, got ${port}`);
  return { port, dataDir };
}

export async function startBrowserMode(options: WebOptions): Promise<WebServer> {
  if (!existsSync(join(rendererOutDir, 'index.html'))) {
    throw new Error(`The renderer is not built (${rendererOutDir}). Run: npm run build`);
  }
  let web: WebServer | undefined;
  const { dispatch } = await openAppService({ dataDir: options.dataDir, seedsDir, transport: 'browser', emit: (event, payload) => web?.emit(event, payload) }, import.meta.dirname);
  web = await startWebServer({
    dispatch,
    staticDir: rendererOutDir,
    token: randomBytes(24).toString('hex'),
    port: options.port,
  });
  return web;
}

const isEntry = process.argv[1] && /web\.(ts|js|mjs)$/.test(process.argv[1]);
if (isEntry) {
  try {
    const options = parseWebArgs(process.argv.slice(2));
    const web = await startBrowserMode(options);
    console.log(web.url);
    console.log(cliText.webReady(options.dataDir));
    const stop = () => void web.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(cliText.startFailed((error as Error).message));
    process.exit(1);
  }
}
