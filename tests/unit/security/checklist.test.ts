/**
 * The rest of Electron's security checklist that the window and IPC tests do not cover, and a
 * check that docs/SECURITY.md lists every item 1–19 with a test that exists (or a reason).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ BrowserWindow: class {}, session: {}, dialog: {}, shell: {}, default: {} }));
const { mainWindowOptions } = await import('../../../electron/main/window');

const root = resolve(import.meta.dirname, '..', '..', '..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');
function sources(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? sources(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('Electron security checklist', () => {
  it('9, 10: no experimental features, no enableBlinkFeatures', () => {
    const prefs = mainWindowOptions('/p.cjs').webPreferences as Record<string, unknown>;
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    for (const file of sources('electron')) expect(read(file), file).not.toMatch(/enableBlinkFeatures|experimentalFeatures:\s*true/);
  });

  it('4: the sandboxed preload needs nothing but electron and shared types', () => {
    const imports = [...read('electron/preload.ts').matchAll(/^import\s+(type\s+)?.*from\s+'([^']+)'/gm)].map((m) => [m[1] ? 'type' : 'value', m[2]]);
    for (const [kind, from] of imports) expect(kind === 'type' || from === 'electron' || from === '@shared/api', `${kind} ${from}`).toBe(true);
  });

  it('13: every web contents gets a deny-all window-open handler', () => {
    expect(read('electron/main.ts')).toMatch(/web-contents-created[\s\S]{0,120}setWindowOpenHandler\(\(\) => \(\{ action: 'deny' \}\)\)/);
    expect(read('electron/main.ts')).toContain('requestSingleInstanceLock');
  });

  it('14: shell.openExternal is called in one place only, electron/main/external.ts', () => {
    const callers = [...sources('electron'), ...sources('renderer'), ...sources('shared')].filter((f) => /shell\s*\.\s*openExternal|\{[^}]*\bopenExternal\b[^}]*\}\s*=\s*shell/.test(read(f)));
    expect(callers).toEqual(['electron/main/external.ts']);
  });

  it('15: Electron is pinned exactly to a current major (≥ 45)', () => {
    const pkg = JSON.parse(read('package.json')) as { devDependencies: Record<string, string> };
    const version = pkg.devDependencies.electron!;
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Number(version.split('.')[0])).toBeGreaterThanOrEqual(45);
  });

  it('docs/SECURITY.md lists items 1–19, each with an existing test or a reason', () => {
    const doc = read('docs/SECURITY.md');
    for (let item = 1; item <= 19; item++) {
      const row = doc.split('\n').find((line) => line.startsWith(`| ${item} |`));
      expect(row, `item ${item}`).toBeDefined();
      const tests = [...row!.matchAll(/`(tests\/[^`]+\.test\.ts)`/g)].map((m) => m[1]!);
      expect(tests.length > 0 || /Reason/.test(row!), `item ${item} has a test or a reason`).toBe(true);
      for (const test of tests) expect(existsSync(join(root, test)), test).toBe(true);
    }
  });
});
