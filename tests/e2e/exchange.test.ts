/**
 * The issue "Across laptops and sessions, offline", through the UI: two members and a secretary on
 * three browser-mode apps with three data folders. Bundles go out by download and come in through
 * the 주고받기 screen (preview, then 적용), in both orders; a revised document comes in as a new
 * version from the library; an orphan is re-attached by hand; a 처리결과 spreadsheet goes through
 * the mapping and review steps and its statuses show in the 후속조치 list.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model/annotation';
import type { FollowUpItem } from '@shared/model/followup';
import type { LibraryEntry } from '@shared/model/library';
import type { OrphanEntry } from '@shared/model/revision';
import { withFirstPlanRemoved } from '../helpers/revision';
import type { RunningApp } from '../helpers/app';
import { freshDataDir, invokeInPage, launchChromium, openPage, repoRoot, screenshotDir, startApp } from '../helpers/app';
import { makeTextLarger, registerAsMember, seriousA11yViolations } from '../helpers/ui';

const SEED_FILE = '2024-서초구-행정복지위원회-주요업무보고.txt';
const SEED = readFileSync(join(repoRoot, 'seeds', SEED_FILE), 'utf8');
const SESSION = { number: 331, kind: '임시회', committee: '행정복지위원회', title: '2024년도 주요업무보고 청취', startDate: '2024-01-16', endDate: '2024-01-22' };
const UNIT = '감사담당관';
const work = mkdtempSync(join(tmpdir(), 'council-exchange-'));

interface Project { id: string; key: string; unit: string; section: string; number: string; title: string }

/** The seed revised: 감사담당관's first plan removed and the others renumbered 2→1 … 7→6. */
const revisedSeed = () => withFirstPlanRemoved(SEED, UNIT);

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name, exact: true });
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

async function noSeriousViolations(page: Page, where: string): Promise<void> {
  const serious = await seriousA11yViolations(page);
  if (serious.length) console.log(`${where} axe:`, JSON.stringify(serious, null, 2));
  expect(serious).toEqual([]);
}

/** What a laptop holds, comparable across laptops: shared notes with their versions. */
async function noteSet(page: Page): Promise<string[]> {
  const list = (await invokeInPage(page, 'annotation:list', {})) as Annotation[];
  return list
    .filter((a) => a.visibility === 'shared')
    .map((a) => JSON.stringify([a.id, a.version, a.projectId, a.type, a.body, a.quote ?? '', a.authorName, a.updatedAt, a.deleted, a.answer ?? null]))
    .sort();
}

async function seocho(page: Page): Promise<{ doc: LibraryEntry; projects: Project[] }> {
  const library = (await invokeInPage(page, 'library:list', {})) as LibraryEntry[];
  const doc = library.find((d) => /서초구|행정복지위원회/.test(d.title) && !d.supersededBy)!;
  const view = (await invokeInPage(page, 'document:get', { id: doc.id })) as { tree: { projects: Project[] } };
  return { doc, projects: view.tree.projects };
}

const plan = (projects: Project[], n: string) => projects.find((p) => p.unit === UNIT && p.section === 'plans' && p.number === n)!;

async function note(page: Page, project: Project, type: string, body: string, extra: Record<string, unknown> = {}): Promise<Annotation> {
  return (await invokeInPage(page, 'annotation:create', { projectId: project.id, type, body, ...extra })) as Annotation;
}

/** Exports "my notes" from the 주고받기 screen and keeps the downloaded file. */
async function exportBundle(page: Page, who: string, options: { documents?: boolean; password?: string } = {}): Promise<string> {
  await nav(page, '주고받기').click();
  const card = page.locator('#xc-export');
  await card.getByRole('heading', { name: '내 의견 내보내기' }).waitFor();
  if (options.documents) await card.getByLabel('문서 원문도 함께 넣기', { exact: false }).check();
  if (options.password) {
    await card.getByLabel('암호로 보호하기', { exact: false }).check();
    await card.getByLabel('파일 암호 (8자 이상)').fill(options.password.slice(0, 4));
    expect(await card.getByRole('button', { name: '검토 묶음 파일로 내보내기' }).isDisabled()).toBe(true);
    await card.getByLabel('파일 암호 (8자 이상)').fill(options.password);
  }
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('button', { name: '검토 묶음 파일로 내보내기' }).click()]);
  const name = download.suggestedFilename();
  expect(name).toMatch(/^의정검토.*\.crb$/);
  expect(name).toContain(who);
  const path = join(work, options.password ? `암호-${name}` : name);
  await download.saveAs(path);
  await page.getByRole('status').filter({ hasText: `‘${name}’ 파일로 저장했습니다.` }).last().waitFor();
  return path;
}

