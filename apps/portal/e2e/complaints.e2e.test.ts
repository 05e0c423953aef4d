// complaints (issue 10) — browser test: an applicant complains about a missed deadline (C1, C2), from the
// application's own page, with the facts filled in; then checks its status without signing in (G2). Every page
// passes axe-core's WCAG 2.1 AA rules.
import { describe, expect, it } from 'vitest';
import { devLoginToken, expectAccessible, graphqlAs, screenshot, signOut, useAppUnderTest } from '@oryndau/testing';
import { dictionary } from './support.ts';

const LOGIN = 'aigerim';
let overdue: { id: string; number: string; dueOn: string };

const stack = useAppUnderTest('portal', {
  setUp: async ({ apiUrl }) => {
    const gql = graphqlAs(apiUrl, await devLoginToken(apiUrl, LOGIN));
    const data = await gql<{ applications: { edges: { node: { id: string; number: string; dueOn: string | null; overdue: boolean; kind: string } }[] } }>(
      '{ applications(first: 100) { edges { node { id number dueOn overdue kind } } } }',
    );
    const app = data.applications.edges.map((e) => e.node).find((a) => a.overdue && a.kind === 'ATTESTATION');
    if (!app?.dueOn) throw new Error('The demo data has no overdue attestation application of aigerim’s (packages/db/src/seed/complaints.ts).');
    overdue = { id: app.id, number: app.number, dueOn: app.dueOn };
  },
  signInAs: LOGIN,
});

describe('portal: complaints (issue 10)', () => {
  let complaintNumber = '';
  let accessCode = '';

  it('C1, C2: from an application past its service period, “complain about inaction” files a complaint with the facts filled in', async () => {
    const { page } = stack;
    const t = dictionary('kk'); // aigerim's profile language
    await page.goto(stack.url(`/applications/${encodeURIComponent(overdue.id)}`));
    const offer = page.locator('.pt-complaints');
    await offer.waitFor();
    expect(await offer.textContent()).toContain(t.complaints.missedTitle);
    await expectAccessible(page, { name: 'inaction offer' });
    await offer.locator(`a[href*="about=INACTION"]`).click();
    await page.locator('form.or-form').waitFor();
    // the facts come from the application: its number and the last day of its period
    const text = await page.locator('textarea').inputValue();
    expect(text).toContain(overdue.number);
    expect(await page.locator('select').nth(1).inputValue()).toBe('INACTION');
    await expectAccessible(page, { name: 'complaint form' });
    console.log(`complaint form (kk): ${await screenshot(page, 'portal-complaint-form-kk')}`);
    await page.locator('form.or-form button[type="submit"]').click();
    const code = page.locator('[data-testid="access-code"]');
    await code.waitFor();
    accessCode = ((await code.textContent()) ?? '').trim();
    expect(accessCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    complaintNumber = /CMP-\d{4}-\d{6}/.exec((await page.locator('h1').textContent()) ?? '')?.[0] ?? '';
    expect(complaintNumber).not.toBe('');
    await expectAccessible(page, { name: 'complaint registered' });
    // the complaint's page: registered, addressed to the provider's head, with its last day and first stage
    await page.locator('a.or-button[href*="/complaints/"]').click();
    await page.locator('.pt-stages .pt-timeline__item').first().waitFor();
    expect(await page.locator('.or-status').first().getAttribute('data-status')).toBe('REGISTERED');
    expect(await page.locator('.pt-timeline__item').first().getAttribute('data-stage')).toBe('REGISTERED');
    await expectAccessible(page, { name: 'complaint stages' });
    console.log(`complaint page (kk): ${await screenshot(page, 'portal-complaint-kk')}`);
  });

  it('G2: the public status check, signed out, shows the stage and the due date of the complaint and no personal data', async () => {
    const { page } = stack;
    await signOut(page);
    await page.goto(stack.url('/status'));
    await page.locator('form.or-form').waitFor();
    const inputs = page.locator('form.or-form input');
    await inputs.nth(0).fill(complaintNumber);
    await inputs.nth(1).fill(accessCode);
    await expectAccessible(page, { name: 'status check form' });
    await page.locator('form.or-form button[type="submit"]').click();
    const result = page.locator('.pt-status-result');
    await result.waitFor();
    expect(await result.locator('[data-stage]').getAttribute('data-stage')).toBe('REGISTERED');
    const shown = (await result.textContent()) ?? '';
    expect(shown).toContain(complaintNumber);
    for (const secret of ['Aigerim', 'Sapar', '910412418623', overdue.number]) expect(shown).not.toContain(secret);
    await expectAccessible(page, { name: 'status check result' });
    console.log(`status check: ${await screenshot(page, 'portal-status-check')}`);
  });
});
