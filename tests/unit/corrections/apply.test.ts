import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCorrections, headingOf, manualKey, targetAt } from '@shared/corrections/apply';
import type { CorrectionChange } from '@shared/model/corrections';
import { CORRECTION_OPS } from '@shared/model/corrections';
import { parsePlan } from '@shared/parser/index';
import type { PlanDocument } from '@shared/parser/types';

const FIXTURE = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'corrections', 'misread-report.txt'), 'utf8');
const LINES = FIXTURE.split('\n');
const lineOf = (text: string) => LINES.findIndex((l) => l.includes(text)) + 1;
const at = (text: string) => targetAt(LINES, lineOf(text));
const apply = (changes: CorrectionChange[], tree: PlanDocument = parsePlan(FIXTURE)) =>
  applyCorrections(tree, FIXTURE, changes.map((change, i) => ({ id: `c${i}`, change })));
const titles = (tree: PlanDocument) => tree.projects.map((p) => `${p.number}. ${p.title}`);

describe('the fixture', () => {
  it('should be misread by the parser: the ◈ heading is swallowed by project 1', () => {
    expect(titles(parsePlan(FIXTURE))).toEqual(['1. 청렴도 향상 추진', '2. 청사 시설 정비', '3. 구정 소식지 발간']);
  });
});

