// Browser test: a chamber official of Almaty City works the queue — the paper original first (CH3), then the
// assignment, its pool and its verification (CH2), then "Assign all waiting" and the evenness report — in the
// chamber app against the real API on a fresh database, in headless Chromium.
import { beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlAs, screenshot, uiLanguage, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { dictionary, officialChamberId, openSection, rowWith, storedAssignment, type Dictionary } from './support.ts';

const LOGIN = 'chamber.almaty';
let token = '';
let chamberId = '';
let t: Dictionary;
/** The assignment made in the first test, checked again in the second. */
let assignmentId = '';
/** The chamber's chain tip before these tests: the demo data hold months of assignments already. */
let tipBefore = { hash: 'genesis', sequence: 0 };

const stack = useAppUnderTest('chamber', {
  setUp: async ({ apiUrl }) => {
    token = await devLoginToken(apiUrl, LOGIN);
    chamberId = await officialChamberId(apiUrl, token);
    const tip = await graphqlAs(apiUrl, token)<{ node: { assignments: { edges: { node: { hash: string; sequence: number } }[] } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Chamber { assignments(first: 1) { edges { node { hash sequence } } } } } }',
      { id: chamberId },
    );
    tipBefore = tip.node.assignments.edges[0]?.node ?? tipBefore;
  },
  signInAs: LOGIN,
});

beforeAll(async () => {
  // The official's profile language is Kazakh: the console speaks it without being asked.
  expect(await uiLanguage(stack.page)).toBe('kk');
  t = dictionary('kk');
});

interface QueueDocument {
  id: string;
  caseNumber: string;
  status: string;
}

async function queue(status?: 'AWAITING_ORIGINAL' | 'AWAITING_ASSIGNMENT'): Promise<QueueDocument[]> {
  const data = await graphqlAs(stack.apiUrl, token)<{ node: { queue: { edges: { node: QueueDocument }[] } } }>(
    `query ($id: ID!, $status: ChamberQueueStatus) { node(id: $id) { ... on Chamber { queue(first: 100, status: $status) { edges { node { id caseNumber status } } } } } }`,
    { id: chamberId, status: status ?? null },
  );
  return data.node.queue.edges.map((e) => e.node);
}

