/**
 * The contract every document family implements. `parsePlan` asks each registered family how
 * confident it is (0..1) and lets the most confident one parse.
 */
import type { Line } from '../lines';
import type { DocumentFamily, PlanDocument } from '../types';

export interface FamilyParser {
  family: DocumentFamily;
  /** Confidence 0..1 (never above 1) that the lines are a document of this family. Must be cheap and never throw. */
  detect(lines: Line[]): number;
  /** Build the tree. `text` is the normalised text the lines were split from. */
  parse(lines: Line[], text: string): PlanDocument;
}
