/**
 * The responsible department of an 이행계획 task: the last `담당 <부서> <팀>` line of its page.
 * > | 담당 사회복지과 생활보장팀
 * > | 담당 세무 과1 부동산 팀2      (digits displaced: 세무1과 부동산2팀)
 * > | 담당 공무원 합동조사          (body text, not a department: no org suffix)
 */
import type { Line } from '../../lines';
import { isDepartmentName } from '../orgUnits';

export interface Assignment {
  department: string;
  team: string;
  index: number;
}

/** `세무 과1` → `세무1과`, `부동산 팀2` → `부동산2팀`: a number displaced after its unit word. */
export function undoDisplacedUnitNumber(text: string): string {
  // A match lies within one line (none of its characters is a newline; at a line end the lookahead
  // sees `\n` where a lone line has its end), so only lines holding ` 과1`/`\t팀2` are rewritten:
  // the whole document passes through here, and most of its lines hold no such pair.
  const at = displacedUnitCandidates(text);
  if (at.length === 0) return text;
  let out = '';
  let copied = 0;
  for (const p of at) {
    if (p < copied) continue; // its line is done
    const from = text.lastIndexOf('\n', p) + 1;
    const nl = text.indexOf('\n', p);
    const to = nl < 0 ? text.length : nl;
    out += text.slice(copied, from) + text.slice(from, to).replace(DISPLACED_UNIT_RE, '$1$3$2');
    copied = to;
  }
  return out + text.slice(copied);
}

// The word is bounded ({1,20}) so a long run without spaces cannot make the search quadratic.
const DISPLACED_UNIT_RE = /([가-힣]{1,20})[ \t]+(과|팀)(\d{1,2})(?=\s|$)/g;

/** Sorted offsets of 과/팀 with a space or tab before and a digit after. */
function displacedUnitCandidates(text: string): number[] {
  const out: number[] = [];
  for (const unit of ['과', '팀']) {
    for (let p = text.indexOf(unit, 1); p >= 0; p = text.indexOf(unit, p + 1)) {
      const before = text.charCodeAt(p - 1);
      const after = text.charCodeAt(p + 1);
      if ((before === 0x20 || before === 0x09) && after >= 0x30 && after <= 0x39) out.push(p);
    }
  }
  return out.sort((a, b) => a - b);
}

/** Read a `담당 …` line, or null when it names no department. */
export function readAssignment(line: Line, index: number): Assignment | null {
  if (!line.squashed.startsWith('담당')) return null;
  // `담당 사회복지과 …`, also `담당부서: 사회복지과 …` / `담당 부서 : …`.
  const rest = line.text.trim().replace(/^담\s*당\s*(?:부\s*서\s*)?[:：]?\s*/, '');
  if (rest === line.text.trim() || !rest) return null;
  const tokens = undoDisplacedUnitNumber(rest)
    .split(/\s+/)
    .filter((t) => t && !/^\d+$/.test(t));
  const department = tokens[0] ?? '';
  if (!isDepartmentName(department)) return null;
  return { department, team: tokens.slice(1).join(' '), index };
}

/** The last assignment line in lines[from, to), or null. */
export function lastAssignment(lines: Line[], from: number, to: number): Assignment | null {
  for (let i = Math.min(to, lines.length) - 1; i >= from; i--) {
    const a = readAssignment(lines[i], i);
    if (a) return a;
  }
  return null;
}

/** The first assignment line in lines[from, to), or null. */
export function firstAssignment(lines: Line[], from: number, to: number): Assignment | null {
  for (let i = from; i < Math.min(to, lines.length); i++) {
    const a = readAssignment(lines[i], i);
    if (a) return a;
  }
  return null;
}

const HANGUL = /[가-힣]/;

/**
 * countWholeWord for each of `words`. An all-Hangul word not glued to other Hangul is exactly a
 * maximal run of Hangul, so those are counted in one walk over the runs instead of one search per
 * word; words with digits (`세무1과`) are searched for one by one.
 */
function countWholeWords(text: string, words: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const lastLetters = new Set<number>();
  let longest = 0;
  for (const w of words) {
    if (/^[가-힣]+$/.test(w)) {
      counts.set(w, 0);
      lastLetters.add(w.charCodeAt(w.length - 1));
      longest = Math.max(longest, w.length);
    } else counts.set(w, countWholeWord(text, w));
  }
  if (longest === 0) return counts;
  // Each maximal Hangul run is met at its last letter, found with indexOf for the few letters the
  // words end with (과, 관, 터 …), then read backwards at most `longest` letters.
  for (const last of lastLetters) {
    const letter = String.fromCharCode(last);
    for (let p = text.indexOf(letter); p >= 0; p = text.indexOf(letter, p + 1)) {
      if (isHangulCode(text.charCodeAt(p + 1))) continue; // the run goes on
      let start = p;
      while (p - start + 1 < longest && isHangulCode(text.charCodeAt(start - 1))) start--;
      if (isHangulCode(text.charCodeAt(start - 1))) continue; // longer than any word
      const run = text.slice(start, p + 1);
      const n = counts.get(run);
      if (n !== undefined) counts.set(run, n + 1); // a word with digits never equals a Hangul run
    }
  }
  return counts;
}

function isHangulCode(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

/** Occurrences of `word` in `text` not glued to other Hangul (`스마트정보과` does not count for `마트정보과`). */
function countWholeWord(text: string, word: string): number {
  let count = 0;
  let at = text.indexOf(word);
  while (at >= 0) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + word.length] ?? '';
    if (!HANGUL.test(before) && !HANGUL.test(after)) count++;
    at = text.indexOf(word, at + word.length);
  }
  return count;
}

/** `a` is a plausible misspelling of `b`: a dropped first/last syllable, or one different syllable. */
function looksLikeTypoOf(a: string, b: string): boolean {
  if (a === b) return false;
  if (b.length === a.length + 1 && (b.endsWith(a) || b.startsWith(a))) return true;
  if (a.length !== b.length || a.slice(-1) !== b.slice(-1)) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (!HANGUL.test(a[i]) || !HANGUL.test(b[i])) return false; // 세무1과 vs 세무2과 are two departments
    diff++;
  }
  return diff === 1;
}

/**
 * Map misspelt department names to the spelling the document uses elsewhere.
 * A name is treated as a typo only when it appears nowhere but in `담당` lines (never in the
 * overview table or the text) and a similar name does: 민간협치과 → 민관협치과, 마트정보과 →
 * 스마트정보과, 감사담당 → 감사담당관. Real departments are listed in the overview, so they stay.
 */
export function buildDepartmentSpelling(names: readonly string[], text: string): Map<string, string> {
  const assignmentCount = new Map<string, number>();
  for (const n of names) assignmentCount.set(n, (assignmentCount.get(n) ?? 0) + 1);
  const fixedText = undoDisplacedUnitNumber(text);
  const textCount = countWholeWords(fixedText, assignmentCount.keys());
  const out = new Map<string, string>();
  for (const [name, inAssignments] of assignmentCount) {
    if ((textCount.get(name) ?? 0) > inAssignments) continue; // spelled like this elsewhere too
    let best: string | null = null;
    for (const other of assignmentCount.keys()) {
      if (!looksLikeTypoOf(name, other)) continue;
      if ((textCount.get(other) ?? 0) <= (textCount.get(name) ?? 0)) continue;
      if (!best || (textCount.get(other) ?? 0) > (textCount.get(best) ?? 0)) best = other;
    }
    if (best) out.set(name, best);
  }
  return out;
}
