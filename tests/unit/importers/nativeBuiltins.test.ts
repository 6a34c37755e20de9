import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extractText } from '../../../electron/service/importers/index';

describe('pdfjs loading', () => {
  it("should leave the engine's own JSON and Array.push in place after reading a PDF", async () => {
    const stringify = JSON.stringify;
    const parse = JSON.parse;
    const push = Array.prototype.push;
    const file = resolve(import.meta.dirname, '../../fixtures/pdf/seed-excerpt.pdf');
    const result = await extractText('seed-excerpt.pdf', new Uint8Array(readFileSync(file)));
    expect(result.ok).toBe(true);
    expect(JSON.stringify).toBe(stringify);
    expect(JSON.parse).toBe(parse);
    expect(Array.prototype.push).toBe(push);
  });
});
