/**
 * Korean user-facing strings of the plan-document parser (diagnostic reasons).
 * Keep every sentence the user can see here, so wording is reviewed in one place.
 */
export const parserText = {
  emptyDocument: '문서에 내용이 없습니다',
  unknownFamily: '문서 형식을 알아보지 못했고, 사업으로 읽을 번호 붙은 제목도 찾지 못했습니다',
  unknownFamilyRead: (n: number) => `문서 형식을 알아보지 못해 번호가 붙은 제목 ${n}개를 사업으로 읽었습니다. 확인해 주세요`,
  internalError: '문서를 읽는 중 예상하지 못한 문제가 생겨 일부만 읽었습니다',
  budgetUnreadable: '소요예산 금액을 읽지 못했습니다',
  budgetWonAsThousand: '소요예산이 원 단위로 적혀 있으나 재원별 금액(천원)의 합과 같아 천원으로 읽었습니다',
  budgetPartial: '소요예산이 다른 사업비의 일부로 적혀 있어 금액을 비워 두었습니다',
  budgetSubProjectsOnly: '세부사업별 예산만 있고 사업 전체의 소요예산이 없어 금액을 비워 두었습니다',
  budgetSourceMissing: '소요예산의 재원(국비·시비·구비 등)이 적혀 있지 않습니다',
  budgetSourcesMismatch: '재원별 금액의 합이 소요예산 총액과 다릅니다',
  numberingGap: (expected: string, got: string) => `사업 번호가 ${expected} 다음에 ${got}(으)로 이어집니다`,
  tocMismatch: (unit: string, toc: number, body: number) =>
    `${unit}: 보고순서에는 ${toc}개 사업이 있으나 본문에서 ${body}개를 찾았습니다`,
  tocTitleMissing: (title: string) => `보고순서의 사업 「${title}」을(를) 본문에서 찾지 못했습니다`,
  noUnits: '담당관·국·과 단위를 찾지 못했습니다',
  noProjects: '사업 항목을 찾지 못했습니다',
  unitWithoutProjects: (unit: string) => `${unit}에서 사업 항목을 찾지 못했습니다`,
  // Self-check of a reading (shared/parser/check.ts), shown after import and in the outline.
  checkNothing: '사업 구조를 찾지 못했습니다. 계획 문서가 아닐 수 있습니다',
  checkNoToc: (found: number) => `목차가 없어 본문에서 사업 ${found}개를 찾았습니다. 목차와 대조하지 못했습니다`,
  checkAllFound: (toc: number) => `목차의 사업 ${toc}개 중 ${toc}개를 찾았습니다`,
  checkTitlesDiffer: (toc: number, differing: number) => `목차의 사업 ${toc}개를 모두 찾았습니다. ${differing}개는 제목이 목차와 다릅니다`,
  checkDiffers: (toc: number, matched: number, differing: number) =>
    `목차의 사업 ${toc}개 중 ${matched}개를 찾았습니다. 목차와 ${differing}개가 다릅니다`,
} as const;
