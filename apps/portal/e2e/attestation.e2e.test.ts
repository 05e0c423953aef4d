// Browser test (issue 9): a candidate applies for attestation on the portal and sees every deadline of the
// application computed by the working calendar (A1, A2, A3, A4, A11, A12, T3), against the real API on a fresh
// database with the demo data, in headless Chromium.
import { describe, expect, it } from 'vitest';
import { graphqlRequest, devLoginToken, screenshot, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { en } from '../src/i18n/en.ts';

const LOGIN = 'timur';
const stack = useAppUnderTest('portal', { signInAs: LOGIN });

describe('portal: attestation', () => {
  it('A1, A2, A3, A12: a candidate applies for an announced session and sees every deadline with its due date', async () => {
    const { page } = stack;
    await page.locator('.or-language__option[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    // the session in Karaganda region, 15 working days ahead (seeded): open for applications
    const sessions = await graphqlRequest<{ attestationSessions: { edges: { node: { id: string; open: boolean; applicationsCloseOn: string; region: { code: string } } }[] } }>(
      stack.apiUrl,
      '{ attestationSessions(first: 50) { edges { node { id open applicationsCloseOn region { code } } } } }',
    );
    const karaganda = sessions.attestationSessions.edges.map((e) => e.node).find((s) => s.region.code === 'KAR' && s.open);
    expect(karaganda).toBeDefined();
    await page.locator(`.or-nav a[href="/attestation"]`).click();
    await page.locator('[data-testid="attestation-sessions"]').waitFor();
    await expectAccessible(page, { name: 'portal attestation sessions' });
    await page.locator(`tr[data-session="${karaganda!.id}"] a`).click();
    await page.getByLabel(en.attestation.field.form.diploma.institution).waitFor();
    await expectAccessible(page, { name: 'portal attestation form' });
    // A2: the form; identity is not asked (A3)
    await page.getByLabel(en.attestation.field.form.diploma.institution).fill('Karaganda Buketov University');
    await page.getByLabel(en.attestation.field.form.diploma.specialtyCode).fill('6B04201');
    await page.getByLabel(en.attestation.field.form.diploma.number).fill('JB-B 7654321');
    await page.getByLabel(en.attestation.field.form.diploma.issuedOn).fill('2019-06-20');
    await page.getByLabel(en.attestation.field.form.internship.conclusionApprovedOn).fill('2026-05-14');
    await page.getByLabel(en.attestation.field.form.internship.regionalChamber).fill('Regional Chamber of Private Bailiffs of Astana');
    await page.getByLabel(en.attestation.field.form.internship.supervisor).fill('Omarova M. K.');
    await page.getByLabel(en.attestation.field.form.internship.startedOn).fill('2025-09-01');
    await page.getByLabel(en.attestation.field.form.internship.endedOn).fill('2026-03-01');
    await page.getByLabel(en.attestation.field.form.address).fill('Astana, Mangilik El 8, apt 12');
    await page.getByLabel(en.attestation.field.form.email).fill('timur.akhmetov@mail.kz');
    await page.getByLabel(en.attestation.field.form.phone).fill('+7 701 555 22 33');
    // sending without the confirmations: refused field by field (A2), nothing stored
    await page.getByRole('button', { name: en.attestation.submit }).click();
    await page.locator('.or-error-summary').waitFor();
    await expectAccessible(page, { name: 'portal attestation form with user errors' });
    await page.getByLabel(en.attestation.field.form.confirmations).check();
    await page.getByLabel(en.attestation.field.form.healthRegistryConsent).check();
    await page.getByLabel(en.attestation.field.form.signedWithEds).check();
    await page.getByRole('button', { name: en.attestation.submit }).click();
    // the application's page: the deadlines of the attestation
    const table = page.locator('[data-testid="attestation-deadlines"]');
    await table.waitFor({ timeout: 30_000 });
    const kinds = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-kind')));
    expect(kinds).toEqual(['APPLICATIONS_CLOSE', 'REGISTRATION', 'COMPLETENESS_CHECK', 'HEARING_NOTICE', 'SERVICE_PERIOD']);
    // the due dates are the API's (computed by the calendar), shown as dates
    const token = await devLoginToken(stack.apiUrl, LOGIN);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    const stored = await graphqlRequest<{ node: { attestation: { deadlines: { kind: string; dueOn: string }[] }; form: { stateRecords: { identity: { source: string } } } } }>(
      stack.apiUrl, 'query($id: ID!) { node(id: $id) { ... on ServiceApplication { form attestation { deadlines { kind dueOn } } } } }', { id }, token,
    );
    expect(stored.node.attestation.deadlines.find((d) => d.kind === 'APPLICATIONS_CLOSE')!.dueOn).toBe(karaganda!.applicationsCloseOn);
    for (const d of stored.node.attestation.deadlines) {
      expect(await table.locator(`tr[data-kind="${d.kind}"] .or-deadline time[datetime="${d.dueOn}"]`).count()).toBe(1);
    }
    // A3: what the state systems gave, with its source
    expect(stored.node.form.stateRecords.identity.source).toBe('IDENTITY_REGISTER');
    expect(await page.getByRole('heading', { name: en.attestation.stateTitle, exact: true }).count()).toBe(1);
    await expectAccessible(page, { name: 'portal-attestation-deadlines' });
    console.log(`attestation application (en): ${await screenshot(page, 'portal-attestation-deadlines')}`);
  }, 120_000);
});
