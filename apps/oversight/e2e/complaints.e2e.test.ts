// complaints (issue 10) — browser test across apps: the head of the provider (a justice officer of Almaty City)
// finds the complaint in the oversight app's queue, sees the item complained about, extends the term once with
// its reasons (C3) and decides it with reasons (G1); the complainant then sees the decision in the portal, opens it
// as a page, downloads the signed PDF and checks its signature (C4). Every page passes axe-core's WCAG 2.1 AA rules.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en as uiEn, kk as uiKk, ru as uiRu } from '../../../packages/ui/src/i18n/index.ts';
import { devLoginToken, expectAccessible, graphqlAs, screenshot, signInAsDemoUser, signOut, useAppUnderTest } from '@oryndau/testing';

let complaint: { id: string; number: string; dueOn: string };

const stack = useAppUnderTest('oversight', {
  alsoServe: ['portal'],
  setUp: async ({ apiUrl }) => {
    // aigerim complains, through the API, about the inaction on her attestation application past its period
    const gql = graphqlAs(apiUrl, await devLoginToken(apiUrl, 'aigerim'));
    const apps = await gql<{ applications: { edges: { node: { id: string; overdue: boolean; kind: string } }[] } }>('{ applications(first: 100) { edges { node { id overdue kind } } } }');
    const app = apps.applications.edges.map((e) => e.node).find((a) => a.overdue && a.kind === 'ATTESTATION');
    if (!app) throw new Error('no overdue attestation application of aigerim’s in the demo data');
    const r = await gql<{ fileComplaint: { userErrors: unknown[]; complaint: { id: string; number: string; dueOn: string } } }>(
      'mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { userErrors { code message } complaint { id number dueOn } } }',
      { input: { addressee: 'PROVIDER_HEAD', about: 'INACTION', applicationId: app.id, subject: 'No decision within the service period', text: 'The service period has ended and no decision was issued.' } },
    );
    if (r.fileComplaint.userErrors.length) throw new Error(JSON.stringify(r.fileComplaint.userErrors));
    complaint = r.fileComplaint.complaint;
  },
  signInAs: 'justice.almaty',
});

describe('oversight: a handler works a complaint (issue 10)', () => {
  it('C1, C2: the complaint is in the queue of the provider’s head with its last day; the item complained about is one click away', async () => {
    const { page } = stack;
    await page.locator('.or-nav a[href$="/complaints"]').click();
    const row = page.locator('tr', { has: page.locator(`a:text-is("${complaint.number}")`) });
    await row.waitFor();
    await expectAccessible(page, { name: 'complaints queue' });
    console.log(`queue: ${await screenshot(page, 'oversight-complaints-queue')}`);
    await row.locator('a[href$="#item"]').click();
    await page.locator('[data-testid="item-application"]').waitFor();
    await expectAccessible(page, { name: 'complaint item' });
  });

  it('C3, G1: extends the term once (the second time the form is gone) and decides with reasons', async () => {
    const { page } = stack;
    const extend = page.locator('section[aria-labelledby="complaint-extend"]');
    await extend.locator('textarea').fill('The commission’s minutes are requested from its secretary.');
    await extend.locator('button[type="submit"]').click();
    await page.locator('.ov-stages li[data-stage="EXTENSION_NOTICE_SENT"]').waitFor();
    expect(await page.locator('section[aria-labelledby="complaint-extend"]').count()).toBe(0); // C3: once
    const decide = page.locator('section[aria-labelledby="complaint-decide"]');
    await decide.locator('select').selectOption('UPHELD');
    await decide.locator('textarea').fill('The service period was missed without a ground; the application is to be decided within two working days.');
    await decide.locator('button[type="submit"]').click();
    await page.locator('.ov-stages li[data-stage="DECIDED"]').waitFor();
    expect(await page.locator('.or-status').first().getAttribute('data-status')).toBe('UPHELD');
    // the extension's notice (C3) and the decision were issued as signed documents, each listed with its step
    await page.locator('.or-documents li[data-kind="COMPLAINT_DECISION"]').waitFor();
    expect(await page.locator('.or-documents li').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).toEqual(['COMPLAINT_EXTENSION_NOTICE', 'COMPLAINT_DECISION']);
    await expectAccessible(page, { name: 'complaint decided' });
    console.log(`decided: ${await screenshot(page, 'oversight-complaint-decided')}`);
  });

  it('G1, G2: the complainant sees the extension, the decision and its reasons in the portal, and opens it as a document', async () => {
    const { page } = stack;
    await signOut(page);
    await page.goto(stack.url(`/complaints/${encodeURIComponent(complaint.id)}`, 'portal'));
    await signInAsDemoUser(page, 'aigerim');
    const decision = page.locator('.pt-decision');
    await decision.waitFor();
    expect(await decision.getAttribute('data-outcome')).toBe('UPHELD');
    expect(await decision.textContent()).toContain('The service period was missed without a ground');
    expect(await page.locator('.pt-timeline__item').evaluateAll((items) => items.map((i) => i.getAttribute('data-stage')))).toEqual(['REGISTERED', 'EXTENDED', 'EXTENSION_NOTICE_SENT', 'DECIDED']);
    await expectAccessible(page, { name: 'decided complaint' });
    // C4: the signed decision — a real PDF, and a signature that checks
    const documents = decision.locator('.or-documents li');
    expect(await documents.count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), documents.locator('button').nth(0).click()]);
    expect(download.suggestedFilename()).toMatch(/^CMP-DEC-\d{4}-\d{6}\.pdf$/);
    expect(readFileSync((await download.path())!).subarray(0, 5).toString()).toBe('%PDF-');
    await documents.locator('button').nth(1).click();
    const verification = documents.locator('[data-testid="verification"]');
    await verification.waitFor();
    expect([uiEn, uiKk, uiRu].map((m) => m.signedDocuments.valid)).toContain((await verification.textContent())?.trim());
    await expectAccessible(page, { name: 'decided complaint, signature checked' });
    await page.locator('a[href$="/decision"]').click();
    await page.locator('.pt-decision').waitFor();
    expect(page.url()).toMatch(/\/decision$/);
    await expectAccessible(page, { name: 'decision document' });
    console.log(`decision document: ${await screenshot(page, 'portal-complaint-decision')}`);
  });
});
