// Shared steps of the chamber console's browser tests: the app's dictionaries (assertions follow the
// translations instead of copying them), API calls for set-up and for checking what was stored, and the
// stable hooks of the pages (data attributes, not texts). The general ones are in @oryndau/testing.
import { devLoginToken, expectAccessible, graphqlAs, graphqlRequest, type Lang, type Page } from '@oryndau/testing';
import { en as uiEn, kk as uiKk, ru as uiRu } from '../../../packages/ui/src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { kk } from '../src/i18n/kk.ts';
import { ru } from '../src/i18n/ru.ts';

/** The strings as the app has them: the shared ones of @oryndau/ui (enum labels, …) and the app's under `app`. */
export type Dictionary = typeof uiEn & typeof en;

const DICTIONARIES: Record<Lang, Dictionary> = { en: { ...uiEn, ...en }, kk: { ...uiKk, ...kk }, ru: { ...uiRu, ...ru } };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** The chamber of a chamber official's grant. */
export async function officialChamberId(apiUrl: string, token: string): Promise<string> {
  const data = await graphqlAs(apiUrl, token)<{ viewer: { roles: { role: string; chamber: { id: string } | null }[] } }>(
    '{ viewer { roles { role chamber { id } } } }',
  );
  const id = data.viewer.roles.find((g) => g.role === 'CHAMBER_OFFICIAL')?.chamber?.id;
  if (!id) throw new Error('The viewer is not a chamber official.');
  return id;
}

/** Opens a top-level section through the navigation, as a user would, waits for its heading and checks it with axe-core. */
export async function openSection(page: Page, path: string): Promise<void> {
  await page.locator(`.or-nav a[href$="${path}"]`).click();
  await page.waitForURL((url) => url.pathname.endsWith(path));
  await page.locator('main h1').waitFor();
  await expectAccessible(page, { name: `section ${path}` });
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
  const data = await graphqlAs(apiUrl, token)<{ node: StoredAssignment | null }>(
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
    const data = await graphqlAs(apiUrl, token)<{ myCases: { edges: { node: { id: string } }[] } }>('{ myCases(first: 100) { edges { node { id } } } }');
    if (data.myCases.edges.some((e) => e.node.id === proceedingId)) return user.login;
  }
  return null;
}
