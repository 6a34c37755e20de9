import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunningApp } from '../helpers/app';
import { freshDataDir, invokeInPage, launchChromium, openPage, screenshotDir, startApp } from '../helpers/app';
import { makeTextLarger, registerAsMember, seriousA11yViolations } from '../helpers/ui';

const SEOCHO = /서초구|행정복지위원회/;
const OTHER = /여성가족정책실/;
const FILE_NAME = '제331회_행정복지위원회_회의록_2024-01-16.xlsx';

interface Entry { id: string; title: string }
interface Note { id: string; authorName: string; type: string; status: string; answer?: Record<string, unknown> }

function nav(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: '주 메뉴' }).getByRole('button', { name, exact: true });
}

/** The table row of a note, found by its annotation id. */
function row(page: Page, id: string): Locator {
  return page.locator(`tr[data-annotation-id="${id}"]`);
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

describe('sessions and the minutes workbook', () => {
  let browser: Browser;
  let app: RunningApp;
  let page: Page;
  const ids: Record<string, string> = {};
  const notes: Record<string, string> = {};
  let seocho: Entry;

  beforeAll(async () => {
    browser = await launchChromium();
    app = await startApp(freshDataDir('sessions'));
    page = await openPage(browser, app.url);
  });
  afterAll(async () => {
    await app?.stop();
    await browser?.close();
  });

  it('should register the secretary on first run and two members through the API', async () => {
    await registerAsMember(page, { name: '박전문', committee: '행정복지위원회', role: '전문위원' });
    for (const name of ['김의원', '이의원']) {
      const m = (await invokeInPage(page, 'member:create', { name, committee: '행정복지위원회', role: '의원' })) as { id: string };
      ids[name] = m.id;
    }
    const list = (await invokeInPage(page, 'member:list', {})) as { id: string; name: string; current: boolean }[];
    ids['박전문'] = list.find((m) => m.name === '박전문')!.id;
    expect(list.find((m) => m.current)?.name).toBe('박전문');
    const library = (await invokeInPage(page, 'library:list', {})) as Entry[];
    seocho = library.find((d) => SEOCHO.test(d.title))!;
    expect(seocho).toBeTruthy();
  });

  it('should create a session through the form, with Korean errors and an ordered agenda', async () => {
    await nav(page, '회기').click();
    await page.getByRole('heading', { name: '회기', level: 1 }).waitFor();
    await page.getByText('현재 회기가 없습니다', { exact: false }).waitFor();
    await page.getByRole('button', { name: '새 회기 만들기' }).click();
    const form = page.locator('form.session-form');
    await form.waitFor();

    // Nothing filled in: errors in Korean, next to the fields and in a summary.
    await form.getByRole('button', { name: '회기 만들기' }).click();
    const summary = form.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('회의명을 입력해 주세요');
    expect(await form.getByLabel('회의명').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('회기 번호 (제○회)').fill('331');
    await form.getByLabel('임시회').check();
    await form.getByLabel('위원회', { exact: true }).fill('행정복지위원회');
    await form.getByLabel('회의명').fill('2024년도 주요업무보고 청취');
    await form.getByLabel('시작일').fill('2024-01-22');
    await form.getByLabel('종료일').fill('2024-01-16');
    await form.getByRole('button', { name: '회기 만들기' }).click();
    await expect.poll(() => summary.innerText()).toContain('종료일이 시작일보다 앞설 수 없습니다');
    await form.getByLabel('시작일').fill('2024-01-16');
    await form.getByLabel('종료일').fill('2024-01-22');
    await form.getByLabel('김의원').check();
    await form.getByLabel('이의원').check();

    // Agenda: add two documents, then bring the 서초구 report to the top by keyboard.
    const add = form.getByLabel('안건에 추가할 문서');
    const library = (await invokeInPage(page, 'library:list', {})) as Entry[];
    const other = library.find((d) => OTHER.test(d.title))!;
    await add.selectOption(other.id);
    await form.getByRole('button', { name: '안건에 추가' }).click();
    await add.selectOption(seocho.id);
    await form.getByRole('button', { name: '안건에 추가' }).click();
    const up = form.getByRole('button', { name: `${seocho.title} 위로 옮기기` });
    await up.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => form.locator('.session-order-item .session-order-name').first().innerText()).toBe(seocho.title);
    // Still focused after the move, so a second Enter is harmless at the top.
    expect(await up.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'sessions-form-1280', true);
    const serious = await seriousA11yViolations(page);
    if (serious.length) console.log('session form axe:', JSON.stringify(serious, null, 2));
    expect(serious).toEqual([]);

    await form.getByRole('button', { name: '회기 만들기' }).click();
    await form.waitFor({ state: 'detached' });
    const table = page.locator('.session-table');
    await table.waitFor();
    const first = table.locator('tbody tr').first();
    expect(await first.innerText()).toMatch(/제331회 임시회[\s\S]*현재 회기[\s\S]*행정복지위원회[\s\S]*2024년도 주요업무보고 청취[\s\S]*2024-01-16 ~ 2024-01-22/);
    expect(await page.locator('.session-current-note').innerText()).toContain('지금부터 쓰는 의견은 이 회기에 기록됩니다');

    const sessions = (await invokeInPage(page, 'session:list', {})) as { id: string; current: boolean; memberIds: string[]; agenda: { documentId: string }[] }[];
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.current).toBe(true);
    expect(sessions[0]!.agenda.map((a) => a.documentId)).toEqual([seocho.id, other.id]);
    expect(sessions[0]!.memberIds.sort()).toEqual([ids['김의원'], ids['이의원']].sort());
    await shot(page, 'sessions-list-1280');
  });

  it("should record two members' annotations in the current session", async () => {
    const doc = (await invokeInPage(page, 'document:get', { id: seocho.id })) as { tree: { projects: { id: string; title: string; unit: string }[] } };
    const [p0, p1, p2] = doc.tree.projects;
    const create = async (name: string, key: string, args: Record<string, unknown>) => {
      await invokeInPage(page, 'member:switch', { id: ids[name] });
      const a = (await invokeInPage(page, 'annotation:create', args)) as { id: string; sessionId?: string };
      expect(a.sessionId).toBeTruthy();
      notes[key] = a.id;
    };
    await create('김의원', 'kimQ', { projectId: p0!.id, type: '질의', body: '청렴도 평가 등급이 떨어진 사유와 대책은?', quote: p0!.title });
    await create('김의원', 'kimR', { projectId: p1!.id, type: '자료요구', body: '최근 3년간 민원 처리 현황 자료 제출' });
    await create('김의원', 'kimMemo', { projectId: p1!.id, type: '메모', body: '김의원 개인 메모: 현장 확인' });
    await create('이의원', 'leeC', { projectId: p2!.id, type: '시정요구', body: '예산 집행률이 낮으니 하반기 집행계획을 다시 세울 것' });
    await create('이의원', 'leeQ', { projectId: p0!.id, type: '질의', body: '"따옴표", 쉼표와 =수식 같은 글자도 그대로 나오는지' });
  });

  it('should tell a 의원 profile that answers need a 전문위원/직원 profile', async () => {
    // 이의원 is the profile in use: editing 김의원's note is refused by the service.
    await page.reload();
    await nav(page, '질의답변 정리').click();
    await page.getByText('전문위원 또는 직원 프로필로 바꾸세요', { exact: false }).waitFor();
    const r = row(page, notes.kimQ!);
    await r.getByRole('textbox', { name: /^답변자/ }).fill('감사담당관');
    await r.getByRole('textbox', { name: /^답변자/ }).blur();
    const alert = r.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('전문위원·직원만 답변을 기록할 수 있습니다');
    const notice = page.locator('.notices .notice-error');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/입력한 답변을 저장하지 못했습니다[\s\S]*다른 사람이 쓴 의견은 고치거나 지울 수 없습니다[\s\S]*전문위원 또는 직원이어야 합니다/);
    await shot(page, 'secretary-forbidden-1280');
  });

  it("should let the secretary fill answers in the table, sort, filter and bulk-change status", async () => {
    await invokeInPage(page, 'member:switch', { id: ids['박전문'] });
    await page.reload();
    await nav(page, '질의답변 정리').click();
    await page.locator('.sec-table').waitFor();
    expect(await page.getByText('전문위원 또는 직원 프로필로 바꾸세요', { exact: false }).count()).toBe(0);
    // Four shared notes; 김의원's private 메모 is not shown to the secretary.
    await expect.poll(() => page.locator('.sec-table tbody tr').count()).toBe(4);
    const text = await page.locator('.sec-table').innerText();
    expect(text).not.toContain('개인 메모');
    for (const h of ['사업번호', '사업명', '부서', '의원명', '구분', '내용', '답변자', '답변 요지', '조치사항', '처리기한', '조치상태']) expect(text).toContain(h);
    expect(await row(page, notes.kimR!).locator('th').innerText()).toMatch(/감사담당관[\s\S]*2\.[\s\S]*예산 현황/);

    // 김의원's 질의: 답변자, 답변 요지, 조치사항, 조치상태 and 답변완료.
    const kimQ = row(page, notes.kimQ!);
    await kimQ.getByRole('textbox', { name: /^답변자/ }).fill('감사담당관');
    await kimQ.getByRole('textbox', { name: /^답변 요지/ }).fill('청렴 교육을 강화하고 취약 분야를 집중 점검하겠습니다.');
    await kimQ.getByRole('textbox', { name: /^조치사항/ }).fill('상반기 중 청렴 교육 2회 실시');
    await kimQ.getByRole('combobox', { name: /^조치상태/ }).selectOption('추진중');
    await kimQ.getByRole('combobox', { name: /^답변상태/ }).selectOption('답변완료');
    await expect.poll(() => kimQ.locator('.sec-save').innerText()).toContain('저장됨');

    // 자료요구: 처리기한 and 수령.
    const kimR = row(page, notes.kimR!);
    await kimR.getByLabel(/^처리기한/).fill('2024-02-28');
    await kimR.getByRole('checkbox', { name: /^자료 수령/ }).check();
    await kimR.getByLabel(/^처리기한/).blur();
    await expect.poll(() => kimR.locator('.sec-save').innerText()).toContain('저장됨');
    expect(await row(page, notes.leeC!).getByRole('checkbox', { name: /^자료 수령/ }).count()).toBe(0);

    // Typing then waiting (no blur) also saves, after the pause.
    const leeQ = row(page, notes.leeQ!);
    await leeQ.getByRole('textbox', { name: /^답변자/ }).pressSequentially('기획예산과장');
    await expect.poll(() => leeQ.locator('.sec-save').innerText(), { timeout: 5000 }).toContain('저장됨');

    const stored = (await invokeInPage(page, 'annotation:list', { sessionId: (await currentSessionId(page)) })) as Note[];
    const byId = new Map(stored.map((n) => [n.id, n]));
    expect(byId.get(notes.kimQ!)).toMatchObject({ status: '답변완료', answer: { responder: '감사담당관', summary: '청렴 교육을 강화하고 취약 분야를 집중 점검하겠습니다.', action: '상반기 중 청렴 교육 2회 실시', actionStatus: '추진중' } });
    expect(byId.get(notes.kimR!)).toMatchObject({ answer: { dueDate: '2024-02-28', received: true } });
    expect(byId.get(notes.leeQ!)?.answer?.responder).toBe('기획예산과장');

    // Sort by 의원명 with the mouse, then by 구분 with the keyboard.
    const memberHeader = page.locator('.sec-table thead th', { hasText: '의원명' });
    await memberHeader.getByRole('button').click();
    expect(await memberHeader.getAttribute('aria-sort')).toBe('ascending');
    const members = await page.locator('.sec-table tbody .sec-member').allInnerTexts();
    expect(members).toEqual([...members].sort((a, b) => a.localeCompare(b, 'ko')));
    await memberHeader.getByRole('button').press('Enter');
    expect(await memberHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await page.locator('.sec-table tbody .sec-member').first().innerText()).toBe('이의원');
    const typeHeader = page.locator('.sec-table thead th', { hasText: '구분' });
    await typeHeader.getByRole('button').focus();
    await page.keyboard.press('Enter');
    expect(await typeHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(await page.locator('.sec-table tbody .sec-type').allInnerTexts()).toEqual(['질의', '질의', '시정요구', '자료요구']);

    // Filter by member.
    await page.getByLabel('의원', { exact: true }).selectOption('이의원');
    await expect.poll(() => page.locator('.sec-table tbody tr').count()).toBe(2);
    expect(await page.locator('.sec-count').innerText()).toContain('4건 중 2건');

    // Bulk: select 이의원's two notes, set 조치상태 to 장기검토.
    await page.getByRole('checkbox', { name: '보이는 의견 모두 선택' }).check();
    await page.getByLabel('바꿀 조치상태').selectOption('장기검토');
    await page.getByRole('button', { name: '선택한 2건 조치상태 변경' }).click();
    await page.getByText('2건을 바꾸었습니다.').first().waitFor();
    await page.getByRole('button', { name: '조건 지우기' }).click();
    await expect.poll(() => page.locator('.sec-table tbody tr').count()).toBe(4);
    expect(await row(page, notes.leeC!).getByRole('combobox', { name: /^조치상태/ }).inputValue()).toBe('장기검토');
    expect(await row(page, notes.leeQ!).getByRole('combobox', { name: /^조치상태/ }).inputValue()).toBe('장기검토');
    expect(await row(page, notes.kimQ!).getByRole('combobox', { name: /^조치상태/ }).inputValue()).toBe('추진중');
    await page.getByRole('button', { name: '선택 해제' }).click();
  });

  it('should pass axe and fit the table at 1280×800 and at 200% text size', async () => {
    // Hearing order again for the pictures.
    await page.reload();
    await nav(page, '질의답변 정리').click();
    await page.locator('.sec-table').waitFor();
    const serious = await seriousA11yViolations(page);
    if (serious.length) console.log('secretary axe:', JSON.stringify(serious, null, 2));
    expect(serious).toEqual([]);
    await shot(page, 'secretary-table-1280');
    await shot(page, 'secretary-table-1280-full', true);
    // Scrolled to the answer columns: the row's identity and save state stay in view.
    await page.locator('.sec-table-wrap').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.locator('.sec-table-wrap').scrollIntoViewIfNeeded();
    await shot(page, 'secretary-table-1280-right');
    await page.locator('.sec-table-wrap').evaluate((el) => el.scrollTo({ left: 0 }));
    await page.getByLabel('고대비').check();
    await shot(page, 'secretary-table-1280-contrast');
    await page.getByLabel('고대비').uncheck();
    await makeTextLarger(page, 4);
    await expect.poll(() => page.locator('.text-size').innerText()).toContain('200%');
    await page.locator('.sec-table').scrollIntoViewIfNeeded();
    await shot(page, 'secretary-table-200');
    await shot(page, 'secretary-table-200-full', true);
    // The page itself does not scroll sideways: the table scrolls inside its own box.
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view + 1);
    const wrap = await page.locator('.sec-table-wrap').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(wrap.scroll).toBeGreaterThan(wrap.client);
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: '글자 작게' }).click();
  });

  it('should export the minutes workbook with a progress bar and download it with the default name', async () => {
    await page.evaluate(() => {
      const w = window as unknown as { sawProgress: boolean };
      w.sawProgress = false;
      new MutationObserver(() => {
        if (document.querySelector('.sec-export-progress progress')) w.sawProgress = true;
      }).observe(document.body, { subtree: true, childList: true });
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '회의록 엑셀 내보내기' }).click()]);
    expect(download.suggestedFilename()).toBe(FILE_NAME);
    const path = join(screenshotDir, '..', FILE_NAME);
    await download.saveAs(path);
    await page.getByText(`‘${FILE_NAME}’ 파일을 저장했습니다.`).waitFor();
    expect(await page.evaluate(() => (window as unknown as { sawProgress: boolean }).sawProgress)).toBe(true);

    const wb = XLSX.read(readFileSync(path), { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['개요', '질의답변', '부서별 집계', '자료요구', '후속조치']);
    const qa = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['질의답변']!);
    expect(qa).toHaveLength(4);
    expect(qa.some((r) => String(r['내용']).includes('개인 메모'))).toBe(false);
    const kimQ = qa.find((r) => r['의원명'] === '김의원' && r['구분'] === '질의')!;
    expect(kimQ).toMatchObject({ 답변자: '감사담당관', '답변 요지': '청렴 교육을 강화하고 취약 분야를 집중 점검하겠습니다.', 조치사항: '상반기 중 청렴 교육 2회 실시', 조치상태: '추진중' });
    expect(String(kimQ['내용'])).toContain('청렴도 평가 등급이 떨어진 사유와 대책은?');
    const kimR = qa.find((r) => r['구분'] === '자료요구')!;
    expect(kimR).toMatchObject({ 의원명: '김의원', 처리기한: '2024-02-28' });
    const lee = qa.filter((r) => r['의원명'] === '이의원');
    expect(lee.map((r) => r['조치상태'])).toEqual(['장기검토', '장기검토']);
    expect(lee.map((r) => r['내용'])).toContain('"따옴표", 쉼표와 =수식 같은 글자도 그대로 나오는지');
    expect(lee.find((r) => r['구분'] === '질의')?.['답변자']).toBe('기획예산과장');
    const requests = XLSX.utils.sheet_to_json<Record<string, string>>(wb.Sheets['자료요구']!);
    expect(requests).toHaveLength(1);
    expect(JSON.stringify(requests[0])).toContain('수령');
  });

  it('should export only the chosen sheets, and the 질의답변 sheet as CSV', async () => {
    const panel = page.locator('.sec-export');
    for (const name of ['개요', '부서별 집계', '후속조치']) await panel.getByLabel(name, { exact: true }).uncheck();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: '회의록 엑셀 내보내기' }).click()]);
    const path = join(screenshotDir, '..', 'minutes-two-sheets.xlsx');
    await download.saveAs(path);
    expect(XLSX.read(readFileSync(path), { type: 'buffer' }).SheetNames).toEqual(['질의답변', '자료요구']);

    await panel.getByLabel('김의원', { exact: true }).check();
    const [csv] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'CSV로 내보내기' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^제331회_행정복지위원회_회의록_2024-01-16\.csv$/);
    const csvPath = join(screenshotDir, '..', csv.suggestedFilename());
    await csv.saveAs(csvPath);
    const body = readFileSync(csvPath, 'utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    expect(body).toContain('청렴 교육을 강화하고 취약 분야를 집중 점검하겠습니다.');
    expect(body).not.toContain('이의원');
    await shot(page, 'secretary-export-1280');
  });

  it('should edit a session and make an older one current again', async () => {
    const next = (await invokeInPage(page, 'session:create', {
      number: 332, kind: '정례회', committee: '행정복지위원회', title: '행정사무감사', startDate: '2024-06-10', endDate: '2024-06-14',
    })) as { id: string; current: boolean };
    expect(next.current).toBe(true);
    await nav(page, '회기').click();
    const table = page.locator('.session-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').first().innerText()).toMatch(/제332회 정례회[\s\S]*현재 회기/);

    // Edit 332's title through the form.
    await page.getByRole('button', { name: '제332회 정례회 수정' }).click();
    const form = page.locator('form.session-form');
    await form.getByLabel('회의명').fill('2024년도 행정사무감사');
    // Agenda with units, in hearing order: the second unit moved before the first.
    await form.getByLabel('안건에 추가할 문서').selectOption(seocho.id);
    await form.getByRole('button', { name: '안건에 추가' }).click();
    await form.getByRole('button', { name: /부서 고르기/ }).click();
    const units = form.locator('.session-units-body .session-check');
    await units.first().waitFor();
    const names = (await units.allInnerTexts()).slice(0, 2).map((x) => x.trim());
    for (const name of names) await form.getByRole('checkbox', { name, exact: true }).check();
    await form.getByRole('button', { name: `${names[1]} 위로 옮기기` }).click();
    await form.getByRole('button', { name: '저장' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => table.innerText()).toContain('2024년도 행정사무감사');
    const edited = ((await invokeInPage(page, 'session:list', {})) as { id: string; title: string; agenda: { documentId: string; units: string[] }[] }[]).find((x) => x.id === next.id)!;
    expect(edited.title).toBe('2024년도 행정사무감사');
    expect(edited.agenda).toEqual([{ documentId: seocho.id, units: [names[1], names[0]] }]);

    // Back to 331 as the current session: new notes go there.
    await page.getByRole('button', { name: '제331회 임시회를 현재 회기로 지정' }).click();
    await expect.poll(() => page.locator('.session-current-note').innerText()).toContain('제331회 임시회');
    expect(await currentSessionId(page)).not.toBe(next.id);

    // The secretary's table follows the session chosen in its select.
    await nav(page, '질의답변 정리').click();
    await page.locator('.sec-table').waitFor();
    await page.getByLabel('회기 선택').selectOption(next.id);
    await page.getByText('이 회기에 기록된 의견이 없습니다.').waitFor();
  });
});

async function currentSessionId(page: Page): Promise<string> {
  const list = (await invokeInPage(page, 'session:list', {})) as { id: string; current: boolean }[];
  return list.find((s) => s.current)!.id;
}
