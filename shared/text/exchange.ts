/**
 * Korean words of the 주고받기 screen (review bundles between laptops, orphaned notes), the
 * revised-document option of the library, and the 후속조치 register. Components import these and
 * never write user-facing Korean inline.
 */
import type { OrphanReason } from '../model/revision';
import { koNumber } from './numbers';

const n = koNumber;

export const exchangeNavText = {
  exchange: '주고받기',
  followups: '후속조치',
} as const;

export const exchangeText = {
  heading: '주고받기',
  intro: '인터넷 없이 USB 등으로 의견을 주고받습니다. 내 의견을 검토 묶음 파일(.crb)로 내보내고, 다른 노트북에서 받은 파일을 가져와 합칩니다. 합칠 때 지워지는 의견은 없습니다.',
  jump: { label: '이 화면의 구역', export: '내보내기', import: '가져오기', orphans: '연결이 끊긴 의견' },

  export: {
    heading: '내 의견 내보내기',
    intro: '의견을 파일 하나로 저장합니다. 이 파일을 전문위원이나 다른 노트북으로 옮겨 가져오기 하면 됩니다.',
    scope: '내보낼 범위',
    scopeCurrent: (label: string) => `현재 회기만 (${label})`,
    scopeCurrentNone: '현재 회기만 (현재 회기 없음)',
    scopeAll: '모든 회기의 의견',
    who: '누구의 의견을',
    whoMe: (name: string) => `${name} (나)`,
    includeDocuments: '문서 원문도 함께 넣기 (받는 노트북에 문서가 없을 때)',
    includePrivate: '내 개인 메모도 넣기 (내 다른 노트북으로 옮길 때만)',
    protect: '암호로 보호하기 (USB를 잃어버려도 다른 사람이 열 수 없게)',
    password: '파일 암호 (8자 이상)',
    passwordHint: '받는 분께는 암호를 파일과 따로(전화 등으로) 알려 주세요.',
    passwordShort: '암호는 8자 이상이어야 합니다.',
    button: '검토 묶음 파일로 내보내기',
    working: '내보내는 중…',
    done: (fileName: string) => `‘${fileName}’ 파일로 저장했습니다.`,
    doneEncrypted: '암호로 보호된 파일입니다.',
    doneBody: (notes: number, documents: number) => `의견 ${n(notes)}건${documents ? ` · 문서 ${n(documents)}건` : ''}이 들어 있습니다. 다운로드 폴더를 확인하세요.`,
    failed: '내보내지 못했습니다',
  },

  import: {
    heading: '받은 파일 가져오기',
    intro: '다른 노트북에서 만든 검토 묶음 파일(.crb)을 고르세요. 먼저 무엇이 바뀌는지 보여 드리고, ‘적용’을 눌러야 합칩니다.',
    choose: '검토 묶음 파일 고르기',
    drop: '여기에 .crb 파일을 끌어다 놓아도 됩니다',
    dropActive: '놓으면 미리 보기를 만듭니다',
    accept: '.crb',
    reading: (name: string) => `읽는 중: ${name}`,
    previewHeading: '가져오기 미리 보기',
    previewIntro: '아직 아무것도 바뀌지 않았습니다. 내용을 확인하고 ‘적용’을 누르세요.',
    fileFailed: (name: string) => `‘${name}’ 파일을 가져올 수 없습니다`,
    notCrb: '검토 묶음 파일은 이름이 .crb로 끝납니다. 다른 파일을 고른 것 같습니다.',
    password: (name: string) => `‘${name}’의 암호`,
    open: '열기',
    from: (name: string, committee: string | undefined, when: string) => `보낸 사람: ${name}${committee ? ` (${committee})` : ''} · 만든 때: ${when}`,
    totals: (t: { annotations: number; new: number; updated: number; unchanged: number; conflicting: number; skipped: number }) =>
      `의견 ${n(t.annotations)}건: 새 의견 ${n(t.new)} · 고쳐진 의견 ${n(t.updated)} · 그대로 ${n(t.unchanged)} · 충돌 ${n(t.conflicting)}${t.skipped ? ` · 제외 ${n(t.skipped)}` : ''}`,
    columns: { document: '문서', new: '새 의견', updated: '고쳐짐', unchanged: '그대로', conflicting: '충돌', here: '이 노트북에' },
    documentsCaption: '문서별로 합쳐질 의견 수',
    present: '있음',
    willImport: '파일에서 가져옴',
    absent: '없음',
    missing: '이 노트북에 없는 문서 (의견은 보관되고, 문서를 가져오면 다시 연결됩니다)',
    included: '함께 들어온 문서 (목록에 추가됩니다)',
    conflicts: (count: number) => `충돌 ${n(count)}건: 양쪽에서 고친 의견은 더 새로 고친 쪽이 남습니다.`,
    conflictKept: (local: number, incoming: number, kept: 'local' | 'incoming') =>
      `이 노트북 판 ${local} · 받은 판 ${incoming} → ${kept === 'local' ? '이 노트북 것을 유지' : '받은 것으로 바꿈'}`,
    newPeople: (members: number, sessions: number) =>
      [members ? `새 사용자 ${n(members)}명` : '', sessions ? `새 회기 ${n(sessions)}건` : ''].filter(Boolean).join(' · '),
    skippedNote: (k: number) => `다른 사람의 개인 메모 등 ${n(k)}건은 가져오지 않습니다.`,
    apply: (files: number) => (files > 1 ? `적용 (파일 ${n(files)}개)` : '적용'),
    applying: '합치는 중…',
    cancel: '취소',
    remove: (name: string) => `${name} 빼기`,
    reportHeading: '가져오기 결과',
    reportLine: (name: string, t: { new: number; updated: number; unchanged: number; conflicting: number }, reattached: number) =>
      `${name}: 새 의견 ${n(t.new)} · 고쳐진 의견 ${n(t.updated)} · 그대로 ${n(t.unchanged)} · 충돌 ${n(t.conflicting)}${reattached ? ` · 새 판으로 옮김 ${n(reattached)}` : ''}`,
    reportFailed: (name: string, message: string) => `${name}: 가져오지 못했습니다. ${message}`,
    reportOrphans: (k: number) => `연결이 끊긴 의견이 ${n(k)}건 있습니다. 아래에서 다시 연결해 주세요.`,
  },

  orphans: {
    heading: '연결이 끊긴 의견',
    intro: '문서가 없거나 새 판에서 맞는 사업을 찾지 못한 의견입니다. 지워지지 않았으니, 맞는 문서와 사업을 골라 다시 연결하세요.',
    none: '연결이 끊긴 의견이 없습니다.',
    count: (k: number) => `${n(k)}건`,
    reason: {
      'document-missing': '문서가 이 노트북에 없습니다',
      'project-missing': '문서에서 이 사업을 찾지 못했습니다',
      superseded: '새 판에서 맞는 사업을 찾지 못했습니다',
    } as Record<OrphanReason, string>,
    was: '원래 자리',
    anchor: (unit: string, section: string, number: string, title: string) => [unit, section, number ? `${number}. ${title}` : title].filter(Boolean).join(' · '),
    documentOf: (title: string) => `문서: ${title || '(알 수 없는 문서)'}`,
    quote: '표시한 부분',
    author: (name: string) => `작성: ${name}`,
    reattach: '다시 연결',
    reattachLabel: (body: string) => `‘${body}’ 의견 다시 연결`,
    formHeading: '어느 사업에 연결할까요?',
    suggestions: '비슷한 사업',
    suggestion: (unit: string, number: string, title: string, score: number) => `${unit} ${number}. ${title} (${Math.round(score * 100)}%)`,
    document: '문서',
    noDocuments: '연결할 문서가 없습니다. 먼저 문서를 가져오세요.',
    search: '사업 찾기 (번호·이름·부서)',
    searchHint: '글자를 입력하면 아래 목록이 줄어듭니다.',
    project: '연결할 사업',
    projectCount: (shown: number, total: number) => (shown === total ? `사업 ${n(total)}건` : `사업 ${n(total)}건 중 ${n(shown)}건`),
    noMatch: '맞는 사업이 없습니다.',
    confirm: '이 사업에 연결',
    cancel: '취소',
    done: (title: string) => `‘${title}’ 사업에 다시 연결했습니다.`,
    failed: '다시 연결하지 못했습니다',
    loadingProjects: '사업 목록을 불러오는 중…',
    notice: (k: number) => `이 문서에 연결이 끊긴 의견이 ${n(k)}건 있습니다.`,
    noticeOpen: '연결이 끊긴 의견 보기',
  },

  library: {
    oldVersion: '이전 버전',
    newVersionOf: '기존 문서의 새 버전으로 가져오기',
    replaces: '어느 문서의 새 버전인가요?',
    replacesHint: '고른 문서에 적은 의견을 새 버전의 같은 사업으로 옮깁니다. 이전 버전도 목록에 남아 읽을 수 있습니다.',
    pick: '문서를 고르세요',
    revised: (title: string) => `새 버전으로 가져왔습니다: ${title}`,
    revisedBody: (moved: number, orphaned: number, automatic: boolean) =>
      `${automatic ? '제목과 기관이 같은 기존 문서의 새 버전으로 처리했습니다. ' : ''}의견 ${n(moved)}건을 새 버전으로 옮겼습니다.${
        orphaned ? ` ${n(orphaned)}건은 맞는 사업을 찾지 못해 ‘주고받기’ 화면의 ‘연결이 끊긴 의견’에서 다시 연결해야 합니다.` : ' 연결이 끊긴 의견은 없습니다.'
      }`,
  },
} as const;

