/**
 * Korean diagnostic reasons of the 시행결과 (result-sheets) and 이행계획 (implementation-plan)
 * parser families. Kept apart from ./parser.ts so both families' wording is reviewed in one place.
 */
export const parserFamiliesText = {
  noDate: '문서에 작성일이 적혀 있지 않습니다',
  noIssuer: '발행 기관(시·군·구)을 찾지 못했습니다',
  noProjects: '사업 항목을 찾지 못했습니다',
  // 시행결과 (result sheets)
  sheetNoDepartment: (code: string) => `${code}: 사업(과업) 소관 행에서 담당과를 찾지 못했습니다`,
  sheetNoBudgetRow: (code: string) => `${code}: 사업비 표의 계(①+②+③) 행을 찾지 못했습니다`,
  sheetBudgetUnreadable: (code: string) => `${code}: 사업비 표의 예산(A) 금액을 읽지 못했습니다`,
  bestPracticeNoSheet: (code: string) => `우수사업 ${code}와(과) 같은 번호의 세부사업 시트가 없어 담당과를 알 수 없습니다`,
  sheetCodeMismatch: (heading: string, inner: string) => `제목의 사업번호 ${heading}와(과) 표 안의 사업번호 ${inner}이(가) 다릅니다. 제목의 번호를 사용했습니다`,
  // 이행계획 (implementation plan)
  taskNoDepartment: (code: string) => `${code}: 담당 부서 줄을 찾지 못했습니다`,
  departmentSpelling: (written: string, used: string) => `담당 부서 「${written}」을(를) 문서의 다른 곳에 적힌 「${used}」(으)로 읽었습니다`,
  taskBudgetParts: (code: string) => `${code}: 총 소요예산 없이 세부 활동별 금액만 적혀 있어 총액을 비워 두었습니다`,
  taskNoHeader: (code: string) => `${code}: 핵심전환분야·목표 머리글을 찾지 못했습니다`,
} as const;
