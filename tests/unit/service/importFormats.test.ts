import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { b64, makeApi } from '../../helpers/service';

const fixtures = resolve(import.meta.dirname, '../../fixtures');
const file = (path: string) => b64(readFileSync(resolve(fixtures, path)));

describe('library:import of every supported format', () => {
  it.each([
    // The format samples are not plan documents: refused as such, they go in as plain text (issue 10).
    ['samples/noori.hwp', '과학기술정보통신부', false],
    ['samples/basicsReport.hwp', '리포트의 제목', false],
    ['samples/FormattingShowcase.hwpx', '형식 테스트 문서', false],
    ['samples/A_form.hwpx', '과목', false],
    ['pdf/seed-excerpt.pdf', '조직 및 인력현황', true],
  ])('should import %s into the library with its text', async (path, expected, plan) => {
    const { call } = await makeApi();
    const name = path.split('/').pop()!;
    if (!plan) expect(await call('library:import', { fileName: name, dataBase64: file(path) })).toMatchObject({ ok: false, code: 'not-a-plan' });
    const summary = (await call('library:import', { fileName: name, dataBase64: file(path), ...(plan ? {} : { asPlainText: true }) })) as { documentId: string };
    expect(summary.documentId).toEqual(expect.any(String));
    const doc = (await call('document:get', { id: summary.documentId })) as { text: string; record: { format: string; fileName: string } };
    expect(doc.text).toContain(expected);
    expect(doc.record.fileName).toBe(name);
    expect(doc.record.format).toBe(name.split('.').pop());
  });

  it('should list the projects of a PDF work report excerpt', async () => {
    const { call } = await makeApi();
    const summary = (await call('library:import', { fileName: 'seed-excerpt.pdf', dataBase64: file('pdf/seed-excerpt.pdf') })) as { projectCount: number };
    expect(summary.projectCount).toBeGreaterThan(0);
  });
});
