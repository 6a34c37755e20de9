/**
 * CLI: `npm run -s parse -- FILE` prints the check JSON of FILE (UTF-8, BOM accepted).
 *   --tree   print the whole PlanDocument instead.
 */
import { readFileSync } from 'node:fs';
import { parsePlan, toCheckJson } from '@shared/parser/index';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
  process.stderr.write('usage: npm run -s parse -- FILE [--tree]\n');
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (err) {
  process.stderr.write(`cannot read ${file}: ${(err as Error).message}\n`);
  process.exit(2);
}
const doc = parsePlan(text);
process.stdout.write(JSON.stringify(args.includes('--tree') ? doc : toCheckJson(doc), null, 2) + '\n');
