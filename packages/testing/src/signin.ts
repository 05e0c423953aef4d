// The sign-in suite every app runs: its login screen, a demo user signing in, the session kept across a reload,
// the language switcher and logging out — against the real API on a fresh database, in headless Chromium.
// Every screen of it is checked with axe-core's WCAG 2.1 AA rules, in each language it is shown in.
import { describe, expect, it } from 'vitest';
import { expectAccessible } from './axe.ts';
import { screenshot } from './browser.ts';
import { demoUser } from './graphql.ts';
import type { AppName } from './paths.ts';
import { useAppUnderTest } from './suite.ts';
import { demoUserButton, signInAsDemoUser, signOut } from './ui.ts';

export interface SignInSuiteOptions {
  app: AppName;
  /** The demo user who signs in. */
  login: string;
  /** Who that is, for the name of the test: `'a chamber official'` → "a chamber official signs in as a demo user…". */
  who: string;
  /** Other demo users the login screen lists (a role the app serves). */
  visible: string[];
  /** Demo users the login screen does not list (no role the app serves). */
  hidden: string[];
  /** Also checks the filter of the demo-user list: typing `query` shows `finds` and no longer `hides`. */
  filter?: { query: string; finds: string; hides: string };
  /** Also checks that the API's user error for this unknown login is shown against the login field. */
  unknownLogin?: string;
}

/** Registers the suite "<app>: sign-in" (with its own database, API, app and browser). */
export function describeSignIn({ app, login, who, visible, hidden, filter, unknownLogin }: SignInSuiteOptions): void {
  describe(`${app}: sign-in`, () => {
    const stack = useAppUnderTest(app);

    it('lists on the login screen only the demo users with a role this app serves', async () => {
      const { page } = stack;
      await page.goto(stack.appUrl);
      await demoUserButton(page, login).waitFor();
      for (const other of visible) expect(await demoUserButton(page, other).count(), other).toBe(1);
      for (const other of hidden) expect(await demoUserButton(page, other).count(), other).toBe(0);
      await expectAccessible(page, { name: `${app} login screen` });
      console.log(`${app} login screen: ${await screenshot(page, `${app}-login`)}`);
    });

    if (filter) {
      it('finds a demo user by name or login', async () => {
        const { page } = stack;
        await page.locator('#demo-user-filter').fill(filter.query);
        await demoUserButton(page, filter.finds).waitFor();
        expect(await demoUserButton(page, filter.hides).count()).toBe(0);
        await expectAccessible(page, { name: `${app} login screen, filtered` });
        await page.locator('#demo-user-filter').fill('');
        await demoUserButton(page, login).waitFor();
      });
    }

    if (unknownLogin) {
      it('shows a user error of the API against the login field', async () => {
        const { page } = stack;
        await page.locator('input[name="login"]').fill(unknownLogin);
        await page.locator('form button[type="submit"]').click();
        await page.locator('.or-error-summary').waitFor();
        expect(await page.locator('.or-field--error .or-field__error').textContent()).toContain(unknownLogin);
        expect(await page.locator('input[name="login"]').getAttribute('aria-invalid')).toBe('true');
        // The summary links to the field at fault.
        const target = await page.locator('.or-error-summary a').getAttribute('href');
        expect(target).toBe(`#${await page.locator('input[name="login"]').getAttribute('id')}`);
        await expectAccessible(page, { name: `${app} login screen with a user error` });
        await page.locator('input[name="login"]').fill('');
      });
    }

    it(`${who} signs in as a demo user and sees their name`, async () => {
      const { page } = stack;
      const user = await demoUser(stack.apiUrl, login);
      await signInAsDemoUser(page, login);
      await page.locator('.or-viewer-card').getByText(user.displayName, { exact: true }).waitFor();
      expect(await page.locator('h1').textContent()).toContain(user.displayName);
      const file = await screenshot(page, `${app}-home`);
      console.log(`${app} home page screenshot: ${file}`);
    });

    it('keeps the session across a reload, speaks the chosen language, and logs out', async () => {
      const { page } = stack;
      await page.reload();
      await page.locator('.or-viewer-card').waitFor();
      await page.locator('.or-language__option[lang="ru"]').click();
      // the portal loads a language's dictionary on demand: the switch shows once it has arrived
      await page.locator('.or-user-menu button', { hasText: 'Выйти' }).waitFor();
      expect(await page.locator('.or-user-menu button').textContent()).toBe('Выйти');
      expect(await page.locator('html').getAttribute('lang')).toBe('ru');
      await expectAccessible(page, { name: `${app} home` });
      await page.locator('.or-language__option[lang="kk"]').click();
      // the portal loads a language's dictionary on demand: the switch shows once it has arrived
      await page.locator('.or-user-menu button', { hasText: 'Шығу' }).waitFor();
      expect(await page.locator('.or-user-menu button').textContent()).toBe('Шығу');
      await expectAccessible(page, { name: `${app} home` });
      console.log(`${app} home page in Kazakh: ${await screenshot(page, `${app}-home-kk`)}`);
      await signOut(page);
      await demoUserButton(page, login).waitFor();
      expect(stack.browser.errors).toEqual([]);
    });
  });
}
