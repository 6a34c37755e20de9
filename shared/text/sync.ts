/** Korean words of live sync: the service's status line and messages, and the 동기화 settings section. */
import type { SyncState } from '../model/sync';

const time = (iso: string) => {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

export const syncText = {
  // ── status line ──
  status(state: SyncState, pending: number, lastSyncAt?: string): string {
    const parts = [syncText.stateLabel[state]];
    if (pending > 0) parts.push(`대기 중인 변경 ${pending}건`);
    if (lastSyncAt) parts.push(`마지막 동기화 ${time(lastSyncAt)}`);
    return parts.join(' · ');
  },
  stateLabel: {
    off: '동기화 꺼짐',
    connecting: '서버에 연결하는 중',
    connected: '연결됨',
    paused: '일시 중지: 서버에 연결할 수 없어 다시 시도하는 중',
    error: '동기화 오류',
  } satisfies Record<SyncState, string>,
  unauthorized: '동기화 오류: 계정 또는 비밀번호가 맞지 않거나 이 데이터베이스를 쓸 권한이 없습니다.',
  denied: '서버가 일부 변경을 거절했습니다: 다른 의원의 의견은 고칠 수 없습니다.',
  failed: '동기화 오류: 서버와 주고받지 못했습니다. 서버 주소를 확인해 주세요.',

  // ── service messages ──
  badUrl: '서버 주소는 http:// 또는 https:// 로 시작하는 데이터베이스 주소여야 합니다.',
  needAccount: '동기화를 켜려면 서버 주소, 계정, 비밀번호가 모두 필요합니다.',
  needMember: '동기화를 켜기 전에 사용자(의원 또는 전문위원)를 먼저 고르세요.',
};

/** The 동기화 section of the 보안 screen. */
export const syncFormText = {
  heading: '동기화',
  intro:
    '의회 안에 동기화 서버가 있으면, 공유한 의견과 답변·조치 상태, 회기가 노트북 사이에 저절로 오갑니다. 네트워크가 끊겨도 그대로 쓰고, 다시 연결되면 이어서 주고받습니다. 개인 메모는 이 노트북을 떠나지 않습니다.',
  url: '서버 주소 (데이터베이스 주소)',
  urlHint: '예: http://10.0.0.5:5984/council — 담당자에게 받은 주소',
  account: '계정',
  password: '비밀번호',
  passwordKept: (where: 'keychain' | 'store') => (where === 'keychain' ? '저장된 비밀번호가 있습니다 (운영체제 키체인). 바꿀 때만 입력하세요.' : '저장된 비밀번호가 있습니다. 바꿀 때만 입력하세요.'),
  enabled: '동기화 사용',
  save: '동기화 설정 저장',
  saving: '저장하는 중…',
  saved: '동기화 설정을 저장했습니다.',
  statusLabel: '동기화 상태',
  boundTo: (name: string) => `이 계정으로 ${name} 님의 의견을 올립니다.`,
};
