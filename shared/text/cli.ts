/** Korean lines printed by the command-line entry points (npm start, npm run web, npm run cli). */
export const cliText = {
  webReady: (dataDir: string) => `의정 검토 브라우저 모드: 위 주소를 브라우저에서 여세요. 자료 폴더: ${dataDir} (끝내려면 Ctrl+C)`,
  startFailed: (reason: string) => `의정 검토를 시작하지 못했습니다: ${reason}`,
  usage: [
    '사용법: npm run -s cli -- <명령>',
    '  list                          문서 목록(JSON)',
    '  import FILE [--plain]         문서 가져오기 (--plain: 사업 구조가 없어도 원문 그대로)',
    '  minutes --session ID --out F  회의록 엑셀 내보내기',
  ].join('\n'),
  unknownCommand: (cmd: string) => `알 수 없는 명령입니다: ${cmd}`,
  importPlainHint: '원문 그대로 가져오려면 --plain 을 붙여 다시 실행하세요.',
  fileMissing: (path: string) => `파일을 찾을 수 없습니다: ${path}`,
} as const;
