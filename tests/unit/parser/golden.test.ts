/**
 * Conformance: parse each seed that has a hand-checked gold file and hold the scores to targets.
 * Seeds and gold files live beside the repository in ../shared (not shipped); without it the suite
 * is skipped with a message. Each family adds its row to CASES.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';
import { scorePlan } from '../../helpers/scorePlan';
import type { GoldFile, PlanScore } from '../../helpers/scorePlan';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedDir = path.resolve(repoRoot, '../shared');

type Minimums = Partial<Omit<PlanScore, 'problems' | 'parsed' | 'expected'>>;

/** One row per gold file whose family is implemented: { gold, minimums }. */
const CASES: { gold: string; minimums: Minimums }[] = [
  // 주요업무보고 (work report), 서초구 2024.
  { gold: '000.json', minimums: { f1: 0.98, unit: 0.97, title: 0.97, section: 0.97, budget: 0.95, source: 0.9, unitsFound: 0.97 } },
  // 시행계획 시행결과 (result sheets), 광진구 2023.
  { gold: '002.json', minimums: { f1: 0.98, unit: 0.97, title: 0.97, section: 0.97, budget: 0.95, source: 0.9, unitsFound: 0.97 } },
  // 이행계획 (implementation plan), 서대문구 2022.
  { gold: '004.json', minimums: { f1: 0.98, unit: 0.97, title: 0.97, section: 0.97, budget: 0.95, source: 0.9, unitsFound: 0.97 } },
];

const haveShared = existsSync(path.join(sharedDir, 'gold'));
if (!haveShared) console.warn(`golden parser tests skipped: ${sharedDir} (seeds and gold files) is absent`);

describe.skipIf(!haveShared)('parser conformance against gold files', () => {
  for (const { gold: goldName, minimums } of CASES) {
    it(`should reach the target scores on ${goldName}`, () => {
      const gold = JSON.parse(readFileSync(path.join(sharedDir, 'gold', goldName), 'utf8')) as GoldFile;
      const seedPath = path.resolve(repoRoot, '../shared/seeds', gold.file);
      expect(existsSync(seedPath), `seed ${gold.file} for ${goldName}`).toBe(true);
      const doc = parsePlan(readFileSync(seedPath, 'utf8'));
      const score = scorePlan(gold, toCheckJson(doc));
      for (const [metric, min] of Object.entries(minimums)) {
        const value = score[metric as keyof Minimums];
        expect(value, `${goldName} ${metric} (${score.problems.join('; ')})`).toBeGreaterThanOrEqual(min as number);
      }
    });
  }
});
