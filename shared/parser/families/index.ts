/**
 * Registry of document families. To add a family, import its parser and list it here (one line).
 */
import type { FamilyParser } from './types';
import { workReportParser } from './workReport';

export const familyParsers: FamilyParser[] = [workReportParser];
