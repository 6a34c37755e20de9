/**
 * PDF extraction of 이행계획 documents moves numbers, latin words and punctuation to the end of the
 * line they belonged to. These helpers split a line into its Hangul head and the displaced tail.
 */

const HANGUL = /[가-힣]/;

export interface DisplacedSplit {
  /** The text up to and including the last Hangul character, spaces squeezed. */
  head: string;
  /** Everything after it: the tokens the extractor moved there (`1-1 50% ․`, `2030 100%`). */
  tail: string;
}

/**
 * > | 빈곤감소 및 소득불평등 해소1                 → head `빈곤감소 및 소득불평등 해소`, tail `1`
 * > | 년 평균 최종에너지 소비량 대비 감소2011-2020 30% → tail `2011-2020 30%`
 * > | 율을 년까지 달성2030 100%                    → tail `2030 100%`
 */
export function splitDisplacedTail(text: string): DisplacedSplit {
  let last = -1;
  for (let i = text.length - 1; i >= 0; i--) {
    if (HANGUL.test(text[i])) {
      last = i;
      break;
    }
  }
  if (last < 0) return { head: '', tail: text.trim() };
  return { head: squeezeSpaces(text.slice(0, last + 1)), tail: text.slice(last + 1).trim() };
}

export function squeezeSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Remove brackets and quotes emptied by the extractor (`( )`, `< >`, `‘ ’`) and dangling
 * separators, then squeeze spaces.
 * > | 민 관 협력 사회공헌 통한 ( , ) 꽃길 → 민 관 협력 사회공헌 통한 꽃길
 */
export function dropEmptyBrackets(text: string): string {
  return squeezeSpaces(
    text
      .replace(/[(<\[〈「『“‘'"][\s,.·ㆍ․/]*[)>\]〉」』”’'"]/g, ' ')
      .replace(/(^|\s)[,.·ㆍ․‧･∙/]+(?=\s|$)/g, ' '),
  );
}

/** The first integer in `text`, or null. */
export function firstInteger(text: string): number | null {
  const m = /\d+/.exec(text);
  return m ? Number(m[0]) : null;
}

/**
 * The first `n-n` (or `n.n`) code in `text`, written with a dash: `1-1`, `1.2` → `1-2`, `3-3.` → `3-3`.
 * Decimals such as `37.5%` are skipped because a percent sign follows them.
 */
export function firstPairCode(text: string): string | null {
  const re = /(\d+)\s*[-.]\s*(\d+)(?![\d%])/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1].length <= 2 && m[2].length <= 2) return `${Number(m[1])}-${Number(m[2])}`;
  }
  return null;
}
