/**
 * Every Korean word the renderer shows, in one place for review. Components import `uiText`
 * and never write user-facing Korean inline.
 */
import { koDecimal1, koNumber } from './numbers';

export const uiText = {
  appName: '의정 검토',
  appTagline: '의회 업무보고·계획서 검토',
  skipToContent: '본문으로 건너뛰기',
  loading: '불러오는 중…',
  close: '닫기',
  cancel: '취소',
  confirm: '확인',
  back: '← 문서 목록',
  settings: {
    label: '화면 설정',
    textSize: '글자 크기',
    textSizeValue: (percent: number) => `${percent}%`,
    larger: '글자 크게',
    smaller: '글자 작게',
    highContrast: '고대비',
  },
  library: {
    heading: '문서 목록',
    intro: '검토할 업무보고·시행계획·이행계획 문서입니다. 문서를 열어 사업별로 검토하세요.',
    empty: '아직 문서가 없습니다. 위의 ‘문서 가져오기’로 파일을 추가하세요.',
    sample: '예제',
    columns: {
      title: '문서 제목',
      issuer: '제출 기관',
      date: '날짜',
      units: '부서',
      projects: '사업',
      budget: '예산 합계',
      annotations: '의견',
      actions: '작업',
    },
    open: '열기',
    openLabel: (title: string) => `${title} 열기`,
    remove: '삭제',
    removeLabel: (title: string) => `${title} 삭제`,
    removeConfirmTitle: '문서를 목록에서 삭제할까요?',
    removeConfirmBody: (title: string) =>
      `‘${title}’ 문서를 목록에서 삭제합니다. 이 문서에 적은 의견은 지워지지 않고 보관됩니다.`,
    removed: (title: string) => `‘${title}’ 문서를 목록에서 삭제했습니다.`,
    count: (n: number) => `문서 ${n}건`,
    noDate: '날짜 없음',
  },
  import: {
    button: '문서 가져오기',
    hint: '한글(HWP·HWPX), PDF, 워드(DOCX), 텍스트 파일과 사업·예산 목록 엑셀(XLSX·XLS·CSV)을 가져올 수 있습니다. 파일을 이 창에 끌어다 놓아도 됩니다.',
    dropHere: '여기에 놓으면 문서를 가져옵니다',
    progress: (name: string) => `가져오는 중: ${name}`,
    doneTitle: '문서를 가져왔습니다',
    duplicate: '같은 내용의 문서가 이미 목록에 있어 새로 추가하지 않았습니다.',
    summary: (units: number, projects: number, budget: string, diagnostics: number) =>
      `부서 ${units}개 · 사업 ${projects}건 · 예산 합계 ${budget}${diagnostics ? ` · 확인할 점 ${diagnostics}건` : ''}`,
    failedTitle: '문서를 가져오지 못했습니다',
    accept: '.txt,.hwp,.hwpx,.pdf,.docx,.xlsx,.xls,.csv',
  },
  document: {
    outline: '목차',
    projects: (n: number) => `사업 ${n}건`,
    sourceText: '원문',
    noProjects: '이 문서에서 사업을 찾지 못했습니다. 원문을 확인하세요.',
    lines: (from: number, to: number) => `${from}–${to}행`,
    budget: '소요예산',
    nonBudget: '비예산',
    budgetUnknown: '예산 미기재',
    sections: { status: '일반현황', results: '추진실적', plans: '추진계획', other: '기타' } as Record<string, string>,
    family: {
      'work-report': '주요업무보고',
      'result-sheets': '시행결과',
      'implementation-plan': '이행계획',
      'project-list': '사업 목록 표',
      unknown: '문서',
    } as Record<string, string>,
  },
  money: {
    thousandWon: (n: number) => `${koNumber(n)}천원`,
    /** Large sums read better in 백만원/억원. */
    short: (thousandWon: number) => {
      if (thousandWon >= 100_000) return `${koDecimal1(thousandWon / 100_000)}억원`;
      if (thousandWon >= 1_000) return `${koNumber(Math.round(thousandWon / 1_000))}백만원`;
      return `${koNumber(thousandWon)}천원`;
    },
  },
  errors: {
    server: '요청을 처리하지 못했습니다.',
    serverUnreachable: '프로그램 서버에 연결할 수 없습니다. 의정 검토를 다시 시작해 주세요.',
    noToken: '접속 키가 없습니다. 터미널에 표시된 주소(#token=… 포함)로 다시 여세요.',
  },
} as const;
