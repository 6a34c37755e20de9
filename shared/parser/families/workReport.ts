/**
 * 주요업무보고 (work report) family: covers → units (담당관/국 → 과) → sections (일반현황,
 * 추진실적, 추진계획, or roman chapters) → numbered projects with □-blocks.
 *
 * Stages live in ./workReport/: patterns (line tests), covers (cover blocks and metadata),
 * toc (tables of contents), outline (units, sections, segments), items (which numbered lines are
 * projects), projects (fields, budget, tables of one project).
 */
import type { Line } from '../lines';
import { checkReading } from '../check';
import type { TocItem } from '../check';
import { createDocument, createKeyMaker, diagnosticAt } from '../nodes';
import { spanLines } from '../position';
import { collectTables } from '../tables';
import type { PlanDocument, SectionKind, TableNode, UnitNode } from '../types';
import { parserText } from '../../text/parser';
import type { FamilyParser } from './types';
import { findCovers, readCoverMetadata } from './workReport/covers';
import { contactUnitUnder, selectItems } from './workReport/items';
import { buildOutline } from './workReport/outline';
import type { OutlineUnit } from './workReport/outline';
import type { TocGroup } from './workReport/toc';
import { buildProject } from './workReport/projects';
import { chapterKind, chapterTitle, isReportTitle, isReportTitleWording, isTocStart, orgLevelOf, sectionKindOf } from './workReport/patterns';

/** Confidence that the lines are a work report: cover titles, 보고순서, 일반현황 and year sections. */
export function detectWorkReport(lines: Line[]): number {
  let title = 0;
  let toc = 0;
  let sections = 0;
  let chapters = 0;
  const score = () => (title ? 0.5 : 0) + Math.min(0.3, toc * 0.1) + Math.min(0.3, sections * 0.1) + Math.min(0.3, chapters * 0.1);
  const limit = Math.min(lines.length, 60_000);
  for (let i = 0; i < limit; i++) {
    const l = lines[i];
    if (l.squashed.length === 0 || l.squashed.length > 40) continue;
    if (isReportTitle(l) || (i < 80 && isReportTitleWording(l))) title++;
    else if (isTocStart(l) && l.squashed !== '차례' && l.squashed !== '목차') toc++;
    else if (sectionKindOf(l) !== null) sections++;
    else {
      // `I. 일반 현황`, `IV. 주요업무 보고`: the chaptered layout of a city-department report.
      const chapter = chapterTitle(l);
      if (chapter !== null && chapterKind(chapter) !== 'other') chapters++;
      else continue;
    }
    if (score() >= 1) return 1; // certain: the rest of the document cannot change the answer
  }
  return Math.min(1, score());
}

export function parseWorkReport(lines: Line[], _text: string): PlanDocument {
  const doc = createDocument('work-report', lines.length);
  const covers = findCovers(lines);
  const meta = readCoverMetadata(lines, covers);
  doc.title = meta.title;
  doc.issuer = meta.issuer;
  doc.date = meta.date;
  if (meta.council) doc.council = meta.council;
  if (meta.committee) doc.committee = meta.committee;
  if (meta.session) doc.session = meta.session;

  const outline = buildOutline(lines, covers);
  const units: OutlineUnit[] = [...outline.units];
  const makeKey = createKeyMaker();
  const docTables: TableNode[] = [];
  // Every TOC's project items, by the unit it was read under, for the reading's self-check (check.ts).
  const tocItems: TocItem[] = [];
  for (const [unit, groups] of outline.tocByUnit) {
    for (const g of groups) {
      if (g.section === 'status' || listsUnits(g)) continue;
      for (const e of g.entries) tocItems.push({ number: String(e.number), title: e.title, unit, line: lines[e.index].n });
    }
  }

  for (const seg of outline.segments) {
    const section: SectionKind = seg.section ?? 'other';
    const items = selectItems(lines, seg);
    for (let k = 0; k < items.length; k++) {
      const item = items[k];
      const end = k + 1 < items.length ? items[k + 1].index : seg.to;
      let unit = seg.sub?.name ?? seg.top?.name ?? '';
      const group = [seg.top?.name, seg.sub?.name].filter((x): x is string => !!x);
      if (!seg.sub) {
        // Under a top unit that is itself a 실/국, the contact line names the responsible unit.
        const contact = contactUnitUnder(lines, item.titleEnd, end);
        if (contact) {
          unit = contact.unit;
          if (!units.some((u) => u.name === unit)) {
            const level = /담당관$/.test(unit) ? '담당관' : unit.slice(-1);
            units.push({ name: unit, level, parent: seg.top?.name, index: contact.index, via: 'contact' });
          }
        }
      }
      const project = buildProject(lines, item, end, { unit, group, section }, makeKey(`${unit}|${section}|${item.head.number}`), doc.diagnostics);
      doc.projects.push(project);
      if (section === 'status') docTables.push(...project.tables);
    }
    if ((section === 'status' || section === 'other') && items.length === 0) {
      docTables.push(...collectTables(lines, seg.from, seg.to));
    }
    // Cross-check against the unit's own TOC.
    const toc = seg.toc;
    if (toc && toc.entries.length && !listsUnits(toc) && section !== 'status' && toc.entries.length !== items.length) {
      const name = seg.sub?.name ?? seg.top?.name ?? '';
      doc.diagnostics.push(
        diagnosticAt(lines, Math.max(0, seg.from - 1), 'parser:toc-mismatch', parserText.tocMismatch(name, toc.entries.length, items.length)),
      );
    }
  }
  doc.tables = docTables;
  doc.check = checkReading(doc, tocItems);

  doc.units = units.map((u): UnitNode => {
    const node: UnitNode = { type: 'unit', name: u.name, level: u.level, position: spanLines(lines, u.index, u.index) };
    if (u.parent) node.parent = u.parent;
    return node;
  });
  doc.sections = outline.sections.map((s) => ({ type: 'section', kind: s.kind, heading: s.heading, position: spanLines(lines, s.index, s.index) }));
  if (!doc.units.length) doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-units', parserText.noUnits, 'info'));
  if (!doc.projects.length) doc.diagnostics.push(diagnosticAt(lines, 0, 'parser:no-projects', parserText.noProjects));
  return doc;
}

/** A TOC listing units (`- 1. 양성평등담당관**`) is not a list of projects. */
function listsUnits(group: TocGroup): boolean {
  return group.entries.every((e) => orgLevelOf(e.title.replace(/[\s*]/g, '')) !== null);
}

export const workReportParser: FamilyParser = { family: 'work-report', detect: detectWorkReport, parse: parseWorkReport };
