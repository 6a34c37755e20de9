/** Korean messages about annotations and member profiles. */
export const annotationText = {
  noMember: '먼저 사용자를 선택하거나 등록해 주세요.',
  memberNotFound: '사용자를 찾을 수 없습니다.',
  projectNotFound: '사업을 찾을 수 없습니다. 문서를 다시 열어 주세요.',
  notFound: '의견을 찾을 수 없습니다. 이미 삭제되었을 수 있습니다.',
  notAuthor: '다른 사람이 쓴 의견은 고치거나 지울 수 없습니다.',
  emptyBody: '내용을 입력해 주세요.',
  duplicateMemberName: '같은 이름의 사용자가 이미 있습니다.',
} as const;
