// Steps through the shared UI of @oryndau/ui, by its stable hooks (data attributes, roles) rather
// than by text, which changes with the language.
import type { Page } from 'playwright-core';

/** The login screen's button for a demo user. */
export const demoUserButton = (page: Page, login: string) => page.locator(`button.or-demo-user[data-login="${login}"]`);

/** Signs in on the login screen by clicking the demo user's button; waits until the app shows the user. */
export async function signInAsDemoUser(page: Page, login: string, { timeoutMs = 30_000 } = {}): Promise<void> {
  const button = demoUserButton(page, login);
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  await button.click();
  await page.locator('.or-user-menu__login', { hasText: login }).waitFor({ state: 'visible', timeout: timeoutMs });
}

/** Logs out through the user menu; waits for the login screen. */
export async function signOut(page: Page, { timeoutMs = 30_000 } = {}): Promise<void> {
  await page.locator('.or-user-menu button').click();
  await page.locator('.or-login').waitFor({ state: 'visible', timeout: timeoutMs });
}

/** The languages of the apps' UI. */
export type Lang = 'kk' | 'ru' | 'en';

/** The current UI language of the page (the apps mirror it on <html lang>). */
export async function uiLanguage(page: Page): Promise<Lang> {
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== 'kk' && lang !== 'ru' && lang !== 'en') throw new Error(`Unexpected UI language: ${lang}`);
  return lang;
}
