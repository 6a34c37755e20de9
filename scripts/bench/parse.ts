/** Parse all seeds vs the floor: decode + split lines + NFC normalise of the same bytes. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan } from '@shared/parser/index';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';

export async function benchParse(seedsDir: string): Promise<BenchFigure[]> {
  const files = readdirSync(seedsDir).filter((n) => n.endsWith('.txt')).map((n) => readFileSync(join(seedsDir, n)));
  const decoder = new TextDecoder('utf-8');
  const floor = () => files.map((b) => decoder.decode(b).normalize('NFC').split('\n').length);
  const full = () => files.map((b) => parsePlan(decoder.decode(b)).projects.length);
  for (let i = 0; i < 3; i++) (floor(), full()); // warm up the JIT
  const floors: number[] = [];
  const parses: number[] = [];
  for (let i = 0; i < 15; i++) {
    floors.push(await timeMs(floor));
    parses.push(await timeMs(full));
  }
  return [figure('parse all seeds (median)', percentile(parses, 50), 'ms', percentile(floors, 50))];
}
