/**
 * The plan-document tree the parser produces. Pure data: no Node or DOM types.
 *
 * Every node carries a `position` (1-based line range in the decoded, normalised text) so the
 * reader can show a project's source lines and annotations can be re-anchored after a revision.
 */

/** A point in the decoded text. `line` and `column` are 1-based; `offset` is 0-based. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

export type Severity = 'info' | 'warning' | 'error';

/** Something the parser could not read with confidence. The parser reports, never throws. */
export interface Diagnostic {
  /** Stable id of the rule, e.g. `parser:budget-unit`. */
  ruleId: string;
  /** Korean, for the user. */
  reason: string;
  severity: Severity;
  position?: Position;
}

/** Which family of document the text looked like. */
export type DocumentFamily =
  | 'work-report' // 주요업무보고: units → sections → numbered projects
  | 'result-sheets' // 시행계획 시행결과: coded project sheets with labelled table rows
  | 'implementation-plan' // 이행계획: area → goal → sub-goal → coded tasks
  | 'project-list' // 사업·예산 목록 표 (spreadsheet with mapped columns, shared/sheet/projectList.ts)
  | 'unknown';

export type SectionKind = 'status' | 'results' | 'plans' | 'other';

/** Fund sources in canonical order. Other funds (e.g. 문화예술진흥기금) keep their own name. */
export const CANONICAL_SOURCES = ['국비', '시비', '구비', '기금', '기타'] as const;

export interface Budget {
  /** Total in 천원; null when the document does not state one. */
  thousandWon: number | null;
  /** True when the document says 비예산 (no budget), which differs from "not stated". */
  nonBudget: boolean;
  /** Canonical order: 국비, 시비, 구비, 기금, 기타, then other named funds. */
  sources: string[];
  /** Amount per source in 천원, where the document states it. */
  bySource: Record<string, number>;
  /** The year the budget is for, where stated. */
  year?: number;
  /** The text the figure was read from. */
  raw?: string;
  /** Amounts in 천원 stated for parts of the project when the document states no total (thousandWon stays null). */
  parts?: number[];
  position?: Position;
}

/** A table: rows of cells, with the units line that preceded it (e.g. `(단위: 천원)`). */
export interface TableNode {
  type: 'table';
  caption?: string;
  unitsLine?: string;
  rows: string[][];
  position: Position;
}

/** A labelled block of a project: 사업개요, 추진계획, 소요예산, 기대효과, 성과지표 … */
export interface FieldNode {
  type: 'field';
  /** Normalised key, see FieldKey. */
  key: FieldKey;
  /** The label as written (spaces removed). */
  label: string;
  /** The block's text, lines joined with '\n'. */
  text: string;
  tables: TableNode[];
  position: Position;
}

export type FieldKey =
  | 'purpose' // 사업개요, 추진목적, 추진개요, 사업목적, 배경
  | 'basis' // 추진근거, 사업근거
  | 'period' // 사업기간, 기간
  | 'target' // 대상, 지원대상
  | 'location' // 장소, 위치
  | 'content' // 주요내용, 사업내용, 추진내용
  | 'plan' // 추진계획, 향후계획, 추진일정
  | 'results' // 추진실적, 운영실적, 주요성과
  | 'budget' // 소요예산, 사업비
  | 'effect' // 기대효과, 사업효과
  | 'indicator' // 성과지표, 이행지표
  | 'other';

export interface ProjectNode {
  type: 'project';
  /** Stable within one parse: `${unit}|${section}|${number}` made unique. */
  key: string;
  /** API address of the project, `documentId:key`; set by the service layer, not the parser. */
  id?: string;
  /** Number or code as written, normalised (e.g. `3`, `I-1-2`, `1-1-1`). */
  number: string;
  /** Title from the body heading (never from the table of contents). */
  title: string;
  /** Title fragments the PDF extractor moved behind the code (latin, numbers, brackets), in order. */
  titleExtra?: string;
  /** Responsible organisational unit (과/담당관/센터/팀 …). */
  unit: string;
  /** Grouping path from the document's own hierarchy, outermost first (e.g. ['문화행정국','행정지원과']). */
  group: string[];
  section: SectionKind;
  /** One-sentence purpose paragraph under the heading, where present. */
  summary?: string;
  fields: FieldNode[];
  budget: Budget;
  tables: TableNode[];
  /** The full body text, heading included. */
  body: string;
  position: Position;
}

/**
 * What lists and search keep of a project (catalog, index): a parse made in a worker thread sends
 * only this back, so its garbage never enters the main heap. A ProjectNode is one.
 */
export type ProjectDigest = Pick<ProjectNode, 'key' | 'unit' | 'section' | 'number' | 'title' | 'group' | 'body'> & {
  budget: Pick<Budget, 'thousandWon'>;
};

export interface SectionNode {
  type: 'section';
  kind: SectionKind;
  /** The heading as written. */
  heading: string;
  position: Position;
}

/** An organisational unit or a grouping level (국, 과, strategy, area …). */
export interface UnitNode {
  type: 'unit';
  name: string;
  /** 국/과/담당관/센터/팀 for org units; 'area' | 'strategy' | 'goal' for topical groups. */
  level: string;
  parent?: string;
  position: Position;
}

export interface PlanDocument {
  type: 'document';
  family: DocumentFamily;
  title: string;
  issuer: string;
  /** ISO date `YYYY-MM-DD` or `YYYY-MM`, or '' when the text states none. */
  date: string;
  council?: string;
  committee?: string;
  session?: string;
  units: UnitNode[];
  sections: SectionNode[];
  projects: ProjectNode[];
  /** Document-level tables (예산현황, 인력현황 …). */
  tables: TableNode[];
  diagnostics: Diagnostic[];
  lineCount: number;
  /** How sure the reading is: projects found against the document's own tables of contents. */
  check?: ReadingCheck;
}

/** How confident a reading is. 'none' = no plan structure was found at all (not a plan document?). */
export type ReadingConfidence = 'high' | 'medium' | 'low' | 'none';

/** One item where the reading and a table of contents disagree. */
export interface ReadingDifference {
  /** 'missing': listed in a TOC, not found in the body; 'extra': found, listed in no TOC; 'title': found under another title. */
  kind: 'missing' | 'extra' | 'title';
  number: string;
  /** The title as the TOC (missing/title) or the body (extra) writes it. */
  title: string;
  /** The unit the item belongs to, where known. */
  unit: string;
  /** 1-based line: the TOC row for 'missing', the body heading otherwise. */
  line: number;
  /** The project the item is, for 'extra' and 'title' (tree key). */
  projectKey?: string;
}

/**
 * The reader's self-check, shown to the user after import and in the outline.
 * `expected` is null when the document has no table of contents to compare with.
 */
export interface ReadingCheck {
  confidence: ReadingConfidence;
  /** Projects the tables of contents list (null when there is none). */
  expected: number | null;
  /** Projects the reading found. */
  found: number;
  /** TOC items matched with a project found in the body. */
  matched: number;
  differences: ReadingDifference[];
  /** One Korean sentence, e.g. "목차의 사업 21개 중 21개를 찾았습니다". */
  message: string;
}

/** The JSON printed by `npm run -s parse -- FILE` and scored by ../shared/tools/score-plan.mjs. */
export interface CheckJson {
  title: string;
  issuer: string;
  date: string;
  units: { name: string; line: number }[];
  projects: {
    unit: string;
    group: string[];
    section: SectionKind;
    number: string;
    title: string;
    line: number;
    budgetThousandWon: number | null;
    budgetSources: string[];
  }[];
  diagnostics: Diagnostic[];
}
