/**
 * Registry of document families. To add a family, import its parser and list it here (one line).
 */
import type { FamilyParser } from './types';
import { workReportParser } from './workReport';
import { resultSheetsParser } from './resultSheets';
import { implementationPlanParser } from './implementationPlan';

export const familyParsers: FamilyParser[] = [workReportParser, resultSheetsParser, implementationPlanParser];
