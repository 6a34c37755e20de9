import { randomBytes } from 'node:crypto';
import * as CFB from 'cfb';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { extractText, MAX_IMPORT_BYTES, readSpreadsheet } from '../../../electron/service/importers';
import { inflateRawLimited } from '../../../electron/service/importers/zip';
import { importText } from '../../../shared/text/import';
import { buildDocx, buildHwpx, fixture, withDeclaredSize } from './fixtures';

function xlsxBytes(): Uint8Array {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([['구분', '예산'], ['합계', 1]]), '예산');
  return new Uint8Array(XLSX.write(workbook, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer);
}

async function expectFailure(name: string, bytes: Uint8Array, code: keyof typeof importText) {
  const result = await extractText(name, bytes);
  expect(result).toEqual({ ok: false, code, message: importText[code] });
}

describe('bad input is refused with a Korean message, never thrown', () => {
  it('an empty file', async () => {
    await expectFailure('빈파일.txt', new Uint8Array(0), 'empty');
    await expectFailure('빈파일.hwp', new Uint8Array(0), 'empty');
    await expectFailure('공백.txt', new TextEncoder().encode(' \r\n\t\n'), 'empty');
    expect(await readSpreadsheet('빈파일.csv', new Uint8Array(0))).toMatchObject({ ok: false, code: 'empty' });
  });

  it('a file over MAX_IMPORT_BYTES', async () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    await expectFailure('큰파일.txt', bytes, 'too-large');
    expect(await readSpreadsheet('큰파일.csv', bytes)).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('a binary file renamed .txt', async () => {
    await expectFailure('사진.txt', new Uint8Array(randomBytes(64 * 1024)), 'binary');
    // an executable: long runs of NULs and control bytes, no text encoding fits
    const executable = new Uint8Array(8192).map((_, i) => (i % 7 === 0 ? 0x7f : i % 3 === 0 ? i & 0x1f : 0));
    await expectFailure('프로그램.txt', executable, 'binary');
  });

  it('an unknown format', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...randomBytes(256)]);
    await expectFailure('사진.png', png, 'unsupported');
    await expectFailure('압축.zip', zipSync({ 'a.txt': strToU8('본문') }), 'unsupported');
  });

  it.each([
    ['보고서.hwpx', () => buildHwpx(['주요업무보고', '□ 추진 배경'])],
    ['계획.docx', () => buildDocx(['주요업무보고', '□ 추진 배경'])],
    ['예산.xlsx', xlsxBytes],
  ])('a truncated zip: %s', async (name, make) => {
    const bytes = make();
    await expectFailure(name, bytes.subarray(0, Math.floor(bytes.length * 0.6)), 'corrupt');
  });

  it('a truncated xlsx through readSpreadsheet', async () => {
    const bytes = xlsxBytes();
    expect(await readSpreadsheet('예산.xlsx', bytes.subarray(0, bytes.length - 30))).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it.each([
    ['보고서.hwpx', () => buildHwpx(['주요업무보고'])],
    ['계획.docx', () => buildDocx(['주요업무보고'])],
    ['예산.xlsx', xlsxBytes],
  ])('a zip bomb declaring a huge uncompressed size: %s', async (name, make) => {
    await expectFailure(name, withDeclaredSize(make(), 300 * 1024 * 1024), 'zip-bomb');
  });

  it('a zip bomb of highly compressible content: 250 MB of one character in 250 entries', async () => {
    const megabyte = strToU8('가'.repeat(1024 * 1024 / 3));
    const entries = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`Contents/section${i}.xml`, megabyte]));
    const bomb = zipSync(entries, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024); // small on disk
    await expectFailure('폭탄.hwpx', bomb, 'zip-bomb');
  });

  it('a zip bomb of too many entries', async () => {
    const entries = Object.fromEntries(Array.from({ length: 10_001 }, (_, i) => [`x/${i}.txt`, new Uint8Array(0)]));
    await expectFailure('많은항목.hwpx', zipSync(entries), 'zip-bomb');
  });

  it('an entry that lies about its size cannot grow past what it declares', async () => {
    const hwpx = buildHwpx(['가'.repeat(100_000)]);
    const result = await extractText('거짓.hwpx', withDeclaredSize(hwpx, 64));
    // inflated only as far as the 64 declared bytes: the XML is cut short, so no paragraph text
    expect(result).toMatchObject({ ok: false, code: 'no-text' });
  });

  it('an HWP stream that inflates past the limit', () => {
    const compressed = deflateSync(new Uint8Array(4 * 1024 * 1024));
    expect(() => inflateRawLimited(compressed, 1024 * 1024)).toThrow(expect.objectContaining({ code: 'zip-bomb' }));
    expect(inflateRawLimited(compressed, 8 * 1024 * 1024)).toHaveLength(4 * 1024 * 1024);
  });

  it('password-protected Office files (a compound file holding EncryptedPackage)', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/EncryptionInfo', new Uint8Array(64));
    CFB.utils.cfb_add(container, '/EncryptedPackage', new Uint8Array(4096).fill(7));
    const encrypted = new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
    await expectFailure('잠김.docx', encrypted, 'encrypted');
    await expectFailure('잠김.xlsx', encrypted, 'encrypted');
    expect(await readSpreadsheet('잠김.xlsx', encrypted)).toMatchObject({ ok: false, code: 'encrypted' });
  });

  it('a compound file that is neither HWP nor a spreadsheet', async () => {
    const container = CFB.utils.cfb_new();
    CFB.utils.cfb_add(container, '/WordDocument', new Uint8Array(512).fill(1));
    await expectFailure('옛문서.hwp', new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer), 'unsupported');
  });

  it('garbage with a real extension', async () => {
    const garbage = new Uint8Array(randomBytes(4096));
    await expectFailure('보고서.pdf', garbage, 'corrupt');
    await expectFailure('보고서.hwp', garbage, 'corrupt');
    await expectFailure('보고서.hwpx', garbage, 'corrupt');
    await expectFailure('보고서.docx', garbage, 'corrupt');
  });

  it('an HWP sample cut at every tenth of its length never throws', async () => {
    const bytes = fixture('samples/basicsReport.hwp');
    for (let tenth = 1; tenth < 10; tenth++) {
      const result = await extractText('basicsReport.hwp', bytes.subarray(0, Math.floor((bytes.length * tenth) / 10)));
      expect(result.ok).toBe(false);
    }
  });
});
