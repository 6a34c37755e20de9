/**
 * Organisational unit names (과, 담당관, 센터 …) as the plan families read them from project rows.
 */

/** Suffixes a department name ends with. `담당` covers the typo `감사담당` for 감사담당관. */
export const DEPARTMENT_SUFFIX_RE = /(과|관|소|센터|단|실|국|본부|담당)$/;

/** True for a plausible department name: Hangul (digits allowed: 세무1과), 2–20 characters, org suffix. */
export function isDepartmentName(name: string): boolean {
  return /^[가-힣0-9]{2,20}$/.test(name) && DEPARTMENT_SUFFIX_RE.test(name);
}

/** Org level of a department name, for UnitNode.level: `담당관`, `센터`, `사업소`, else its last syllable (`과`, `소` …). */
export function departmentLevel(name: string): string {
  if (name.endsWith('담당관')) return '담당관';
  if (name.endsWith('센터')) return '센터';
  if (name.endsWith('사업소')) return '사업소';
  const last = name.slice(-1);
  return ['과', '관', '소', '단', '실', '국'].includes(last) ? last : '과';
}
