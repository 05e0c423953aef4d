// Browser test: a chamber official of Almaty City manages the bailiffs — breach decisions and the replacement
// of a bailiff on a case (CH4), a suspension that moves the bailiff's open cases to the others (CH2) — in the
// chamber app against the real API on a fresh database whose queue was assigned first (through the API).
import { describe, expect, it } from 'vitest';
import { addDays, almatyToday, devLoginToken, graphqlAs, screenshot, useAppUnderTest, type Page, expectAccessible } from '@oryndau/testing';
import { officialChamberId, openSection, rowWith, storedAssignment } from './support.ts';

const LOGIN = 'chamber.almaty';
let token = '';
let chamberId = '';

interface Member {
  id: string;
  name: string;
  openCaseCount: number;
  breachDecisions: { id: string }[];
}

interface ChainAssignment {
  id: string;
  active: boolean;
  kind: string;
  bailiff: { id: string; name: string };
  document: { id: string };
}

const stack = useAppUnderTest('chamber', {
  setUp: async ({ apiUrl }) => {
    token = await devLoginToken(apiUrl, LOGIN);
    chamberId = await officialChamberId(apiUrl, token);
    // Set-up: the chamber's queue is assigned, so that bailiffs have open cases.
    const all = await graphqlAs(apiUrl, token)<{ assignAllWaiting: { assignedCount: number | null; userErrors: { message: string }[] } }>(
      'mutation ($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { assignedCount userErrors { message } } }',
      { input: { chamberId } },
    );
    expect(all.assignAllWaiting.userErrors).toEqual([]);
    expect(all.assignAllWaiting.assignedCount).toBeGreaterThan(10);
  },
  signInAs: LOGIN,
});

async function members(): Promise<Member[]> {
  const data = await graphqlAs(stack.apiUrl, token)<{ node: { bailiffs: Member[] } }>(
    'query ($id: ID!) { node(id: $id) { ... on Chamber { bailiffs { id name openCaseCount breachDecisions { id } } } } }',
    { id: chamberId },
  );
  return data.node.bailiffs;
}

async function chain(): Promise<ChainAssignment[]> {
  const data = await graphqlAs(stack.apiUrl, token)<{ node: { assignments: { edges: { node: ChainAssignment }[] } } }>(
    'query ($id: ID!) { node(id: $id) { ... on Chamber { assignments(first: 100) { edges { node { id active kind bailiff { id name } document { id } } } } } } }',
    { id: chamberId },
  );
  return data.node.assignments.edges.map((e) => e.node);
}

/** Fills and sends the breach-decision form on a bailiff's page. */
async function recordBreach(page: Page, values: { authority: 'CHAMBER' | 'COURT'; number: string; decidedOn: string; effectiveOn: string; summary: string }) {
  const form = page.locator('[data-section="breach"] form');
  await form.locator('select[name="authority"]').selectOption(values.authority);
  await form.locator('input[name="number"]').fill(values.number);
  await form.locator('input[name="decidedOn"]').fill(values.decidedOn);
  await form.locator('input[name="effectiveOn"]').fill(values.effectiveOn);
  await form.locator('textarea[name="summary"]').fill(values.summary);
  await form.locator('button[type="submit"]').click();
  await page.locator('[data-section="breach"] [data-outcome="breach-recorded"]').waitFor();
  await page.locator(`[data-section="breach"] [data-breach-number="${values.number}"]`).waitFor();
}

