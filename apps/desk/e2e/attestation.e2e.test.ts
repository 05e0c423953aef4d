// Browser test (issue 9): the Commission records its vote at the desk — the last member's vote on a candidate
// interviewed today, then the chair's decision by majority with the dissent kept (A8) — against the real API on
// a fresh database with the demo data, in headless Chromium.
import { describe, expect, it } from 'vitest';
import { graphqlRequest, screenshot, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { en } from '../src/i18n/en.ts';

const stack = useAppUnderTest('desk', { signInAs: 'commission.almaty' });

describe('desk: attestation', () => {
  it('A8: the chair votes on the interviewed candidate and records the Commission’s decision; the dissent is kept', async () => {
    const { page } = stack;
    await page.locator('.or-language__option[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.locator('.or-nav a[href="/attestation"]').click();
    await page.locator('[data-testid="desk-sessions"]').waitFor();
    await expectAccessible(page, { name: 'desk attestation sessions' });
    // today's Almaty session (seeded, held): candidate.today.3 was interviewed and has three of four votes
    const sessions = await graphqlRequest<{ attestationSessions: { edges: { node: { id: string; status: string; region: { code: string } } }[] } }>(stack.apiUrl, '{ attestationSessions(first: 50, upcoming: false) { edges { node { id status region { code } } } } }');
    const today = sessions.attestationSessions.edges.map((e) => e.node).find((s) => s.region.code === 'ALA' && s.status === 'HELD');
    expect(today).toBeDefined();
    await page.goto(stack.url(`/attestation/sessions/${encodeURIComponent(today!.id)}`));
    const card = page.locator('article', { has: page.getByRole('button', { name: en.attestation.votePass, exact: true }) }).first();
    await card.waitFor({ timeout: 30_000 });
    await expectAccessible(page, { name: 'desk attestation session' });
    const number = await card.getAttribute('data-number');
    await card.getByRole('button', { name: en.attestation.votePass, exact: true }).click();
    const votes = page.locator(`[data-testid="votes-${number}"] li`);
    await page.waitForFunction((n) => document.querySelectorAll(`[data-testid="votes-${n}"] li`).length === 4, number);
    expect(await votes.count()).toBe(4);
    await page.locator(`article[data-number="${number}"]`).getByRole('button', { name: en.attestation.decide }).click();
    const decision = page.locator(`[data-testid="decision-${number}"]`);
    await decision.waitFor();
    expect(await decision.textContent()).toContain('3:1');
    expect(await page.locator(`[data-testid="votes-${number}"]`).textContent()).toContain(en.attestation.dissent);
    await expectAccessible(page, { name: 'desk-attestation-vote' });
    console.log(`desk vote (en): ${await screenshot(page, 'desk-attestation-vote')}`);
  }, 120_000);
});
