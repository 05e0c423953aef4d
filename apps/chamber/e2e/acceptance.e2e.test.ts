// The acceptance flow across apps, against one real API on a fresh database, in headless Chromium: a claimant
// files an enforcement application on the portal; the Chamber of Almaty City receives the paper original,
// assigns a private bailiff and verifies the assignment; the bailiff initiates the proceedings within the
// 3-working-day deadline and records a measure; the claimant sees it on the portal.
//
// About the bailiff: the demo data give user accounts to two private bailiffs only (`bailiff`, Askhat Ospanov,
// competent for Almaly District of Almaty City, and `bailiff.astana`). Two other members of the Almaty chamber
// are competent for Almaly District: the chamber head (distribution paused) and one more bailiff, with no
// account. So that the case can only go to a bailiff who can sign in, the official first records a short
// sickness of that bailiff (through the console, as a chamber official would); the policy then chooses among
// who is left, and the pool shows her as absent. The appointed bailiff's login is then found, as anyone
// would, among the demo users (`demoUsers`): the one whose "My cases" holds the case.
import { describe, expect, it } from 'vitest';
import {
  addDays,
  almatyToday,
  demoUserButton,
  devLoginToken,
  graphqlAs,
  graphqlRequest,
  screenshot,
  signInAsDemoUser,
  signOut,
  uiLanguage,
  useAppUnderTest,
  expectAccessible,
} from '@oryndau/testing';
import { dictionary, loginOfBailiffWithCase, officialChamberId, openSection, rowWith, storedAssignment } from './support.ts';

const CLAIMANT = 'aigerim';
const OFFICIAL = 'chamber.almaty';
const DISTRICT_CODE = 'ALA-ALMALY';
/** A case number of its own, to find the document among the demo data. */
const CASE_NUMBER = `7511-26-00-2/${Math.floor(10_000 + Math.random() * 89_999)}`;
// IINs with a valid control digit (the API checks it).
const CLAIMANT_IIN = '910412418623';
const DEBTOR = { name: 'Ахметов Ерлан Болатович', idNumber: '850302300127', address: 'г. Алматы, ул. Толе би, д. 59, кв. 14' };

let officialToken = '';
let chamberId = '';
let districtId = '';
// Carried from step to step.
let applicationId = '';
let documentId = '';
let assignmentId = '';
let proceedingId = '';
let proceedingNumber = '';
let bailiffLogin = '';

// The chamber app, and the portal on the same API.
const stack = useAppUnderTest('chamber', {
  alsoServe: ['portal'],
  setUp: async ({ apiUrl }) => {
    officialToken = await devLoginToken(apiUrl, OFFICIAL);
    chamberId = await officialChamberId(apiUrl, officialToken);
    const regions = await graphqlRequest<{ regions: { code: string; districts: { id: string; code: string }[] }[] }>(apiUrl, '{ regions { code districts { id code } } }');
    districtId = regions.regions.find((r) => r.code === 'ALA')?.districts.find((d) => d.code === DISTRICT_CODE)?.id ?? '';
    expect(districtId).not.toBe('');
  },
});

