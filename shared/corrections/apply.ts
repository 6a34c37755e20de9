/**
 * Applies hand-made corrections (shared/model/corrections.ts) to a parsed tree: the overlay that
 * lets a member fix a reading the parser got wrong. Pure and total — it never throws: a
 * correction whose target is gone (the parser changed, an earlier correction was undone) is
 * reported as not applied and the rest still apply, in order.
 *
 * Keys: a project whose title, number, unit or budget was changed keeps its parser key, so its
 * notes stay attached; a project made by hand (mark-project, split) gets `manual|L<line>`, the
 * same on every laptop because the line numbers refer to the same immutable text.
 */
import type { CorrectionBudget, CorrectionChange, CorrectionOutcome, CorrectionSkip, ProjectTarget } from '../model/corrections';
import type { Budget, PlanDocument, Point, Position, ProjectNode, SectionKind, UnitNode } from '../parser/types';

export interface CorrectionInput {
  id: string;
  change: CorrectionChange;
}

export interface CorrectedReading {
  tree: PlanDocument;
  outcomes: CorrectionOutcome[];
}

/** The key of a project made by hand at `line`. */
export const manualKey = (line: number) => `manual|L${line}`;

/** A line's text as a guard: NFC, whitespace collapsed, trimmed. */
export function guardText(text: string | undefined): string {
  return (text ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 500);
}

/** The guard for the project heading at `line` of `lines`. */
export function targetAt(lines: readonly string[], line: number): ProjectTarget {
  return { line, guard: guardText(lines[line - 1]) };
}

export function applyCorrections(tree: PlanDocument, text: string, corrections: readonly CorrectionInput[]): CorrectedReading {
  if (corrections.length === 0) return { tree, outcomes: [] };
  try {
    const doc = new Reading(tree, text);
    const once = ({ id, change }: CorrectionInput): CorrectionOutcome => {
      let reason: CorrectionSkip | null;
      try {
        reason = doc.apply(change);
      } catch {
        reason = 'invalid';
      }
      return reason ? { id, applied: false, reason } : { id, applied: true };
    };
    const outcomes = corrections.map(once);
    // A change whose project a later correction made (an undone split done again) gets a second try.
    corrections.forEach((c, i) => {
      if (outcomes[i]!.reason === 'no-target') outcomes[i] = once(c);
    });
    return { tree: doc.result(), outcomes };
  } catch {
    return { tree, outcomes: corrections.map(({ id }) => ({ id, applied: false, reason: 'invalid' })) };
  }
}

/** A working copy of the tree with the text's lines, changed one correction at a time. */
class Reading {
  private readonly tree: PlanDocument;
  private readonly lines: string[];
  private readonly starts: number[];

  constructor(tree: PlanDocument, text: string) {
    this.tree = structuredClone(tree);
    this.lines = text.split('\n');
    this.starts = [];
    let offset = 0;
    for (const l of this.lines) {
      this.starts.push(offset);
      offset += l.length + 1;
    }
    this.sort();
  }

  result(): PlanDocument {
    this.sort();
    // Keys stay unique whatever the corrections did (a hand-made key can meet a parser key only by accident).
    const seen = new Map<string, number>();
    for (const p of this.tree.projects) {
      const n = (seen.get(p.key) ?? 0) + 1;
      seen.set(p.key, n);
      if (n > 1) p.key = `${p.key}#${n}`;
    }
    return this.tree;
  }

  /** Applies one change; answers why not, or null when it was applied. */
  apply(c: CorrectionChange): CorrectionSkip | null {
    switch (c.op) {
      case 'mark-project':
        return this.markProject(c.line, c.title, c.number);
      case 'mark-unit':
        return this.markUnit(c.line, c.name);
      case 'split': {
        const p = this.find(c);
        if (typeof p === 'string') return p;
        if (!(c.at > p.position.start.line && c.at <= p.position.end.line)) return 'bad-line';
        this.splitAt(p, c.at, c.title, c.number);
        return null;
      }
      case 'not-project':
      case 'merge': {
        const p = this.find(c);
        if (typeof p === 'string') return p;
        const i = this.tree.projects.indexOf(p);
        const prev = i > 0 ? this.tree.projects[i - 1] : undefined;
        // 사업이 아님: the lines belong to the project above only when it is of the same unit and section.
        const absorb = prev && (c.op === 'merge' || (prev.unit === p.unit && prev.section === p.section));
        if (!absorb && c.op === 'merge') return 'no-previous';
        this.tree.projects.splice(i, 1);
        if (absorb) this.absorb(prev, p);
        return null;
      }
      case 'set-title':
      case 'set-number':
      case 'set-unit':
      case 'set-budget': {
        const p = this.find(c);
        if (typeof p === 'string') return p;
        if (c.op === 'set-title') p.title = clean(c.title);
        else if (c.op === 'set-number') p.number = clean(c.number);
        else if (c.op === 'set-unit') setUnit(p, clean(c.unit));
        else p.budget = budgetOf(c.budget);
        return null;
      }
      default:
        return 'invalid';
    }
  }

