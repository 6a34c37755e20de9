/**
 * Command line over the same service layer: `npm run -s cli -- list`, `… import FILE [--plain]`,
 * `… minutes --session ID --out FILE.xlsx`.
 * Honours COUNCIL_REVIEW_DATA_DIR. Prints JSON on stdout; Korean errors on stderr, exit code 1.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isApiError } from '@shared/api';
import { cliText } from '@shared/text/cli';
import { createDispatcher } from './dispatch';
import { seedsDir } from './paths';
import { createServiceContext } from './service/context';
import { resolveDataDir } from './service/paths';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help') {
    console.log(cliText.usage);
    return command ? 0 : 1;
  }
  const ctx = await createServiceContext({ dataDir: resolveDataDir(), seedsDir, transport: 'cli' });
  const dispatch = createDispatcher(ctx);
  const call = async (method: string, args: unknown) => {
    const answer = await dispatch(method, args);
    // A file with no plan structure: say how to import it anyway (the app offers 그래도 가져오기).
    if (isApiError(answer)) throw new CliError(answer.code === 'not-a-plan' ? `${answer.message}\n${cliText.importPlainHint}` : answer.message);
    return answer;
  };
  switch (command) {
    case 'list':
      print(await call('library:list', {}));
      return 0;
    case 'import': {
      const file = rest.find((a) => !a.startsWith('--'));
      if (!file) throw new CliError(cliText.usage);
      const bytes = await readFile(file).catch(() => {
        throw new CliError(cliText.fileMissing(file));
      });
      const asPlainText = rest.includes('--plain') ? { asPlainText: true } : {};
      print(await call('library:import', { fileName: basename(file), dataBase64: bytes.toString('base64'), ...asPlainText }));
      return 0;
    }
    case 'minutes': {
      const session = option(rest, '--session');
      const out = option(rest, '--out');
      if (!session || !out) throw new CliError(cliText.usage);
      const format = out.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
      const file = (await call('minutes:export', { sessionId: session, options: { format } })) as { fileName: string; dataBase64: string };
      await writeFile(out, Buffer.from(file.dataBase64, 'base64'));
      print({ file: out, suggestedName: file.fileName });
      return 0;
    }
    default:
      throw new CliError(`${cliText.unknownCommand(command)}\n${cliText.usage}`);
  }
}

class CliError extends Error {}

function option(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function print(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError ? error.message : cliText.startFailed(String((error as Error)?.message ?? error)));
    process.exit(1);
  },
);
