/**
 * Live sync in the real renderer (browser mode, Debian's Chromium): the 동기화 section of the 보안
 * screen filled in against a CouchDB-compatible server this test starts on 127.0.0.1
 * (express-pouchdb with accounts, `_security` and the app's rules), sync turned on, the Korean
 * status line saying it is connected, and a shared note written in the reader found on the server;
 * a private 메모 is not. Screenshot of the section at 1280×800, axe on the screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, openPage, startApp } from '../helpers/app';
import type { TestCouch } from '../helpers/couch';
import { startCouch } from '../helpers/couch';
import { openDocumentTitled, registerAsMember, saveScreenshot, seriousA11yViolations, writeNewAnnotationByKeyboard } from '../helpers/ui';

describe('동기화 settings', () => {
  let browser: Browser;
  let couch: TestCouch;
  beforeAll(async () => {
    couch = await startCouch();
    await couch.addUser({ name: 'kim', password: 'kim-sync-pw', roles: ['member'] });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await couch?.stop();
  });

  it('connects with address, account and password, says so in Korean, and sends a shared note to the server', async () => {
    const db = await couch.createDb();
    const app = await startApp();
    try {
      const page = await openPage(browser, app.url);
      await registerAsMember(page, { name: '김의원' });
      await page.getByRole('heading', { name: '문서 목록' }).waitFor();

      await page.getByRole('navigation').getByRole('button', { name: '보안' }).click();
      const form = page.locator('form', { has: page.getByRole('heading', { name: '동기화' }) });
      const status = form.getByTestId('sync-status');
      await expect.poll(() => status.innerText()).toBe('동기화 꺼짐');
      await form.getByLabel('서버 주소 (데이터베이스 주소)').fill(`${couch.baseUrl}/${db}`);
      await form.getByLabel('계정').fill('kim');
      await form.getByLabel('비밀번호').fill('kim-sync-pw');
      await form.getByLabel('동기화 사용').check();
      await expect.poll(() => form.innerText()).toContain('이 계정으로 김의원 님의 의견을 올립니다.');
      await form.getByRole('button', { name: '동기화 설정 저장' }).click();
      await expect.poll(() => form.getByRole('alert').innerText()).toBe('동기화 설정을 저장했습니다.');
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^연결됨 · 마지막 동기화 \d{4}-\d\d-\d\d \d\d:\d\d$/);
      // The password is never shown again; the form says one is kept.
      expect(await form.getByLabel('비밀번호').inputValue()).toBe('');
      expect(await form.innerText()).toContain('저장된 비밀번호가 있습니다');
      await form.evaluate((el) => el.scrollIntoView({ block: 'start' })); // the whole section in the picture
      await saveScreenshot(page, 'sync-settings-1280');
      expect(await seriousA11yViolations(page)).toEqual([]);

      // A shared 질의 and a private 메모 written in the reader.
      await page.getByRole('navigation').getByRole('button', { name: '문서' }).click();
      await openDocumentTitled(page, /./);
      await writeNewAnnotationByKeyboard(page, '질의', '동기화로 보내는 질의: 청사 정비 일정은?');
      await writeNewAnnotationByKeyboard(page, '메모', '개인 메모: 서버에 가면 안 됨');

      // Checked on the server itself.
      await expect
        .poll(async () => (await couch.allDocs(db)).filter((d) => d.kind === 'note').map((d) => d.record.body), { timeout: 15_000 })
        .toEqual(['동기화로 보내는 질의: 청사 정비 일정은?']);
      const docs = await couch.allDocs(db);
      expect(JSON.stringify(docs)).not.toContain('개인 메모');
      expect(docs.find((d) => d.kind === 'member')).toMatchObject({ owner: 'kim', record: { name: '김의원' } });

      // Back on 보안: nothing waiting.
      await page.getByRole('navigation').getByRole('button', { name: '보안' }).click();
      await expect.poll(() => status.innerText(), { timeout: 15_000 }).toMatch(/^연결됨/);
      expect(await status.innerText()).not.toContain('대기 중');
    } finally {
      await app.stop();
    }
  });
});
