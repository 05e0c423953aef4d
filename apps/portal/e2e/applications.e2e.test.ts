// Browser test: the applicant's applications (home summary, "My applications", an application's page with its
// document, bailiff, proceedings and stages), against the real API on a fresh database with the demo data.
import { beforeAll, describe, expect, it } from 'vitest';
import { devLoginToken, graphqlRequest, screenshot, useAppUnderTest, expectAccessible } from '@oryndau/testing';
import { applicant, chooseLanguage, storedApplications, submitThroughApi, type Dictionary, type Places } from './support.ts';

const LOGIN = 'aigerim';
let token = '';
let where: Places;
let t: Dictionary;

const stack = useAppUnderTest('portal', {
  browser: { timezoneId: 'Europe/London' },
  setUp: async ({ apiUrl }) => ({ token, where } = await applicant(apiUrl, LOGIN)),
  signInAs: LOGIN,
});

beforeAll(async () => {
  t = await chooseLanguage(stack.page, 'ru');
});

interface Detail {
  id: string;
  number: string;
  status: string;
  refusalGrounds: string[];
  refusalReason: string | null;
  executiveDocument: {
    id: string;
    status: string;
    routing: string;
    proceeding: {
      number: string;
      status: string;
      decisionDueOn: string;
      refusalGround: string | null;
      refusalReason: string | null;
      measures: { kind: string; description: string }[];
    } | null;
  } | null;
}

/** The viewer's enforcement applications with their documents and proceedings, as the API has them. */
async function details(): Promise<Detail[]> {
  const data = await graphqlRequest<{ applications: { edges: { node: Detail }[] } }>(
    stack.apiUrl,
    `{ applications(first: 100, filter: { kinds: [ENFORCEMENT_INITIATION] }) { edges { node {
        id number status refusalGrounds refusalReason
        executiveDocument { id status routing proceeding { number status decisionDueOn refusalGround refusalReason measures { kind description } } }
    } } } }`,
    {},
    token,
  );
  return data.applications.edges.map((e) => e.node);
}

interface Assigned {
  application: { id: string; number: string };
  assignment: { id: string; rule: string | null; tiedCount: number; bailiff: { name: string } };
}

let assignedOnce: Promise<Assigned> | undefined;

/**
 * An application of Aigerim's whose document the Chamber of Almaty City has appointed a bailiff to: she applies,
 * the Chamber receives the paper original (CH3) and assigns by its policy (CH2). Made once per file.
 */
function assignedApplication(): Promise<Assigned> {
  assignedOnce ??= (async () => {
    const application = await submitThroughApi(stack.apiUrl, token, where, '7514-26-00-2/6001');
    const documentId = application.executiveDocument!.id;
    const chamber = await devLoginToken(stack.apiUrl, 'chamber.almaty');
    await graphqlRequest(stack.apiUrl, 'mutation ($id: ID!) { markOriginalReceived(input: { documentId: $id }) { userErrors { message } } }', { id: documentId }, chamber);
    const assigned = await graphqlRequest<{ assignDocument: { userErrors: { message: string }[]; assignment: Assigned['assignment'] | null } }>(
      stack.apiUrl,
      'mutation ($id: ID!) { assignDocument(input: { documentId: $id }) { userErrors { message } assignment { id rule tiedCount bailiff { name } } } }',
      { id: documentId },
      chamber,
    );
    const assignment = assigned.assignDocument.assignment;
    if (!assignment) throw new Error(`The Chamber could not assign: ${JSON.stringify(assigned)}`);
    return { application, assignment };
  })();
  return assignedOnce;
}

async function openApplication(id: string) {
  const { page } = stack;
  await page.goto(stack.url(`/applications/${encodeURIComponent(id)}`));
  await page.locator('.pt-stages').waitFor();
  await expectAccessible(page, { name: 'portal application page' });
}

