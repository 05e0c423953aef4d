// Browser test (issue 12; LA4, CH1–CH3, G2): on the portal the petitioner opens her recognised foreign judgment
// (a Russian court's, recognised by the Medeu District Court in the demo data) and presents it for enforcement in
// a district of Almaty; the Chamber receives the paper original and assigns a private bailiff (through the API,
// as the chamber console does); the petition page then names the bailiff. Every page passes axe-core WCAG 2.1 AA.
import { describe, expect, it } from 'vitest';
import { devLoginToken, graphqlAs, expectAccessible as expectPageAccessible, screenshot, signInAsDemoUser, useAppUnderTest, type Page } from '@oryndau/testing';

// axe: the shared check of @oryndau/testing (axe-core WCAG 2.1 AA after the page settled, a readable list on failure).
const expectAccessible = (page: Page, what: string) => expectPageAccessible(page, { name: what });

const stack = useAppUnderTest('portal');

describe('a recognised foreign judgment, from the portal to an assigned private bailiff', () => {
  it('LA4, CH1, CH2: the petitioner presents it for enforcement; the Chamber assigns a bailiff; the portal shows who', async () => {
    const { page } = stack;
    await page.goto(stack.appUrl);
    await signInAsDemoUser(page, 'aigerim');
    await page.locator('.or-nav a[href$="/recognition"]').click();
    await page.locator('[data-action="file-petition"]').waitFor();
    await expectAccessible(page, 'the petitions');
    // the recognised one (the demo data's): its row's status reads "recognised" in the UI language
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    const count = await rows.count();
    let opened = false;
    for (let i = 0; i < count && !opened; i++) {
      await rows.nth(i).locator('a').click();
      const form = page.locator('form.pt-enforce-form');
      const found = await form.waitFor({ timeout: 5_000 }).then(() => true, () => false);
      if (found) opened = true;
      else await page.goBack();
    }
    expect(opened).toBe(true);
    await expectAccessible(page, 'the recognised petition');
    const select = page.locator('form.pt-enforce-form select[name="districtId"]');
    // the districts arrive with their own query (and the page's chunk on demand, issue 11): wait for them
    await select.locator('option', { hasText: /Алмал|Almaly/ }).first().waitFor({ state: 'attached' });
    const options = await select.locator('option').evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, label: o.textContent ?? '' })));
    const almaly = options.find((o) => /Алмал|Almaly/.test(o.label));
    expect(almaly).toBeDefined();
    await select.selectOption(almaly!.value);
    await page.locator('form.pt-enforce-form button[type="submit"]').click();
    await page.locator('[data-fact="enforcement"]').waitFor();
    const petitionUrl = page.url();
    const petitionId = decodeURIComponent(petitionUrl.split('/recognition/')[1]!);

    // the Chamber of Almaty City: the paper original (CH3), then the even assignment (CH2), as in its console
    const official = graphqlAs(stack.apiUrl, await devLoginToken(stack.apiUrl, 'chamber.almaty'));
    const aigerim = graphqlAs(stack.apiUrl, await devLoginToken(stack.apiUrl, 'aigerim'));
    const p = await aigerim<{ node: { status: string; executiveDocument: { id: string; kind: string; status: string } } }>(`query($id: ID!) { node(id: $id) { ... on RecognitionPetition { status executiveDocument { id kind status } } } }`, { id: petitionId });
    expect(p.node.status).toBe('IN_ENFORCEMENT');
    expect(p.node.executiveDocument).toMatchObject({ kind: 'FOREIGN_JUDGMENT', status: 'AWAITING_ORIGINAL' });
    const docId = p.node.executiveDocument.id;
    const m = await official<{ markOriginalReceived: { userErrors: unknown[] } }>(`mutation($id: ID!) { markOriginalReceived(input: { documentId: $id }) { userErrors { code message } } }`, { id: docId });
    expect(m.markOriginalReceived.userErrors).toEqual([]);
    const a = await official<{ assignDocument: { userErrors: unknown[]; assignment: { bailiff: { name: string } } | null } }>(`mutation($id: ID!) { assignDocument(input: { documentId: $id }) { userErrors { code message } assignment { bailiff { name } } } }`, { id: docId });
    expect(a.assignDocument.userErrors).toEqual([]);
    const bailiff = a.assignDocument.assignment!.bailiff.name;

    await page.reload();
    await page.locator('[data-fact="enforcement"]').waitFor();
    await expect.poll(async () => (await page.locator('[data-fact="enforcement"] dd').textContent()) ?? '').toContain(bailiff);
    // G2: the stages, the last one the presentation for enforcement
    expect(await page.locator('[data-stage="PETITION_IN_ENFORCEMENT"]').count()).toBe(1);
    await expectAccessible(page, 'the petition in enforcement');
    await screenshot(page, 'recognition-assigned');
  });
});
