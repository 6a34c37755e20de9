/**
 * Byte-for-byte guard for parser refactors: `parsePlan` output (the whole tree) of the seeds plus
 * a fixed, seeded set of random and mutated inputs.
 *   npx tsx scripts/parser-snapshot.ts write   DIR   — write DIR/<case>.json
 *   npx tsx scripts/parser-snapshot.ts compare DIR   — re-parse and compare with DIR (exit 1 on any change)
 * Inputs come from seeds/ and ../shared/seeds/ (when present); the generator is deterministic.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePlan } from '@shared/parser/index';
import { seededRandom } from './bench/random';

const [mode, dirArg] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'compare') || !dirArg) {
  process.stderr.write('usage: tsx scripts/parser-snapshot.ts write|compare DIR\n');
  process.exit(2);
}
const dir = resolve(dirArg);
const root = resolve(import.meta.dirname, '..');

function readSeeds(): [string, string][] {
  const out: [string, string][] = [];
  const seen = new Set<string>();
  for (const d of [join(root, 'seeds'), join(root, '../shared/seeds')]) {
    if (!existsSync(d)) continue;
    for (const n of readdirSync(d).filter((f) => f.endsWith('.txt')).sort()) {
      const text = readFileSync(join(d, n), 'utf8');
      if (!seen.has(text)) out.push([n, text]);
      seen.add(text);
    }
  }
  return out;
}


const TOKENS = [
  ' ', ' ', ' ', '\t', '\n', '\n', '\r\n', '\r', '\u00A0', '\u3000', '\u200B', '\uFEFF', '\u0007',
  '□', '☐', '■', '○', '❍', '◦', '●', '◎', '-', '–', '—', '·', '•', '▶', '※', '*', '**', '【', '】', '[', ']', '(', ')', '〈', '〉', '<', '>',
  ':', '：', '.', ',', '~', '%', '△', '▲', '①', '②', '③', '⑳', '➊', '➋', '❶', '➀', 'Ⅰ', 'Ⅱ', 'I', 'II', 'IV',
  '0', '1', '2', '12', '2024', '1,234', '20,916', '172.5', 'Ａ', '１', '２',
  '소요예산', '소 요 예 산', '사업비', '예산', '비예산', '천원', '백만원', '억', '원', '국비', '시비', '구비', '국·시·비', '기금',
  '주요업무보고', '보 고 순 서', '차례', '일반현황', '2024년 주요업무 추진계획', '2023년 주요업무 추진실적',
  '감사담당관', '행정지원과', '문화행정국', '센터', '☎', '과장', ' : ',
  '사업(과업) 소관', '계(①+②+③)', '사회보장 전략 1.', '대표과업1.', 'I-1-2. ', 'II-1-1-1 ', '세부사업',
  '이 행 계 획', '핵심전환분야', '목 표', '세 부 목 표', '1-1-', '담당 ', '사회복지과', '추진', '계획', '향후',
  '구구분분', '22001199', '<br>', '<span class="x">', '</td>', '제331회 서초구의회 임시회', '- 12 -', '서울특별시 광진구',
  '가', '나', '다', '함', 'a', 'Z', '🙂', '\uD800',
];

function randomText(r: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += TOKENS[Math.floor(r() * TOKENS.length)];
  return s;
}

function mutateLines(r: () => number, lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const x = r();
    if (x < 0.03) continue; // drop
    if (x < 0.05) out.push(line, line); // duplicate
    else if (x < 0.09) out.push(randomText(r, 1 + Math.floor(r() * 6)));
    else if (x < 0.13) {
      const at = Math.floor(r() * (line.length + 1));
      out.push(line.slice(0, at) + randomText(r, 1 + Math.floor(r() * 3)) + line.slice(at));
    } else if (x < 0.15) out.push(line.replace(/ /g, '\t'));
    else if (x < 0.17) out.push(line.replace(/\t/g, ' '));
    else if (x < 0.19) out.push(' ' + line);
    else if (x < 0.2) out.push(line.replace(/\s+/g, ''));
    else out.push(line);
  }
  return out;
}

function cases(): [string, string][] {
  const seeds = readSeeds();
  const out: [string, string][] = seeds.map(([n, t], k) => [`seed-${k}-${n.replace(/[^\w.-]+/g, '_')}`, t]);
  const r = seededRandom(20240611);
  const seedLines = seeds.map(([, t]) => t.split('\n'));
  let k = 0;
  const add = (text: string) => out.push([`case-${String(k++).padStart(4, '0')}`, text]);
  // Whole seeds, mutated.
  for (const ls of seedLines) for (let j = 0; j < 3; j++) add(mutateLines(r, ls).join(r() < 0.5 ? '\n' : '\r\n'));
  // Windows of seeds (keeps each family detectable), some mutated.
  for (let j = 0; j < 320 && seedLines.length; j++) {
    const ls = seedLines[j % seedLines.length];
    const len = 1 + Math.floor(r() ** 2 * 3000);
    const from = Math.floor(r() * Math.max(1, ls.length - len));
    const win = ls.slice(from, from + len);
    add((r() < 0.6 ? mutateLines(r, win) : win).join('\n'));
  }
  // Longer windows: whole stretches of each family, lightly mutated.
  for (let j = 0; j < 160 && seedLines.length; j++) {
    const ls = seedLines[j % seedLines.length];
    const len = 1000 + Math.floor(r() * 4000);
    const from = Math.floor(r() * Math.max(1, ls.length - len));
    const win = ls.slice(from, from + len);
    add((r() < 0.5 ? mutateLines(r, win) : win).join('\n'));
  }
  // Random token soup.
  for (let j = 0; j < 200; j++) add(randomText(r, Math.floor(r() * 400)));
  // Splices of two seeds (mixed families).
  for (let j = 0; j < 24 && seedLines.length > 1; j++) {
    const a = seedLines[Math.floor(r() * seedLines.length)];
    const b = seedLines[Math.floor(r() * seedLines.length)];
    const fa = Math.floor(r() * a.length);
    const fb = Math.floor(r() * b.length);
    add([...a.slice(fa, fa + 800), ...b.slice(fb, fb + 800)].join('\n'));
  }
  // Edge cases.
  for (const t of ['', ' ', '\n\n', '\uFEFF', '- 1 -', 'x'.repeat(20000), '1. '.repeat(5000), '□'.repeat(3000), ' \t'.repeat(3000)]) add(t);
  return out;
}

let changed = 0;
let n = 0;
if (mode === 'write') mkdirSync(dir, { recursive: true });
for (const [name, text] of cases()) {
  const json = JSON.stringify(parsePlan(text));
  const file = join(dir, `${name}.json`);
  n++;
  if (mode === 'write') writeFileSync(file, json);
  else if (!existsSync(file) || readFileSync(file, 'utf8') !== json) {
    changed++;
    if (changed <= 20) process.stderr.write(`changed: ${name}\n`);
    writeFileSync(join(dir, `${name}.after.json`), json);
  }
}
if (mode === 'write') console.log(`wrote ${n} outputs to ${dir}`);
else {
  console.log(`${n} inputs compared, ${changed} changed`);
  if (changed) process.exitCode = 1;
}
