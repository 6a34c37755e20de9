/**
 * Issue 10, "structure the user can correct", through the UI: a work report the parser misreads
 * (the ◈ heading of 민원 처리 개선 is swallowed by project 1) is imported, corrected by hand in the
 * reader's 구조 고치기 tools (by keyboard where a member would), the corrected project annotated;
 * after a restart on the same data folder corrections and note are still there; a bundle exported
 * from the 주고받기 screen gives a second, fresh laptop the same projects with the note in place.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { CorrectionsView } from '@shared/model/corrections';
import type { LibraryEntry } from '@shared/model/library';
import { readingCheckText } from '@shared/text/readingCheck';
import type { RunningApp } from '../helpers/app';
import { freshDataDir, invokeInPage, launchChromium, openPage, repoRoot, startApp } from '../helpers/app';
import { annotationCards, makeTextLarger, openDocumentTitled, pressOnPage, readerTitle, registerAsMember, saveScreenshot, seriousA11yViolations, writeNewAnnotationByKeyboard } from '../helpers/ui';

const FIXTURE = readFileSync(join(repoRoot, 'tests', 'fixtures', 'corrections', 'misread-report.txt'), 'utf8');
const LINE = FIXTURE.split('\n').findIndex((l) => l.startsWith('◈ 민원')) + 1;
const TITLE = /총무과/;

interface Project { id: string; key: string; number: string; title: string; budget: { thousandWon: number | null } }

async function projectsOn(page: Page): Promise<{ id: string; projects: Project[] }> {
  const doc = ((await invokeInPage(page, 'library:list', {})) as LibraryEntry[]).find((d) => TITLE.test(d.title))!;
  const view = (await invokeInPage(page, 'document:get', { id: doc.id })) as { tree: { projects: Project[] } };
  return { id: doc.id, projects: view.tree.projects };
}

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  const serious = await seriousA11yViolations(page);
  if (serious.length) console.log(`${where} axe:`, JSON.stringify(serious, null, 2));
  expect(serious).toEqual([]);
}

const panel = (page: Page) => page.getByRole('region', { name: '구조 고치기' });

async function selectInOutline(page: Page, title: string): Promise<void> {
  await page.locator('.outline-item', { hasText: title }).first().click();
  await expect.poll(() => readerTitle(page)).toContain(title);
}

describe('structure the user can correct, through the UI', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  let bundlePath = '';
  const dataDir = freshDataDir('corrections');

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(dataDir);
    page = await openPage(browser, app.url);
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('should split a misread project at a line, set its budget and title by keyboard, and undo with Ctrl+Z', async () => {
    await registerAsMember(page, { name: '김의원', committee: '행정복지위원회', role: '의원' });
    await page.getByTestId('import-input').setInputFiles({ name: '총무과-업무보고.txt', mimeType: 'text/plain', buffer: Buffer.from(FIXTURE) });
    await page.getByText('문서를 가져왔습니다', { exact: false }).waitFor();
    await openDocumentTitled(page, TITLE);
    expect(await page.locator('.outline-item').count()).toBe(3);

    await page.getByRole('button', { name: '구조 고치기' }).click();
    const tools = panel(page);
    await tools.waitFor();
    await tools.getByLabel('줄 번호', { exact: true }).fill(String(LINE));
    await expect.poll(() => tools.locator('#line-preview').innerText()).toBe(`${LINE}번째 줄: ◈ 민원 처리 개선`);
    await saveScreenshot(page, 'corrections-reader-1280');
    await noSeriousViolations(page, 'correction tools');

    await tools.getByRole('button', { name: '이 줄을 사업 제목으로' }).click();
    await expect.poll(() => readerTitle(page)).toContain('민원 처리 개선');
    expect(await page.locator('.outline-item').count()).toBe(4);

    // 예산 입력 and 제목 바꾸기, by keyboard only.
    await tools.getByRole('button', { name: '예산 입력' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.type('2,000');
    await page.keyboard.press('Tab');
    await page.keyboard.type('구비');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.project-facts').innerText()).toMatch(/2,000천원/);
    // Focus comes back to the tool that was used, so the next one is a Tab away.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('예산 입력');
    await tools.getByRole('button', { name: '제목 바꾸기' }).focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('민원 처리 개선 (잘못 고침)');
    await saveScreenshot(page, 'corrections-form-1280');
    await page.keyboard.press('Enter');
    await expect.poll(() => readerTitle(page)).toContain('(잘못 고침)');
    await expect.poll(() => tools.locator('.correction-list li').count()).toBe(3);

    await pressOnPage(page, 'Control+z');
    await expect.poll(() => readerTitle(page)).not.toContain('(잘못 고침)');
    await expect.poll(() => tools.locator('.correction-list li').count()).toBe(2);
    expect(await readerTitle(page)).toContain('민원 처리 개선');
    await saveScreenshot(page, 'corrections-list-1280', true);
    await noSeriousViolations(page, 'correction list');
  });

  it('should ask before 사업이 아님, and keep everything when cancelled', async () => {
    await panel(page).getByRole('button', { name: '사업이 아님' }).click();
    const dialog = page.getByRole('dialog', { name: '사업이 아님으로 고칠까요?' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '취소' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.locator('.outline-item').count()).toBe(4);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('구조 고치기');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  });

  it('should annotate the corrected project like any other', async () => {
    await writeNewAnnotationByKeyboard(page, '질의', '민원 창구는 몇 곳으로 늘어납니까?');
    await expect.poll(() => annotationCards(page).count()).toBe(1);

    // 사업이 아님 on a project with a note: the dialog says where the note goes; undo brings it back.
    await panel(page).getByRole('button', { name: '사업이 아님' }).click();
    const dialog = page.getByRole('dialog', { name: '사업이 아님으로 고칠까요?' });
    expect(await dialog.innerText()).toMatch(/의견 1건은 지워지지 않고/);
    await dialog.getByRole('button', { name: '사업이 아님' }).click();
    await expect.poll(() => page.locator('.outline-item').count()).toBe(3);
    await page.getByTestId('orphan-notice').waitFor();
    await pressOnPage(page, 'Control+z');
    await expect.poll(() => page.locator('.outline-item').count()).toBe(4);
    await page.getByTestId('orphan-notice').waitFor({ state: 'detached' });
    await selectInOutline(page, '민원 처리 개선');
    await expect.poll(() => annotationCards(page).count()).toBe(1);

    await makeTextLarger(page, 4);
    await expect.poll(() => page.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    await panel(page).getByRole('heading', { name: '구조 고치기' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'corrections-reader-200');
    await page.getByLabel('고대비').check();
    await panel(page).getByRole('heading', { name: '구조 고치기' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await saveScreenshot(page, 'corrections-reader-contrast-200');
    await noSeriousViolations(page, 'correction tools at 200% in high contrast');
    await page.getByLabel('고대비').uncheck();
  });

  it('should keep corrections and the note after a restart on the same data folder', async () => {
    await app.stop();
    app = await startApp(dataDir);
    await page.goto(app.url);
    await openDocumentTitled(page, TITLE);
    expect(await page.locator('.outline-item').count()).toBe(4);
    await selectInOutline(page, '민원 처리 개선');
    await expect.poll(() => annotationCards(page).count()).toBe(1);
    const { id, projects } = await projectsOn(page);
    expect(projects[1]).toMatchObject({ key: `manual|L${LINE}`, title: '민원 처리 개선', budget: { thousandWon: 2000 } });
    const listed = (await invokeInPage(page, 'document:corrections', { documentId: id })) as CorrectionsView;
    expect(listed.entries.map((e) => [e.change.op, e.applied])).toEqual([['mark-project', true], ['set-budget', true]]);
  });

  it('should give a second laptop the same projects and the note in place, through a bundle', async () => {
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name: '주고받기', exact: true }).click();
    const card = page.locator('#xc-export');
    await card.getByLabel('문서 원문도 함께 넣기', { exact: false }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '검토 묶음 파일로 내보내기' }).click()]);
    bundlePath = join(dataDir, '..', download.suggestedFilename());
    await download.saveAs(bundlePath);

    const other = await startApp(freshDataDir('corrections-b'));
    const second = await openPage(browser, other.url);
    try {
      await registerAsMember(second, { name: '박전문', committee: '행정복지위원회', role: '전문위원' });
      await second.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name: '주고받기', exact: true }).click();
      await second.getByTestId('bundle-input').setInputFiles([bundlePath]);
      const preview = second.getByTestId('bundle-preview');
      await preview.waitFor();
      await preview.getByRole('button', { name: '적용', exact: true }).click();
      await second.getByTestId('bundle-report').waitFor();

      const mine = await projectsOn(page);
      const theirs = await projectsOn(second);
      expect(theirs.projects.map((p) => [p.id, p.key, p.number, p.title, p.budget.thousandWon])).toEqual(mine.projects.map((p) => [p.id, p.key, p.number, p.title, p.budget.thousandWon]));
      const notes = (await invokeInPage(second, 'annotation:list', { projectId: theirs.projects[1]!.id })) as Annotation[];
      expect(notes.map((n) => n.body)).toEqual(['민원 창구는 몇 곳으로 늘어납니까?']);

      await second.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name: '문서 목록', exact: true }).click();
      await openDocumentTitled(second, TITLE);
      await selectInOutline(second, '민원 처리 개선');
      await expect.poll(() => annotationCards(second).count()).toBe(1);
    } finally {
      await other.stop();
    }
  });

  it('should let a text read with no projects be structured by hand', async () => {
    const text = ['2025년 주요업무보고 참고 자료', '', '행정지원과', '', '청사 안내 개선', '안내판 교체 12곳', '', '주차장 확충', '주차면 20면 추가', ''].join('\n');
    await page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name: '문서 목록', exact: true }).click();
    await page.getByTestId('import-input').setInputFiles({ name: '참고자료.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    // No plan structure: the import is refused first, and 그래도 가져오기 takes it as plain text.
    await page.getByRole('button', { name: readingCheckText.importAnywayLabel('참고자료.txt') }).click();
    await page.getByText('문서를 가져왔습니다', { exact: false }).waitFor();
    await page.locator('.doc-table .doc-title button', { hasText: /참고/ }).first().click();
    const tools = panel(page);
    await tools.waitFor();
    await tools.getByLabel('줄 번호', { exact: true }).fill('5');
    await tools.getByRole('button', { name: '이 줄을 사업 제목으로' }).click();
    await page.locator('.outline-item').first().waitFor();
    await expect.poll(() => readerTitle(page)).toContain('청사 안내 개선');
    await tools.getByLabel('줄 번호', { exact: true }).fill('8');
    await tools.getByRole('button', { name: '이 줄을 사업 제목으로' }).click();
    await expect.poll(() => page.locator('.outline-item').count()).toBe(2);
    await saveScreenshot(page, 'corrections-by-hand-1280');
  });
});
