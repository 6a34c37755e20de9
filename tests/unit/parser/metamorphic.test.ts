/**
 * Metamorphic conformance: the seeds rewritten the way other documents of their family are written
 * (other years, districts and unit names, missing TOCs or covers, other markers, numbering, money
 * units, line endings, reordered or concatenated or truncated bundles). The expected projects are
 * derived from the gold files (tests/helpers/transforms.ts), and every case must still reach the
 * targets the parser is judged by on unseen documents.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan, toCheckJson } from '@shared/parser/index';
import { scorePlan } from '../../helpers/scorePlan';
import type { GoldFile, PlanScore } from '../../helpers/scorePlan';
import type { Case, Transform } from '../../helpers/transforms';
import {
  bracketedUnitHeadings,
  budgetLabel,
  dropCommitteeCover,
  hangulBullets,
  labelledAssignments,
  pageFooters,
  plainTaskDigits,
  sectionHeadingStyle,
  sheetCodeWithoutDot,
  sheetPlainRowLabels,
  singleReport,
  sourceWording,
  tocLeaderDots,
  budgetUnit,
  caseOf,
  concatCases,
  coverStarts,
  crlf,
  doubleBlankLines,
  dropBlankLines,
  dropMasterToc,
  dropUnitTocs,
  fullWidthDigits,
  itemNumbering,
  keepFirstCoverOnly,
  leadingSpace,
  pipe,
  plainHeaderLabels,
  rename,
  reverseReports,
  sheetBudgetInThousandWon,
  sheetLabelSpacing,
  shiftYears,
  sourceBrackets,
  sourceOnNextLine,
  spaceHeadings,
  swapBlockMarker,
  swapCircledDigitSet,
  taskBudgetInMillions,
  textOf,
  trailingSpaces,
  truncateAt,
  unicodeRomanCodes,
} from '../../helpers/transforms';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const sharedDir = path.resolve(repoRoot, '../shared');
const haveShared = existsSync(path.join(sharedDir, 'gold'));

type Metric = Exclude<keyof PlanScore, 'problems' | 'parsed' | 'expected'>;
/** The targets for unseen documents. */
const TARGETS: Record<Metric, number> = {
  precision: 0,
  recall: 0,
  f1: 0.98,
  unit: 0.97,
  title: 0.97,
  section: 0.97,
  budget: 0.95,
  source: 0.9,
  unitsFound: 0.97,
};

function load(goldName: string): Case {
  const gold = JSON.parse(readFileSync(path.join(sharedDir, 'gold', goldName), 'utf8')) as GoldFile;
  return caseOf(readFileSync(path.join(sharedDir, 'seeds', gold.file), 'utf8'), gold);
}

function expectTargets(c: Case, label: string): void {
  const score = scorePlan(c.gold, toCheckJson(parsePlan(textOf(c))));
  for (const metric of Object.keys(TARGETS) as Metric[]) {
    expect(score[metric], `${label} ${metric} (${score.parsed} parsed, ${score.expected} expected; ${score.problems.join('; ')})`).toBeGreaterThanOrEqual(
      TARGETS[metric],
    );
  }
}

/** 서초구 → 강동구, another session and units renamed with their suffix kept. */
const otherDistrict: Transform = pipe(
  rename('서초', '강동'),
  rename('제331회', '제312회'),
  rename('임시회', '정례회'),
  rename('행정지원과', '총무과'),
  rename('감사담당관', '감사관실담당관'),
  rename('오케이민원센터', '민원봉사센터'),
  rename('문화행정국', '행정문화국'),
);

const WORK_REPORT_CASES: [string, Transform][] = [
  ['another district, session and unit names', otherDistrict],
  ['no master 차례', dropMasterToc],
  ['no per-unit 보고순서', dropUnitTocs],
  ['no TOC at all', pipe(dropMasterToc, dropUnitTocs)],
  ['only the first cover', keepFirstCoverOnly],
  ['only the first cover and no TOCs', pipe(keepFirstCoverOnly, dropMasterToc, dropUnitTocs)],
  ['letter-spaced unit names and section headings', spaceHeadings('spaced')],
  ['unspaced unit names and section headings', spaceHeadings('plain')],
  ['☐ block markers', swapBlockMarker('□', '☐')],
  ['○ block markers', swapBlockMarker('□', '○')],
  ['full-width digits', fullWidthDigits],
  ['items numbered N)', itemNumbering(')')],
  ['items numbered N without a dot', itemNumbering(' ')],
  ['budgets in 원', budgetUnit('원')],
  ['budgets in 백만원', budgetUnit('백만원')],
  ['budgets in 억원', budgetUnit('억원')],
  ['source markers (구비)', sourceBrackets('(', ')')],
  ['source markers [구비]', sourceBrackets('[', ']')],
  ['source markers on the next line', sourceOnNextLine],
  ['reports in reverse order', reverseReports],
  ['roman-numbered section chapters', sectionHeadingStyle('roman')],
  ['other section wording', sectionHeadingStyle('wording')],
  ['no committee cover', dropCommitteeCover],
  ['one 담당관 report alone', singleReport(1)],
  ['one 국 report alone', singleReport(3)],
  ['ㅇ bullets', hangulBullets],
  ['budget label 소요 예산', budgetLabel('소요 예산')],
  ['budget label 소요예산(안)', budgetLabel('소요예산(안)')],
  ['budget label 사업예산', budgetLabel('사업예산')],
  ['budget label 예산', budgetLabel('예산')],
  ['source markers with a share', sourceWording((s) => `【${s} 100%】`)],
  ['source markers with a word', sourceWording((s) => `(${s} 전액)`)],
  ['TOC leader dots', tocLeaderDots],
  ['bracketed unit headings', bracketedUnitHeadings],
  ['page footers', pageFooters(12)],
];

