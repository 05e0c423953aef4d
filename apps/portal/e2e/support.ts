// Shared steps of the portal's enforcement browser tests: the dictionary of the UI language (so that the
// assertions follow the translations rather than copy them), the application form, and API calls for set-up
// and for checking what was (or was not) stored.
import { almatyToday, devLoginToken, expectAccessible, graphqlRequest, type Lang, type Page } from '@oryndau/testing';
import { en as uiEn, kk as uiKk, ru as uiRu } from '../../../packages/ui/src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { kk } from '../src/i18n/kk.ts';
import { ru } from '../src/i18n/ru.ts';

/** The portal's own strings, and under `ui` the shared ones (enum labels, user errors). */
export type Dictionary = typeof en & { ui: typeof uiEn };

const DICTIONARIES: Record<Lang, Dictionary> = { en: { ...en, ui: uiEn }, kk: { ...kk, ui: uiKk }, ru: { ...ru, ui: uiRu } };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}

/** Switches the UI language with the switcher in the header; checks the page in that language with axe-core. */
export async function chooseLanguage(page: Page, lang: Lang): Promise<Dictionary> {
  await page.locator(`.or-language__option[lang="${lang}"]`).click();
  await page.waitForFunction((l) => document.documentElement.lang === l, lang);
  await expectAccessible(page, { name: new URL(page.url()).pathname });
  return dictionary(lang);
}

/** The Asia/Almaty calendar date `days` days before now ("YYYY-MM-DD"). */
export function almatyDaysAgo(days: number): string {
  return almatyToday(-days);
}

// IINs with a valid control digit (checked by the API: 12 digits, weights 1..11 then 3..11,1,2).
export const CLAIMANT = { name: 'Сапар Айгерим Нурлановна', idNumber: '910412418623', address: 'г. Алматы, ул. Казыбек би, д. 23', phone: '+7 701 555 12 34', email: 'aigerim.sapar@mail.kz' };
export const DEBTOR = { name: 'Ахметов Ерлан Болатович', idNumber: '850302300127', address: 'г. Алматы, пр. Абая, д. 150, кв. 12' };
/** The debtor's IIN with a wrong control digit. */
export const INVALID_IIN = '850302300128';

export interface Places {
  almatyCity: string;
  bostandyk: string;
}

/** The ids of Almaty City and its Bostandyk district (reference data of the API). */
export async function places(apiUrl: string): Promise<Places> {
  const data = await graphqlRequest<{ regions: { id: string; code: string; districts: { id: string; code: string }[] }[] }>(
    apiUrl,
    '{ regions { id code districts { id code } } }',
  );
  const almaty = data.regions.find((r) => r.code === 'ALA');
  const bostandyk = almaty?.districts.find((d) => d.code === 'ALA-BOSTANDYK');
  if (!almaty || !bostandyk) throw new Error('The API has no Almaty City / Bostandyk district.');
  return { almatyCity: almaty.id, bostandyk: bostandyk.id };
}

/** What the tests of a signed-in applicant set up first: a token for calling the API as them, and the places. */
export async function applicant(apiUrl: string, login: string): Promise<{ token: string; where: Places }> {
  return { token: await devLoginToken(apiUrl, login), where: await places(apiUrl) };
}

export interface FormValues {
  debtorIdNumber?: string;
  requestsWrit?: boolean;
  documents?: string[];
  caseNumber?: string;
}

/** Fills the whole application form on /apply/enforcement (the page must be open). */
export async function fillApplication(page: Page, where: Places, values: FormValues = {}): Promise<void> {
  const input = (name: string) => page.locator(`[name="${name}"]`);
  await input('claimant.name').fill(CLAIMANT.name);
  await input('claimant.idNumber').fill(CLAIMANT.idNumber);
  await input('claimant.address').fill(CLAIMANT.address);
  await input('claimant.phone').fill(CLAIMANT.phone);
  await input('claimant.email').fill(CLAIMANT.email);
  await input('debtor.name').fill(DEBTOR.name);
  await input('debtor.idNumber').fill(values.debtorIdNumber ?? DEBTOR.idNumber);
  await input('debtor.address').fill(DEBTOR.address);
  await input('executiveDocument.court').fill('Бостандыкский районный суд г. Алматы');
  await input('executiveDocument.caseNumber').fill(values.caseNumber ?? '7514-26-00-2/4410');
  await input('executiveDocument.issuedOn').fill(almatyDaysAgo(40));
  await page.locator('input[name="executiveDocument.category"][value="PRIVATE_CLAIM"]').check();
  await input('executiveDocument.amountTenge').fill('1 250 000,50');
  await input('executiveDocument.region').selectOption(where.almatyCity);
  await input('executiveDocument.districtId').selectOption(where.bostandyk);
  if (values.requestsWrit) await page.locator('input[name="requestsWrit"]').check();
  for (const kind of values.documents ?? ['EXECUTIVE_DOCUMENT']) await page.locator(`input[name="documents"][value="${kind}"]`).check();
}

export interface StoredApplication {
  id: string;
  number: string;
  status: string;
  missingDocuments: string[];
  executiveDocument: { id: string; status: string; routing: string } | null;
  stages: { stage: string; actorRole: string | null; at: string }[];
}

const APPLICATION_FIELDS = 'id number status missingDocuments executiveDocument { id status routing } stages { stage actorRole at }';

/** The viewer's applications as the API has them, newest first (up to 100). */
export async function storedApplications(apiUrl: string, token: string): Promise<StoredApplication[]> {
  const data = await graphqlRequest<{ applications: { edges: { node: StoredApplication }[] } }>(
    apiUrl,
    `{ applications(first: 100) { edges { node { ${APPLICATION_FIELDS} } } } }`,
    {},
    token,
  );
  return data.applications.edges.map((e) => e.node);
}

/** Submits an application through the API (set-up for pages that are not about the form). */
export async function submitThroughApi(apiUrl: string, token: string, where: Places, caseNumber: string): Promise<StoredApplication> {
  const data = await graphqlRequest<{
    submitEnforcementApplication: { accepted: boolean | null; userErrors: { message: string }[]; application: StoredApplication | null };
  }>(
    apiUrl,
    `mutation ($input: SubmitEnforcementApplicationInput!) {
      submitEnforcementApplication(input: $input) { accepted userErrors { message } application { ${APPLICATION_FIELDS} } }
    }`,
    {
      input: {
        claimant: { name: CLAIMANT.name, idNumber: CLAIMANT.idNumber },
        debtor: DEBTOR,
        executiveDocument: {
          court: 'Бостандыкский районный суд г. Алматы',
          caseNumber,
          issuedOn: almatyDaysAgo(40),
          category: 'PRIVATE_CLAIM',
          amountTenge: 480_000,
          districtId: where.bostandyk,
        },
        documents: ['EXECUTIVE_DOCUMENT'],
      },
    },
    token,
  );
  const payload = data.submitEnforcementApplication;
  if (!payload.accepted || !payload.application) throw new Error(`Not accepted: ${JSON.stringify(payload)}`);
  return payload.application;
}

/**
 * A `DateTime` as the portal shows it: long date and short time in the UI language (CLDR, from Node's full
 * ICU), in Asia/Almaty unless another zone is given.
 */
export function almatyDateTime(instant: string, lang: Lang, timeZone = 'Asia/Almaty'): string {
  const tag = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' }[lang];
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(instant));
}
