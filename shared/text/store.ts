/** Korean messages about the data files. */
export const storeText = {
  damagedSetAside: (path: string) =>
    `자료 파일이 손상되어 옆으로 옮겨 두었습니다: ${path}. 이 파일은 지우지 말고 담당자에게 전달해 주세요.`,
  futureVersion: '이 자료는 더 새로운 버전의 의정 검토에서 만들어졌습니다. 프로그램을 최신 버전으로 업데이트해 주세요.',
  sampleFailed: (name: string) => `예제 문서를 가져오지 못했습니다: ${name}`,
} as const;
