// Browser test: applying to initiate enforcement proceedings on the portal, against the real API on a fresh
// database, in headless Chromium set to New York time (the portal must show Astana time all the same).
import { describe, expect, it } from 'vitest';
import { screenshot, uiLanguage, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { almatyDateTime, applicant, chooseLanguage, DEBTOR, dictionary, fillApplication, INVALID_IIN, storedApplications, type Places } from './support.ts';

const LOGIN = 'aigerim';
let token = '';
let where: Places;

const stack = useAppUnderTest('portal', {
  browser: { timezoneId: 'America/New_York' },
  setUp: async ({ apiUrl }) => ({ token, where } = await applicant(apiUrl, LOGIN)),
  signInAs: LOGIN,
});

/** Opens the application form through the navigation, as a user would. */
async function openForm() {
  const { page } = stack;
  await page.locator('.or-nav a[href$="/apply/enforcement"]').click();
  await page.locator('form.pt-apply-form').waitFor();
}

describe('portal: apply to initiate enforcement proceedings', () => {
  it('E2, G2: a complete application for a district of Almaty City is registered; its page shows the status in the UI language, the ENF number and every stage in Astana time', async () => {
    const { page } = stack;
    // Aigerim's profile language is Kazakh: the portal speaks it without being asked.
    expect(await uiLanguage(page)).toBe('kk');
    const t = dictionary('kk');
    const before = await storedApplications(stack.apiUrl, token);
    await openForm();
    // The claimant's name comes from the account, editable.
    expect(await page.locator('[name="claimant.name"]').inputValue()).toBe('Aigerim Sapar');
    await fillApplication(page, where);
    expect(await page.locator('.pt-missing').count()).toBe(0); // nothing missing for this package
    await expectAccessible(page, { name: 'portal-apply-form-kk' });
    console.log(`application form (kk): ${await screenshot(page, 'portal-apply-form-kk')}`);
    await page.locator('form.pt-apply-form button[type="submit"]').click();

    await page.waitForURL(/\/applications\/[^/]+$/);
    await page.locator('.pt-stages .pt-timeline__item').first().waitFor();
    const heading = (await page.locator('h1').textContent()) ?? '';
    const number = /ENF-\d{4}-\d{6}/.exec(heading)?.[0];
    expect(number, heading).toBeDefined();
    const status = page.locator('.pt-application-summary .or-status');
    expect(await status.getAttribute('data-status')).toBe('REGISTERED');
    expect((await status.textContent())?.trim()).toBe(t.ui.enum.applicationStatus.REGISTERED);

    // Stored as the page says: one new application, registered, its document routed to the Chamber (CH1).
    const after = await storedApplications(stack.apiUrl, token);
    expect(after).toHaveLength(before.length + 1);
    const stored = after[0]!;
    expect(stored.number).toBe(number);
    expect(stored.status).toBe('REGISTERED');
    expect(stored.executiveDocument).toMatchObject({ routing: 'CHAMBER', status: 'AWAITING_ORIGINAL' });

    // G2: every stage, in order, with its translated name and its time in Asia/Almaty (the browser is in New York).
    const items = page.locator('.pt-stages .pt-timeline__item');
    expect(await items.count()).toBe(stored.stages.length);
    expect(stored.stages.map((s) => s.stage)).toEqual(['REGISTERED', 'ROUTED_TO_CHAMBER']);
    for (const [i, stage] of stored.stages.entries()) {
      const item = items.nth(i);
      expect(await item.getAttribute('data-stage')).toBe(stage.stage);
      expect((await item.locator('.pt-timeline__title').textContent())?.trim()).toBe(t.ui.enum.applicationStageKind[stage.stage as keyof typeof t.ui.enum.applicationStageKind]);
      // G2: who acted, by role (the applicant themself on the portal)
      expect(stage.actorRole).toBe('APPLICANT');
      expect((await item.locator('.pt-timeline__actor').textContent())?.trim()).toBe(t.ui.role.APPLICANT);
      const shown = (await item.locator('time').textContent())?.trim();
      expect(shown).toBe(almatyDateTime(stage.at, 'kk'));
      expect(shown).not.toBe(almatyDateTime(stage.at, 'kk', 'America/New_York'));
    }
    // CH3: the Chamber waits for the paper original, and the page says to bring it.
    expect((await page.locator('.pt-original-needed').textContent()) ?? '').toContain(t.executiveDocument.originalTitle);
    expect(await page.locator('.pt-document .or-status').getAttribute('data-status')).toBe('AWAITING_ORIGINAL');
    await expectAccessible(page, { name: 'portal-application-registered-kk' });
    console.log(`registered application (kk): ${await screenshot(page, 'portal-application-registered-kk')}`);
  });

  it('an invalid debtor IIN is shown at the debtor IIN field, in the UI language, and nothing is created', async () => {
    const { page } = stack;
    await openForm();
    const t = await chooseLanguage(page, 'ru');
    const before = await storedApplications(stack.apiUrl, token);
    await fillApplication(page, where, { debtorIdNumber: INVALID_IIN, caseNumber: '7514-26-00-2/4411' });
    await page.locator('form.pt-apply-form button[type="submit"]').click();

    await page.locator('.or-error-summary').waitFor();
    const debtorIin = page.locator('input[name="debtor.idNumber"]');
    expect(await debtorIin.getAttribute('aria-invalid')).toBe('true');
    const field = page.locator('.or-field--error', { has: debtorIin });
    expect((await field.locator('.or-field__error').textContent())?.trim()).toBe(t.ui.errorMessage.input.idNumberInvalid);
    // Only that field is at fault; the summary links to it.
    expect(await page.locator('.or-field--error').count()).toBe(1);
    expect(await page.locator('.or-error-summary a').getAttribute('href')).toBe(`#${await debtorIin.getAttribute('id')}`);
    expect(page.url()).toMatch(/\/apply\/enforcement$/);
    await expectAccessible(page, { name: 'portal-apply-iin-error-ru' });
    console.log(`debtor IIN error (ru): ${await screenshot(page, 'portal-apply-iin-error-ru')}`);

    expect(await storedApplications(stack.apiUrl, token)).toHaveLength(before.length);
    // The form keeps what was entered.
    expect(await page.locator('[name="debtor.name"]').inputValue()).toBe(DEBTOR.name);
  });

  it('E3: asking for the writ (Annex 3) without enclosing the writ request is refused at acceptance with the receipt of Annex 4 listing it; with the request enclosed the same form is accepted', async () => {
    const { page } = stack;
    await page.goto(stack.url('/apply/enforcement'));
    await page.locator('form.pt-apply-form').waitFor();
    const t = await chooseLanguage(page, 'en');
    const before = await storedApplications(stack.apiUrl, token);
    await fillApplication(page, where, { requestsWrit: true, documents: ['EXECUTIVE_DOCUMENT'], caseNumber: '7514-26-00-2/4412' });
    // The form warns before sending, naming the missing document.
    expect((await page.locator('.pt-missing li').allTextContents()).map((s) => s.trim())).toEqual([t.ui.enum.enforcementDocumentKind.WRIT_REQUEST]);
    await page.locator('form.pt-apply-form button[type="submit"]').click();

    const receipt = page.locator('.pt-refused [data-testid="incomplete-receipt"]');
    await receipt.waitFor();
    expect(page.url()).toMatch(/\/apply\/enforcement$/);
    expect((await receipt.locator('.pt-receipt__copy').first().locator('.pt-receipt__title').textContent())?.trim()).toBe(t.receipt.title);
    const missing = receipt.locator('.pt-receipt__copy').first().locator('.pt-receipt__missing li');
    expect(await missing.count()).toBe(1);
    expect(await missing.getAttribute('data-document')).toBe('WRIT_REQUEST');
    expect((await missing.textContent())?.trim()).toBe(t.ui.enum.enforcementDocumentKind.WRIT_REQUEST);
    expect((await receipt.textContent()) ?? '').toContain(t.refusalGround.INCOMPLETE_PACKAGE);
    expect((await receipt.textContent()) ?? '').toContain(t.receipt.copies);
    // Two copies on paper: the second copy exists for print only.
    expect(await receipt.locator('.pt-receipt__copy').count()).toBe(2);
    await expectAccessible(page, { name: 'portal-apply-receipt-en' });
    console.log(`Annex 4 receipt (en): ${await screenshot(page, 'portal-apply-receipt-en')}`);
    await page.emulateMedia({ media: 'print' });
    expect(await receipt.locator('.pt-receipt__copy').nth(1).isVisible()).toBe(true);
    await page.evaluate(() => document.body.classList.add('pt-printing-receipt'));
    console.log(`Annex 4 receipt as printed: ${await screenshot(page, 'portal-apply-receipt-print')}`);
    await page.evaluate(() => document.body.classList.remove('pt-printing-receipt'));
    await page.emulateMedia({ media: 'screen' });

    // Recorded as refused at acceptance, with nothing sent for enforcement.
    const after = await storedApplications(stack.apiUrl, token);
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]).toMatchObject({ status: 'REJECTED_INCOMPLETE', missingDocuments: ['WRIT_REQUEST'], executiveDocument: null });
    expect((await page.locator('.pt-refused a').textContent()) ?? '').toContain(after[0]!.number);

    // G1 p.3: the reason removed, the applicant applies again from the same form.
    expect(await page.locator('[name="debtor.idNumber"]').inputValue()).toBe(DEBTOR.idNumber);
    await page.locator('input[name="documents"][value="WRIT_REQUEST"]').check();
    expect(await page.locator('.pt-missing').count()).toBe(0);
    await page.locator('form.pt-apply-form button[type="submit"]').click();
    await page.waitForURL(/\/applications\/[^/]+$/);
    await page.locator('.pt-application-summary .or-status[data-status="REGISTERED"]').waitFor();
    await expectAccessible(page, { name: 'portal application registered after a refusal' });
    expect((await storedApplications(stack.apiUrl, token))[0]).toMatchObject({ status: 'REGISTERED' });
  });

  it('“My applications” lists the applications just submitted, newest first, each with its status and a link to its page', async () => {
    const { page } = stack;
    const t = dictionary(await uiLanguage(page));
    const stored = await storedApplications(stack.apiUrl, token);
    await page.locator('.or-nav a[href$="/applications"]').click();
    await page.locator('.pt-application-link').first().waitFor();
    const rows = page.locator('.or-table tbody tr');
    // This file submitted three through the form (registered, refused at acceptance, registered again).
    for (const [i, application] of stored.slice(0, 3).entries()) {
      const row = rows.nth(i);
      expect((await row.locator('.pt-application-link').textContent())?.trim()).toBe(application.number);
      expect(await row.locator('.or-status').getAttribute('data-status')).toBe(application.status);
      expect((await row.locator('.or-status').textContent())?.trim()).toBe(t.ui.enum.applicationStatus[application.status as keyof typeof t.ui.enum.applicationStatus]);
    }
    expect(stored.slice(0, 3).map((a) => a.status)).toEqual(['REGISTERED', 'REJECTED_INCOMPLETE', 'REGISTERED']);
    await expectAccessible(page, { name: 'portal-my-applications-en' });
    console.log(`my applications (en): ${await screenshot(page, 'portal-my-applications-en')}`);
    await rows.nth(1).locator('.pt-application-link').click();
    await page.locator('[data-testid="incomplete-receipt"]').waitFor();
    expect((await page.locator('h1').textContent()) ?? '').toContain(stored[1]!.number);
    await expectAccessible(page, { name: 'portal application refused at acceptance' });
    expect(stack.browser.errors).toEqual([]);
  });
});
