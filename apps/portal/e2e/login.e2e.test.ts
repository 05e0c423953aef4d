// Browser test: the portal app against the real API on a fresh database, in headless Chromium.
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

const LOGIN = 'aigerim';
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
  const app = await startApp(appDir('portal'), { apiUrl });
  cleanup.add(app.close);
  appUrl = app.url;
  browser = await launchBrowser();
  cleanup.add(browser.close);
});

afterAll(() => cleanup.run());

describe('portal: sign-in', () => {
  it('lists on the login screen only the demo users with a role this app serves', async () => {
    const { page } = browser;
    await page.goto(appUrl);
    await demoUserButton(page, LOGIN).waitFor();
    for (const login of ['timur', 'kazlogistics']) expect(await demoUserButton(page, login).count(), login).toBe(1);
    for (const login of ['chamber.almaty', 'inspector', 'bailiff']) expect(await demoUserButton(page, login).count(), login).toBe(0);
    console.log(`portal login screen: ${await screenshot(page, 'portal-login')}`);
  });

  it('finds a demo user by name or login', async () => {
    const { page } = browser;
    await page.locator('#demo-user-filter').fill('TIMUR');
    await demoUserButton(page, 'timur').waitFor();
    expect(await demoUserButton(page, 'aigerim').count()).toBe(0);
    await page.locator('#demo-user-filter').fill('');
    await demoUserButton(page, LOGIN).waitFor();
  });

  it('shows a user error of the API against the login field', async () => {
    const { page } = browser;
    await page.locator('input[name="login"]').fill('no.such.user');
    await page.locator('form button[type="submit"]').click();
    await page.locator('.or-error-summary').waitFor();
    expect(await page.locator('.or-field--error .or-field__error').textContent()).toContain('no.such.user');
    expect(await page.locator('input[name="login"]').getAttribute('aria-invalid')).toBe('true');
    // The summary links to the field at fault.
    const target = await page.locator('.or-error-summary a').getAttribute('href');
    expect(target).toBe(`#${await page.locator('input[name="login"]').getAttribute('id')}`);
    await page.locator('input[name="login"]').fill('');
  });

  it('an applicant signs in as a demo user and sees their name', async () => {
    const { page } = browser;
    const user = await demoUser(apiUrl, LOGIN);
    await signInAsDemoUser(page, LOGIN);
    await page.locator('.or-viewer-card').getByText(user.displayName, { exact: true }).waitFor();
    expect(await page.locator('h1').textContent()).toContain(user.displayName);
    const file = await screenshot(page, 'portal-home');
    console.log(`portal home page screenshot: ${file}`);
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
    console.log(`portal home page in Kazakh: ${await screenshot(page, 'portal-home-kk')}`);
    await signOut(page);
    await demoUserButton(page, LOGIN).waitFor();
    expect(browser.errors).toEqual([]);
  });
});
