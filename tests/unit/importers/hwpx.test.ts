import { describe, expect, it } from 'vitest';
import { extractText } from '../../../electron/service/importers';
import { buildHwpx, fixture } from './fixtures';

async function linesOf(name: string): Promise<string[]> {
  const result = await extractText(name, fixture(`samples/${name}`));
  if (!result.ok) throw new Error(`${name}: ${result.code}`);
  expect(result.format).toBe('hwpx');
  return result.text.split('\n');
}

describe('HWPX importer', () => {
  it('reads FormattingShowcase.hwpx: paragraphs in order and its table row by row', async () => {
    const lines = await linesOf('FormattingShowcase.hwpx');
    const title = lines.indexOf('형식 테스트 문서');
    expect(title).toBeGreaterThanOrEqual(0);
    expect(lines.slice(title + 1, title + 5)).toEqual([
      '이 문서는 굵은 텍스트, 기울임, 강조 표시, 색상이 다른 코드 샘플 등을 포함합니다.',
      '- 표와 셀 병합 확인',
      '- 다양한 글자 속성 렌더링',
      '- 문단 간격과 정렬 유지',
    ]);
    // a 3×3 table with merged cells: each <hp:tr> is one line
    expect(lines).toContain('1\t2');
    expect(lines).toContain('5\t4');
    expect(lines).toContain('표 1. 서식 검증용 샘플 데이터');
  });

  it('reads A_form.hwpx: table cells joined by TAB, cell paragraphs joined by a space', async () => {
    const lines = await linesOf('A_form.hwpx');
    expect(lines).toContain('글자체\t크기\t장평\t자간\t줄간격\t박스안 줄간격');
    expect(lines).toContain('신명조\t11\t97\t0\t160%\t신명조, 150%');
    expect(lines).toContain('각 지도에 대한 설명으로 옳은 것만을 <보기>에서 있는 대로 고른 것은? [3.3점]');
  });

  it('reads a .hwp-named file that is really HWPX', async () => {
    const result = await extractText('보고서.hwp', buildHwpx(['주요업무보고', '□ 추진 배경']));
    expect(result).toMatchObject({ ok: true, format: 'hwpx', text: '주요업무보고\n□ 추진 배경' });
  });
});
