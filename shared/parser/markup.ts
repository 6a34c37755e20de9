/**
 * Stage 1b: markup left by converters (PDF/HWP → markdown or HTML) taken off each line, so the
 * later stages read `3. 제목` whether the file wrote `#### 3\. **제목**` or `<b>3. 제목</b>`.
 *
 * One line in, one line out (the line count never changes, so positions hold):
 * > | ## **감사담당관**                 →  감사담당관          (heading marks and bold: depth means nothing)
 * > | | 1 | 청렴도 향상 추진 | 13 |      →  1⇥청렴도 향상 추진⇥13   (a pipe-table row is a tab row)
 * > | |---|---|---|                      →  (blank: the rule under a table header)
 * > | - 기간<br>- 대상 : 구민            →  - 기간 - 대상 : 구민   (inline HTML; entities decoded)
 * > | 국비 $50\%$, 연 $3$회              →  국비 50%, 연 3회       (LaTeX bits)
 * > | 1\. 제목                           →  1. 제목               (markdown escapes)
 */

/** The cleaned line, or null when the line holds no markup (most lines: checked first, cheaply). */
export function cleanMarkup(line: string): string | null {
  if (!mayHoldMarkup(line)) return null;
  let t = line;
  const lead = /^[ \t]*/.exec(t)![0];
  let body = t.slice(lead.length);
  // Block quotes and ATX headings (`#`…`######`), then a closing `##` run.
  body = body.replace(/^(?:>[ \t]?)+/, '').replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#{1,6}[ \t]*$/, '');
  if (body.startsWith('|')) {
    const row = pipeRow(body);
    // The row keeps the line's indentation (the common indentation of a page is removed later).
    if (row !== null) return row === '' ? '' : lead + row;
  }
  t = lead + body;
  if (t.includes('<')) t = stripTags(t);
  if (t.includes('&')) t = decodeEntities(t);
  if (t.includes('$')) t = stripLatex(t);
  if (t.includes('](')) t = t.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
  if (t.includes('**')) t = t.replace(/\*\*/g, '');
  if (t.includes('\\')) t = t.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, '$1');
  // `   ` a hard break's two trailing spaces, and lines left holding only spaces.
  t = t.replace(/[ \t]+$/, '');
  return t === line ? null : t;
}

/** Cheap test: only lines holding one of `# $ & * < > \ |` can change (one native scan per line). */
const MARKUP_CHAR_RE = /[#$&*<>\\|]/;
function mayHoldMarkup(line: string): boolean {
  return MARKUP_CHAR_RE.test(line);
}

/**
 * A markdown pipe-table row as a tab row (cells trimmed, bold dropped), '' for the `|---|` rule,
 * or null when the line is not a row (it must open and close with `|` and hold two cells or more).
 */
function pipeRow(body: string): string | null {
  const t = body.replace(/[ \t]+$/, '');
  if (t.length < 3 || !t.endsWith('|')) return null;
  const cells = t.slice(1, -1).split(/(?<!\\)\|/);
  if (cells.length < 2) return null;
  if (cells.every((c) => /^\s*:?-{2,}:?\s*$/.test(c))) return '';
  const texts = cells.map((c) => {
    const cleaned = cleanMarkup(c.trim());
    return (cleaned ?? c.trim()).replace(/\\\|/g, '|');
  });
  return texts.join('\t');
}

/** Inline formatting tags go; line-like tags (`<br>`, `</li>`, `</p>`, `</td>`) leave a space or a tab. */
function stripTags(t: string): string {
  return t
    .replace(/<\/t[dh]>\s*(?=<t[dh][\s>])/gi, '\t')
    .replace(/<(?:br|hr)\s*\/?>|<\/(?:p|div|li|tr|h[1-6])>|<li[^>]*>/gi, ' ')
    .replace(/<\/?(?:b|strong|i|em|u|s|strike|span|font|p|div|ul|ol|sup|sub|small|mark|center|table|thead|tbody|tr|td|th|h[1-6]|a|img|colgroup|col)(?:\s[^<>]*)?\/?>/gi, '')
    .replace(/ {2,}/g, ' ');
}

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", middot: '·', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sim: '~', times: '×' };

function decodeEntities(t: string): string {
  return t.replace(/&(#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,7});/gi, (m, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code < 0x110000 && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[name.toLowerCase()] ?? m;
  });
}

const LATEX_SYMBOLS: Readonly<Record<string, string>> = {
  cdot: '·', times: '×', sim: '~', approx: '≈', triangle: '△', blacktriangle: '▲', rightarrow: '→', to: '→', leftarrow: '←',
  uparrow: '↑', downarrow: '↓', pm: '±', le: '≤', leq: '≤', ge: '≥', geq: '≥', circ: '○', bullet: '•', square: '□', Box: '□', prime: '′',
};

/** `$…$` spans (short, on one line) turned into their text: `$50\%$` → `50%`, `$\cdot$` → `·`, `$^{1)}$` → `1)`. */
function stripLatex(t: string): string {
  return t.replace(/\$\$?([^$\n]{1,60}?)\$\$?/g, (_m, inner: string) =>
    inner
      .replace(/\\(?:text|mathrm|mathbf|textbf|operatorname)\s*\{([^{}]*)\}/g, '$1')
      .replace(/\\([A-Za-z]+)\s*/g, (m, cmd: string) => LATEX_SYMBOLS[cmd] ?? '')
      .replace(/\\([%&#_$,;! ])/g, (_x, ch: string) => (/[,;! ]/.test(ch) ? ' ' : ch))
      .replace(/[\^_]\{([^{}]*)\}/g, '$1')
      .replace(/[\^_](\S)/g, '$1')
      .replace(/[{}]/g, '')
      .trim(),
  );
}
