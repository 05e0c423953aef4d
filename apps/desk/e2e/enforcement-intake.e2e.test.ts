// Browser test (E1–E4, G2): a justice officer of Almaty City registers a paper application at the desk — the
// receipt shows the number, the route and the access code, with which anyone then follows the stage signed out
// (the public status check, in the portal, signed out), and the claimant — aigerim, whose IIN it is — finds it among
// her applications in the portal, with its stages; a package without the identity document is refused at
// acceptance with what is missing (E3). Against the real API on a fresh database with the demo data, in headless
// Chromium; every page passes axe-core's WCAG 2.1 AA rules, in kk, ru and en.
import { describe, expect, it } from 'vitest';
import { chooseLanguage, expectAccessible, graphqlRequest, screenshot, signInAsDemoUser, useAppUnderTest, type Page } from '@oryndau/testing';
import { intakeEn, intakeKk, intakeRu } from '../src/features/enforcement/strings.ts';

const stack = useAppUnderTest('desk', { signInAs: 'justice.almaty', alsoServe: ['portal'] });
let registered = { number: '', code: '' };

// IINs with a valid control digit (the API checks them)
const CLAIMANT_IIN = '910412418623';
const DEBTOR_IIN = '850302300127';

async function fill(page: Page, caseNumber: string) {
  const type = (name: string, value: string) => page.locator(`input[name="${name}"]`).fill(value);
  await type('claimant.name', 'Сапар Айгерим Нурлановна');
  await type('claimant.idNumber', CLAIMANT_IIN);
  await type('claimant.address', 'г. Алматы, ул. Казыбек би, д. 23');
  await type('debtor.name', 'Ахметов Ерлан Болатович');
  await type('debtor.idNumber', DEBTOR_IIN);
  await type('debtor.address', 'г. Алматы, пр. Абая, д. 150, кв. 12');
  await type('executiveDocument.court', 'Медеуский районный суд г. Алматы');
  await type('executiveDocument.caseNumber', caseNumber);
  await type('executiveDocument.issuedOn', '2026-10-01');
  await page.locator('select[name="executiveDocument.category"]').selectOption('PRIVATE_CLAIM');
  await type('executiveDocument.amountTenge', '1 250 000');
  await page.locator('select[name="executiveDocument.districtId"]').selectOption({ index: 1 });
}

describe('desk: paper intake of enforcement applications', () => {
  it('E1, E4, G2: registered with its route and the bailiff’s term; the access code on the receipt lets anyone follow the stage signed out', async () => {
    const { page } = stack;
    await chooseLanguage(page, 'ru');
    await page.locator('.or-nav a[href="/enforcement/new"]').click();
    await page.locator('form.dk-intake-form').waitFor();
    await expectAccessible(page, { name: 'desk intake form' });
    // the officer registers only in their own region: every district offered is Almaty City's
    const districts = await page.locator('select[name="executiveDocument.districtId"] option').allTextContents();
    expect(districts.length).toBeGreaterThan(1);
    await fill(page, `2-${Date.now() % 1_000_000}/2026`);
    await page.locator('form.dk-intake-form button[type="submit"]').click();
    const receipt = page.locator('[data-testid="intake-registered"]');
    await receipt.waitFor();
    const title = (await receipt.locator('h1').textContent()) ?? '';
    const number = /ENF-\d{4}-\d+/.exec(title)?.[0];
    expect(number, title).toBeDefined();
    expect(title).toBe(intakeRu.registeredTitle.replace('{{number}}', number!));
    const code = (await page.getByTestId('access-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await expectAccessible(page, { name: 'desk intake receipt' });
    console.log(`desk intake receipt (ru): ${await screenshot(page, 'desk-intake-receipt')}`);
    // G2: signed out, with the number and the code only — the stage, and nothing personal
    const check = await graphqlRequest<{ publicStatusCheck: { userErrors: unknown[]; status: { number: string; itemKind: string; stage: string; decided: boolean } | null } }>(
      stack.apiUrl,
      'query($n: String!, $c: String!) { publicStatusCheck(number: $n, accessCode: $c) { userErrors { code } status { number itemKind stage decided } } }',
      { n: number, c: code },
    );
    expect(check.publicStatusCheck).toEqual({ userErrors: [], status: { number, itemKind: 'APPLICATION', stage: 'ROUTED_TO_CHAMBER', decided: false } });
    expect(JSON.stringify(check)).not.toContain(CLAIMANT_IIN);
    registered = { number: number!, code };
  });

  it('G2: the claimant follows it in the portal — signed out with the number and the code, and signed in among her applications', async () => {
    const { page } = stack;
    const portal = await page.context().newPage();
    try {
      await portal.goto(new URL('/status', stack.appUrlOf('portal')).href);
      await portal.locator('form.or-form').waitFor();
      await portal.locator('input[name="number"]').fill(registered.number);
      await portal.locator('input[name="accessCode"]').fill(registered.code);
      await portal.locator('form.or-form button[type="submit"]').click();
      const result = portal.locator('.pt-status-result');
      await result.waitFor();
      expect(await result.locator('[data-stage]').getAttribute('data-stage')).toBe('ROUTED_TO_CHAMBER');
      expect(await result.textContent()).not.toContain(CLAIMANT_IIN);
      await expectAccessible(portal, { name: 'portal status check of a paper application' });
      await portal.goto(new URL('/applications', stack.appUrlOf('portal')).href);
      await signInAsDemoUser(portal, 'aigerim');
      await portal.locator('a.pt-application-link', { hasText: registered.number }).click();
      await portal.locator('.pt-timeline__item[data-stage="ROUTED_TO_CHAMBER"]').waitFor();
      expect(await portal.locator('.pt-timeline__item').evaluateAll((items) => items.map((i) => i.getAttribute('data-stage')))).toEqual(['REGISTERED', 'ROUTED_TO_CHAMBER']);
      await expectAccessible(portal, { name: 'portal: the paper application among hers' });
    } finally {
      await portal.close();
    }
  });

  it('E3: a package without the identity document is refused at acceptance with what is missing, and no access code is issued', async () => {
    const { page } = stack;
    await page.getByRole('button', { name: intakeRu.another }).click();
    await page.locator('form.dk-intake-form').waitFor();
    await chooseLanguage(page, 'kk', { name: 'desk intake form (kk)' });
    await fill(page, `2-${(Date.now() + 7) % 1_000_000}/2026`);
    await page.locator('input[name="documents"][value="IDENTITY_DOCUMENT"]').uncheck();
    await page.locator('form.dk-intake-form button[type="submit"]').click();
    const refused = page.locator('[data-testid="intake-refused"]');
    await refused.waitFor();
    expect(await refused.locator('[data-missing]').evaluateAll((items) => items.map((i) => i.getAttribute('data-missing')))).toEqual(['IDENTITY_DOCUMENT']);
    expect(await refused.textContent()).toContain(intakeKk.refusedLead);
    expect(await page.getByTestId('access-code').count()).toBe(0);
    await expectAccessible(page, { name: 'desk intake refused (kk)' });
    await chooseLanguage(page, 'en', { name: 'desk intake refused (en)' });
    expect(await refused.textContent()).toContain(intakeEn.refusedLead);
  });
});
