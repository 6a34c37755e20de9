import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, extractText } from '../../../electron/service/importers';
import { buildDocx, buildHwpx, fixture } from './fixtures';

describe('detectFormat', () => {
  it('trusts magic bytes over the extension', () => {
    expect(detectFormat('보고서.txt', fixture('pdf/seed-excerpt.pdf'))).toBe('pdf');
    expect(detectFormat('보고서.bin', fixture('samples/noori.hwp'))).toBe('hwp');
    expect(detectFormat('보고서.hwp', fixture('samples/A_form.hwpx'))).toBe('hwpx');
    expect(detectFormat('보고서.zip', buildDocx(['본문']))).toBe('docx');
    expect(detectFormat('보고서.hwpx', buildDocx(['본문']))).toBe('docx');
  });

  it('falls back to the extension, case-insensitively', () => {
    const text = new TextEncoder().encode('본문');
    expect(detectFormat('예산.CSV', text)).toBe('csv');
    expect(detectFormat('계획.TXT', text)).toBe('text');
    expect(detectFormat('회의자료', text)).toBe('text');
    expect(detectFormat('사진.jpg', text)).toBeNull();
    // a text file that merely mentions a PDF header is still text
    expect(detectFormat('메모.txt', new TextEncoder().encode('메모: %PDF-1.7 형식'))).toBe('text');
  });
});

describe('encrypted HWPX', () => {
  it('is refused by its manifest encryption data', async () => {
    const plain = buildHwpx(['본문']);
    const manifest =
      '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><odf:file-entry odf:full-path="Contents/section0.xml">' +
      '<odf:encryption-data odf:checksum-type="SHA1"/></odf:file-entry></odf:manifest>';
    const encrypted = zipSync({ 'Contents/section0.xml': strToU8('<hs:sec/>'), 'META-INF/manifest.xml': strToU8(manifest) });
    expect((await extractText('잠김.hwpx', plain)).ok).toBe(true);
    expect(await extractText('잠김.hwpx', encrypted)).toMatchObject({ ok: false, code: 'encrypted' });
  });
});