describe('applyCorrections', () => {
  it('should split a project at a line marked as a project heading, with a key made from the line', () => {
    const { tree, outcomes } = apply([{ op: 'mark-project', line: lineOf('◈ 민원'), number: '1-2' }]);
    expect(outcomes).toEqual([{ id: 'c0', applied: true }]);
    expect(titles(tree)).toEqual(['1. 청렴도 향상 추진', '1-2. 민원 처리 개선', '2. 청사 시설 정비', '3. 구정 소식지 발간']);
    const [first, made] = tree.projects;
    expect(made!.key).toBe(manualKey(lineOf('◈ 민원')));
    expect(made!.unit).toBe('총무과');
    expect(made!.body).toContain('민원 창구 확대 운영');
    expect(first!.body).not.toContain('민원 창구');
    expect(first!.position.end.line).toBeLessThan(made!.position.start.line);
    expect(first!.key).toBe(parsePlan(FIXTURE).projects[0]!.key);
  });

  it('should split at a chosen line inside the target project', () => {
    const { tree, outcomes } = apply([{ op: 'split', ...at('1. 청렴도'), at: lineOf('◈ 민원'), title: '민원 처리 개선 사업' }]);
    expect(outcomes[0]!.applied).toBe(true);
    expect(tree.projects[1]!.title).toBe('민원 처리 개선 사업');
    expect(apply([{ op: 'split', ...at('1. 청렴도'), at: lineOf('2. 청사') }]).outcomes[0]).toMatchObject({ applied: false, reason: 'bad-line' });
  });

  it('should change title, number, unit and budget and keep the parser key', () => {
    const before = parsePlan(FIXTURE).projects[1]!;
    const t = at('2. 청사');
    const { tree, outcomes } = apply([
      { op: 'set-title', ...t, title: '  청사  시설 보수 ' },
      { op: 'set-number', ...t, number: '4' },
      { op: 'set-unit', ...t, unit: '재무과' },
      { op: 'set-budget', ...t, budget: { thousandWon: 4200, nonBudget: false, sources: ['국비', '구비'] } },
    ]);
    expect(outcomes.every((o) => o.applied)).toBe(true);
    const p = tree.projects[1]!;
    expect(p).toMatchObject({ key: before.key, title: '청사 시설 보수', number: '4', unit: '재무과', budget: { thousandWon: 4200, nonBudget: false, sources: ['국비', '구비'] } });
    const non = apply([{ op: 'set-budget', ...t, budget: { thousandWon: 5, nonBudget: true, sources: ['국비'] } }]).tree.projects[1]!;
    expect(non.budget).toMatchObject({ thousandWon: null, nonBudget: true, sources: [] });
  });

  it('should drop a heading that is not a project into the project before it, and merge two projects', () => {
    const parsed = parsePlan(FIXTURE);
    const notProject = apply([{ op: 'not-project', ...at('3. 구정') }]).tree;
    expect(titles(notProject)).toEqual(['1. 청렴도 향상 추진', '2. 청사 시설 정비']);
    expect(notProject.projects[1]!.body).toContain('격월 소식지');
    const merged = apply([{ op: 'merge', ...at('2. 청사') }]).tree;
    expect(merged.projects.map((p) => p.key)).toEqual([parsed.projects[0]!.key, parsed.projects[2]!.key]);
    expect(merged.projects[0]!.body).toContain('노후 청사');
    expect(apply([{ op: 'merge', ...at('1. 청렴도') }]).outcomes[0]).toMatchObject({ applied: false, reason: 'no-previous' });
  });

  it('should mark a unit: the projects after it belong to it, a project on that line goes', () => {
    const { tree } = apply([{ op: 'mark-unit', line: lineOf('2. 청사'), name: '재무과' }]);
    expect(titles(tree)).toEqual(['1. 청렴도 향상 추진', '3. 구정 소식지 발간']);
    expect(tree.projects.map((p) => p.unit)).toEqual(['총무과', '재무과']);
    expect(tree.units.map((u) => u.name)).toEqual(['총무과', '재무과']);
  });

  it('should report, not apply, a correction whose target is gone or whose guard differs', () => {
    const { outcomes } = apply([
      { op: 'set-title', line: lineOf('◈ 민원'), guard: '◈ 민원 처리 개선', title: 'x' },
      { op: 'set-title', line: lineOf('2. 청사'), guard: '2. 다른 제목', title: 'x' },
      { op: 'mark-project', line: lineOf('2. 청사') },
      { op: 'mark-project', line: 99_999 },
    ]);
    expect(outcomes.map((o) => o.reason)).toEqual(['no-target', 'guard-mismatch', 'already', 'bad-line']);
  });

  it('should re-apply to a different reading of the same text: corrections follow lines, not indexes', () => {
    const changes: CorrectionChange[] = [
      { op: 'mark-project', line: lineOf('◈ 민원') },
      { op: 'set-budget', ...at('◈ 민원'), budget: { thousandWon: 2000, nonBudget: false, sources: ['구비'] } },
    ];
    // Another parser version that also found the ◈ heading: the mark is redundant, the budget still lands.
    const parsed = parsePlan(FIXTURE);
    const better = apply([{ op: 'mark-project', line: lineOf('◈ 민원') }], parsed).tree;
    const other: PlanDocument = { ...better, projects: better.projects.map((p) => ({ ...p, key: `v2|${p.number}` })) };
    const again = apply(changes, other);
    expect(again.outcomes.map((o) => o.applied)).toEqual([false, true]);
    expect(again.tree.projects[1]!.budget.thousandWon).toBe(2000);
    // And on the original reading both apply, to the same project.
    const first = apply(changes);
    expect(first.tree.projects[1]).toMatchObject({ key: manualKey(lineOf('◈ 민원')), budget: { thousandWon: 2000 } });
  });

  it('should structure a text with no projects by hand', () => {
    const text = ['회의 자료', '', '행정지원과', '', '청사 안내 개선', '안내판 교체', '', '주차장 확충', '주차면 20면 추가'].join('\n');
    const empty = parsePlan(text);
    const lines = text.split('\n');
    const { tree, outcomes } = applyCorrections({ ...empty, projects: [], units: [] }, text, [
      { id: 'u', change: { op: 'mark-unit', line: 3, name: '' } },
      { id: 'a', change: { op: 'mark-project', line: 5 } },
      { id: 'b', change: { op: 'mark-project', line: 8, number: '2' } },
      { id: 'c', change: { op: 'set-number', ...targetAt(lines, 5), number: '1' } },
    ]);
    expect(outcomes.every((o) => o.applied)).toBe(true);
    expect(tree.projects.map((p) => [p.number, p.title, p.unit, p.position.start.line, p.position.end.line])).toEqual([
      ['1', '청사 안내 개선', '행정지원과', 5, 6],
      ['2', '주차장 확충', '행정지원과', 8, 9],
    ]);
  });

  it('should read the number and title of a heading line', () => {
    expect(headingOf('## 3. 청년 일자리 지원')).toEqual({ number: '3', title: '청년 일자리 지원' });
    expect(headingOf('**I-1-2. 스마트 도시**')).toEqual({ number: 'I-1-2', title: '스마트 도시' });
    expect(headingOf('◈ 민원 처리 개선')).toEqual({ number: '', title: '민원 처리 개선' });
    expect(headingOf('2024년 주요 성과')).toEqual({ number: '', title: '2024년 주요 성과' });
  });

  it('should never throw, whatever corrections it is given', () => {
    const parsed = parsePlan(FIXTURE);
    const lineArb = fc.integer({ min: -2, max: LINES.length + 3 });
    const change = fc.record({
      op: fc.constantFrom(...CORRECTION_OPS),
      line: lineArb,
      at: lineArb,
      guard: fc.oneof(fc.constant(''), fc.constantFrom(...LINES)),
      title: fc.string({ maxLength: 8 }),
      number: fc.string({ maxLength: 4 }),
      name: fc.string({ maxLength: 8 }),
      unit: fc.string({ maxLength: 8 }),
      budget: fc.record({ thousandWon: fc.oneof(fc.constant(null), fc.double()), nonBudget: fc.boolean(), sources: fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }) }),
    }) as unknown as fc.Arbitrary<CorrectionChange>;
    fc.assert(
      fc.property(fc.array(change, { maxLength: 12 }), (changes) => {
        const { tree, outcomes } = apply(changes, parsed);
        expect(outcomes).toHaveLength(changes.length);
        const keys = tree.projects.map((p) => p.key);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < tree.projects.length; i++) expect(tree.projects[i]!.position.start.line).toBeGreaterThanOrEqual(tree.projects[i - 1]!.position.start.line);
      }),
      { numRuns: 300 },
    );
    expect(parsed.projects).toHaveLength(3); // the input tree is never changed
  });
});
