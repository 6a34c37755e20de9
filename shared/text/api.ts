/** Korean messages of the API layer (validation, lookup and internal errors). */
export const apiText = {
  unknownMethod: (method: string) => `알 수 없는 요청입니다: ${method}`,
  invalidArgs: (field: string) => `요청 값이 올바르지 않습니다${field ? ` (${field})` : ''}.`,
  internal: '예상하지 못한 오류가 발생했습니다. 저장된 자료는 그대로입니다. 다시 시도해 주세요.',
  documentNotFound: '문서를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.',
  projectNotFound: '이 사업을 문서에서 찾을 수 없습니다. 문서를 다시 열어 주세요.',
  fileTooLarge: (mb: number) => `파일이 너무 큽니다. ${mb}MB 이하의 파일만 가져올 수 있습니다.`,
  requestTooLarge: (documentMb: number, bundleMb: number) =>
    `보낸 파일이 너무 큽니다. 문서는 ${documentMb}MB, 검토 묶음은 ${bundleMb}MB까지 가져올 수 있습니다.`,
  badBase64: '파일 내용을 읽을 수 없습니다. 다시 선택해 주세요.',
  unreadableText: '문서에서 읽을 수 있는 글자를 찾지 못했습니다.',
  forbidden: '접속 키가 없거나 맞지 않습니다. 터미널에 표시된 주소로 다시 여세요.',
  storeBusy: '다른 창이나 프로그램이 같은 자료 폴더를 쓰고 있습니다. 그 창을 닫고 다시 시도해 주세요.',
} as const;