export const followUpUiText = {
  heading: '후속조치',
  intro: '시정요구·처리요구·건의·자료요구가 완료될 때까지 회기를 넘어 추적합니다. 집행부의 처리결과 표를 가져와 상태를 한꺼번에 기록할 수 있습니다.',
  filters: {
    legend: '찾기',
    session: '회기',
    committee: '위원회',
    unit: '부서',
    all: '전체',
    openOnly: '끝나지 않은 것만',
    clear: '조건 지우기',
  },
  summary: (total: number, open: number, overdue: number) => `${n(total)}건 · 끝나지 않음 ${n(open)}건${overdue ? ` · 기한 지남 ${n(overdue)}건` : ''}`,
  empty: '조건에 맞는 후속조치가 없습니다.',
  none: '아직 후속조치 대상 의견(시정요구·처리요구·건의·자료요구)이 없습니다.',
  caption: '후속조치 목록',
  columns: { seq: '연번', session: '회기', project: '부서·사업', type: '구분', body: '요구 내용', due: '처리기한', status: '조치상태', result: '처리결과' },
  noStatus: '미기록',
  overdue: '기한 지남',
  noDue: '—',
  by: (name: string) => `${name} 의원`,
  received: '자료 받음',
  notReceived: '자료 안 받음',

  carry: {
    heading: '이월 안건',
    intro: (label: string) => `${label} 안건의 부서별로, 지난 회기에서 아직 끝나지 않은 요구입니다.`,
    noCurrent: '현재 회기가 없어 이월 안건을 볼 수 없습니다. ‘회기’ 화면에서 현재 회기를 지정하세요.',
    none: '지난 회기에서 넘어온 끝나지 않은 요구가 없습니다.',
    from: (labels: string[]) => `가져온 회기: ${labels.join(', ')}`,
    unitCount: (k: number) => `${n(k)}건`,
  },

  importer: {
    heading: '처리결과 표 가져오기',
    open: '처리결과 표 가져오기',
    intro: '집행부가 보낸 처리결과 엑셀(.xlsx)이나 CSV 파일을 고르면, 열을 맞추고 줄마다 어느 요구인지 확인한 뒤 기록합니다.',
    steps: ['파일 고르기', '열 맞추기', '줄 확인', '결과'] as readonly string[],
    stepsLabel: '가져오기 단계',
    stepOf: (i: number, total: number, name: string) => `${i}/${total}단계: ${name}`,
    choose: '처리결과 파일 고르기',
    accept: '.xlsx,.xls,.csv',
    drop: '파일을 여기에 끌어다 놓아도 됩니다',
    reading: '표를 읽는 중…',
    session: '어느 회기의 요구인가요?',
    sessionAll: '모든 회기',
    mappingHeading: '열 맞추기',
    mappingIntro: (sheet: string, headerRow: number) => `‘${sheet}’ 시트의 ${headerRow}번째 줄을 제목 줄로 읽었습니다. 각 항목이 어느 열에 있는지 확인하세요.`,
    mappingSource: {
      remembered: '지난번에 같은 모양의 표에서 고른 열 지정을 불러왔습니다.',
      suggested: '열 제목을 보고 짐작한 지정입니다. 맞는지 확인하세요.',
      given: '직접 고른 열 지정입니다.',
    } as Record<'remembered' | 'suggested' | 'given', string>,
    fields: {
      number: '연번',
      request: '요구사항',
      result: '처리결과',
      status: '조치상태',
      unit: '부서',
      project: '사업명',
      dueDate: '처리기한',
    } as Record<string, string>,
    noColumn: '(없음)',
    column: (i: number, name: string) => `${columnLetter(i)}열${name ? `: ${name}` : ''}`,
    sample: (k: number) => `처음 ${k}줄 미리 보기`,
    needResultOrStatus: '처리결과나 조치상태 가운데 하나는 열을 지정해야 합니다.',
    next: '다음: 줄 확인',
    back: '이전',
    reviewHeading: '줄 확인',
    reviewIntro: (rows: number, candidates: number) => `표의 ${n(rows)}줄을 후속조치 ${n(candidates)}건에 맞춰 보았습니다. 기록할 줄만 체크하세요. ‘확인 필요’ 줄은 맞는 요구인지 꼭 보세요.`,
    reviewCaption: '표의 줄과 맞춘 후속조치',
    reviewColumns: { accept: '기록', row: '줄', sheet: '표의 내용', item: '맞춘 후속조치', score: '일치도' },
    acceptLabel: (row: number) => `${row}번째 줄 기록하기`,
    itemLabel: (row: number) => `${row}번째 줄에 맞출 후속조치`,
    noItem: '(맞출 요구 없음)',
    itemOption: (seq: number, unit: string, body: string) => `${seq ? `${seq}. ` : ''}${unit ? `[${unit}] ` : ''}${body.length > 40 ? `${body.slice(0, 40)}…` : body}`,
    needsReview: '확인 필요',
    byNumber: '연번으로 맞춤',
    byText: '내용으로 맞춤',
    byHand: '직접 고름',
    sheetRequest: '요구',
    sheetResult: '처리결과',
    sheetStatus: '상태',
    score: (s: number) => `${Math.round(s * 100)}%`,
    selected: (k: number, total: number) => `${n(total)}줄 중 ${n(k)}줄을 기록합니다.`,
    apply: (k: number) => `${n(k)}줄 기록하기`,
    applying: '기록하는 중…',
    resultHeading: '결과',
    updated: (k: number) => `후속조치 ${n(k)}건의 처리결과·조치상태를 기록했습니다.`,
    unchanged: '이미 같은 내용이 기록되어 있어 바뀐 것이 없습니다.',
    skipped: (k: number) => `${n(k)}줄은 기록하지 않았습니다:`,
    skippedRow: (row: number, reason: string) => `${row}번째 줄: ${reason}`,
    remembered: '이 열 지정을 기억했습니다. 다음에 같은 모양의 표를 가져오면 그대로 씁니다.',
    again: '다른 표 가져오기',
    close: '닫기',
    failed: '처리결과 표를 읽지 못했습니다',
    applyFailed: '기록하지 못했습니다',
  },
} as const;

/** A, B, … Z, AA … as spreadsheets name columns. */
export function columnLetter(index: number): string {
  let s = '';
  for (let i = index + 1; i > 0; i = Math.floor((i - 1) / 26)) s = String.fromCharCode(65 + ((i - 1) % 26)) + s;
  return s;
}
