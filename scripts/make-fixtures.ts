// Regenerates the committed PDF fixtures of the importer tests (tests/fixtures/pdf/) from a seed
// text, so unit tests need no browser. Needs Debian's chromium, fonts-nanum and qpdf:
//   apt-get install -y chromium fonts-nanum qpdf && npx tsx scripts/make-fixtures.ts
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedPath = path.join(repoRoot, 'seeds/2024-서초구-행정복지위원회-주요업무보고.txt');
const outDir = path.join(repoRoot, 'tests/fixtures/pdf');

// Three pages of the seed: staff table, budget table, then bulleted paragraphs.
const START = '일 반 현 황';
const PAGE_BREAKS = ['2. 예산 현황', '2023년 주요업무 추진실적'];
const STOP = '○ 『외부청렴도 모니터링(청렴콜)』 운영';

function seedPages(): string[][] {
  const lines = readFileSync(seedPath, 'utf8').split('\n');
  const start = lines.indexOf(START);
  const stop = lines.indexOf(STOP);
  if (start < 0 || stop < start) throw new Error('seed markers not found');
  const pages: string[][] = [[]];
  for (const line of lines.slice(start, stop)) {
    if (line.includes('<')) continue; // the seed keeps one HTML cell verbatim; not page text
    if (PAGE_BREAKS.includes(line)) pages.push([]);
    pages.at(-1)!.push(line);
  }
  return pages;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Paragraph lines become <p>; runs of TAB-separated lines become a table. */
function pageHtml(lines: string[]): string {
  const html: string[] = [];
  let rows: string[] = [];
  const flushTable = () => {
    if (rows.length) html.push(`<table>${rows.join('')}</table>`);
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) {
      rows.push(`<tr>${line.split('\t').map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
      continue;
    }
    flushTable();
    if (line.trim() !== '') html.push(`<p>${escapeHtml(line)}</p>`);
  }
  flushTable();
  return `<section>${html.join('\n')}</section>`;
}

async function main(): Promise<void> {
  const pages = seedPages();
  const html = `<!doctype html><html lang="ko"><meta charset="utf-8"><style>
    body { font-family: 'NanumGothic', sans-serif; font-size: 11pt; }
    section { break-after: page; }
    p { margin: 0 0 6pt; }
    table { width: 100%; border-collapse: collapse; margin: 6pt 0; }
    td { border: 1px solid #444; padding: 3pt 6pt; }
  </style><body>${pages.map(pageHtml).join('\n')}</body></html>`;

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.pdf({ path: path.join(outDir, 'seed-excerpt.pdf'), format: 'A4', printBackground: false });
    // A page with a drawing but no text, like a scanned document.
    await page.setContent('<svg width="400" height="300"><rect x="20" y="20" width="300" height="200" fill="#369"/></svg>');
    await page.pdf({ path: path.join(outDir, 'no-text.pdf'), format: 'A4', printBackground: true });
  } finally {
    await browser.close();
  }
  writeFileSync(path.join(outDir, 'seed-excerpt.txt'), pages.map((lines) => lines.join('\n')).join('\n'));
  // AES-256 with a user password: readers must ask for it before showing any text.
  execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', 'seed-excerpt.pdf', 'seed-excerpt-encrypted.pdf'], { cwd: outDir });
  console.log(`wrote ${pages.length} pages to ${outDir}`);
}

await main();