describe('acceptance: from the claimant’s application to the first enforcement measure', () => {
  it('the claimant files a complete enforcement application on the portal, for Almaly District of Almaty City', async () => {
    const { page } = stack;
    await page.goto(stack.appUrlOf('portal'));
    await signInAsDemoUser(page, CLAIMANT);
    await page.locator('.or-nav a[href$="/apply/enforcement"]').click();
    const form = page.locator('form.pt-apply-form');
    await form.waitFor();
    const input = (name: string) => form.locator(`[name="${name}"]`);
    // The claimant's name comes from the account.
    expect(await input('claimant.name').inputValue()).not.toBe('');
    await input('claimant.idNumber').fill(CLAIMANT_IIN);
    await input('claimant.address').fill('г. Алматы, ул. Казыбек би, д. 23');
    await input('claimant.phone').fill('+7 701 555 12 34');
    await input('debtor.name').fill(DEBTOR.name);
    await input('debtor.idNumber').fill(DEBTOR.idNumber);
    await input('debtor.address').fill(DEBTOR.address);
    await input('executiveDocument.court').fill('Алмалинский районный суд г. Алматы');
    await input('executiveDocument.caseNumber').fill(CASE_NUMBER);
    await input('executiveDocument.issuedOn').fill(addDays(almatyToday(), -30));
    await form.locator('input[name="executiveDocument.category"][value="PRIVATE_CLAIM"]').check();
    await input('executiveDocument.amountTenge').fill('1 250 000');
    const regions = await graphqlRequest<{ regions: { id: string; code: string }[] }>(stack.apiUrl, '{ regions { id code } }');
    const almatyId = regions.regions.find((r) => r.code === 'ALA')?.id ?? '';
    expect(await input('executiveDocument.region').locator(`option[value="${almatyId}"]`).count()).toBe(1);
    await input('executiveDocument.region').selectOption(almatyId);
    await input('executiveDocument.districtId').selectOption(districtId);
    await form.locator('input[name="documents"][value="EXECUTIVE_DOCUMENT"]').check();
    expect(await page.locator('.pt-missing').count()).toBe(0);
    await expectAccessible(page, { name: 'acceptance-portal-form' });
    console.log(`portal: the claimant's application: ${await screenshot(page, 'acceptance-portal-form')}`);
    await form.locator('button[type="submit"]').click();

    await page.waitForURL(/\/applications\/[^/]+$/);
    applicationId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.locator('.pt-application-summary .or-status[data-status="REGISTERED"]').waitFor();
    const claimantToken = await devLoginToken(stack.apiUrl, CLAIMANT);
    const stored = await graphqlAs(stack.apiUrl, claimantToken)<{ node: { status: string; executiveDocument: { id: string; caseNumber: string; status: string; routing: string } | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on ServiceApplication { status executiveDocument { id caseNumber status routing } } } }',
      { id: applicationId },
    );
    expect(stored.node.status).toBe('REGISTERED');
    // CH1: a private claim goes to the Chamber, which waits for the paper original (CH3).
    expect(stored.node.executiveDocument).toMatchObject({ caseNumber: CASE_NUMBER, routing: 'CHAMBER', status: 'AWAITING_ORIGINAL' });
    documentId = stored.node.executiveDocument?.id ?? '';
    await expectAccessible(page, { name: 'acceptance-portal-registered' });
    console.log(`portal: the application registered: ${await screenshot(page, 'acceptance-portal-registered')}`);
  });

  it('CH3, CH2: chamber.almaty finds the document in the queue, marks the original received, assigns it, and the assignment verifies', async () => {
    const { page } = stack;
    await page.goto(stack.appUrl);
    await signInAsDemoUser(page, OFFICIAL);
    const t = dictionary(await uiLanguage(page));

    // The set-up explained at the top of this file: the only other bailiff of the district without an
    // account is recorded sick for a week (short: her open cases stay with her).
    const members = await graphqlAs(stack.apiUrl, officialToken)<{ node: { bailiffs: { id: string; name: string; isChamberHead: boolean; districts: { code: string }[] }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Chamber { bailiffs { id name isChamberHead districts { code } } } } }',
      { id: chamberId },
    );
    const others = members.node.bailiffs.filter((b) => !b.isChamberHead && !b.name.startsWith('Оспанов') && b.districts.some((d) => d.code === DISTRICT_CODE));
    for (const other of others) {
      await openSection(page, '/bailiffs');
      await rowWith(page, 'bailiff-id', other.id).locator('a').first().click();
      await page.locator('[data-section="availability"] form').waitFor();
      const form = page.locator('[data-section="availability"] form[aria-label]').last();
      await form.locator('select[name="kind"]').selectOption('SICKNESS');
      await form.locator('input[name="startsOn"]').fill(almatyToday());
      await form.locator('input[name="endsOn"]').fill(addDays(almatyToday(), 6));
      await form.locator('textarea[name="reason"]').fill('Certificate of incapacity for work');
      await form.locator('button[type="submit"]').click();
      const recorded = page.locator('[data-outcome="availability"]');
      await recorded.waitFor();
      expect(await recorded.getAttribute('data-redistributed')).toBe('0');
      await page.locator('[data-section="availability"] tbody [data-availability-kind="SICKNESS"]').waitFor();
      await expectAccessible(page, { name: 'acceptance-chamber-sickness' });
      console.log(`chamber: sickness recorded for ${other.name}: ${await screenshot(page, 'acceptance-chamber-sickness')}`);
    }

    // The queue: the new document waits for its paper original.
    await openSection(page, '/queue');
    await page.locator('[data-filter="queue-status"] [data-value="AWAITING_ORIGINAL"]').click();
    const row = rowWith(page, 'document-id', documentId);
    await row.waitFor();
    expect((await row.textContent()) ?? '').toContain(CASE_NUMBER);
    expect(await row.locator('[data-action="assign"]').count()).toBe(0);
    await page.locator('[data-filter="queue-status"] [data-value="ALL"]').click();
    await rowWith(page, 'document-id', documentId).locator('[data-action="mark-original"]').click();
    await page.locator('[data-outcome="original-received"]').waitFor();
    const assign = rowWith(page, 'document-id', documentId).locator('[data-action="assign"]');
    await assign.waitFor();
    await assign.click();
    const outcome = page.locator('[data-outcome="assigned"]');
    await outcome.waitFor();
    assignmentId = (await outcome.getAttribute('data-assignment-id')) ?? '';
    const stored = await storedAssignment(stack.apiUrl, officialToken, assignmentId);
    expect(stored.document.id).toBe(documentId);
    expect((await outcome.locator('.ch-outcome__bailiff').textContent())?.trim()).toBe(stored.bailiff.name);
    await expectAccessible(page, { name: 'acceptance-chamber-assigned' });
    console.log(`chamber: the document assigned: ${await screenshot(page, 'acceptance-chamber-assigned')}`);

    // The assignment page: the pool (the sick bailiff absent), the chosen one, and "Verify".
    await outcome.locator('.ch-outcome__link').click();
    const pool = page.locator('[data-section="pool"]');
    await pool.locator('[data-chosen="true"]').waitFor();
    for (const other of others) {
      expect(await rowWith(page, 'bailiff-id', other.id).locator('[data-exclusion="ABSENT"]').count()).toBe(1);
    }
    const chosen = stored.pool.find((e) => e.chosen);
    expect(chosen?.bailiff.id).toBe(stored.bailiff.id);
    expect(chosen?.eligible).toBe(true);
    await page.locator('[data-action="verify"]').click();
    await page.locator('[data-verified="true"]').waitFor();
    expect((await page.locator('[data-verified] .or-notice__title').textContent())?.trim()).toBe(t.app.verify.ok);
    await expectAccessible(page, { name: 'acceptance-chamber-verified' });
    console.log(`chamber: the assignment verified: ${await screenshot(page, 'acceptance-chamber-verified')}`);

    proceedingId = stored.document.proceeding?.id ?? '';
    proceedingNumber = stored.document.proceeding?.number ?? '';
    expect(proceedingNumber).toMatch(/^EP-[A-Z]{2,4}-\d{4}-\d{7}$/);
    await signOut(page);
  });

  it('E4: the appointed bailiff sees the case in "My cases", due within 3 working days of registration, and initiates the proceedings', async () => {
    const { page } = stack;
    // Who got the case? The demo user whose "My cases" holds it.
    bailiffLogin = (await loginOfBailiffWithCase(stack.apiUrl, proceedingId)) ?? '';
    expect(bailiffLogin, 'the appointed bailiff has a demo account').not.toBe('');
    await demoUserButton(page, bailiffLogin).waitFor();
    await signInAsDemoUser(page, bailiffLogin);
    const t = dictionary(await uiLanguage(page));
    const token = await devLoginToken(stack.apiUrl, bailiffLogin);

    // E4, T6: the decision is due 3 working days after registration (a period begins the day after its event).
    const proceeding = await graphqlAs(stack.apiUrl, token)<{ node: { registeredAt: string; decisionDueOn: string; status: string } }>(
      'query ($id: ID!) { node(id: $id) { ... on EnforcementProceeding { registeredAt decisionDueOn status } } }',
      { id: proceedingId },
    );
    const registeredOn = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date(proceeding.node.registeredAt));
    const expected = await graphqlRequest<{ addWorkingDays: string }>(stack.apiUrl, 'query ($d: Date!) { addWorkingDays(date: $d, days: 3) }', {
      d: registeredOn,
    });
    expect(proceeding.node.decisionDueOn).toBe(expected.addWorkingDays);
    expect(proceeding.node.status).toBe('AWAITING_DECISION');

    await openSection(page, '/cases');
    const row = rowWith(page, 'case-number', proceedingNumber);
    await row.waitFor();
    expect((await row.textContent()) ?? '').toContain(CASE_NUMBER);
    expect(await row.locator('.or-deadline time').getAttribute('datetime')).toBe(proceeding.node.decisionDueOn);
    expect(await row.locator('[data-overdue]').getAttribute('data-overdue')).toBe('false');
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('AWAITING_DECISION');
    await expectAccessible(page, { name: 'acceptance-bailiff-my-cases' });
    console.log(`chamber: "My cases" of the bailiff: ${await screenshot(page, 'acceptance-bailiff-my-cases')}`);

    await row.locator(`[data-case-number="${proceedingNumber}"]`).click();
    await page.locator('[data-section="decision"]').waitFor();
    expect(await page.locator('[data-section="case"] [data-due]').getAttribute('data-due')).toBe(proceeding.node.decisionDueOn);
    await page.locator('[data-decision="INITIATE"]').check();
    await page.locator('[data-section="decision"] button[type="submit"]').click();
    const decided = page.locator('[data-outcome="decided"]');
    await decided.waitFor();
    // Decided on the day of the test, before the due date: in time.
    expect(await decided.getAttribute('data-late')).toBe(almatyToday() > proceeding.node.decisionDueOn ? 'true' : 'false');
    expect((await decided.locator('.or-notice__title').textContent())?.trim()).toBe(t.app.decision.initiated);
    await page.locator('[data-section="case"] [data-status="INITIATED"]').waitFor();
    expect(await page.locator('[data-section="decision"]').count()).toBe(0);
    const after = await graphqlAs(stack.apiUrl, token)<{ node: { status: string; decidedAt: string | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on EnforcementProceeding { status decidedAt } } }',
      { id: proceedingId },
    );
    expect(after.node.status).toBe('INITIATED');
    expect(after.node.decidedAt).not.toBeNull();
    await expectAccessible(page, { name: 'acceptance-bailiff-initiated' });
    console.log(`chamber: proceedings initiated: ${await screenshot(page, 'acceptance-bailiff-initiated')}`);
  });

  it('E6: the bailiff records an enforcement measure, listed on the case', async () => {
    const { page } = stack;
    const form = page.locator('form[aria-labelledby="measure-title"]');
    await form.waitFor();
    await form.locator('select[name="kind"]').selectOption('ATTACH_EARNINGS');
    await form.locator('textarea[name="description"]').fill('Order to the employer to withhold 50 % of the debtor’s monthly earnings');
    await form.locator('input[name="amountTenge"]').fill('625 000');
    expect(await form.locator('input[name="takenOn"]').inputValue()).toBe(almatyToday());
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-outcome="measure-recorded"]').waitFor();
    const measure = page.locator('[data-section="measures"] tbody tr', { has: page.locator('[data-measure-kind="ATTACH_EARNINGS"]') });
    await measure.waitFor();
    const token = await devLoginToken(stack.apiUrl, bailiffLogin);
    const stored = await graphqlAs(stack.apiUrl, token)<{ node: { measures: { kind: string; amountTenge: number | null; takenOn: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on EnforcementProceeding { measures { kind amountTenge takenOn } } } }',
      { id: proceedingId },
    );
    expect(stored.node.measures).toEqual([{ kind: 'ATTACH_EARNINGS', amountTenge: 625_000, takenOn: almatyToday() }]);
    await expectAccessible(page, { name: 'acceptance-bailiff-measure' });
    console.log(`chamber: measure recorded: ${await screenshot(page, 'acceptance-bailiff-measure')}`);
    await signOut(page);
  });

  it('the claimant sees on the portal that the proceedings were initiated, with the measure', async () => {
    const { page } = stack;
    await page.goto(stack.url(`/applications/${encodeURIComponent(applicationId)}`, 'portal'));
    await page.locator('.pt-proceeding .or-status[data-status="INITIATED"]').waitFor();
    expect((await page.locator('.pt-proceeding').textContent()) ?? '').toContain(proceedingNumber);
    await page.locator('.pt-proceeding [data-kind="ATTACH_EARNINGS"]').waitFor();
    const claimantToken = await devLoginToken(stack.apiUrl, CLAIMANT);
    const stored = await graphqlAs(stack.apiUrl, claimantToken)<{ node: { status: string; stages: { stage: string }[]; executiveDocument: { proceeding: { status: string } | null } | null } }>(
      'query ($id: ID!) { node(id: $id) { ... on ServiceApplication { status stages { stage } executiveDocument { proceeding { status } } } } }',
      { id: applicationId },
    );
    expect(stored.node.status).toBe('APPROVED');
    expect(stored.node.executiveDocument?.proceeding?.status).toBe('INITIATED');
    expect(stored.node.stages.map((s) => s.stage)).toEqual(
      expect.arrayContaining(['REGISTERED', 'ORIGINAL_RECEIVED', 'BAILIFF_ASSIGNED', 'PROCEEDINGS_INITIATED', 'MEASURE_TAKEN']),
    );
    await expectAccessible(page, { name: 'acceptance-portal-initiated' });
    console.log(`portal: the claimant sees the proceedings initiated: ${await screenshot(page, 'acceptance-portal-initiated')}`);
    expect(stack.browser.errors).toEqual([]);
  });
});
