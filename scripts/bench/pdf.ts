/**
 * Import of a 100-page PDF: text extraction through the app's PDF importer, against importing
 * the same text as a plain .txt file in the same run. The PDF is printed by Chromium from seed text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../electron/service/importers/index';
import { launchChromium, repoRoot } from '../../tests/helpers/app';
import type { BenchFigure } from './figure';
import { figure, percentile, timeMs } from './figure';

const PAGES = 100;

async function printPdf(text: string): Promise<{ pdf: Uint8Array; pages: number }> {
  const browser = await launchChromium();
  const page = await browser.newPage();
  const escaped = text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  await page.setContent(`<html><body style="font-family: NanumGothic, sans-serif; font-size: 11pt"><pre style="white-space: pre-wrap; font-family: inherit">${escaped}</pre></body></html>`);
  const pdf = new Uint8Array(await page.pdf({ format: 'A4' }));
  await browser.close();
  const pages = (Buffer.from(pdf).toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  return { pdf, pages };
}

export async function benchPdfImport(): Promise<BenchFigure[]> {
  const seed = readFileSync(resolve(repoRoot, 'seeds', '2024-서초구-행정복지위원회-주요업무보고.txt'), 'utf8');
  // About 66 seed lines fill an A4 page at 11 pt (blank lines are short): enough for 100 pages.
  const text = seed.split('\n').slice(0, PAGES * 66).join('\n');
  const { pdf, pages } = await printPdf(text);
  const txt = new TextEncoder().encode(text);
  const pdfTimes: number[] = [];
  const txtTimes: number[] = [];
  for (let i = 0; i < 4; i++) {
    pdfTimes.push(await timeMs(() => extractText('report.pdf', pdf)));
    txtTimes.push(await timeMs(() => extractText('report.txt', txt)));
  }
  return [figure(`import a ${pages}-page PDF (median, vs the same text as .txt)`, percentile(pdfTimes, 50), 'ms', percentile(txtTimes, 50))];
}
