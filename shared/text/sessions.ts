/** Korean messages about sessions and the minutes. */
export const sessionText = {
  notFound: '회기를 찾을 수 없습니다.',
  badDates: '끝나는 날짜가 시작 날짜보다 앞설 수 없습니다.',
  unknownDocument: '안건에 없는 문서가 있습니다. 문서 목록을 확인해 주세요.',
  unknownMember: '등록되지 않은 의원이 출석 명단에 있습니다.',
  exporting: (number: number, committee: string) => `제${number}회 ${committee} 회의록 만드는 중`,
} as const;