/** Drops files on an element, as dragging them from the file manager would. */
async function dropFiles(page: Page, target: Locator, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({ name: p.split('/').pop()!, base64: readFileSync(p).toString('base64') }));
  await target.evaluate((el, list) => {
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], f.name));
    }
    el.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    el.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

/** Picks bundle files on the 주고받기 screen, waits for the preview, applies it and waits for the report. */
async function importBundles(page: Page, paths: string[], screenshotName?: string, via: 'picker' | 'drop' = 'picker'): Promise<string> {
  await nav(page, '주고받기').click();
  await page.getByRole('heading', { name: '받은 파일 가져오기' }).waitFor();
  if (via === 'drop') await dropFiles(page, page.getByTestId('bundle-drop'), paths);
  else await page.getByTestId('bundle-input').setInputFiles(paths);
  const preview = page.getByTestId('bundle-preview');
  await preview.waitFor();
  // Focus moves to the preview's heading, so a screen reader hears what is about to happen.
  await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('가져오기 미리 보기');
  expect(await preview.locator('.xc-file').count()).toBe(paths.length);
  const text = await preview.innerText();
  if (screenshotName) {
    await shot(page, screenshotName, true);
    await noSeriousViolations(page, 'preview');
  }
  await preview.getByRole('button', { name: paths.length > 1 ? `적용 (파일 ${paths.length}개)` : '적용', exact: true }).click();
  const report = page.getByTestId('bundle-report');
  await report.waitFor();
  expect(await report.locator('li.xc-report-error').count()).toBe(0);
  return text;
}

