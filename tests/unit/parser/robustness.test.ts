/**
 * The parser must never throw and must stay linear: random text, garbled seeds, huge lines.
 * (Speed is measured in the bench, not here; these tests only require that parsing returns.)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';
import type { PlanDocument, Position } from '@shared/parser/types';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const seedDir = path.resolve(repoRoot, '../shared/seeds');

/** A small work report, used when ../shared is absent. */
const FALLBACK_SEED = [
  '2024.1.16.[화] ~1.22.[월]',
  '제331회 서초구의회 임시회',
  '- 2024년도 -',
  '주요업무보고',
  '',
  '감사담당관',
  '',
  '보 고 순 서',
  '□ 2024년 주요업무 추진계획',
  '1. 청렴도 향상 추진\t13',
  '',
  '2024년 주요업무 추진계획',
  '',
  '1. 청렴도 향상 추진',
  '',
  '☐ 사업개요',
  '- 기 간 : 2024. 1. ~ 12.',
  '☐ 소요예산 : 61,694천원 【구비】',
  '구분\t금액',
  '합계\t61,694',
].join('\n');

function loadSeeds(): string[] {
  if (!existsSync(seedDir)) return [FALLBACK_SEED];
  return ['000_345d13fda245d6fb.txt', '001_edece043362cd899.txt']
    .map((f) => path.join(seedDir, f))
    .filter((p) => existsSync(p))
    .map((p) => readFileSync(p, 'utf8'));
}

const seeds = loadSeeds();
const seedLines = seeds.map((s) => s.split('\n'));

function positionsOf(doc: PlanDocument): Position[] {
  const out: Position[] = [];
  for (const u of doc.units) out.push(u.position);
  for (const s of doc.sections) out.push(s.position);
  for (const t of doc.tables) out.push(t.position);
  for (const p of doc.projects) {
    out.push(p.position);
    if (p.budget.position) out.push(p.budget.position);
    for (const f of p.fields) {
      out.push(f.position);
      for (const t of f.tables) out.push(t.position);
    }
    for (const t of p.tables) out.push(t.position);
  }
  for (const d of doc.diagnostics) if (d.position) out.push(d.position);
  return out;
}

/** Parses, checks the result is well formed, and returns it. */
function parseChecked(text: string): PlanDocument {
  const doc = parsePlan(text);
  expect(doc.type).toBe('document');
  // parsePlan turns its own exceptions into a diagnostic; a fuzz test must still see them.
  expect(doc.diagnostics.filter((d) => d.ruleId === 'parser:internal')).toEqual([]);
  const lineCount = doc.lineCount;
  for (const pos of positionsOf(doc)) {
    expect(pos.start.line).toBeGreaterThanOrEqual(1);
    expect(pos.end.line).toBeLessThanOrEqual(lineCount);
    expect(pos.start.line).toBeLessThanOrEqual(pos.end.line);
  }
  expect(() => JSON.stringify(toCheckJson(doc))).not.toThrow();
  return doc;
}

describe('parser robustness', () => {
  it('should never throw on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => {
        parseChecked(s);
      }),
      { numRuns: 300 },
    );
  });

  it('should never throw on random lines built from work-report vocabulary', () => {
    const pieces = ['1. 제목', '2 제목', '3', '□ 소요예산 : 1,000천원 【구비】', '보 고 순 서', '일 반 현 황', '2024년 주요업무 추진계획',
      '주요업무보고', '행 정 지 원 과', 'I. 일반 현황', '- 소요예산 : △', '【국비', '\t\t', '6-1. 세부', '① 항목', '○ 사업', '2024. 4.', '☎'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 200 }), (parts) => {
        parseChecked(parts.join('\n'));
      }),
      { numRuns: 200 },
    );
  });

  it('should never throw on mutated seed text (deleted, duplicated, shuffled lines, truncation)', () => {
    const mutation = fc.record({
      seed: fc.nat({ max: seedLines.length - 1 }),
      start: fc.nat(),
      length: fc.integer({ min: 1, max: 600 }),
      ops: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
          fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
          fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
        ),
        { maxLength: 30 },
      ),
    });
    fc.assert(
      fc.property(mutation, ({ seed, start, length, ops }) => {
        const all = seedLines[seed];
        const from = start % all.length;
        const lines = all.slice(from, from + length);
        for (const op of ops) {
          if (lines.length === 0) break;
          const at = op.at % lines.length;
          if (op.kind === 'delete') lines.splice(at, 1);
          else if (op.kind === 'duplicate') lines.splice(at, 0, lines[at]);
          else if (op.kind === 'swap') {
            const w = op.with % lines.length;
            [lines[at], lines[w]] = [lines[w], lines[at]];
          } else lines[at] = lines[at].slice(0, lines[at].length >> 1);
        }
        parseChecked(lines.join('\n'));
      }),
      { numRuns: 150 },
    );
  });

  it('should return on a 1 MB single line', () => {
    parseChecked('□ 소요예산 : 1,2'.repeat(70_000).slice(0, 1_000_000));
    parseChecked('1. '.repeat(340_000));
  });

  it('should return on 200k lines of repeated seed text', () => {
    const lines: string[] = [];
    for (let k = 0; lines.length < 200_000; k++) lines.push(...seedLines[k % seedLines.length]);
    const doc = parseChecked(lines.slice(0, 200_000).join('\n'));
    expect(doc.lineCount).toBe(200_000);
  });

  it('should return on binary-ish text', () => {
    let s = '';
    for (let i = 0; i < 200_000; i++) s += String.fromCharCode((i * 7919) % 0xffff);
    parseChecked(s);
  });
});
