/** Korean messages about the data files. */
export const storeText = {
  damagedSetAside: (path: string) =>
    `자료 파일이 손상되어 옆으로 옮겨 두었습니다: ${path}. 이 파일은 지우지 말고 담당자에게 전달해 주세요.`,
  futureVersion: '이 자료는 더 새로운 버전의 의정 검토에서 만들어졌습니다. 프로그램을 최신 버전으로 업데이트해 주세요.',
  stillLoading: '메모를 읽어 들이는 중입니다. 잠시 후 다시 시도해 주세요.',
  sampleFailed: (name: string) => `예제 문서를 가져오지 못했습니다: ${name}`,
} as const;

/** Korean messages about backups, restores and the data-folder lock (electron/service/{backups,lock}.ts). */
export const reliabilityText = {
  restoredFromBackup: (damagedPath: string, backupTime: string) =>
    `자료 파일이 손상되어 옆으로 옮겨 두고, ${backupTime}에 만든 백업에서 자료를 되살렸습니다. ` +
    `그 뒤에 바꾼 내용이 빠졌을 수 있으니 확인해 주세요. 손상된 파일: ${damagedPath} (지우지 말고 담당자에게 전달해 주세요)`,
  missingRestoredFromBackup: (backupTime: string) =>
    `자료 파일이 없어서 ${backupTime}에 만든 백업에서 자료를 되살렸습니다. 그 뒤에 바꾼 내용이 빠졌을 수 있으니 확인해 주세요.`,
  journalDamaged: (damagedPath: string, lastGood: string) =>
    `최근 저장 기록의 일부가 손상되어 사본을 옆에 두었습니다. ${lastGood}까지 저장한 내용으로 열었으니, ` +
    `그 뒤에 쓴 메모가 빠졌는지 확인해 주세요. 손상된 파일: ${damagedPath} (지우지 말고 담당자에게 전달해 주세요)`,
  damagedNoBackup: (damagedPath: string) =>
    `자료 파일이 손상되어 옆으로 옮겨 두었습니다: ${damagedPath}. 쓸 수 있는 백업이 없어 빈 자료로 시작합니다. ` +
    `이 파일은 지우지 말고 담당자에게 전달해 주세요.`,
  folderBusy: (lockPath: string, holder: { pid: number; host: string; startedAt: string } | null) =>
    `다른 의정 검토 창이나 프로그램이 이미 같은 자료 폴더를 쓰고 있습니다` +
    (holder ? ` (프로세스 ${holder.pid}${holder.host ? `, 컴퓨터 ${holder.host}` : ''}, ${holder.startedAt} 시작)` : '') +
    `. 그 프로그램을 닫은 뒤 다시 실행해 주세요. 그 프로그램이 이미 꺼져 있다면 잠금 파일을 지우면 됩니다: ${lockPath}`,
} as const;

/** Korean text of the confirmation before a link opens in the user's web browser (electron/main/external.ts). */
export const externalLinkText = {
  title: '의정 검토',
  message: '이 링크를 인터넷 브라우저에서 열까요?',
  detail: (host: string, url: string) => `사이트: ${host}\n주소: ${url}\n\n모르는 사이트라면 열지 마세요.`,
  open: '브라우저에서 열기',
  cancel: '취소',
} as const;
