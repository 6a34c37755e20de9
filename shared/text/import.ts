// Messages shown to the user when a file cannot be imported, one per ImportErrorCode
// (electron/service/importers/errors.ts). Kept here so wording is reviewed in one place.
export const importText = {
  empty: '빈 파일입니다. 내용이 있는 파일을 선택해 주세요.',
  'too-large': '파일이 너무 큽니다(60MB 초과). 문서를 나누거나 필요한 부분만 저장해서 다시 선택해 주세요.',
  unsupported:
    '지원하지 않는 파일 형식입니다. 한글(.hwp, .hwpx), PDF, 워드(.docx), 엑셀(.xlsx, .xls, .csv), 텍스트(.txt) 파일을 선택해 주세요.',
  'old-format':
    '오래된 형식의 문서(한글 97 이하 등)입니다. 한글에서 열어 .hwp 또는 .hwpx로 다시 저장한 뒤 선택해 주세요.',
  binary: '텍스트 파일이 아닙니다. 문서 프로그램에서 저장한 원래 파일(.hwp, .pdf 등)을 선택해 주세요.',
  corrupt: '파일이 손상되었거나 일부만 저장되어 읽을 수 없습니다. 원본 파일을 다시 받아 선택해 주세요.',
  encrypted: '암호가 걸린 문서입니다. 원래 프로그램에서 암호를 해제하고 저장한 뒤 다시 선택해 주세요.',
  'copy-protected':
    '배포용(복사 방지) 한글 문서는 읽을 수 없습니다. 한글에서 PDF나 .hwpx로 저장한 뒤 다시 선택해 주세요.',
  'zip-bomb': '압축을 풀면 지나치게 커지는 파일이라 안전을 위해 열지 않았습니다.',
  'no-text':
    '문서에서 글자를 찾지 못했습니다. 스캔한 그림 파일일 수 있습니다. 글자가 들어 있는 원본 파일을 선택해 주세요.',
} as const;

/** Warnings attached to a successful import (shown as a note, the import still goes ahead). */
export const importWarningText = {
  replacedCharacters: '일부 글자를 읽지 못해 �로 바꾸었습니다. 원본과 비교해 확인해 주세요.',
  pdfLayout: 'PDF는 줄과 표의 배치를 짐작해서 읽었습니다. 표 내용은 원본과 비교해 확인해 주세요.',
  pdfPagesWithoutText: (pages: number[]) => `글자가 없는 쪽(스캔 그림일 수 있음): ${pages.join(', ')}쪽`,
} as const;
