/** Korean messages about review bundles (.crb), revised documents and orphaned notes. */
import { koNumber } from './numbers';
export const bundleText = {
  badBase64: '검토 묶음 파일을 읽을 수 없습니다. 파일이 손상되었을 수 있으니 다시 받아 주세요.',
  tooLarge: (mb: number) => `검토 묶음 파일이 너무 큽니다. ${mb}MB 이하만 가져올 수 있습니다.`,
  notJson: '검토 묶음 파일이 아니거나 손상된 파일입니다.',
  wrongFormat: '의정 검토의 검토 묶음(.crb) 파일이 아닙니다.',
  futureVersion: (version: number) =>
    `이 검토 묶음은 더 새로운 버전의 의정 검토에서 만들어졌습니다(형식 ${version}). 프로그램을 최신 버전으로 업데이트한 뒤 가져와 주세요.`,
  badChecksum: '검토 묶음 파일의 검증값이 맞지 않습니다. 전송 중에 손상되었거나 내용이 바뀌었습니다. 보낸 분께 다시 받아 주세요.',
  badSchema: (where: string) => `검토 묶음의 내용이 올바르지 않습니다${where ? ` (${where})` : ''}. 아무것도 바꾸지 않았습니다.`,
  tooManyRecords: (max: number) => `검토 묶음에 기록이 너무 많습니다. 한 번에 ${koNumber(max)}건까지 가져올 수 있습니다.`,
  unsafeName: (where: string) => `검토 묶음에 허용되지 않는 이름이 있습니다 (${where}). 아무것도 바꾸지 않았습니다.`,
  documentHashMismatch: (title: string) => `검토 묶음에 들어 있는 문서의 내용이 검증값과 다릅니다: ${title}`,
  exportTooLarge: (mb: number) => `내보낼 자료가 ${mb}MB를 넘습니다. 회기를 골라 나누어 내보내거나 문서를 빼고 내보내 주세요.`,
  memberNotFound: '내보낼 의원을 찾을 수 없습니다.',
  sessionNotFound: '회기를 찾을 수 없습니다.',
  privateNotAllowed: '다른 사람의 개인 메모는 내보낼 수 없습니다.',
  fileNamePrefix: '의정검토',
  passwordNeeded: '이 검토 묶음은 암호로 보호되어 있습니다. 보낸 분께 받은 암호를 입력해 주세요.',
  wrongPassword: '검토 묶음의 암호가 맞지 않습니다. 다시 입력해 주세요.',
  encryptedNewer: '이 검토 묶음은 더 새로운 버전의 의정 검토에서 암호화되었습니다. 프로그램을 최신 버전으로 업데이트한 뒤 가져와 주세요.',
} as const;

export const revisionText = {
  replacesNotFound: '새 판으로 바꿀 이전 문서를 찾을 수 없습니다. 목록을 새로 고쳐 주세요.',
  replacesItself: '같은 문서를 자기 자신의 새 판으로 지정할 수 없습니다.',
  alreadySuperseded: '이미 새 판으로 바뀐 문서입니다. 가장 최근 판을 골라 주세요.',
  wouldLoop: '이 문서는 고른 문서의 이전 판입니다. 판 순서를 확인해 주세요.',
  projectNotFound: '옮길 사업을 찾을 수 없습니다. 문서를 다시 열어 주세요.',
  notAllowed: '의견을 다른 사업으로 옮길 수 있는 사람은 작성자나 위원회 직원뿐입니다.',
} as const;