describe('chamber: the queue, the assignment and its proof', () => {
  it('CH3: a document awaiting the paper original cannot be assigned; once the original is marked received it is assigned, and the assignment page shows the pool with the exclusions and the bailiff chosen', async () => {
    const { page } = stack;
    // The home page counts what waits in the chamber (and leaves those lists in the client's cache, which the
    // queue page then reads: the two must agree).
    for (const [stat, status] of [['awaiting-original', 'AWAITING_ORIGINAL'], ['ready-to-assign', 'AWAITING_ASSIGNMENT']] as const) {
      const count = (await queue(status)).length;
      await page.locator(`[data-stat="${stat}"] .ch-stat__value`, { hasText: new RegExp(`^${count}$`) }).waitFor();
    }
    await expectAccessible(page, { name: 'chamber-official-home' });
    console.log(`home page of the official (kk): ${await screenshot(page, 'chamber-official-home')}`);
    await openSection(page, '/queue');
    await page.locator('[data-filter="queue-status"] [data-value="AWAITING_ORIGINAL"]').click();
    const first = page.locator('[data-document-id]').first();
    await first.waitFor();
    const documentId = (await first.getAttribute('data-document-id')) ?? '';
    const awaiting = await queue('AWAITING_ORIGINAL');
    expect(awaiting.map((d) => d.id)).toContain(documentId);
    // Every row shown under this filter is one the API lists as awaiting the original, oldest first.
    const shownIds = await page.locator('[data-document-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-document-id')));
    expect(shownIds).toEqual(awaiting.map((d) => d.id));

    // CH3, in the console: the row offers "Original received" and no "Assign".
    let row = rowWith(page, 'document-id', documentId);
    expect(await row.locator('[data-action="mark-original"]').count()).toBe(1);
    expect(await row.locator('[data-action="assign"]').count()).toBe(0);
    expect((await row.locator('[data-status]').textContent())?.trim()).toBe(t.enum.documentStatus.AWAITING_ORIGINAL);
    await expectAccessible(page, { name: 'chamber-queue-awaiting-original' });
    console.log(`queue, awaiting the original (kk): ${await screenshot(page, 'chamber-queue-awaiting-original')}`);
    // CH3, in the API: an assignment is refused, and nothing changes.
    const refused = await graphqlAs(stack.apiUrl, token)<{ assignDocument: { assignment: { id: string } | null; userErrors: { code: string; message: string }[] } }>(
      'mutation ($input: AssignDocumentInput!) { assignDocument(input: $input) { assignment { id } userErrors { code message } } }',
      { input: { documentId } },
    );
    expect(refused.assignDocument.assignment).toBeNull();
    expect(refused.assignDocument.userErrors.map((e) => e.code)).toEqual(['INVALID_STATE']);
    expect((await queue('AWAITING_ORIGINAL')).map((d) => d.id)).toContain(documentId);

    // The original is handed in: "Original received", then the row offers "Assign".
    await page.locator('[data-filter="queue-status"] [data-value="ALL"]').click();
    row = rowWith(page, 'document-id', documentId);
    await row.locator('[data-action="mark-original"]').click();
    await page.locator('[data-outcome="original-received"]').waitFor();
    await row.locator('[data-action="assign"]').waitFor();
    expect((await row.locator('[data-status]').textContent())?.trim()).toBe(t.enum.documentStatus.AWAITING_ASSIGNMENT);
    expect((await queue('AWAITING_ASSIGNMENT')).map((d) => d.id)).toContain(documentId);

    await row.locator('[data-action="assign"]').click();
    const outcome = page.locator('[data-outcome="assigned"]');
    await outcome.waitFor();
    assignmentId = (await outcome.getAttribute('data-assignment-id')) ?? '';
    const stored = await storedAssignment(stack.apiUrl, token, assignmentId);
    expect(stored.document.id).toBe(documentId);
    expect(stored.document.status).toBe('ASSIGNED');
    // The result names the bailiff appointed and why, and links to the assignment.
    expect((await outcome.locator('.ch-outcome__bailiff').textContent())?.trim()).toBe(stored.bailiff.name);
    expect(await outcome.locator('[data-rule]').getAttribute('data-rule')).toBe(stored.rule);
    await expectAccessible(page, { name: 'chamber-queue-assigned' });
    console.log(`queue, assigned (kk): ${await screenshot(page, 'chamber-queue-assigned')}`);
    // The document left the queue.
    await rowWith(page, 'document-id', documentId).waitFor({ state: 'detached' });

    await outcome.locator('.ch-outcome__link').click();
    await page.waitForURL(/\/assignments\/[^/]+$/);
    const pool = page.locator('[data-section="pool"]');
    await pool.locator('tbody tr').first().waitFor();
    expect(await page.locator('[data-section="summary"] [data-bailiff-name]').getAttribute('data-bailiff-name')).toBe(stored.bailiff.name);

    // CH2: every member of the chamber, as the policy saw them; the chosen one highlighted and eligible.
    const members = await graphqlAs(stack.apiUrl, token)<{ node: { bailiffs: { id: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Chamber { bailiffs { id } } } }',
      { id: chamberId },
    );
    expect(await pool.locator('tbody tr').count()).toBe(members.node.bailiffs.length);
    expect(stored.pool).toHaveLength(members.node.bailiffs.length);
    expect(await pool.locator('[data-chosen="true"]').count()).toBe(1);
    const chosenRow = pool.locator('tbody tr', { has: page.locator('[data-chosen="true"]') });
    expect(await chosenRow.locator('[data-bailiff-id]').getAttribute('data-bailiff-id')).toBe(stored.bailiff.id);
    expect(await chosenRow.locator('[data-eligible="true"]').count()).toBe(1);
    const highlight = await chosenRow.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await pool.locator('tbody tr', { has: page.locator('[data-eligible="false"]') }).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(highlight).not.toBe(plain);

    // Each member's exclusions, translated, exactly as stored; the seed's paused chamber head and suspended
    // bailiff are among them.
    for (const entry of stored.pool) {
      const memberRow = rowWith(page, 'bailiff-id', entry.bailiff.id);
      const shown = await memberRow.locator('[data-exclusion]').evaluateAll((els) => els.map((e) => e.getAttribute('data-exclusion')));
      expect(shown, entry.bailiff.name).toEqual(entry.exclusions);
      expect(await memberRow.locator('[data-eligible]').getAttribute('data-eligible')).toBe(String(entry.eligible));
      for (const reason of entry.exclusions) {
        expect((await memberRow.locator(`[data-exclusion="${reason}"]`).textContent())?.trim()).toBe(
          t.enum.exclusionReason[reason as keyof typeof t.enum.exclusionReason],
        );
      }
    }
    const reasons = new Set(stored.pool.flatMap((e) => e.exclusions));
    expect(reasons).toContain('PAUSED');
    expect(reasons).toContain('SUSPENDED');
    // The chosen bailiff had the lowest count among the eligible (CH2: evenly).
    const eligibleCounts = stored.pool.filter((e) => e.eligible).map((e) => e.count);
    expect(stored.pool.find((e) => e.chosen)?.count).toBe(Math.min(...eligibleCounts));
    await expectAccessible(page, { name: 'chamber-assignment-pool' });
    console.log(`assignment page with the pool (kk): ${await screenshot(page, 'chamber-assignment-pool')}`);
  });

  it('CH2: "Verify" recomputes the assignment from what was stored and shows it verified', async () => {
    const { page } = stack;
    expect(page.url()).toContain(`/assignments/${encodeURIComponent(assignmentId)}`);
    await page.locator('[data-action="verify"]').click();
    const result = page.locator('[data-verified]');
    await result.waitFor();
    expect(await result.getAttribute('data-verified')).toBe('true');
    expect((await result.locator('.or-notice__title').textContent())?.trim()).toBe(t.app.verify.ok);
    expect(await result.locator('.or-notice--success').count()).toBe(1);
    const verification = await graphqlAs(stack.apiUrl, token)<{ verifyAssignment: { ok: boolean; problems: string[] } }>(
      'query ($id: ID!) { verifyAssignment(id: $id) { ok problems } }',
      { id: assignmentId },
    );
    expect(verification.verifyAssignment).toEqual({ ok: true, problems: [] });
    // The policy and the hash chain are on the page: the assignment links to the chain's tip before it.
    expect((await page.locator('[data-section="chain"] [data-fact="previousHash"] code').textContent())?.trim()).toBe(tipBefore.hash);
    expect(await page.locator('[data-section="policy"] [data-policy-version]').count()).toBe(1);
    await expectAccessible(page, { name: 'chamber-assignment-verified' });
    console.log(`assignment verified (kk): ${await screenshot(page, 'chamber-assignment-verified')}`);
  });

  it('CH2: "Assign all waiting" assigns the queue and reports it; the evenness page shows max − min and "N assignments recomputed, all verified"', async () => {
    const { page } = stack;
    const ready = await queue('AWAITING_ASSIGNMENT');
    expect(ready.length).toBeGreaterThan(10);
    await openSection(page, '/queue');
    await page.locator('[data-action="assign-all"]').click();
    await page.locator('[data-action="assign-all-confirm"]').click();
    const outcome = page.locator('[data-outcome="assign-all"]');
    await outcome.waitFor({ timeout: 60_000 });
    const assigned = Number(await outcome.getAttribute('data-assigned-count'));
    const skipped = Number(await outcome.getAttribute('data-skipped-count'));
    expect(assigned + skipped).toBe(ready.length);
    expect(assigned).toBeGreaterThan(0);
    expect(await queue('AWAITING_ASSIGNMENT')).toHaveLength(skipped);
    await expectAccessible(page, { name: 'chamber-assign-all' });
    console.log(`assign all waiting (kk): ${await screenshot(page, 'chamber-assign-all')}`);

    await openSection(page, '/evenness');
    const verification = page.locator('[data-verification]');
    await verification.waitFor();
    const report = await graphqlAs(stack.apiUrl, token)<{
      node: { evenness: { assignmentsChecked: number; failed: unknown[]; all: { min: number; max: number; spread: number }; rows: { bailiff: { id: string }; count: number }[] } };
    }>('query ($id: ID!) { node(id: $id) { ... on Chamber { evenness { assignmentsChecked failed { problems } all { min max spread } rows { bailiff { id } count } } } } }', {
      id: chamberId,
    });
    const evenness = report.node.evenness;
    // Every assignment of the chain (the demo's history, then the one and the rest made here) was recomputed, and all verified.
    expect(evenness.assignmentsChecked).toBe(tipBefore.sequence + 1 + assigned);
    expect(evenness.failed).toEqual([]);
    expect(await verification.getAttribute('data-verification')).toBe('ok');
    expect((await verification.locator('.or-notice__title').textContent())?.trim()).toBe(
      t.app.evenness.allVerified.replace('{{count}}', String(evenness.assignmentsChecked)),
    );
    // Max − min, prominently, as the API computes it; and min and max beside it.
    const spread = page.locator('[data-stat="spread"]');
    expect(Number(await spread.locator('[data-spread]').getAttribute('data-spread'))).toBe(evenness.all.spread);
    expect(evenness.all.spread).toBe(evenness.all.max - evenness.all.min);
    expect((await spread.locator('.ch-stat__label').textContent())?.trim()).toBe(t.app.evenness.spread);
    expect((await spread.locator('.ch-stat__hint').textContent())?.trim()).toBe(
      t.app.evenness.spreadHint.replace('{{min}}', String(evenness.all.min)).replace('{{max}}', String(evenness.all.max)),
    );
    // The counts per bailiff: a bar and a table row each.
    expect(await page.locator('.ch-bars__row').count()).toBe(evenness.rows.length);
    for (const row of evenness.rows) {
      const tableRow = page.locator('tbody tr', { has: page.locator(`a[href$="/bailiffs/${encodeURIComponent(row.bailiff.id)}"]`) });
      expect((await tableRow.locator('td').first().textContent())?.trim()).toBe(String(row.count));
    }
    expect(evenness.rows.reduce((sum, r) => sum + r.count, 0)).toBe(evenness.assignmentsChecked);
    await expectAccessible(page, { name: 'chamber-evenness' });
    console.log(`evenness report (kk): ${await screenshot(page, 'chamber-evenness')}`);
    expect(stack.browser.errors).toEqual([]);
  });
});
