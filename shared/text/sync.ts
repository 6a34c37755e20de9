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
