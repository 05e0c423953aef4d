// Browser test: a private bailiff's side of the console — the home page counts, "My cases" and a refusal to
// initiate (E5, G1) — in the chamber app against the real API on a fresh database whose Almaty queue was
// assigned first (through the API, as the chamber official would).
import { beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlAs, screenshot, uiLanguage, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { dictionary, officialChamberId, openSection, rowWith, type Dictionary } from './support.ts';

const LOGIN = 'bailiff';
let token = '';
let t: Dictionary;

interface Case {
  id: string;
  number: string;
  status: string;
  decisionDueOn: string;
  decisionOverdue: boolean;
}

const stack = useAppUnderTest('chamber', {
  setUp: async ({ apiUrl }) => {
    // Set-up: the Almaty chamber assigns its queue; the demo bailiff (Almaly District) receives some of it.
    const official = await devLoginToken(apiUrl, 'chamber.almaty');
    const chamberId = await officialChamberId(apiUrl, official);
    await graphqlAs(apiUrl, official)('mutation ($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { assignedCount } }', { input: { chamberId } });
    token = await devLoginToken(apiUrl, LOGIN);
  },
  signInAs: LOGIN,
});

beforeAll(async () => {
  // The bailiff's profile language is Russian.
  expect(await uiLanguage(stack.page)).toBe('ru');
  t = dictionary('ru');
});

async function myCases(): Promise<Case[]> {
  const data = await graphqlAs(stack.apiUrl, token)<{ myCases: { edges: { node: Case }[] } }>(
    '{ myCases(first: 100) { edges { node { id number status decisionDueOn decisionOverdue } } } }',
  );
  return data.myCases.edges.map((e) => e.node);
}

describe('chamber: a private bailiff’s cases', () => {
  it('E4: the home page counts the cases awaiting a decision; "My cases" lists them with their deadline, only to the bailiff', async () => {
    const { page } = stack;
    const cases = await myCases();
    const awaiting = cases.filter((c) => c.status === 'AWAITING_DECISION');
    expect(awaiting.length).toBeGreaterThan(0);
    // The navigation of a bailiff: home and "My cases" only.
    expect(await page.locator('.or-nav a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))).toEqual(['/', '/cases']);
    const tile = page.locator('[data-stat="awaiting-decision"]');
    await tile.locator('.ch-stat__value', { hasText: String(awaiting.length) }).waitFor();
    await expectAccessible(page, { name: 'chamber-bailiff-home' });
    console.log(`bailiff home (ru): ${await screenshot(page, 'chamber-bailiff-home')}`);

    await openSection(page, '/cases');
    for (const c of cases) {
      const row = rowWith(page, 'case-number', c.number);
      await row.waitFor();
      expect(await row.locator('.or-deadline time').getAttribute('datetime')).toBe(c.decisionDueOn);
      expect(await row.locator('[data-overdue]').getAttribute('data-overdue')).toBe(String(c.decisionOverdue));
      expect((await row.locator('[data-status]').textContent())?.trim()).toBe(t.enum.proceedingStatus[c.status as keyof typeof t.enum.proceedingStatus]);
    }
    expect(await page.locator('[data-case-number]').count()).toBe(cases.length);
    await expectAccessible(page, { name: 'chamber-my-cases' });
    console.log(`my cases (ru): ${await screenshot(page, 'chamber-my-cases')}`);
    // The chamber's own pages are not the bailiff's.
    await page.goto(stack.url('/queue'));
    await page.locator('.or-access-denied').waitFor();
  });

  it('E5, G1: a refusal names a ground of E5 and states its reasons — without them the API refuses it at both fields — and is then recorded', async () => {
    const { page } = stack;
    const target = (await myCases()).find((c) => c.status === 'AWAITING_DECISION')!;
    await page.goto(stack.url('/cases'));
    await rowWith(page, 'case-number', target.number).locator(`[data-case-number="${target.number}"]`).click();
    const section = page.locator('[data-section="decision"]');
    await section.waitFor();
    await section.locator('[data-decision="REFUSE"]').check();
    expect((await section.locator('button[type="submit"]').textContent())?.trim()).toBe(t.app.decision.refuseSubmit);
    // No ground, no reasons: the API's user errors, each at its field.
    await section.locator('button[type="submit"]').click();
    await section.locator('.or-error-summary').waitFor();
    const ground = section.locator('.or-field--error', { has: page.locator('select[name="refusalGround"]') });
    const reason = section.locator('.or-field--error', { has: page.locator('textarea[name="reason"]') });
    await ground.waitFor();
    await reason.waitFor();
    expect(await section.locator('select[name="refusalGround"]').getAttribute('aria-invalid')).toBe('true');
    expect(await section.locator('textarea[name="reason"]').getAttribute('aria-invalid')).toBe('true');
    expect(((await ground.locator('.or-field__error').textContent()) ?? '').trim()).not.toBe('');
    expect(((await reason.locator('.or-field__error').textContent()) ?? '').trim()).not.toBe('');
    expect((await myCases()).find((c) => c.id === target.id)?.status).toBe('AWAITING_DECISION');
    await expectAccessible(page, { name: 'chamber-refusal-errors' });
    console.log(`refusal without ground and reasons (ru): ${await screenshot(page, 'chamber-refusal-errors')}`);

    // The ground and the reasons given: recorded.
    await section.locator('select[name="refusalGround"]').selectOption('UNRELIABLE_DATA');
    const reasons = 'The executive document bears no mark of entry into legal force; submit a copy certified by the court.';
    await section.locator('textarea[name="reason"]').fill(reasons);
    await section.locator('button[type="submit"]').click();
    const decided = page.locator('[data-outcome="decided"]');
    await decided.waitFor();
    expect((await decided.locator('.or-notice__title').textContent())?.trim()).toBe(t.app.decision.refused);
    await page.locator('[data-section="case"] [data-status="REFUSED"]').waitFor();
    expect((await page.locator('[data-section="case"] [data-fact="ground"] dd').textContent())?.trim()).toBe(t.enum.proceedingRefusalGround.UNRELIABLE_DATA);
    expect((await page.locator('[data-section="case"] [data-fact="refusalReason"] dd').textContent())?.trim()).toBe(reasons);
    const stored = await graphqlAs(stack.apiUrl, token)<{ node: { status: string; refusalGround: string; refusalReason: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on EnforcementProceeding { status refusalGround refusalReason } } }',
      { id: target.id },
    );
    expect(stored.node).toEqual({ status: 'REFUSED', refusalGround: 'UNRELIABLE_DATA', refusalReason: reasons });
    // No measures on refused proceedings (E6 follows initiation only).
    expect(await page.locator('form[aria-labelledby="measure-title"]').count()).toBe(0);
    await expectAccessible(page, { name: 'chamber-refusal-recorded' });
    console.log(`refusal recorded (ru): ${await screenshot(page, 'chamber-refusal-recorded')}`);
    expect(stack.browser.errors).toEqual([]);
  });
});
