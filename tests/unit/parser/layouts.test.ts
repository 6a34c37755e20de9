/**
 * Layouts no seed shows, made from the family's conventions (tests/helpers/layouts.ts): the 주요업무보고
 * seed as a PDF → markdown converter or another district writes it. Every case must reach the
 * targets the parser is judged by on unseen documents, and its self-check must say what it found.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';
import { scorePlan } from '../../helpers/scorePlan';
import type { GoldFile } from '../../helpers/scorePlan';
import type { Transform } from '../../helpers/transforms';
import { caseOf, dropMasterToc, dropUnitTocs, pipe, textOf } from '../../helpers/transforms';
import {
  barePageNumbers,
  inlineMarkup,
  markdownConvertedReport,
  markdownHeadings,
  pipeTables,
  projectListTables,
  reportTitleWording,
  splitNumberTitle,
} from '../../helpers/layouts';

const sharedDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../shared');
const haveShared = existsSync(path.join(sharedDir, 'gold', '000.json'));

const CASES: [string, Transform][] = [
  ['the title worded 2024년 주요업무 진행사항 보고', reportTitleWording('2024년 주요업무 진행사항 보고')],
  ['the title worded 주요현안 보고', reportTitleWording('주요현안 보고')],
  ['markdown # headings and bold', markdownHeadings],
  ['numbers alone on a line, titles on the next', splitNumberTitle('bare')],
  ['`N.` alone on a line, titles on the next', splitNumberTitle('dot')],
  ['pipe tables', pipeTables],
  ['per-unit 주요사업 목록 tables instead of 보고순서', projectListTables],
  ['bold block labels and <br> in cells', inlineMarkup],
  ['bare page numbers between pages', barePageNumbers(9)],
  ['a whole PDF → markdown conversion', markdownConvertedReport],
  ['a whole PDF → markdown conversion without any TOC', pipe(dropMasterToc, dropUnitTocs, markdownConvertedReport)],
];

describe.runIf(haveShared)('layouts made from the conventions (seed 000 rewritten)', () => {
  const gold = haveShared ? (JSON.parse(readFileSync(path.join(sharedDir, 'gold', '000.json'), 'utf8')) as GoldFile) : null;
  const base = gold ? caseOf(readFileSync(path.join(sharedDir, 'seeds', gold.file), 'utf8'), gold) : null;
  for (const [label, transform] of CASES) {
    it(`should reach the targets with ${label}`, () => {
      const c = transform(base!);
      const doc = parsePlan(textOf(c));
      const s = scorePlan(c.gold, toCheckJson(doc));
      const why = `${s.parsed} parsed, ${s.expected} expected; ${s.problems.slice(0, 8).join('; ')}`;
      expect(s.f1, why).toBeGreaterThanOrEqual(0.98);
      expect(s.unit, why).toBeGreaterThanOrEqual(0.97);
      expect(s.title, why).toBeGreaterThanOrEqual(0.97);
      expect(s.section, why).toBeGreaterThanOrEqual(0.97);
      expect(s.budget, why).toBeGreaterThanOrEqual(0.95);
      expect(s.source, why).toBeGreaterThanOrEqual(0.9);
      expect(doc.check?.found).toBe(doc.projects.filter((p) => p.section !== 'status').length);
    });
  }

  it('should check a converted report against its 주요사업 목록 tables and find every listed project', () => {
    const doc = parsePlan(textOf(markdownConvertedReport(base!)));
    expect(doc.check?.expected).toBe(287);
    expect(doc.check?.matched).toBe(287);
    expect(doc.check?.differences.filter((d) => d.kind !== 'title')).toEqual([]);
    expect(doc.check?.confidence).toBe('high');
  });
});