describe('chamber: bailiffs, breach decisions and replacement', () => {
  it('CH4: a bailiff is replaced on a case only on a legally effective breach decision; the Chamber then appoints another bailiff by its policy', async () => {
    const { page } = stack;
    // a case whose bailiff has no breach decision yet (the demo history records one for another bailiff)
    const withBreach = new Set((await members()).filter((m) => m.breachDecisions.length > 0).map((m) => m.id));
    const target = (await chain()).find((a) => a.active && a.kind === 'INITIAL' && !withBreach.has(a.bailiff.id));
    expect(target).toBeDefined();
    const { id: assignmentId, bailiff, document } = target!;

    // No breach decision yet: the assignment page says the bailiff cannot be replaced, and links to their page.
    await page.goto(stack.url(`/assignments/${encodeURIComponent(assignmentId)}`));
    const replace = page.locator('[data-section="replace"]');
    await replace.locator('[data-replace="no-decisions"]').waitFor();
    await replace.locator('[data-replace="no-decisions"] a').click();
    await page.waitForURL(/\/bailiffs\/[^/]+$/);
    await page.locator('[data-section="breach"] form').waitFor();

    // A decision of the disciplinary commission that takes effect only in ten days.
    const today = almatyToday();
    await recordBreach(page, {
      authority: 'CHAMBER',
      number: 'ДК-17/2026',
      decidedOn: today,
      effectiveOn: addDays(today, 10),
      summary: 'Failure to send the decision on initiation to the claimant within the time limit.',
    });
    await expectAccessible(page, { name: 'chamber-breach-recorded' });
    console.log(`breach decision recorded: ${await screenshot(page, 'chamber-breach-recorded')}`);

    // Not yet effective: the replacement is refused, at the decision field, and nothing changes.
    await page.goto(stack.url(`/assignments/${encodeURIComponent(assignmentId)}`));
    const form = page.locator('[data-section="replace"] form');
    await form.waitFor();
    const decisions = (await members()).find((m) => m.id === bailiff.id)!.breachDecisions;
    expect(decisions).toHaveLength(1);
    await form.locator('select[name="breachDecisionId"]').selectOption(decisions[0]!.id);
    await form.locator('button[type="submit"]').click();
    await form.locator('.or-error-summary').waitFor();
    const field = form.locator('.or-field--error', { has: page.locator('select[name="breachDecisionId"]') });
    expect((await field.locator('.or-field__error').textContent()) ?? '').toContain('not yet legally effective');
    expect((await storedAssignment(stack.apiUrl, token, assignmentId)).bailiff.id).toBe(bailiff.id);
    expect((await chain()).find((a) => a.id === assignmentId)?.active).toBe(true);
    await expectAccessible(page, { name: 'chamber-replace-refused' });
    console.log(`replacement refused, decision not yet effective: ${await screenshot(page, 'chamber-replace-refused')}`);

    // A court decision in force since five days ago.
    await page.goto(stack.url(`/bailiffs/${encodeURIComponent(bailiff.id)}`));
    await page.locator('[data-section="breach"] form').waitFor();
    await recordBreach(page, {
      authority: 'COURT',
      number: '2-4410/2026',
      decidedOn: addDays(today, -20),
      effectiveOn: addDays(today, -5),
      summary: 'The court confirmed the unlawful sale of attached property below its valuation.',
    });
    const effective = (await members()).find((m) => m.id === bailiff.id)!.breachDecisions.find((d) => d.id !== decisions[0]!.id)!;

    await page.goto(stack.url(`/assignments/${encodeURIComponent(assignmentId)}`));
    await page.locator('[data-section="replace"] form').waitFor();
    await page.locator('[data-section="replace"] select[name="breachDecisionId"]').selectOption(effective.id);
    await page.locator('[data-section="replace"] button[type="submit"]').click();
    const outcome = page.locator('[data-section="replace"] [data-outcome="assigned"]');
    await outcome.waitFor();
    const replacementId = (await outcome.getAttribute('data-assignment-id')) ?? '';
    const replacement = await storedAssignment(stack.apiUrl, token, replacementId);
    // Another bailiff, chosen by the policy from a pool the replaced one is not in.
    expect(replacement.document.id).toBe(document.id);
    expect(replacement.bailiff.id).not.toBe(bailiff.id);
    expect(replacement.pool.map((e) => e.bailiff.id)).not.toContain(bailiff.id);
    expect((await outcome.locator('.ch-outcome__bailiff').textContent())?.trim()).toBe(replacement.bailiff.name);
    const after = await chain();
    expect(after.find((a) => a.id === assignmentId)?.active).toBe(false);
    expect(after.find((a) => a.id === replacementId)).toMatchObject({ active: true, kind: 'REPLACEMENT' });
    await expectAccessible(page, { name: 'chamber-replaced' });
    console.log(`bailiff replaced: ${await screenshot(page, 'chamber-replaced')}`);

    // The new assignment verifies like any other.
    await outcome.locator('.ch-outcome__link').click();
    await page.waitForURL((url) => url.pathname.endsWith(`/assignments/${encodeURIComponent(replacementId)}`));
    await page.locator('[data-action="verify"]').click();
    await page.locator('[data-verified="true"]').waitFor();
    await expectAccessible(page, { name: 'chamber-replacement-verified' });
    console.log(`replacement assignment verified: ${await screenshot(page, 'chamber-replacement-verified')}`);
  });

  it('CH2: a suspension takes a bailiff out of distribution and moves their open cases to the others evenly, at once; the suspension can then be ended', async () => {
    const { page } = stack;
    const before = await members();
    const busiest = [...before].sort((a, b) => b.openCaseCount - a.openCaseCount)[0]!;
    expect(busiest.openCaseCount).toBeGreaterThan(0);
    const othersBefore = before.filter((m) => m.id !== busiest.id).reduce((sum, m) => sum + m.openCaseCount, 0);
    // the demo's history has redistributions of its own: only those made here are counted below
    const chainBefore = new Set((await chain()).map((a) => a.id));

    await openSection(page, '/bailiffs');
    const row = rowWith(page, 'bailiff-id', busiest.id);
    await row.locator('a').first().click();
    await page.locator('[data-section="availability"] form').waitFor();
    expect(await page.locator('[data-open-cases]').getAttribute('data-open-cases')).toBe(String(busiest.openCaseCount));
    const form = page.locator('[data-section="availability"] form[aria-label]').last();
    await form.locator('select[name="kind"]').selectOption('SUSPENSION');
    await form.locator('input[name="startsOn"]').fill(almatyToday());
    await form.locator('textarea[name="reason"]').fill('Decision of the chamber presidium No. 9 to suspend pending an inspection (CH5)');
    await form.locator('button[type="submit"]').click();
    const outcome = page.locator('[data-outcome="availability"]');
    await outcome.waitFor();
    const redistributed = Number(await outcome.getAttribute('data-redistributed'));
    const stranded = Number(await outcome.getAttribute('data-stranded'));
    expect(redistributed + stranded).toBe(busiest.openCaseCount);
    await page.locator('[data-open-cases="0"]').waitFor();
    await expectAccessible(page, { name: 'chamber-suspension' });
    console.log(`suspension recorded, cases moved: ${await screenshot(page, 'chamber-suspension')}`);

    const after = await members();
    expect(after.find((m) => m.id === busiest.id)?.openCaseCount).toBe(0);
    expect(after.filter((m) => m.id !== busiest.id).reduce((sum, m) => sum + m.openCaseCount, 0)).toBe(othersBefore + redistributed);
    const moved = (await chain()).filter((a) => a.kind === 'REDISTRIBUTION' && !chainBefore.has(a.id));
    expect(moved).toHaveLength(redistributed);
    expect(moved.every((a) => a.bailiff.id !== busiest.id)).toBe(true);
    // The whole chain, redistributions included, still verifies.
    const report = await graphqlAs(stack.apiUrl, token)<{ node: { evenness: { failed: unknown[] } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Chamber { evenness { failed { problems } } } } }',
      { id: chamberId },
    );
    expect(report.node.evenness.failed).toEqual([]);

    // End the suspension today: the bailiff receives cases again from tomorrow.
    const suspension = page.locator('[data-section="availability"] tbody tr', { has: page.locator('[data-availability-kind="SUSPENSION"]') });
    await suspension.locator('[data-action="end-availability"]').click();
    const end = suspension.locator('form');
    expect(await end.locator('input[name="endsOn"]').inputValue()).toBe(almatyToday());
    await end.locator('button[type="submit"]').click();
    await page.locator('[data-outcome="availability-ended"]').waitFor();
    const periods = await graphqlAs(stack.apiUrl, token)<{ node: { availability: { kind: string; endsOn: string | null }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on PrivateBailiff { availability { kind endsOn } } } }',
      { id: busiest.id },
    );
    expect(periods.node.availability).toContainEqual({ kind: 'SUSPENSION', endsOn: almatyToday() });
    await expectAccessible(page, { name: 'chamber-suspension-ended' });
    console.log(`suspension ended: ${await screenshot(page, 'chamber-suspension-ended')}`);
    expect(stack.browser.errors).toEqual([]);
  });
});
