/** Korean words of the project-list spreadsheet import (사업 목록·예산 목록 표). */
import type { ProjectListField } from '../model/projectList';
import { koNumber } from './numbers';

export const projectListText = {
  needMapping: '표의 열을 지정해 주세요.',
  noHeader: '표에서 사업명·부서·예산 같은 머리글 행을 찾지 못했습니다. 첫 줄 근처에 열 이름이 있는 표를 선택해 주세요.',
  needTitle: '사업명 열을 지정해 주세요.',
  badColumn: (field: string) => `표에 없는 열을 지정했습니다 (${field}).`,
  tooManyRows: (max: number) => `표의 행이 너무 많습니다. ${koNumber(max)}행 이하로 나누어 가져와 주세요.`,
  noProjects: '표에서 사업을 찾지 못했습니다. 사업명 열을 확인해 주세요.',
  notSpreadsheet: '엑셀(.xlsx, .xls) 또는 CSV 파일이 아닙니다.',
} as const;

/** Header words per field: an exact match wins over a cell containing the word. */
export const projectListHeaderKeywords: Readonly<Record<ProjectListField, readonly string[]>> = {
  title: ['사업명', '세부사업명', '단위사업명', '사업명칭', '과제명', '세부사업', '사업'],
  unit: ['부서', '부서명', '담당부서', '소관부서', '주관부서', '담당과', '소관'],
  division: ['실국', '실국명', '소관실국', '국', '국명', '실·국'],
  section: ['구분', '섹션', '분류'],
  number: ['사업번호', '번호', '연번', '순번', '사업코드', '코드', 'no'],
  budget: ['예산', '예산액', '사업비', '소요예산', '총사업비', '금액', '예산천원'],
  sources: ['재원', '재원구분', '재원별'],
  body: ['사업내용', '사업개요', '주요내용', '내용', '개요'],
};

/** Rows that add up others: left out of the projects. */
export const projectListTotalWords = ['합계', '소계', '총계', '계', '누계', '총합계'] as const;

/** The 구분 cell words that put a row under 추진실적 (everything else goes under 추진계획). */
export const projectListResultWords = ['실적', '결과'] as const;

export const projectListUiText = {
  dialogTitle: '표의 열 지정',
  intro: (sheet: string, headerRow: number) => `‘${sheet}’ 시트의 ${headerRow}번째 줄을 머리글로 읽었습니다. 각 항목이 들어 있는 열을 골라 주세요. 한 번 지정하면 같은 모양의 표는 바로 가져옵니다.`,
  fields: {
    title: '사업명 (필수)',
    unit: '부서',
    division: '실·국',
    section: '구분 (실적/계획)',
    number: '사업번호',
    budget: '예산',
    sources: '재원',
    body: '사업내용·개요',
  } satisfies Record<ProjectListField, string>,
  noColumn: '(없음)',
  column: (index: number, name: string) => `${columnLetter(index)}열${name ? `: ${name}` : ''}`,
  sample: (n: number) => `처음 ${n}개 행 미리 보기`,
  rowCount: (n: number) => `표의 행 ${koNumber(n)}개`,
  moneyUnit: (unit: string) => `예산 단위: ${unit}`,
  needTitle: '사업명 열을 골라야 가져올 수 있습니다.',
  importButton: '가져오기',
  cancel: '취소',
  reading: '표를 읽는 중입니다…',
  rememberedUsed: '지난번 열 지정을 사용했습니다.',
  mappingSaved: '열 지정을 기억해 두었습니다. 같은 모양의 표는 다음부터 바로 가져옵니다.',
} as const;

/** A, B, … Z, AA, AB … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
