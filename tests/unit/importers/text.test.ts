import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/service/importers';
import { seedLines } from './fixtures';

const SAMPLE = '2024년도 주요업무보고\n□ 추진 배경\n - 예산: 311,736천원 (△4,786)\n① 청렴도 향상\t13';

const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, i, bytes) => bytes[i ^ 1]);
const concat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((part) => Array.from(part)));

async function decoded(bytes: Uint8Array, name = 'plan.txt') {
  const result = await extractText(name, bytes);
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
  return result;
}

describe('text importer', () => {
  it.each([
    ['utf-8', () => new TextEncoder().encode(SAMPLE)],
    ['utf-8', () => concat([0xef, 0xbb, 0xbf], new TextEncoder().encode(SAMPLE))],
    ['utf-16le', () => concat([0xff, 0xfe], utf16le(SAMPLE))],
    ['utf-16be', () => concat([0xfe, 0xff], utf16be(SAMPLE))],
    ['utf-16le', () => utf16le(SAMPLE)],
    ['utf-16be', () => utf16be(SAMPLE)],
    ['cp949', () => new Uint8Array(iconv.encode(SAMPLE, 'euc-kr'))],
  ])('decodes %s (case %#) without a stray BOM', async (encoding, make) => {
    const result = await decoded(make());
    expect(result).toMatchObject({ format: 'text', encoding, text: SAMPLE });
  });

  it('decodes a whole EUC-KR seed document', async () => {
    // EUC-KR cannot encode a few symbols of the seed (e.g. ☐); keep the lines it can.
    const encodable = (line: string) => iconv.decode(iconv.encode(line, 'euc-kr'), 'euc-kr') === line;
    const seed = seedLines().filter(encodable).join('\n');
    const result = await decoded(new Uint8Array(iconv.encode(seed, 'euc-kr')));
    expect(result.encoding).toBe('cp949');
    expect(result.text).toBe(seed);
  });

  it('normalises CRLF and CR line ends to LF', async () => {
    const result = await decoded(new TextEncoder().encode('첫째 줄\r\n둘째 줄\r셋째 줄\n'));
    expect(result.text).toBe('첫째 줄\n둘째 줄\n셋째 줄\n');
  });

  it('keeps UTF-8 with a cut-off last character, with a warning', async () => {
    const bytes = new TextEncoder().encode(SAMPLE + ' 끝');
    const result = await decoded(bytes.subarray(0, bytes.length - 1));
    expect(result.text.startsWith(SAMPLE)).toBe(true);
    expect(result.warnings).toHaveLength(1);
  });

  it('reads a file without an extension as text', async () => {
    expect(await decoded(new TextEncoder().encode(SAMPLE), '회의자료')).toMatchObject({ text: SAMPLE });
  });

  it('imports a 1 MB single line as it is', async () => {
    const line = '가나다라마바사 '.repeat(131_072);
    const result = await decoded(new TextEncoder().encode(line));
    expect(result.text).toBe(line);
  });

  it('imports a 50 MB text file', async () => {
    const block = seedLines().join('\n') + '\n';
    const bytes = new TextEncoder().encode(block.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(block))));
    expect(bytes.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    const result = await decoded(bytes);
    expect(result.text.length).toBeGreaterThan(10_000_000);
    expect(result.text.startsWith(block)).toBe(true);
  });
});