describe('portal: my applications', () => {
  it('CH3: the home page counts the active applications and names those whose paper original the Chamber awaits', async () => {
    const { page } = stack;
    const all = await details();
    const stored = await storedApplications(stack.apiUrl, token);
    const active = stored.filter((a) => ['REGISTERED', 'IN_REVIEW', 'HEARING'].includes(a.status));
    const awaiting = all.filter((a) => a.executiveDocument?.status === 'AWAITING_ORIGINAL');
    expect(awaiting.length).toBeGreaterThan(0);
    await page.locator('.or-nav a[href="/"]').click();
    await page.locator('.pt-home-summary [data-testid="active-count"]').waitFor();
    expect((await page.locator('[data-testid="active-count"]').textContent())?.trim()).toBe(String(active.length));
    expect((await page.locator('.pt-home-originals').textContent()) ?? '').toContain(t.home.originalsTitle);
    expect((await page.locator('.pt-home-originals li').allTextContents()).map((s) => s.trim()).sort()).toEqual(awaiting.map((a) => a.number).sort());
    await expectAccessible(page, { name: 'portal-home-summary-ru' });
    console.log(`home (ru): ${await screenshot(page, 'portal-home-summary-ru')}`);

    // The application's page says what to do and where: bring the original to the Chamber of Almaty City.
    await page.locator('.pt-home-originals a').first().click();
    await page.locator('.pt-original-needed').waitFor();
    const notice = (await page.locator('.pt-original-needed').textContent()) ?? '';
    expect(notice).toContain(t.executiveDocument.originalTitle);
    expect(notice).toContain('Almaty City');
    expect((await page.locator('.pt-document .or-status').textContent())?.trim()).toBe(t.ui.enum.documentStatus.AWAITING_ORIGINAL);
    expect((await page.locator('.pt-document .pt-explain').first().textContent())?.trim()).toBe(t.documentStatusHint.AWAITING_ORIGINAL);
  });

  it('“My applications” shows ten at a time, newest first, and the rest with “Show more”', async () => {
    const { page } = stack;
    const stored = await storedApplications(stack.apiUrl, token);
    // Enough applications for two pages.
    for (let i = stored.length; i < 14; i++) await submitThroughApi(stack.apiUrl, token, where, `7514-26-00-2/${5000 + i}`);
    const expected = (await storedApplications(stack.apiUrl, token)).map((a) => a.number);
    expect(expected.length).toBeGreaterThan(10);

    await page.locator('.or-nav a[href$="/applications"]').click();
    await page.locator('.pt-application-link').first().waitFor();
    const numbers = () => page.locator('.pt-application-link').allTextContents();
    expect(await numbers()).toEqual(expected.slice(0, 10));
    await page.locator('.or-table__more button').click();
    await page.waitForFunction((n) => document.querySelectorAll('.pt-application-link').length === n, expected.length);
    expect(await numbers()).toEqual(expected);
    expect(await page.locator('.or-table__more button').count()).toBe(0);
    await expectAccessible(page, { name: 'portal-my-applications-ru' });
    console.log(`my applications, all pages (ru): ${await screenshot(page, 'portal-my-applications-ru')}`);
  });

  it('CH2: the claimant sees the private bailiff the Chamber appointed and why, and verifies the appointment', async () => {
    const { page } = stack;
    const { application, assignment } = await assignedApplication();
    await openApplication(application.id);
    await page.locator('.pt-assignment__name').waitFor();
    expect((await page.locator('.pt-assignment__name').textContent())?.trim()).toBe(assignment.bailiff.name);
    const rule = assignment.rule as keyof Dictionary['assignmentRule'];
    expect((await page.locator('.pt-assignment__why > p').textContent())?.trim()).toBe(t.assignmentRule[rule].replace('{{count}}', String(assignment.tiedCount)));
    expect(await page.locator('.pt-document .or-status').getAttribute('data-status')).toBe('ASSIGNED');
    expect(await page.locator('.pt-original-needed').count()).toBe(0);

    await page.getByRole('button', { name: t.assignment.verify }).click();
    const verification = page.locator('.pt-verification[data-ok]');
    await verification.waitFor();
    expect(await verification.getAttribute('data-ok')).toBe('true');
    expect((await verification.locator('.or-notice__title').textContent())?.trim()).toBe(t.assignment.okTitle);
    expect((await verification.textContent()) ?? '').toContain(assignment.bailiff.name);
    await expectAccessible(page, { name: 'portal-application-assigned-ru' });
    console.log(`appointed bailiff, verified (ru): ${await screenshot(page, 'portal-application-assigned-ru')}`);
  });

  it('E4: once the bailiff has the case, the proceedings show the decision due within 3 working days', async () => {
    const { page } = stack;
    const { application } = await assignedApplication();
    const assigned = (await details()).find((a) => a.id === application.id);
    expect(assigned?.executiveDocument?.status).toBe('ASSIGNED');
    const proceeding = assigned!.executiveDocument!.proceeding!;
    expect(proceeding.status).toBe('AWAITING_DECISION');
    await openApplication(assigned!.id);
    const card = page.locator('.pt-proceeding');
    expect((await card.textContent()) ?? '').toContain(proceeding.number);
    expect((await card.locator('.or-status').textContent())?.trim()).toBe(t.ui.enum.proceedingStatus.AWAITING_DECISION);
    const badge = card.locator('.pt-proceeding__due .or-deadline');
    expect(await badge.locator('time').getAttribute('datetime')).toBe(proceeding.decisionDueOn);
    expect(await badge.getAttribute('data-state')).not.toBe('overdue');
    expect((await card.textContent()) ?? '').toContain(t.proceeding.decisionDue);
  });

  it('E5, G1: a refusal to initiate proceedings shows its ground and its reasons', async () => {
    const { page } = stack;
    const refused = (await details()).find((a) => a.status === 'REFUSED');
    expect(refused).toBeDefined();
    expect(refused!.refusalReason).toBeTruthy();
    await openApplication(refused!.id);
    const notice = page.locator('.pt-refusal');
    expect((await notice.locator('[data-ground]').textContent())?.trim()).toBe(t.ui.enum.proceedingRefusalGround.ARTICLE_38_NONCOMPLIANCE);
    expect((await notice.textContent()) ?? '').toContain(refused!.refusalReason!);
    expect((await notice.textContent()) ?? '').toContain(t.application.applyAgain);
    const proceeding = refused!.executiveDocument!.proceeding!;
    expect((await page.locator('.pt-proceeding__ground').textContent())?.trim()).toBe(t.ui.enum.proceedingRefusalGround.ARTICLE_38_NONCOMPLIANCE);
    expect((await page.locator('.pt-proceeding__reason').textContent())?.trim()).toBe(proceeding.refusalReason);
    await expectAccessible(page, { name: 'portal-application-refused-ru' });
    console.log(`refused application (ru): ${await screenshot(page, 'portal-application-refused-ru')}`);
  });

  it('E6: the enforcement measures taken are listed with their translated names', async () => {
    const { page } = stack;
    const enforced = (await details()).find((a) => (a.executiveDocument?.proceeding?.measures.length ?? 0) > 0);
    expect(enforced).toBeDefined();
    const measures = enforced!.executiveDocument!.proceeding!.measures;
    await openApplication(enforced!.id);
    const rows = page.locator('.pt-proceeding__measures tbody tr');
    expect(await rows.count()).toBe(measures.length);
    for (const [i, measure] of measures.entries()) {
      const kind = rows.nth(i).locator('[data-kind]');
      expect(await kind.getAttribute('data-kind')).toBe(measure.kind);
      expect((await kind.textContent())?.trim()).toBe(t.ui.enum.measureKind[measure.kind as keyof Dictionary['ui']['enum']['measureKind']]);
      expect((await rows.nth(i).textContent()) ?? '').toContain(measure.description);
    }
    await expectAccessible(page, { name: 'portal-application-measures-ru' });
    console.log(`measures taken (ru): ${await screenshot(page, 'portal-application-measures-ru')}`);
    // The same page in Kazakh, to look at.
    await chooseLanguage(page, 'kk');
    await page.locator('.pt-proceeding__measures tbody tr').first().waitFor();
    await expectAccessible(page, { name: 'portal-application-measures-kk' });
    console.log(`measures taken (kk): ${await screenshot(page, 'portal-application-measures-kk')}`);
    expect(stack.browser.errors).toEqual([]);
  });
});
