/**
 * prepareLines (parsePlan's one-walk path) must give exactly normalizeText and splitLines of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitLines } from '@shared/parser/lines';
import { normalizeText } from '@shared/parser/normalize';
import { prepareLines } from '@shared/parser/prepare';

const twoStages = (input: string) => {
  const text = normalizeText(input);
  return { text, lines: splitLines(text) };
};

describe('prepareLines', () => {
  it('should equal normalizeText + splitLines on the seeds, also indented and with CRLF', () => {
    const seedsDir = new URL('../../../seeds/', import.meta.url);
    for (const name of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const seed = readFileSync(new URL(name, seedsDir), 'utf8');
      for (const input of [seed, ` ${seed.replace(/\n/g, '\n ')}`, seed.replace(/\n/g, '\r\n')]) {
        expect(prepareLines(input)).toEqual(twoStages(input));
      }
    }
  });

  it('should equal normalizeText + splitLines on folded marks, footers, indentation and controls', () => {
    const pieces = [' ', '  ', '\t', '\n', '\r\n', '\r', '- 12 -', ' – 3 – ', '-', '7', '가 나', 'x', '\u00A0', '\u3000', '\u2028', '\uFF11', '\u0007', '\u007F', '\u200B', '\uFEFF', '☐', '❍', '\u1112\u1161', '\uD800'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const input = parts.join('');
        expect(prepareLines(input)).toEqual(twoStages(input));
      }),
      { numRuns: 2000 },
    );
  });
});
