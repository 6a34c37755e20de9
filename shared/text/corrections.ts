/** Korean strings of the structure corrections (구조 고치기): messages of the service and the reader's tools. */
import type { CorrectionChange, CorrectionSkip } from '../model/corrections';
import { koNumber } from './numbers';

const short = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);

export const correctionText = {
  // service
  notApplicable: (why: string) => `이 고침은 적용할 수 없습니다: ${why}`,
  nothingToUndo: '되돌릴 고침이 없습니다.',
  notFound: '고침을 찾을 수 없습니다. 이미 되돌렸을 수 있습니다.',
  tooMany: (n: number) => `한 문서의 고침은 ${n}개까지입니다. 필요 없는 고침을 되돌려 주세요.`,
  skip: {
    'no-target': '대상 사업을 찾을 수 없습니다',
    'guard-mismatch': '그 줄의 글자가 달라졌습니다',
    already: '이미 그렇게 읽혀 있습니다',
    'bad-line': '줄 번호가 맞지 않습니다',
    'no-previous': '앞에 합칠 사업이 없습니다',
    invalid: '값이 올바르지 않습니다',
  } satisfies Record<CorrectionSkip, string>,

  // reader
  toggle: '구조 고치기',
  toggleHint: '사업 나누기·합치기, 제목·번호·단위·예산 고치기',
  panelLabel: '구조 고치기',
  currentProject: (no: string, title: string) => `지금 사업: ${no ? `${no}. ` : ''}${short(title, 40)}`,
  noProject: '고칠 사업을 목록에서 고르세요. 사업이 하나도 없으면 아래에서 줄을 사업 제목으로 지정하세요.',
  setTitle: '제목 바꾸기',
  setNumber: '번호 바꾸기',
  setUnit: '단위 바꾸기',
  setBudget: '예산 입력',
  notProject: '사업이 아님',
  merge: '앞 사업과 합치기',
  split: '여기서 나누기',
  titleLabel: '새 제목',
  numberLabel: '새 번호',
  unitLabel: '새 단위(부서) 이름',
  budgetLabel: '예산(천원)',
  sourcesLabel: '재원 (쉼표로 구분, 예: 국비, 구비)',
  nonBudgetLabel: '비예산',
  splitLineLabel: '새 사업이 시작되는 줄 번호',
  splitTitleLabel: '새 사업 제목 (비우면 그 줄의 글)',
  save: '고치기',
  cancel: '취소',
  lineTools: '줄 지정',
  lineLabel: '줄 번호',
  lineText: (line: number, text: string) => `${line}번째 줄: ${text || '(빈 줄)'}`,
  lineOutOfRange: (max: number) => `1부터 ${max}까지의 줄 번호를 입력하세요.`,
  markProject: '이 줄을 사업 제목으로',
  markUnit: '이 줄을 단위로',
  listHeading: (n: number) => `고친 내용 ${n}건`,
  listEmpty: '아직 고친 내용이 없습니다.',
  undo: '되돌리기',
  undoLast: '마지막 고침 되돌리기 (Ctrl+Z)',
  undone: '고침을 되돌렸습니다.',
  undoCommand: '구조 고치기: 마지막 고침 되돌리기 (고치기 창이 열려 있을 때)',
  saved: '고쳤습니다. 모든 노트북에서 같은 사업으로 보이도록 검토 묶음에 함께 담깁니다.',
  notApplied: (why: string) => `적용 안 됨: ${why}`,
  by: (name: string, time: string) => `${name} · ${time}`,
  budgetNeeded: '예산을 숫자로 입력하거나 비예산을 고르세요.',
  textEmpty: '값을 입력하세요.',
  sourceView: '문서 원문 (줄 번호)',
  confirmNotProject: {
    title: '사업이 아님으로 고칠까요?',
    body: (notes: number) =>
      `이 사업의 글은 앞 사업에 붙거나 목록에서 빠집니다.${notes ? ` 이 사업에 달린 의견 ${notes}건은 지워지지 않고 '연결이 끊긴 의견'(주고받기 화면)으로 옮겨지며, 다른 사업에 다시 붙이거나 이 고침을 되돌리면 제자리로 돌아옵니다.` : ''}`,
    confirm: '사업이 아님',
  },
  confirmMerge: {
    title: '앞 사업과 합칠까요?',
    body: (notes: number) =>
      `이 사업은 앞 사업의 일부가 됩니다.${notes ? ` 이 사업에 달린 의견 ${notes}건은 '연결이 끊긴 의견'(주고받기 화면)으로 옮겨지며, 앞 사업에 다시 붙이거나 이 고침을 되돌리면 제자리로 돌아옵니다.` : ''}`,
    confirm: '합치기',
  },
  describe: (c: CorrectionChange): string => {
    switch (c.op) {
      case 'mark-project':
        return `${c.line}번째 줄을 사업 제목으로${c.title ? ` (${short(c.title)})` : ''}`;
      case 'mark-unit':
        return `${c.line}번째 줄을 단위로: ${short(c.name)}`;
      case 'not-project':
        return `사업이 아님: ${short(c.guard)}`;
      case 'merge':
        return `앞 사업과 합침: ${short(c.guard)}`;
      case 'split':
        return `${c.at}번째 줄에서 나눔: ${short(c.guard)}`;
      case 'set-title':
        return `제목 → ${short(c.title)} (${c.line}번째 줄 사업)`;
      case 'set-number':
        return `번호 → ${c.number || '(없음)'} (${c.line}번째 줄 사업)`;
      case 'set-unit':
        return `단위 → ${short(c.unit)} (${c.line}번째 줄 사업)`;
      case 'set-budget':
        return `예산 → ${c.budget.nonBudget ? '비예산' : `${koNumber(c.budget.thousandWon ?? 0)}천원`}${c.budget.sources.length ? ` (${c.budget.sources.join('·')})` : ''} (${c.line}번째 줄 사업)`;
    }
  },
} as const;
