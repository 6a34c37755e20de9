/**
 * The reader's correction forms as data: what each tool asks for, and the change (shared/model/
 * corrections.ts) its values make. Pure, so the rules are unit-tested without a browser.
 */
import { targetAt } from '@shared/corrections/apply';
import type { CorrectionChange } from '@shared/model/corrections';
import type { ProjectHead } from '@shared/model/library';
import { correctionText } from '@shared/text/corrections';

export type ProjectTool = 'set-title' | 'set-number' | 'set-unit' | 'set-budget' | 'split';

export interface ToolValues {
  text: string;
  /** 예산 입력: 천원, as typed (commas allowed). */
  amount: string;
  sources: string;
  nonBudget: boolean;
  /** 여기서 나누기: the line the new project starts at. */
  line: string;
}

export function initialValues(tool: ProjectTool, p: ProjectHead): ToolValues {
  const base = { text: '', amount: '', sources: '', nonBudget: false, line: String(Math.min(p.position.end.line, p.position.start.line + 1)) };
  if (tool === 'set-title') return { ...base, text: p.title };
  if (tool === 'set-number') return { ...base, text: p.number };
  if (tool === 'set-unit') return { ...base, text: p.unit };
  if (tool === 'set-budget') {
    return { ...base, amount: p.budget.thousandWon == null ? '' : String(p.budget.thousandWon), sources: p.budget.sources.join(', '), nonBudget: p.budget.nonBudget };
  }
  return base;
}

/** The change the form makes, or a Korean reason it cannot be made yet. */
export function changeFor(tool: ProjectTool, p: ProjectHead, lines: readonly string[], v: ToolValues): CorrectionChange | { error: string } {
  const target = targetAt(lines, p.position.start.line);
  const text = v.text.trim();
  switch (tool) {
    case 'set-title':
      return text ? { op: 'set-title', ...target, title: text } : { error: correctionText.textEmpty };
    case 'set-number':
      return { op: 'set-number', ...target, number: text };
    case 'set-unit':
      return text ? { op: 'set-unit', ...target, unit: text } : { error: correctionText.textEmpty };
    case 'set-budget': {
      const amount = v.amount.replace(/[,\s]/g, '');
      if (!v.nonBudget && !/^-?\d+(\.\d+)?$/.test(amount)) return { error: correctionText.budgetNeeded };
      const sources = v.nonBudget ? [] : v.sources.split(/[,，·、/]/).map((s) => s.trim()).filter(Boolean).slice(0, 10);
      return { op: 'set-budget', ...target, budget: { thousandWon: v.nonBudget ? null : Number(amount), nonBudget: v.nonBudget, sources } };
    }
    case 'split': {
      const at = Number(v.line);
      if (!Number.isInteger(at) || at <= p.position.start.line || at > p.position.end.line) {
        return { error: correctionText.lineOutOfRange(p.position.end.line) };
      }
      return { op: 'split', ...target, at, ...(text ? { title: text } : {}) };
    }
  }
}

/** The line a number field names, when it is one of the document's. */
export function lineNumber(value: string, lines: readonly string[]): number | null {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= lines.length ? n : null;
}
