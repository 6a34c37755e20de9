import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/service/importers';
import { fixture } from './fixtures';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('PDF importer', () => {
  it('reads every printed seed line back, in order, with table cells separated by TAB', async () => {
    const fractions: number[] = [];
    const result = await extractText('보고서.pdf', fixture('pdf/seed-excerpt.pdf'), (f) => fractions.push(f));
    if (!result.ok) throw new Error(result.code);
    expect(result.format).toBe('pdf');
    expect(fractions.slice(0, 3)).toEqual([1 / 3, 2 / 3, 1]); // one step per page

    const lines = result.text.split('\n');
    const expected = new TextDecoder().decode(fixture('pdf/seed-excerpt.txt')).split('\n').filter((l) => l.trim() !== '');
    let cursor = 0;
    for (const line of expected.filter((l) => !l.includes('\t'))) {
      const found = lines.findIndex((candidate, i) => i >= cursor && squash(candidate) === squash(line));
      expect(found, line).toBeGreaterThanOrEqual(cursor);
      cursor = found;
    }
    expect(lines).toContain('정원\t26\t1\t8\t9\t7\t1\t1');
    expect(lines).toContain('청렴도 향상 및 반부패 역량 강화\t123,210\t3,382');
  });

  it('refuses a password-protected PDF', async () => {
    const result = await extractText('보고서.pdf', fixture('pdf/seed-excerpt-encrypted.pdf'));
    expect(result).toMatchObject({ ok: false, code: 'encrypted' });
    if (!result.ok) expect(result.message).toContain('암호');
  });

  it('reports a truncated PDF as corrupt', async () => {
    const bytes = fixture('pdf/seed-excerpt.pdf');
    expect(await extractText('보고서.pdf', bytes.subarray(0, 2000))).toMatchObject({ ok: false, code: 'corrupt' });
  });
});

describe('PDF without text', () => {
  it('says the document may be a scan', async () => {
    const result = await extractText('스캔.pdf', fixture('pdf/no-text.pdf'));
    expect(result).toMatchObject({ ok: false, code: 'no-text' });
    if (!result.ok) expect(result.message).toContain('스캔');
  });
});