describe('across laptops and sessions, offline, through the UI', () => {
  let browser: Browser;
  const apps: RunningApp[] = [];
  let kim: Page;
  let lee: Page;
  let sec: Page;
  let kimPath = '';
  let leePath = '';
  let lockedPath = '';
  const shared: string[] = [];
  let removedNotes: string[] = [];
  let sessionId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    for (const label of ['kim', 'lee', 'sec']) apps.push(await startApp(freshDataDir(label)));
    [kim, lee, sec] = await Promise.all(apps.map((a) => openPage(browser, a.url)));
  });
  afterAll(async () => {
    for (const app of apps) await app.stop();
    await browser?.close();
  });

  it('should let two members annotate the same projects and export their bundles from the 주고받기 screen', async () => {
    await registerAsMember(kim, { name: '김의원', committee: '행정복지위원회', role: '의원' });
    await registerAsMember(lee, { name: '이의원', committee: '행정복지위원회', role: '의원' });
    const k = await seocho(kim);
    const l = await seocho(lee);
    expect(l.doc.id).toBe(k.doc.id);
    for (const page of [kim, lee]) await invokeInPage(page, 'session:create', { ...SESSION, agenda: [{ documentId: k.doc.id, units: [UNIT, '홍보담당관'] }] });

    const kimNotes = [
      await note(kim, plan(k.projects, '1'), '시정요구', '청렴도 평가 하위 분야 개선 계획을 제출할 것', { quote: '청렴' }),
      await note(kim, plan(k.projects, '2'), '질의', '자체감사 지적 건수와 처분 결과는?'),
      await note(kim, plan(k.projects, '3'), '건의', '친절행정 우수 직원 포상 확대'),
      await note(kim, plan(k.projects, '5'), '자료요구', '생활현장 순찰 실적 월별 자료'),
      await note(kim, plan(k.projects, '2'), '메모', '작년 감사 결과 다시 볼 것'),
    ];
    const leeNotes = [
      await note(lee, plan(l.projects, '1'), '지적', '청렴 교육이 형식적임'),
      await note(lee, plan(l.projects, '2'), '처리요구', '감사 결과 공개 범위를 넓힐 것'),
      await note(lee, plan(l.projects, '3'), '의견', '친절행정 추진 성과가 좋음'),
      await note(lee, plan(l.projects, '7'), '시정요구', '옴부즈만 권고 이행률 관리 방안 마련'),
    ];
    await invokeInPage(lee, 'annotation:update', { id: leeNotes[1]!.id, body: '감사 결과 공개 범위를 넓히고 기한을 정할 것' });
    await invokeInPage(lee, 'annotation:delete', { id: leeNotes[2]!.id });
    shared.push(...kimNotes.slice(0, 4).map((a) => a.id), leeNotes[0]!.id, leeNotes[1]!.id, leeNotes[3]!.id);
    removedNotes = [kimNotes[0]!.id, leeNotes[0]!.id];

    kimPath = await exportBundle(kim, '김의원', { documents: true });
    await shot(kim, 'exchange-1280');
    lockedPath = await exportBundle(kim, '김의원', { password: 'usb-secret-2024' });
    leePath = await exportBundle(lee, '이의원');
    await noSeriousViolations(kim, 'exchange');
  });

  it('should merge both bundles on the secretary laptop, previewed then applied, to the same set in both orders', async () => {
    await registerAsMember(sec, { name: '박전문', committee: '행정복지위원회', role: '전문위원' });

    // A damaged file: the API's Korean message, and nothing to apply.
    const damaged = join(work, '손상된-묶음.crb');
    const bytes = readFileSync(kimPath, 'utf8');
    writeFileSync(damaged, bytes.replace('청렴 교육', '청렴 교욱').replace('청렴도 평가', '청렴도 펑가'));
    await nav(sec, '주고받기').click();
    await sec.getByTestId('bundle-input').setInputFiles([damaged]);
    const failure = sec.locator('.xc-file-error');
    await failure.waitFor();
    expect(await failure.innerText()).toMatch(/손상된-묶음\.crb[\s\S]*(검증값|손상)/);
    expect(await sec.getByRole('button', { name: '적용', exact: true }).isDisabled()).toBe(true);
    await sec.getByRole('button', { name: '취소' }).click();
    await expect.poll(() => sec.evaluate(() => document.activeElement?.textContent)).toBe('검토 묶음 파일 고르기');

    // A password-protected file: asked for its password, a wrong one refused, the right one previews.
    await sec.getByTestId('bundle-input').setInputFiles([lockedPath]);
    const locked = sec.locator('form.xc-file-locked');
    await locked.waitFor();
    expect(await locked.innerText()).toContain('암호로 보호되어 있습니다');
    const pw = locked.getByLabel('의 암호', { exact: false });
    await pw.fill('wrong-password');
    await locked.getByRole('button', { name: '열기' }).click();
    await locked.getByText('암호가 맞지 않습니다', { exact: false }).waitFor();
    await pw.fill('usb-secret-2024');
    await locked.getByRole('button', { name: '열기' }).click();
    await sec.getByTestId('bundle-preview').locator('.xc-file', { hasText: '보낸 사람: 김의원' }).waitFor();
    await sec.getByRole('button', { name: '취소' }).click();

    const first = await importBundles(sec, [kimPath, leePath], 'exchange-import-preview-1280');
    expect(first).toContain('보낸 사람: 김의원');
    expect(first).toContain('보낸 사람: 이의원');
    expect(first).toMatch(/새 의견 4/);
    const once = await noteSet(sec);
    const ids = ((await invokeInPage(sec, 'annotation:list', {})) as Annotation[]).map((a) => a.id).sort();
    expect(ids).toEqual([...shared].sort()); // every shared note, and kim's 메모 stayed on his laptop

    // Again, the other way round: the preview says nothing is new, and nothing changes.
    const second = await importBundles(sec, [leePath, kimPath], undefined, 'drop');
    expect(second).toMatch(/새 의견 0 · 고쳐진 의견 0/);
    expect(await noteSet(sec)).toEqual(once);

    // The members swap bundles too: each laptop ends with the same set, whatever came first.
    await importBundles(kim, [leePath]);
    await importBundles(lee, [kimPath]);
    expect(await noteSet(kim)).toEqual(once);
    expect(await noteSet(lee)).toEqual(once);
    const sessions = (await invokeInPage(sec, 'session:list', {})) as { id: string }[];
    expect(sessions).toHaveLength(1);
    sessionId = sessions[0]!.id;
  });

  it('should import a revised version from the library, keep every note attached or orphaned, and re-attach one by hand', async () => {
    const { doc: old } = await seocho(sec);
    const revisedPath = join(work, '2024-주요업무보고-수정본.txt');
    writeFileSync(revisedPath, revisedSeed());
    await nav(sec, '문서 목록').click();
    await sec.getByRole('heading', { name: '문서 목록' }).waitFor();
    await sec.getByLabel('기존 문서의 새 버전으로 가져오기').check();
    await sec.getByLabel('어느 문서의 새 버전인가요?').selectOption(old.id);
    await sec.getByTestId('import-input').setInputFiles([revisedPath]);
    const done = sec.locator('.notice-success').filter({ hasText: '새 버전으로 가져왔습니다' });
    await done.waitFor();
    // Only live notes are counted: lee's deleted note (a tombstone) moves too, silently.
    expect(await done.innerText()).toMatch(/의견 5건을 새 버전으로 옮겼습니다[\s\S]*2건은 맞는 사업을 찾지 못해/);
    await sec.locator('.doc-table tr', { hasText: old.title }).locator('.badge', { hasText: '이전 버전' }).first().waitFor();
    await shot(sec, 'library-revised-1280');

    const { doc: fresh, projects } = await seocho(sec);
    expect(fresh.id).not.toBe(old.id);
    const keys = new Set(projects.map((p) => p.id));
    const orphans = (await invokeInPage(sec, 'annotation:orphans', {})) as OrphanEntry[];
    const orphanIds = new Set(orphans.map((o) => o.annotation.id));
    const live = (await invokeInPage(sec, 'annotation:list', {})) as Annotation[];
    expect(live.map((a) => a.id).sort()).toEqual([...shared].sort());
    for (const a of live) expect(keys.has(a.projectId) || orphanIds.has(a.id)).toBe(true);
    expect([...orphanIds].sort()).toEqual([...removedNotes].sort());

    // The new version's screen points to the orphans; the exchange screen lists them with their anchor.
    await sec.locator('.doc-table .doc-title button', { hasText: fresh.title }).first().click();
    const notice = sec.getByTestId('orphan-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('연결이 끊긴 의견이 2건');
    await notice.getByRole('button', { name: '연결이 끊긴 의견 보기' }).click();
    const list = sec.getByTestId('orphan-list');
    await list.waitFor();
    await expect.poll(() => sec.evaluate(() => document.activeElement?.id)).toBe('xc-orphans-heading');
    expect(await list.locator('.xc-orphan').count()).toBe(2);
    const target = list.locator(`[data-annotation-id="${removedNotes[0]}"]`);
    expect(await target.innerText()).toMatch(/감사담당관 · 추진계획 · 1\. [\s\S]*표시한 부분[\s\S]*청렴/);
    await shot(sec, 'exchange-orphans-1280', true);

    // Re-attach by hand: search the new version's projects and pick one.
    await target.getByRole('button', { name: '다시 연결' }).click();
    const form = target.locator('form.xc-reattach');
    expect(await form.getByLabel('문서').inputValue()).toBe(fresh.id);
    await form.getByLabel('사업 찾기 (번호·이름·부서)').fill('감사담당관 자체감사');
    const choice = plan(projects, '1');
    expect(choice.title).toBe('공정하고 신뢰받는 자체감사 시행');
    await form.getByLabel('연결할 사업').selectOption(choice.id);
    await form.scrollIntoViewIfNeeded();
    await shot(sec, 'exchange-reattach-1280');
    await noSeriousViolations(sec, 're-attach form');
    await form.getByRole('button', { name: '이 사업에 연결' }).click();
    await sec.getByRole('status').filter({ hasText: `‘${choice.title}’ 사업에 다시 연결했습니다.` }).waitFor();
    await expect.poll(() => list.locator('.xc-orphan').count()).toBe(1);
    const moved = ((await invokeInPage(sec, 'annotation:list', {})) as Annotation[]).find((a) => a.id === removedNotes[0])!;
    expect(moved.projectId).toBe(choice.id);
    expect(((await invokeInPage(sec, 'annotation:orphans', {})) as OrphanEntry[]).map((o) => o.annotation.id)).toEqual([removedNotes[1]]);
  });

  it('should take a 처리결과 spreadsheet through the mapping and review steps and show the statuses in the 후속조치 list', async () => {
    const items = (await invokeInPage(sec, 'followup:list', { sessionId })) as FollowUpItem[];
    expect(items.map((i) => i.type).sort()).toEqual(['건의', '시정요구', '시정요구', '자료요구', '처리요구'].sort());
    const status = ['완료', '추진중', '장기검토', '완료', '미조치'];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(
      wb,
      XLSX.utils.aoa_to_sheet([['연번', '소관부서', '요구사항', '처리결과', '조치상태'], ...items.map((i, k) => [i.seq, i.unit, i.body, `처리결과 ${i.seq}`, status[k]!])]),
      'Sheet1',
    );
    const xlsxPath = join(work, '처리결과.xlsx');
    writeFileSync(xlsxPath, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);

    await nav(sec, '후속조치').click();
    await sec.getByRole('heading', { name: '후속조치', level: 1 }).waitFor();
    await sec.getByTestId('followup-count').filter({ hasText: '5건' }).waitFor();
    await sec.getByRole('button', { name: '처리결과 표 가져오기' }).click();
    const wizard = sec.getByTestId('result-import');
    await expect.poll(() => sec.evaluate(() => document.activeElement?.textContent)).toBe('1/4단계: 파일 고르기');
    await wizard.getByTestId('result-input').setInputFiles([xlsxPath]);

    // Step 2: the mapping, prefilled from the header; focus on the step heading.
    await wizard.getByRole('heading', { name: '2/4단계: 열 맞추기' }).waitFor();
    await expect.poll(() => sec.evaluate(() => document.activeElement?.textContent)).toBe('2/4단계: 열 맞추기');
    expect(await wizard.getByLabel('연번').inputValue()).toBe('0');
    expect(await wizard.getByLabel('부서').inputValue()).toBe('1');
    expect(await wizard.getByLabel('요구사항').inputValue()).toBe('2');
    expect(await wizard.getByLabel('처리결과', { exact: true }).inputValue()).toBe('3');
    expect(await wizard.getByLabel('조치상태').inputValue()).toBe('4');
    expect(await wizard.getByTestId('mapping-source').innerText()).toContain('짐작한 지정');
    await shot(sec, 'followup-mapping-1280', true);
    await noSeriousViolations(sec, 'mapping');
    await wizard.getByRole('button', { name: '다음: 줄 확인' }).click();

    // Step 3: every row matched by 연번 and accepted; one rejected and accepted again by keyboard.
    // Rows are numbered as in the spreadsheet (the header is row 1).
    await wizard.getByRole('heading', { name: '3/4단계: 줄 확인' }).waitFor();
    const rows = wizard.locator('.fu-review tbody tr');
    expect(await rows.count()).toBe(5);
    expect(await wizard.locator('.fu-needs-review').count()).toBe(0);
    expect(await rows.first().innerText()).toContain('100%');
    const box = wizard.getByLabel('2번째 줄 기록하기');
    await box.uncheck();
    await wizard.getByRole('button', { name: '4줄 기록하기' }).waitFor();
    await box.focus();
    await sec.keyboard.press('Space');
    for (let i = 0; i < 5; i++) expect(await wizard.getByLabel(`${i + 2}번째 줄에 맞출 후속조치`).inputValue()).toBe(items[i]!.annotationId);
    await shot(sec, 'followup-review-1280', true);
    await noSeriousViolations(sec, 'review');
    await wizard.getByRole('button', { name: '5줄 기록하기' }).click();
    await wizard.getByTestId('result-summary').filter({ hasText: '후속조치 5건의 처리결과·조치상태를 기록했습니다.' }).waitFor();
    await wizard.getByRole('button', { name: '닫기', exact: true }).last().click();

    // The list shows the new statuses and results.
    for (const [k, item] of items.entries()) {
      const row = sec.locator(`tr[data-annotation-id="${item.annotationId}"]`);
      await row.locator('.fu-chip', { hasText: status[k]! }).waitFor();
      expect(await row.innerText()).toContain(`처리결과 ${item.seq}`);
    }
    const after = (await invokeInPage(sec, 'followup:list', { sessionId })) as FollowUpItem[];
    expect(after.map((i) => i.actionStatus)).toEqual(status);
    await shot(sec, 'followup-list-1280', true);
    await noSeriousViolations(sec, 'follow-up list');
    await sec.getByLabel('끝나지 않은 것만').check();
    await sec.getByTestId('followup-count').filter({ hasText: '3건 · 끝나지 않음 3건' }).waitFor();
    expect(await sec.locator('.fu-table tbody tr').count()).toBe(3);

    // A due date in the past on an open item: highlighted as overdue.
    const late = items[4]!;
    await invokeInPage(sec, 'annotation:update', { id: late.annotationId, answer: { dueDate: '2024-03-31' } });
    await sec.getByLabel('끝나지 않은 것만').uncheck();
    await sec.getByLabel('부서').selectOption(UNIT);
    await sec.getByTestId('followup-count').filter({ hasText: '기한 지남 1건' }).waitFor();
    const lateRow = sec.locator(`tr[data-annotation-id="${late.annotationId}"]`);
    expect(await lateRow.getAttribute('class')).toContain('fu-overdue');
    expect(await lateRow.innerText()).toMatch(/2024-03-31\s*기한 지남/);

    // The next session of the committee: 이월 안건 lists what is still open, by unit.
    const { doc } = await seocho(sec);
    const next = (await invokeInPage(sec, 'session:create', { ...SESSION, number: 332, kind: '정례회', title: '2024년도 행정사무감사', startDate: '2024-06-10', endDate: '2024-06-20', agenda: [{ documentId: doc.id, units: [UNIT] }] })) as { id: string };
    expect(next.id).toBeTruthy();
    await nav(sec, '문서 목록').click();
    await nav(sec, '후속조치').click();
    const carry = sec.locator('section[aria-labelledby="fu-carry-heading"]');
    await carry.locator('.fu-carry-unit', { hasText: UNIT }).waitFor();
    expect(await carry.locator('.fu-carry-unit li').count()).toBe(3);
    expect(await carry.innerText()).toContain('가져온 회기: 제331회 임시회');
    await carry.scrollIntoViewIfNeeded();
    await shot(sec, 'followup-carryover-1280');

    // The same sheet again: the mapping is remembered.
    await sec.getByRole('button', { name: '처리결과 표 가져오기' }).click();
    await sec.getByTestId('result-input').setInputFiles([xlsxPath]);
    await sec.getByTestId('mapping-source').filter({ hasText: '지난번에' }).waitFor();
    await sec.getByTestId('result-import').getByRole('button', { name: '닫기', exact: true }).first().click();
    await sec.getByTestId('result-import').waitFor({ state: 'detached' });
  });

  it('should reflow the exchange and follow-up screens at 200% text size', async () => {
    await makeTextLarger(sec, 4);
    await expect.poll(() => sec.evaluate(() => document.documentElement.style.fontSize)).toBe('200%');
    await nav(sec, '주고받기').click();
    await sec.getByRole('heading', { name: '주고받기', level: 1 }).waitFor();
    await shot(sec, 'exchange-200', true);
    const overflow = await sec.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await nav(sec, '후속조치').click();
    await sec.locator('.fu-table').waitFor();
    await shot(sec, 'followup-list-200', true);
    await sec.getByLabel('고대비').check();
    await shot(sec, 'followup-list-200-contrast', true);
    await sec.getByLabel('고대비').uncheck();
    expect(await sec.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(1);
  });
});
