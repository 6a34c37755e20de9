import type { MinutesInput, MinutesOptions, MinutesRow } from '@shared/model/minutes';
import type { SheetTable } from './table';

/** What every sheet builder receives: the input, and the rows already filtered and sorted. */
export interface SheetContext {
  input: MinutesInput;
  options: MinutesOptions;
  /** Selected by `selectMinutesRows`: no private rows unless asked for, in agenda order. */
  rows: readonly MinutesRow[];
  /** "제331회 임시회 제1차". */
  sessionLabel: string;
}

/** Turns the context into one sheet's table. */
export type SheetBuilder = (context: SheetContext) => SheetTable;
