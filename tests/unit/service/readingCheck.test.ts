/**
 * The reading self-check as the service hands it out (issue 10): on the import summary, on each
 * library entry, recomputed after a parser upgrade; and the "not a plan document" refusal with its
 * `asPlainText` way round. Samples are never refused; review bundles carry documents through their
 * own path (bundles.ts parses carried texts without this rule, see bundles.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@shared/parser/index';
import { readingCheckText } from '@shared/text/readingCheck';
import { SMALL_REPORT } from '../../helpers/bundles';
import { b64, makeApi } from '../../helpers/service';
import { hashTree } from '../../helpers/hashTree';

const PROSE = '회의는 오후 두 시에 열립니다.\n자료는 회의실 앞에 두었습니다.\n';

type Summary = { documentId: string; duplicate: boolean; projectCount: number; check?: { confidence: string; message: string; found: number } };
type Entry = { id: string; family: string; confidence?: string; checkMessage?: string };

describe('the reading check on import and in the library', () => {
  it('should put the check of the reading on the import summary, the same as the parsed tree says', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    expect(summary.check).toEqual(parsePlan(SMALL_REPORT).check);
    expect(summary.check).toMatchObject({ found: summary.projectCount, message: expect.stringMatching(/[가-힣]/) });
    const doc = (await call('document:get', { id: summary.documentId })) as { tree: { check: unknown } };
    expect(doc.tree.check).toEqual(summary.check);
  });

  it('should answer a duplicate import with the check of the document already there', async () => {
    const { call } = await makeApi();
    const first = (await call('library:import', { fileName: 'a.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    const again = (await call('library:import', { fileName: 'b.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    expect(again).toMatchObject({ duplicate: true, documentId: first.documentId, check: first.check });
  });

  it('should list each document with its confidence and the check sentence', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    const list = (await call('library:list')) as Entry[];
    expect(list.find((d) => d.id === summary.documentId)).toMatchObject({ confidence: summary.check!.confidence, checkMessage: summary.check!.message });
  });

  it('should recompute confidence for records stored before the check existed (parser upgrade)', async () => {
    const { call, ctx } = await makeApi();
    const summary = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    // Records as an older version stored them: no check, an older parser.
    await ctx.store.write((data) => {
      data.documents = data.documents.map(({ confidence: _c, checkMessage: _m, ...d }) => ({ ...d, parserVersion: 0 }));
    });
    const reopened = await makeApi({ dataDir: ctx.dataDir });
    const list = (await reopened.call('library:list')) as Entry[];
    expect(list.find((d) => d.id === summary.documentId)).toMatchObject({ confidence: summary.check!.confidence, checkMessage: summary.check!.message });
  });
});

describe('a file that is not a plan document', () => {
  it('should be refused with its own code and a Korean message, the data folder byte-identical', async () => {
    const { call, ctx } = await makeApi();
    await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT) });
    const before = hashTree(ctx.dataDir);
    expect(await call('library:import', { fileName: '메모.txt', dataBase64: b64(PROSE) })).toEqual({ ok: false, code: 'not-a-plan', message: readingCheckText.notAPlan });
    expect(hashTree(ctx.dataDir)).toBe(before);
    expect((await call('library:list')) as Entry[]).toHaveLength(1);
  });

  it('should go in as plain text when asked: family unknown, no projects, flagged, its text readable', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: '메모.txt', dataBase64: b64(PROSE), asPlainText: true })) as Summary;
    expect(summary).toMatchObject({ projectCount: 0, check: { confidence: 'none' } });
    const doc = (await call('document:get', { id: summary.documentId })) as { text: string; record: Entry; tree: { projects: unknown[] } };
    expect(doc.text).toBe(PROSE);
    expect(doc.record).toMatchObject({ family: 'unknown', confidence: 'none' });
    expect(doc.tree.projects).toEqual([]);
    // The same text again is a duplicate, not a second refusal.
    expect(await call('library:import', { fileName: '메모 사본.txt', dataBase64: b64(PROSE) })).toMatchObject({ duplicate: true, documentId: summary.documentId });
  });

  it('should take asPlainText only as a boolean', async () => {
    const { call } = await makeApi();
    expect(await call('library:import', { fileName: '메모.txt', dataBase64: b64(PROSE), asPlainText: 'yes' })).toMatchObject({ ok: false, code: 'invalid-args', field: 'asPlainText' });
  });

  it('should not be asked for a plan document: asPlainText changes nothing there', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT), asPlainText: true })) as Summary;
    expect(summary.projectCount).toBe(parsePlan(SMALL_REPORT).projects.length);
  });

  it('should refuse a new version that is not a plan document, and take it with asPlainText', async () => {
    const { call } = await makeApi();
    const old = (await call('library:import', { fileName: '총무과.txt', dataBase64: b64(SMALL_REPORT) })) as Summary;
    expect(await call('library:import', { fileName: '새판.txt', dataBase64: b64(PROSE), replacesDocumentId: old.documentId })).toMatchObject({ code: 'not-a-plan' });
    const forced = (await call('library:import', { fileName: '새판.txt', dataBase64: b64(PROSE), replacesDocumentId: old.documentId, asPlainText: true })) as Summary & { revision?: unknown };
    expect(forced.revision).toMatchObject({ previousVersionId: old.documentId });
  });

  it('should never keep the sample library out', async () => {
    const { call } = await makeApi({ samples: true });
    const list = (await call('library:list')) as Entry[];
    expect(list.filter((d) => d.confidence)).toHaveLength(4);
    expect(list.every((d) => d.confidence !== 'none')).toBe(true);
  });
});
