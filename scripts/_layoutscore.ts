import { readFileSync, writeFileSync } from 'node:fs';
import { parsePlan, toCheckJson } from '../shared/parser/index';
import { scorePlan } from '../tests/helpers/scorePlan';
import { caseOf, textOf, pipe, dropMasterToc, dropUnitTocs } from '../tests/helpers/transforms';
import * as L from '../tests/helpers/layouts';
const which = process.argv[2] ?? '000';
const gold = JSON.parse(readFileSync(`/work/shared/gold/${which}.json`, 'utf8'));
const base = caseOf(readFileSync(`/work/shared/seeds/${gold.file}`, 'utf8'), gold);
const cases: Record<string, any> = {
  seed: (c: any) => c,
  title: L.reportTitleWording('2024년 주요업무 진행사항 보고'),
  mdHeadings: L.markdownHeadings,
  split: L.splitNumberTitle('bare'),
  splitDot: L.splitNumberTitle('dot'),
  mdSplit: pipe(L.markdownHeadings, L.splitNumberTitle('dot')),
  pipe: L.pipeTables,
  listTables: L.projectListTables,
  inline: L.inlineMarkup,
  pages: L.barePageNumbers(9),
  all: L.markdownConvertedReport,
  allNoToc: pipe(dropMasterToc, dropUnitTocs, L.markdownConvertedReport),
};
for (const [name, t] of Object.entries(cases)) {
  if (process.argv[3] && process.argv[3] !== name) continue;
  const c = t(base);
  const text = textOf(c);
  const doc = parsePlan(text);
  const s = scorePlan(c.gold, toCheckJson(doc));
  console.log(name.padEnd(12), doc.family, `P=${s.precision.toFixed(3)} R=${s.recall.toFixed(3)} F1=${s.f1.toFixed(3)} unit=${s.unit.toFixed(3)} title=${s.title.toFixed(3)} sec=${s.section.toFixed(3)} bud=${s.budget.toFixed(3)} src=${s.source.toFixed(3)} uf=${s.unitsFound.toFixed(3)} (${s.parsed}/${s.expected})`, doc.check?.message);
  if (process.argv[3]) { writeFileSync('/tmp/case.txt', text); console.log(s.problems.slice(0, 30).join('\n')); }
}
if (process.argv[4] === 'units') {
  const c = (cases as any)[process.argv[3]](base);
  const doc = toCheckJson(parsePlan(textOf(c)));
  for (const g of c.gold.projects) {
    const p = doc.projects.find((q) => Math.abs(q.line - g.line) <= 3);
    if (p && p.unit.replace(/\s/g, '') !== (g.department ?? g.unit).replace(/\s/g, '')) console.log('unit', g.line, g.unit, '→', p.unit, p.title);
  }
}
