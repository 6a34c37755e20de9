/** Korean messages about the follow-up register and 처리결과 spreadsheets. */
export const followUpText = {
  sessionNotFound: '회기를 찾을 수 없습니다.',
  noHeader: '표의 제목 줄(연번, 요구사항, 처리결과 …)을 찾지 못했습니다. 열을 직접 지정해 주세요.',
  noRows: '처리결과 표에 읽을 줄이 없습니다.',
  badColumn: (field: string) => `지정한 열이 표에 없습니다 (${field}).`,
  needResultOrStatus: '처리결과나 조치상태 열 가운데 하나는 지정해 주세요.',
  rowNotFound: '표에 없는 줄입니다.',
  itemNotFound: '후속조치 항목을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.',
  notFollowUp: '후속조치 대상(시정요구·처리요구·건의·자료요구)이 아닌 의견입니다.',
  nothingToApply: '이 줄에는 처리결과나 조치상태가 없습니다.',
  notAllowed: '처리결과는 작성자나 위원회 직원만 기록할 수 있습니다.',
} as const;

/** Header keywords that suggest which column holds which field (compared without spaces). */
export const followUpHeaderKeywords = {
  number: ['연번', '번호', '순번', '일련번호', 'no', 'no.'],
  request: ['요구사항', '요구내용', '지적사항', '시정요구', '처리요구', '건의사항', '질의내용', '내용', '요지'],
  result: ['처리결과', '조치결과', '추진결과', '처리내용', '조치내용', '추진실적', '조치사항', '결과'],
  status: ['조치상태', '처리상태', '추진상태', '진행상태', '진행상황', '처리구분', '상태'],
  unit: ['담당부서', '소관부서', '처리부서', '부서', '소관', '담당'],
  project: ['사업명', '사업', '과제명', '과제'],
  dueDate: ['처리기한', '조치기한', '기한', '완료예정'],
} as const;

/** Words in a status cell that map to a follow-up status (checked in this order: 미완료 is not 완료). */
export const followUpStatusWords: readonly (readonly [string, readonly string[]])[] = [
  ['미조치', ['미조치', '미처리', '미이행', '미완료', '미착수', '불수용', '미반영']],
  ['장기검토', ['장기검토', '중장기', '장기', '검토중']],
  ['계속추진', ['계속추진', '지속추진', '계속', '지속']],
  ['추진중', ['일부완료', '부분완료', '추진중', '진행중', '처리중', '조치중', '이행중']],
  ['완료', ['완료', '반영', '수용']],
  ['추진중', ['추진', '진행']],
  ['기타', ['기타']],
];
