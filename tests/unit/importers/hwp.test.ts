import * as CFB from 'cfb';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/service/importers';
import { fixture } from './fixtures';

async function textOf(name: string): Promise<string> {
  const result = await extractText(name, fixture(`samples/${name}`));
  if (!result.ok) throw new Error(`${name}: ${result.code}`);
  expect(result.format).toBe('hwp');
  return result.text;
}

/** The sample with its FileHeader property flags replaced (bit 1: password, bit 2: distribution). */
function nooriWithFlags(flags: number): Uint8Array {
  const container = CFB.read(fixture('samples/noori.hwp'), { type: 'buffer' });
  const header = CFB.find(container, 'FileHeader')!;
  const content = Uint8Array.from(header.content);
  new DataView(content.buffer).setUint32(36, flags, true);
  header.content = content;
  return new Uint8Array(CFB.write(container, { type: 'buffer' }) as Buffer);
}

describe('HWP 5 importer', () => {
  it('reads noori.hwp: its opening paragraph, its bullets and its header table', async () => {
    const text = await textOf('noori.hwp');
    const lines = text.split('\n');
    expect(lines).toContain(
      '□ 과학기술정보통신부(장관 유영민, 이하 ‘과기정통부’)는 우리나라 최초로 순수 우리기술로 개발 중인 한국형발사체(KSLV-2)의 새로운 이름으로 “누리”가 선정되었다고 밝혔다.',
    );
    expect(lines).toContain('  o 올해 10월에는 한국형발사체의 핵심부품인 75톤 액체엔진의 비행성능을 확인하기 위해 시험발사체를 발사할 예정이다.');
    // table rows come back as one line each, cells separated by TAB
    expect(lines).toContain('배포일시\t2018. 9. 3.(월) 09:00\t담당부서\t거대공공연구정책과');
  });

  it('reads basicsReport.hwp: table cells per row and body text', async () => {
    const lines = (await textOf('basicsReport.hwp')).split('\n');
    expect(lines).toContain('과목명\t○○○○');
    expect(lines).toContain('학번\t200012345');
    expect(lines).toContain('리포트의 제목');
    expect(lines.some((line) => line.includes('이 문서는 나눔글꼴로 작성되었습니다.'))).toBe(true);
  });

  it('reports progress per section and ends at 1', async () => {
    const fractions: number[] = [];
    await extractText('noori.hwp', fixture('samples/noori.hwp'), (fraction) => fractions.push(fraction));
    expect(fractions.at(-1)).toBe(1);
  });

  it('refuses a password-protected HWP by its FileHeader flag', async () => {
    expect(await extractText('noori.hwp', nooriWithFlags(0b011))).toMatchObject({ ok: false, code: 'encrypted' });
  });

  it('refuses a distribution (copy-protected) HWP', async () => {
    expect(await extractText('noori.hwp', nooriWithFlags(0b101))).toMatchObject({ ok: false, code: 'copy-protected' });
  });

  it('reports a truncated HWP as corrupt', async () => {
    const bytes = fixture('samples/noori.hwp');
    const result = await extractText('noori.hwp', bytes.subarray(0, bytes.length / 3));
    expect(result).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('asks for re-saving an HWP 3 file', async () => {
    const bytes = new TextEncoder().encode('HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05' + ' '.repeat(100));
    expect(await extractText('old.hwp', bytes)).toMatchObject({ ok: false, code: 'old-format' });
  });
});