  private find(t: ProjectTarget): ProjectNode | CorrectionSkip {
    if (!this.validLine(t.line)) return 'bad-line';
    const p = this.tree.projects.find((x) => x.position.start.line === t.line);
    if (!p) return 'no-target';
    return guardText(this.lines[t.line - 1]) === guardText(t.guard) ? p : 'guard-mismatch';
  }

  private validLine(line: number): boolean {
    return Number.isInteger(line) && line >= 1 && line <= this.lines.length && guardText(this.lines[line - 1]) !== '';
  }

  private markProject(line: number, title?: string, number?: string): CorrectionSkip | null {
    if (!this.validLine(line)) return 'bad-line';
    const projects = this.tree.projects;
    if (projects.some((p) => p.position.start.line === line)) return 'already';
    const inside = projects.find((p) => p.position.start.line < line && p.position.end.line >= line);
    if (inside) {
      this.splitAt(inside, line, title, number);
      return null;
    }
    // Between projects: it runs to the next project or unit heading, and belongs to what is above it.
    const nextStarts = [...projects.map((p) => p.position.start.line), ...this.tree.units.map((u) => u.position.start.line)].filter((l) => l > line);
    const end = this.lastContent(line, nextStarts.length ? Math.min(...nextStarts) - 1 : this.lines.length);
    const prev = [...projects].reverse().find((p) => p.position.start.line < line);
    const unit = [...this.tree.units].filter((u) => u.position.start.line < line).sort((a, b) => a.position.start.line - b.position.start.line).pop();
    const section = [...this.tree.sections].filter((s) => s.position.start.line < line).sort((a, b) => a.position.start.line - b.position.start.line).pop();
    const unitIsNewer = unit && (!prev || unit.position.start.line > prev.position.start.line);
    const project = this.newProject(line, end, title, number, {
      unit: unitIsNewer ? unit.name : (prev?.unit ?? ''),
      group: unitIsNewer ? [unit.name] : (prev?.group ?? []),
      section: section?.kind ?? prev?.section ?? 'other',
    });
    projects.push(project);
    this.sort();
    return null;
  }

  private markUnit(line: number, name: string): CorrectionSkip | null {
    if (!this.validLine(line)) return 'bad-line';
    const unitName = clean(name) || headingOf(this.lines[line - 1] ?? '').title;
    if (!unitName) return 'invalid';
    if (this.tree.units.some((u) => u.position.start.line === line && u.name === unitName)) return 'already';
    // A unit heading the parser took for a project is no project.
    this.tree.projects = this.tree.projects.filter((p) => p.position.start.line !== line);
    const next = this.tree.units.map((u) => u.position.start.line).filter((l) => l > line);
    const until = next.length ? Math.min(...next) : Infinity;
    const unit: UnitNode = { type: 'unit', name: unitName, level: unitLevel(unitName), position: this.span(line, line) };
    this.tree.units.push(unit);
    this.tree.units.sort((a, b) => a.position.start.line - b.position.start.line);
    for (const p of this.tree.projects) if (p.position.start.line > line && p.position.start.line < until) setUnit(p, unitName);
    return null;
  }

  private splitAt(p: ProjectNode, at: number, title?: string, number?: string): void {
    const end = p.position.end.line;
    const q = this.newProject(at, end, title, number, { unit: p.unit, group: [...p.group], section: p.section });
    q.fields = p.fields.filter((f) => f.position.start.line >= at);
    q.tables = p.tables.filter((t) => t.position.start.line >= at);
    p.fields = p.fields.filter((f) => f.position.start.line < at);
    p.tables = p.tables.filter((t) => t.position.start.line < at);
    if (p.budget.position && p.budget.position.start.line >= at) {
      q.budget = p.budget;
      p.budget = emptyBudget();
    }
    this.reshape(p, p.position.start.line, this.lastContent(p.position.start.line, at - 1));
    this.tree.projects.push(q);
    this.sort();
  }

