/**
 * What the built main process loads before its first screen: the libraries only some actions
 * need (minutes export, .docx and spreadsheet import, live sync) are loaded when first used, not
 * at start (together ~300 ms of every start; docs/ARCHITECTURE.md, "Start-up").
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers/app';

const LOADED_ON_USE = ['exceljs', 'mammoth', 'xlsx', 'pouchdb-core', 'pouchdb-adapter-http', 'pouchdb-adapter-memory', 'pouchdb-replication'];

it('the built main process imports the heavy libraries on first use only', () => {
  const dir = resolve(repoRoot, 'out/main');
  const files = [...readdirSync(dir).filter((n) => n.endsWith('.js')), ...readdirSync(join(dir, 'chunks')).map((n) => `chunks/${n}`)];
  const staticImports = new Set<string>();
  const dynamicImports = new Set<string>();
  for (const file of files) {
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/^import\s[^;]*?from\s*"([^"./][^"]*)"/gm)) staticImports.add(match[1]!);
    for (const match of code.matchAll(/^import\s*"([^"./][^"]*)"/gm)) staticImports.add(match[1]!);
    for (const match of code.matchAll(/\bimport\("([^"./][^"]*)"\)/g)) dynamicImports.add(match[1]!);
  }
  expect(staticImports.size).toBeGreaterThan(3); // the scan sees imports at all (zod, lowdb, node:…)
  for (const name of LOADED_ON_USE) {
    expect(staticImports.has(name), `${name} imported at start`).toBe(false);
    expect(dynamicImports.has(name), `${name} imported on use`).toBe(true);
  }
});
