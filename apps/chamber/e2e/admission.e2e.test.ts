// Browser test (admit, issue 9): a chamber official of Almaty City opens "Licensed bailiffs to admit", admits the
// demo seed's licence holder (attested in Almaty City, not yet a member: L9, CH2), and sees the new member on the
// evenness page with 0 cases and able to receive cases, and on their own page as eligible; a member with a suspended
// licence shows as not eligible, with the reason. axe on every page.
import { describe, expect, it } from 'vitest';
import { devLoginToken, expectAccessible, graphqlAs, screenshot, useAppUnderTest } from '@oryndau/testing';
import { dictionary, officialChamberId, openSection, rowWith } from './support.ts';

const LOGIN = 'chamber.almaty';
let token = '';
let chamberId = '';

type Licence = { id: string; number: string; holderName: string };
async function admissible(apiUrl: string): Promise<Licence[]> {
  const data = await graphqlAs(apiUrl, token)<{ node: { admissibleLicences: { edges: { node: Licence }[] } } }>(
    'query ($id: ID!) { node(id: $id) { ... on Chamber { admissibleLicences(first: 100) { edges { node { id number holderName } } } } } }',
    { id: chamberId },
  );
  return data.node.admissibleLicences.edges.map((e) => e.node);
}

const stack = useAppUnderTest('chamber', {
  setUp: async ({ apiUrl }) => {
    token = await devLoginToken(apiUrl, LOGIN);
    chamberId = await officialChamberId(apiUrl, token);
    // the queue is assigned first, so that the members have cases this year and the newcomer has none
    const all = await graphqlAs(apiUrl, token)<{ assignAllWaiting: { userErrors: { message: string }[] } }>(
      'mutation ($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { userErrors { message } } }',
      { input: { chamberId } },
    );
    expect(all.assignAllWaiting.userErrors).toEqual([]);
  },
  signInAs: LOGIN,
});

describe('chamber: admitting a licensed bailiff', () => {
  it('L9, CH2: the official admits a licence holder from the list; the new member is eligible with 0 cases on the evenness page', async () => {
    const { page } = stack;
    const waiting = await admissible(stack.apiUrl);
    const holder = waiting.find((l) => l.holderName === 'Бекенов Серік Маратұлы');
    expect(holder, 'the demo seed holds a licensed, not yet admitted bailiff of Almaty City').toBeDefined();

    await openSection(page, '/admissions');
    const lang = (await page.evaluate(() => document.documentElement.lang)) as 'kk' | 'ru' | 'en';
    const d = dictionary(lang);
    const row = rowWith(page, 'licence-number', holder!.number);
    await row.waitFor();
    expect(await row.textContent()).toContain(holder!.holderName);
    expect(await page.locator('main').textContent()).not.toMatch(/\b\d{12}\b/); // no IIN on the page
    console.log(`licences to admit: ${await screenshot(page, 'chamber-admissions')}`);

    await row.locator('button').click();
    const form = page.locator(`[data-admit-licence="${holder!.number}"] form`);
    await form.waitFor();
    // no district chosen: refused at the API, worded in the page's language
    await form.locator('input[name="office"]').fill('Алматы, пр. Абая 10, офис 4');
    await form.locator('button[type="submit"]').click();
    await form.locator('.or-error-summary').waitFor();
    expect(await form.locator('.or-error-summary').textContent()).toContain(d.errorMessage.input.choose.replace('{{field}}', d.app.admission.districts).slice(0, 8));
    await expectAccessible(page, { name: 'chamber-admission-refused' });

    const boxes = form.locator('input[name="districtIds"]');
    expect(await boxes.count()).toBeGreaterThan(2);
    for (const i of [0, 1, 2]) await boxes.nth(i).check();
    await form.locator('button[type="submit"]').click();
    const outcome = page.locator('[data-outcome="admitted"]');
    await outcome.waitFor();
    const bailiffId = (await outcome.getAttribute('data-bailiff-id')) ?? '';
    expect(bailiffId).not.toBe('');
    await rowWith(page, 'licence-number', holder!.number).waitFor({ state: 'detached' });
    expect((await admissible(stack.apiUrl)).map((l) => l.number)).not.toContain(holder!.number);
    await expectAccessible(page, { name: 'chamber-admitted' });
    console.log(`admitted: ${await screenshot(page, 'chamber-admitted')}`);

    // the bailiffs list: the new member
    await openSection(page, '/bailiffs');
    await rowWith(page, 'bailiff-id', bailiffId).waitFor();

    // the evenness page: the new member, 0 cases, receives cases now
    await openSection(page, '/evenness');
    const evenRow = page.locator('tbody tr', { has: page.locator(`a[href$="/bailiffs/${encodeURIComponent(bailiffId)}"]`) });
    await evenRow.waitFor();
    const cells = await evenRow.locator('td').allTextContents();
    expect(cells[0]?.trim()).toBe('0');
    expect(cells[1]?.trim()).toBe(d.app.common.yes);
    await expectAccessible(page, { name: 'chamber-evenness-after-admission' });
    console.log(`evenness with the new member: ${await screenshot(page, 'chamber-evenness-admitted')}`);

    // the bailiff's page: licence, member since today, can receive cases
    await evenRow.locator('a').click();
    await page.waitForURL((url) => url.pathname.endsWith(`/bailiffs/${encodeURIComponent(bailiffId)}`));
    await page.locator('[data-eligible="true"]').waitFor();
    expect(await page.locator('main').textContent()).toContain(holder!.number);
    await expectAccessible(page, { name: 'chamber-admitted-bailiff' });

    // a member whose licence is suspended: not eligible, and why (L9, CH2)
    const members = await graphqlAs(stack.apiUrl, token)<{ node: { bailiffs: { id: string; licence: { status: string } | null }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Chamber { bailiffs { id licence { status } } } } }',
      { id: chamberId },
    );
    const suspended = members.node.bailiffs.find((b) => b.licence?.status === 'SUSPENDED');
    expect(suspended, 'the demo seed holds a member with a suspended licence').toBeDefined();
    await page.goto(stack.url(`/bailiffs/${encodeURIComponent(suspended!.id)}`));
    const notEligible = page.locator('[data-eligible="false"][data-reason="SUSPENDED"]');
    await notEligible.waitFor();
    expect(await notEligible.textContent()).toContain(d.licenceEligibility.notEligible);
    expect(await notEligible.textContent()).toContain(d.licenceEligibility.reason.SUSPENDED.split('{{')[0]!.trim());
    await expectAccessible(page, { name: 'chamber-suspended-bailiff' });
    console.log(`suspended licence, not eligible: ${await screenshot(page, 'chamber-bailiff-not-eligible')}`);
  });
});
