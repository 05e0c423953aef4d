// Browser test: the oversight app against the real API on a fresh database, in headless Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appDir,
  Cleanup,
  createTestDatabase,
  demoUser,
  demoUserButton,
  launchBrowser,
  screenshot,
  signInAsDemoUser,
  signOut,
  startApi,
  startApp,
  type TestBrowser,
} from '@oryndau/testing';

const LOGIN = 'inspector';
const cleanup = new Cleanup();
let apiUrl = '';
let appUrl = '';
let browser: TestBrowser;

beforeAll(async () => {
  const db = await createTestDatabase();
  cleanup.add(db.drop);
  const api = await startApi({ databaseUrl: db.url });
  cleanup.add(api.stop);
  apiUrl = api.url;
  const app = await startApp(appDir('oversight'), { apiUrl });
  cleanup.add(app.close);
  appUrl = app.url;
  browser = await launchBrowser();
  cleanup.add(browser.close);
});

afterAll(() => cleanup.run());

describe('oversight: sign-in', () => {
  it('lists on the login screen only the demo users with a role this app serves', async () => {
    const { page } = browser;
    await page.goto(appUrl);
    await demoUserButton(page, LOGIN).waitFor();
    for (const login of ['quality']) expect(await demoUserButton(page, login).count(), login).toBe(1);
    for (const login of ['aigerim', 'chamber.almaty', 'bailiff']) expect(await demoUserButton(page, login).count(), login).toBe(0);
    console.log(`oversight login screen: ${await screenshot(page, 'oversight-login')}`);
  });

  it('a ministry inspector signs in as a demo user and sees their name', async () => {
    const { page } = browser;
    const user = await demoUser(apiUrl, LOGIN);
    await signInAsDemoUser(page, LOGIN);
    await page.locator('.or-viewer-card').getByText(user.displayName, { exact: true }).waitFor();
    expect(await page.locator('h1').textContent()).toContain(user.displayName);
    const file = await screenshot(page, 'oversight-home');
    console.log(`oversight home page screenshot: ${file}`);
  });

  it('keeps the session across a reload, speaks the chosen language, and logs out', async () => {
    const { page } = browser;
    await page.reload();
    await page.locator('.or-viewer-card').waitFor();
    await page.locator('.or-language__option[lang="ru"]').click();
    expect(await page.locator('.or-user-menu button').textContent()).toBe('Выйти');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    await page.locator('.or-language__option[lang="kk"]').click();
    expect(await page.locator('.or-user-menu button').textContent()).toBe('Шығу');
    console.log(`oversight home page in Kazakh: ${await screenshot(page, 'oversight-home-kk')}`);
    await signOut(page);
    await demoUserButton(page, LOGIN).waitFor();
    expect(browser.errors).toEqual([]);
  });
});