  /** `into` takes `p`'s lines, blocks and (when it has none) budget. */
  private absorb(into: ProjectNode, p: ProjectNode): void {
    into.fields = [...into.fields, ...p.fields];
    into.tables = [...into.tables, ...p.tables];
    if (into.budget.thousandWon === null && !into.budget.nonBudget) into.budget = p.budget;
    this.reshape(into, into.position.start.line, Math.max(into.position.end.line, p.position.end.line));
  }

  private newProject(from: number, to: number, title: string | undefined, number: string | undefined, where: { unit: string; group: string[]; section: SectionKind }): ProjectNode {
    const heading = headingOf(this.lines[from - 1] ?? '');
    const project: ProjectNode = {
      type: 'project',
      key: manualKey(from),
      number: clean(number ?? '') || heading.number,
      title: clean(title ?? '') || heading.title,
      unit: where.unit,
      group: where.group,
      section: where.section,
      fields: [],
      budget: emptyBudget(),
      tables: [],
      body: '',
      position: this.span(from, from),
    };
    this.reshape(project, from, to);
    return project;
  }

  private reshape(p: ProjectNode, from: number, to: number): void {
    const end = Math.max(from, to);
    p.position = this.span(from, end);
    p.body = this.lines.slice(from - 1, end).join('\n');
  }

  /** The last non-blank line in from..to (from itself when all are blank). */
  private lastContent(from: number, to: number): number {
    let end = Math.min(to, this.lines.length);
    while (end > from && guardText(this.lines[end - 1]) === '') end--;
    return Math.max(from, end);
  }

  private span(from: number, to: number): Position {
    return { start: this.point(from, false), end: this.point(to, true) };
  }

  private point(line: number, atEnd: boolean): Point {
    const length = (this.lines[line - 1] ?? '').length;
    const column = atEnd ? length + 1 : 1;
    return { line, column, offset: (this.starts[line - 1] ?? 0) + column - 1 };
  }

  private sort(): void {
    this.tree.projects.sort((a, b) => a.position.start.line - b.position.start.line);
  }
}

function clean(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function emptyBudget(): Budget {
  return { thousandWon: null, nonBudget: false, sources: [], bySource: {} };
}

function budgetOf(b: CorrectionBudget): Budget {
  const nonBudget = b.nonBudget === true;
  const amount = !nonBudget && typeof b.thousandWon === 'number' && Number.isFinite(b.thousandWon) ? b.thousandWon : null;
  return { thousandWon: amount, nonBudget, sources: nonBudget ? [] : b.sources.map(clean).filter(Boolean), bySource: {} };
}

function setUnit(p: ProjectNode, unit: string): void {
  // The grouping path ends with the unit when the parser read one; otherwise the unit starts it.
  if (p.group.length && p.group[p.group.length - 1] === p.unit) p.group = [...p.group.slice(0, -1), unit];
  else if (!p.group.includes(unit)) p.group = [...p.group, unit];
  p.unit = unit;
}

const UNIT_SUFFIX = /(담당관|사업소|센터|국|과|실|단|팀)$/;

function unitLevel(name: string): string {
  return UNIT_SUFFIX.exec(name)?.[1] ?? '';
}

/**
 * A heading line's number and title, markup and bullets removed:
 * > | ## 3. 청년 일자리 지원
 *        ^ number 3, title 청년 일자리 지원
 */
export function headingOf(line: string): { number: string; title: string } {
  const text = clean(line.replace(/<[^>]{0,40}>/g, ' ').replace(/\*\*/g, ''))
    .replace(/^#+\s*/, '')
    .replace(/^[□■○●◦◎◈◆◇▶▷※★☆▪\-–·•]\s*/, '');
  const m = /^((?:\d{1,3}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]{1,5})(?:-[\dA-Za-z➊-➓]{1,3}){0,3}|[가-하])\s*[.)．]\s*(.*)$/.exec(text);
  return m ? { number: m[1]!, title: clean(m[2] ?? '') || text } : { number: '', title: text.slice(0, 300) };
}