describe.skipIf(!haveShared)('metamorphic: 주요업무보고 bundles (seed 000)', () => {
  const seed = haveShared ? load('000.json') : null;

  it('should reach the targets on two reports concatenated (this year and next year, another district)', () => {
    expectTargets(concatCases(seed!, pipe(otherDistrict, shiftYears(1))(seed!)), 'concatenated');
  });

  it('should reach the targets on a bundle truncated in the middle of a unit', () => {
    // Halfway between the 4th report's cover and the 5th's: inside a 과 of a 국.
    const starts = coverStarts(seed!.lines);
    const cut = Math.floor((starts[3] + starts[4]) / 2);
    expectTargets(truncateAt(cut)(seed!), 'truncated');
  });

  it('should reach the targets on units that follow one another with roman chapters and no TOC or covers', () => {
    const t = pipe(keepFirstCoverOnly, dropUnitTocs, dropMasterToc, sectionHeadingStyle('roman'));
    expectTargets(t(seed!), 'chaptered units');
  });

  it('should reach the targets with several transforms at once', () => {
    const t = pipe(otherDistrict, shiftYears(1), dropMasterToc, swapBlockMarker('□', '☐'), budgetUnit('백만원'), sourceBrackets('(', ')'), crlf);
    expectTargets(t(seed!), 'combined');
  });
});

const RESULT_SHEET_CASES: [string, Transform][] = [
  ['Ⅰ/Ⅱ codes', unicodeRomanCodes],
  ['other label spacing', sheetLabelSpacing],
  ['사업비 in 천원', sheetBudgetInThousandWon],
  ['another district and department', pipe(rename('광진', '강동'), rename('복지정책과', '복지기획과'), rename('가정복지과', '가족정책과'))],
  ['codes without a dot or appendix tag', sheetCodeWithoutDot],
  ['plain budget row labels and 담당부서', sheetPlainRowLabels],
];

const IMPLEMENTATION_PLAN_CASES: [string, Transform][] = [
  ['the other circled digit set', swapCircledDigitSet],
  ['unspaced header labels', plainHeaderLabels],
  ['task budgets in 백만원', taskBudgetInMillions],
  ['another district and department', pipe(rename('서대문', '강동'), rename('기후환경과', '환경정책과'), rename('사회복지과', '복지지원과'))],
  ['labelled 담당부서 lines', labelledAssignments],
  ['plain task digits', plainTaskDigits],
];

/** Rewrites that do not depend on the family's layout. */
const COMMON_CASES: [string, Transform][] = [
  ['next year (2023→2024 results, 2024→2025 plans)', shiftYears(1)],
  ['CRLF line endings and doubled blank lines', pipe(crlf, doubleBlankLines)],
  ['no blank lines', dropBlankLines],
  ['trailing spaces', trailingSpaces],
  ['a leading space on every line', leadingSpace],
];

const FAMILIES: { gold: string; name: string; cases: [string, Transform][] }[] = [
  { gold: '000.json', name: '주요업무보고 (seed 000)', cases: WORK_REPORT_CASES },
  { gold: '002.json', name: '시행결과 (seed 002)', cases: RESULT_SHEET_CASES },
  { gold: '004.json', name: '이행계획 (seed 004)', cases: IMPLEMENTATION_PLAN_CASES },
];

for (const family of FAMILIES) {
  describe.skipIf(!haveShared)(`metamorphic: ${family.name}`, () => {
    const seed = haveShared ? load(family.gold) : null;
    for (const [label, transform] of [...COMMON_CASES, ...family.cases]) {
      it(`should reach the targets with ${label}`, () => expectTargets(transform(seed!), label));
    }
  });
}
