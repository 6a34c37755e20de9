/**
 * Scores a parse against a hand-checked gold file, mirroring ../shared/tools/score-plan.mjs
 * (same pairing within 3 lines, same squash/dice, same attribute rates), so tests can assert targets
 * without importing a file from outside the repository.
 */

export interface GoldProject {
  unit?: string;
  department?: string;
  section: string;
  number: string;
  title: string;
  line: number;
  title_line?: number;
  repeat_of_line?: number | null;
  budget_thousand_won: number | null;
  budget_source: string | null;
  budget_ambiguous?: boolean;
}

export interface GoldFile {
  file: string;
  projects: GoldProject[];
  units?: { name: string; line: number }[];
}

export interface ParsedForScore {
  units?: { name: string; line: number }[];
  projects?: {
    unit: string;
    section: string;
    number: string;
    title: string;
    line: number;
    budgetThousandWon: number | null;
    budgetSources: string[];
  }[];
}

export interface PlanScore {
  precision: number;
  recall: number;
  f1: number;
  unit: number;
  title: number;
  section: number;
  budget: number;
  source: number;
  unitsFound: number;
  parsed: number;
  expected: number;
  /** Human-readable misses, extras and wrong budgets (first 40), for failure messages. */
  problems: string[];
}

const squash = (s: unknown) => String(s ?? '').normalize('NFC').replace(/[\s·ㆍ.,:;'"‘’“”「」『』<>〈〉()[\]【】-]/g, '');

function bigrams(s: string): string[] {
  const t = squash(s);
  const out: string[] = [];
  for (let i = 0; i < t.length - 1; i++) out.push(t.slice(i, i + 2));
  return out;
}

export function dice(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.length || !B.length) return squash(a) === squash(b) ? 1 : 0;
  const m = new Map<string, number>();
  for (const x of A) m.set(x, (m.get(x) ?? 0) + 1);
  let hit = 0;
  for (const x of B) {
    const c = m.get(x);
    if (c) {
      hit++;
      m.set(x, c - 1);
    }
  }
  return (2 * hit) / (A.length + B.length);
}

const SOURCE_ORDER = ['국비', '시비', '구비', '기금', '기타'];

function sources(v: unknown): string | null {
  if (v == null) return null;
  const list = Array.isArray(v) ? v : String(v).split(/[+,·\s]+/);
  const set = [...new Set(list.map((s) => String(s).trim()).filter(Boolean))];
  return set.sort((a, b) => SOURCE_ORDER.indexOf(a) - SOURCE_ORDER.indexOf(b)).join('+') || null;
}

export function scorePlan(gold: GoldFile, parsed: ParsedForScore): PlanScore {
  const goldItems = gold.projects.filter((g) => g.section !== 'status');
  const optional = (g: GoldProject) => g.repeat_of_line != null;
  const got = (parsed.projects ?? []).filter((p) => p.section !== 'status');
  const used = new Set<number>();
  const pairs: [GoldProject, (typeof got)[number] | null][] = [];
  for (const g of goldItems) {
    const lines = [g.line, g.title_line ?? g.line];
    let best = -1;
    let bestD = 99;
    got.forEach((p, i) => {
      if (used.has(i)) return;
      const d = Math.min(...lines.map((l) => Math.abs((p.line ?? -99) - l)));
      if (d <= 3 && d < bestD) {
        best = i;
        bestD = d;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([g, got[best]]);
    } else if (!optional(g)) pairs.push([g, null]);
  }
  const required = goldItems.filter((g) => !optional(g)).length;
  const matchedRequired = pairs.filter(([g, p]) => p && !optional(g)).length;
  const matchedAll = pairs.filter((x): x is [GoldProject, (typeof got)[number]] => x[1] !== null);
  const recall = required ? matchedRequired / required : 1;
  const precision = got.length ? matchedAll.length / got.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const rate = (xs: boolean[]) => (xs.length ? xs.filter(Boolean).length / xs.length : matchedAll.length ? 1 : 0);
  const goldUnit = (g: GoldProject) => g.department ?? g.unit;
  const budgetMatches = (g: GoldProject, p: (typeof got)[number]) => {
    const want = g.budget_thousand_won;
    const have = p.budgetThousandWon ?? null;
    if (want == null) return have == null;
    return have != null && Math.abs(have - want) <= Math.max(1, Math.abs(want) * 0.005);
  };
  const goldUnits = new Set(goldItems.map((g) => squash(goldUnit(g))));
  const parsedUnits = new Set([...(parsed.units ?? []).map((x) => squash(x.name)), ...got.map((p) => squash(p.unit))]);
  const problems = [
    ...pairs.filter(([, p]) => !p).map(([g]) => `missed L${g.line} ${g.number}. ${g.title}`),
    ...got.filter((_, i) => !used.has(i)).map((p) => `extra L${p.line} ${p.number}. ${p.title}`),
    ...matchedAll
      .filter(([g]) => !g.budget_ambiguous)
      .filter(([g, p]) => !budgetMatches(g, p))
      .map(([g, p]) => `budget L${g.line} want ${g.budget_thousand_won} got ${p.budgetThousandWon ?? null}`),
  ].slice(0, 40);
  return {
    precision,
    recall,
    f1,
    unit: rate(matchedAll.map(([g, p]) => squash(goldUnit(g)) === squash(p.unit))),
    title: rate(matchedAll.map(([g, p]) => dice(g.title, p.title) >= 0.9)),
    section: rate(matchedAll.filter(([g]) => g.section === 'results' || g.section === 'plans').map(([g, p]) => g.section === p.section)),
    budget: rate(matchedAll.filter(([g]) => !g.budget_ambiguous).map(([g, p]) => budgetMatches(g, p))),
    source: rate(
      matchedAll.filter(([g]) => g.budget_source != null).map(([g, p]) => sources(g.budget_source) === sources(p.budgetSources)),
    ),
    unitsFound: rate([...goldUnits].map((u) => parsedUnits.has(u))),
    parsed: got.length,
    expected: required,
    problems,
  };
}
