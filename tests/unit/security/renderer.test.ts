/**
 * The renderer shows user text (notes with <script> or =formulas, imported documents) as text:
 * no HTML sinks, no eval, no inline scripts. Greps the renderer's source, so a new sink fails here.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

const root = resolve(import.meta.dirname, '..', '..', '..');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(tsx?|html)$/.test(name) ? [path] : [];
  });
}

const SINKS: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /(^|[^\w.])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string setTimeout', /setTimeout\s*\(\s*['"`]/],
  ['javascript: URL', /['"`]javascript:/i],
  ['createContextualFragment', /createContextualFragment/],
];

describe('renderer never interprets user text as HTML or code', () => {
  const files = sources(join(root, 'renderer'));

  it('scans the renderer sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(SINKS)('no %s anywhere in renderer/', (_label, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => relative(root, f));
    expect(hits).toEqual([]);
  });

  it('index.html carries a CSP without inline or eval, and no inline script', () => {
    const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(meta).toContain("default-src 'none'");
    expect(meta).toContain("script-src 'self'");
    expect(meta).not.toMatch(/unsafe-(inline|eval)|\*/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});
