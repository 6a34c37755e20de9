import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/service/importers';
import { buildDocx, seedLines } from './fixtures';

describe('DOCX importer', () => {
  it('reads Korean paragraphs one per line, then table cells', async () => {
    const paragraphs = seedLines().filter((line) => line.trim() !== '' && !line.includes('\t') && !line.includes('<')).slice(0, 30);
    const result = await extractText('계획.docx', buildDocx(paragraphs, [['구분', '예산액'], ['합 계', '311,736']]));
    if (!result.ok) throw new Error(result.code);
    expect(result.format).toBe('docx');
    const lines = result.text.split('\n');
    expect(lines.slice(0, paragraphs.length)).toEqual(paragraphs);
    expect(lines).toContain('311,736');
  });
});
