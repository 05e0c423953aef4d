// Browser test (issue 9): a candidate applies for the licence on the portal (the form asks only for the basis:
// what the state holds is pulled, L2), pays the fee through the sandbox gateway (L6), the licensing officer checks
// and issues it through the API (L3, L7, L9); the candidate downloads the signed licence as PDF and its signature
// verifies — on the application's page and on the public check page its QR code leads to.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest, screenshot, useAppUnderTest } from '@oryndau/testing';
import { chooseLanguage, type Dictionary } from './support.ts';

const LOGIN = 'candidate';
let officer = '';
let t: Dictionary;

const stack = useAppUnderTest('portal', {
  setUp: async ({ apiUrl }) => {
    officer = await devLoginToken(apiUrl, 'licensing');
  },
  signInAs: LOGIN,
});

beforeAll(async () => {
  t = await chooseLanguage(stack.page, 'kk');
});

describe('the licence, signed and verified', () => {
  it('L2, L5, L6, L9: apply, pay, get the licence issued; the PDF downloads and its signature verifies', async () => {
    const page = stack.page;
    await page.goto(stack.url('/licences/apply'));
    await page.getByText(t.licence.apply.pulled).waitFor();
    await page.locator('[name="attestationDecision.number"]').fill('АК-2026-ALA-11');
    await page.locator('[name="attestationDecision.date"]').fill('2026-10-20');
    await page.locator('[name="attestationDecision.region"]').fill('Алматы қаласы');
    await page.getByRole('button', { name: t.licence.apply.submit }).click();
    await page.waitForURL(/\/licences\/applications\//);
    // what was pulled, and from where (the sandbox), never asked
    await page.locator('[data-system="CRIMINAL_RECORD"]').waitFor();
    expect(await page.locator('[data-system]').count()).toBe(7);
    // L6: pay through the gateway
    await page.getByRole('button', { name: t.licence.app.payGateway }).click();
    await page.getByText(t.licence.app.paid, { exact: false }).first().waitFor();
    const id = decodeURIComponent(page.url().split('/licences/applications/')[1]!);
    // the licensing officer checks completeness and issues (their own browser test lives with the desk)
    const check = await graphqlRequest<{ checkLicenceCompleteness: { userErrors: unknown[] } }>(stack.apiUrl, `mutation($id: ID!) { checkLicenceCompleteness(input: { applicationId: $id, missing: [] }) { userErrors { code } } }`, { id }, officer);
    expect(check.checkLicenceCompleteness.userErrors).toEqual([]);
    const issued = await graphqlRequest<{ issueLicence: { userErrors: unknown[]; licence: { number: string }; document: { id: string; qrPayload: string } } }>(
      stack.apiUrl,
      `mutation($id: ID!) { issueLicence(input: { applicationId: $id }) { userErrors { code } licence { number } document { id qrPayload } } }`,
      { id },
      officer,
    );
    expect(issued.issueLicence.userErrors).toEqual([]);
    await page.reload();
    await page.getByText(t.licence.app.licence.replace('{{number}}', issued.issueLicence.licence.number)).waitFor();
    // the download: a real PDF of the licence
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.ui.signedDocuments.download }).click()]);
    expect(download.suggestedFilename()).toBe(`${issued.issueLicence.licence.number}.pdf`);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.includes(Buffer.from('Ed25519'))).toBe(false); // the text is embedded as glyphs of the subset font, not plain
    // the signature check on the page
    await page.getByRole('button', { name: t.ui.signedDocuments.verify }).click();
    await page.getByTestId('verification').getByText(t.ui.signedDocuments.valid).waitFor();
    // the public check page its QR code leads to (same document, by its address)
    const path = new URL(issued.issueLicence.document.qrPayload).pathname + new URL(issued.issueLicence.document.qrPayload).search;
    await page.goto(stack.url(path));
    await page.getByTestId('verification-result').getByText(t.ui.signedDocuments.valid).waitFor();
    await screenshot(page, 'licence-verified');
  });
});
