/**
 * Korean words of the reading self-check (shared/parser/check.ts) as the user sees it: the import
 * summary, the outline's check line, the library flag, and the "not a plan document" refusal.
 * The check's own sentences (목차의 사업 N개 중 …) are the parser's, in ./parser.ts.
 */
import type { ReadingConfidence, ReadingDifference } from '../parser/types';

export const readingCheckText = {
  /** `library:import` refuses a file in which no plan structure was found (code 'not-a-plan'). */
  notAPlan: '파일에서 계획 문서의 구조(부서, 번호가 붙은 사업 제목)를 찾지 못해 목록에 추가하지 않았습니다. 계획 문서가 아닐 수 있습니다.',
  importAnywayHint: '계획 문서가 맞다면 ‘그래도 가져오기’로 원문 그대로 가져온 뒤 읽기 화면에서 사업을 직접 표시할 수 있습니다.',
  importAnyway: '그래도 가져오기',
  importAnywayLabel: (fileName: string) => `${fileName} 원문 그대로 가져오기`,
  /** Short label of each confidence, for badges (text, never colour alone). */
  confidence: {
    high: '목차와 일치',
    medium: '목차 없음',
    low: '확인 필요',
    none: '사업 구조 없음',
  } satisfies Record<ReadingConfidence, string>,
  checkLabel: '읽기 확인',
  kinds: {
    missing: '본문에 없음',
    extra: '목차에 없음',
    title: '제목이 다름',
  } satisfies Record<ReadingDifference['kind'], string>,
  /** One differing item as a line of the list: "본문에 없음 · 3. 청렴도 향상 추진 (감사담당관)". */
  difference: (kind: string, number: string, title: string, unit: string) =>
    `${kind} · ${[number ? `${number}.` : '', title].filter(Boolean).join(' ')}${unit ? ` (${unit})` : ''}`,
  goToProject: '사업 보기',
  goToLine: (line: number) => `원문 ${line}행 보기`,
  goLabel: (item: string, where: string) => `${item}: ${where}`,
  showDifferences: (n: number) => `다른 항목 ${n}개 보기`,
  moreDifferences: (n: number) => `그 밖에 ${n}개는 문서의 목차 위 읽기 확인에서 볼 수 있습니다.`,
  /** The reader's view of one source line (a TOC row whose item the body lacks). */
  sourceHeading: (line: number) => `원문 ${line}행 부근`,
  closeSource: '원문 보기 닫기',
} as const;
