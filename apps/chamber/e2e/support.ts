// Shared steps of the chamber console's browser tests: the app's dictionaries (assertions follow the
// translations instead of copying them), API calls for set-up and for checking what was stored, and the
// stable hooks of the pages (data attributes, not texts).
import { devLoginToken, graphqlRequest, screenshot, type TestBrowser } from '@oryndau/testing';
import { en } from '../src/i18n/en.ts';
import { kk } from '../src/i18n/kk.ts';
import { ru } from '../src/i18n/ru.ts';

export type Page = TestBrowser['page'];
export type Lang = 'kk' | 'ru' | 'en';
export type Dictionary = typeof en;

const DICTIONARIES: Record<Lang, Dictionary> = { en, kk, ru };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The current UI language of the page (mirrored on <html lang>). */
export async function uiLanguage(page: Page): Promise<Lang> {
  const lang = await page.locator('html').getAttribute('lang');
  if (lang !== 'kk' && lang !== 'ru' && lang !== 'en') throw new Error(`Unexpected UI language: ${lang}`);
  return lang;
}

/** A GraphQL call as a demo user. */
export function api(apiUrl: string, token: string) {
  return <T>(query: string, variables: Record<string, unknown> = {}) => graphqlRequest<T>(apiUrl, query, variables, token);
}

/** The chamber of a chamber official's grant. */
export async function officialChamberId(apiUrl: string, token: string): Promise<string> {
  const data = await api(apiUrl, token)<{ viewer: { roles: { role: string; chamber: { id: string } | null }[] } }>(
    '{ viewer { roles { role chamber { id } } } }',
  );
  const id = data.viewer.roles.find((g) => g.role === 'CHAMBER_OFFICIAL')?.chamber?.id;
  if (!id) throw new Error('The viewer is not a chamber official.');
  return id;
}

/** Today in Asia/Almaty, "YYYY-MM-DD". */
export function almatyToday(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** A calendar date plus `days` ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Opens a top-level section through the navigation, as a user would, and waits for its heading. */
export async function openSection(page: Page, path: string): Promise<void> {
  await page.locator(`.or-nav a[href$="${path}"]`).click();
  await page.waitForURL((url) => url.pathname.endsWith(path));
  await page.locator('main h1').waitFor();
}

/** The table row holding an element with `data-<attribute>="<value>"`. */
export function rowWith(page: Page, attribute: string, value: string) {
  return page.locator('tbody tr', { has: page.locator(`[data-${attribute}="${value}"]`) });
}

export interface PoolEntry {
  bailiff: { id: string; name: string };
  count: number;
  eligible: boolean;
  exclusions: string[];
  chosen: boolean;
}

export interface StoredAssignment {
  id: string;
  sequence: number;
  rule: string | null;
  tiedCount: number;
  bailiff: { id: string; name: string };
  document: { id: string; caseNumber: string; status: string; proceeding: { id: string; number: string; registeredAt: string; decisionDueOn: string } | null };
  pool: PoolEntry[];
}

/** An assignment as the API stores it (with its pool: officials of its chamber only). */
export async function storedAssignment(apiUrl: string, token: string, id: string): Promise<StoredAssignment> {
  const data = await api(apiUrl, token)<{ node: StoredAssignment | null }>(
    `query ($id: ID!) { node(id: $id) { ... on Assignment {
      id sequence rule tiedCount bailiff { id name }
      document { id caseNumber status proceeding { id number registeredAt decisionDueOn } }
      pool { bailiff { id name } count eligible exclusions chosen }
    } } }`,
    { id },
  );
  if (!data.node) throw new Error(`No assignment ${id}.`);
  return data.node;
}

/** The demo login whose "My cases" holds the proceedings: how a test finds the appointed bailiff's account. */
export async function loginOfBailiffWithCase(apiUrl: string, proceedingId: string): Promise<string | null> {
  const users = await graphqlRequest<{ demoUsers: { login: string; roles: string[] }[] }>(apiUrl, '{ demoUsers { login roles } }');
  for (const user of users.demoUsers.filter((u) => u.roles.includes('PRIVATE_BAILIFF'))) {
    const token = await devLoginToken(apiUrl, user.login);
    const data = await api(apiUrl, token)<{ myCases: { edges: { node: { id: string } }[] } }>('{ myCases(first: 100) { edges { node { id } } } }');
    if (data.myCases.edges.some((e) => e.node.id === proceedingId)) return user.login;
  }
  return null;
}

/** For `afterEach`: after a failed test, a screenshot of the page, its address and the browser's errors. */
export async function reportFailure(browser: TestBrowser | undefined, context: { task: { name: string; result?: { state?: string } } }): Promise<void> {
  if (!browser || context.task.result?.state !== 'fail') return;
  const file = await screenshot(browser.page, `failed-${context.task.name.slice(0, 40)}`).catch(() => 'no screenshot');
  console.log(`FAILED "${context.task.name}" at ${browser.page.url()}: ${file}\nbrowser errors: ${JSON.stringify(browser.errors)}`);
}
