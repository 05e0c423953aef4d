// Steps through the shared UI of @oryndau/ui, by its stable hooks (data attributes, roles) rather
// than by text, which changes with the language. Every page these steps land on is checked with axe-core's
// WCAG 2.1 AA rules (./axe.ts), in the language it is shown in.
import type { Page } from 'playwright-core';
import { expectAccessible } from './axe.ts';

/** The login screen's button for a demo user. */
export const demoUserButton = (page: Page, login: string) => page.locator(`button.or-demo-user[data-login="${login}"]`);

/**
 * Signs in on the login screen by clicking the demo user's button; waits until the app shows the user. Checks
 * the login screen and the page signed in to with axe-core (WCAG 2.1 AA).
 */
export async function signInAsDemoUser(page: Page, login: string, { timeoutMs = 30_000 } = {}): Promise<void> {
  const button = demoUserButton(page, login);
  await button.waitFor({ state: 'visible', timeout: timeoutMs });
  await expectAccessible(page, { name: 'login screen', timeoutMs });
  await button.click();
  await page.locator('.or-user-menu__login', { hasText: login }).waitFor({ state: 'visible', timeout: timeoutMs });
  await expectAccessible(page, { name: `signed in as ${login}`, timeoutMs });
}

/** Logs out through the user menu; waits for the login screen and checks it with axe-core (WCAG 2.1 AA). */
export async function signOut(page: Page, { timeoutMs = 30_000 } = {}): Promise<void> {
  await page.locator('.or-user-menu button').click();
  await page.locator('.or-login').waitFor({ state: 'visible', timeout: timeoutMs });
  await expectAccessible(page, { name: 'login screen after logout', timeoutMs });
}

/**
 * Switches the UI language with the switcher in the header, waits until <html lang> follows, and checks the
 * page in that language with axe-core (WCAG 2.1 AA).
 */
export async function chooseLanguage(page: Page, lang: Lang, { name, timeoutMs = 30_000 }: { name?: string; timeoutMs?: number } = {}): Promise<void> {
  await page.locator(`.or-language__option[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: timeoutMs });
  await expectAccessible(page, { name: name ?? new URL(page.url()).pathname, timeoutMs });
}

/**
 * Opens an address, waits for `ready` (a selector of the page's content, default `main h1`) and checks the page
 * with axe-core (WCAG 2.1 AA).
 */
export async function openPage(page: Page, url: string, { ready = 'main h1', name, timeoutMs = 30_000 }: { ready?: string; name?: string; timeoutMs?: number } = {}): Promise<void> {
  await page.goto(url);
  await page.locator(ready).first().waitFor({ state: 'visible', timeout: timeoutMs });
  await expectAccessible(page, { name: name ?? new URL(page.url()).pathname, timeoutMs });
}

/** The languages of the apps' UI. */
export type Lang = 'kk' | 'ru' | 'en';

/** The current UI language of the page (the apps mirror it on <html lang>). */
export async function uiLanguage(page: Page): Promise<Lang> {
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== 'kk' && lang !== 'ru' && lang !== 'en') throw new Error(`Unexpected UI language: ${lang}`);
  return lang;
}
