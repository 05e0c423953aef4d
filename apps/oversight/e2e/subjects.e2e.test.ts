// Browser test (Q1 (4), (5)): the records of the quality-control body behind two criteria of the semi-annual
// plan — fines of a subject's officials under art. 465 and monitoring recommendations — kept in the oversight
// app against the real API on a fresh demo database; every page passes axe-core's WCAG 2.1 A/AA rules, in
// Kazakh (the quality inspector's profile language), Russian and English (the Ministry inspector's).
import { describe, expect, it } from 'vitest';
import { almatyToday, chooseLanguage, devLoginToken, expectAccessible, graphqlAs, screenshot, signInAsDemoUser, signOut, useAppUnderTest, type Page } from '@oryndau/testing';
import { kk as uiKk, ru as uiRu } from '../../../packages/ui/src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { kk } from '../src/i18n/kk.ts';
import { ru } from '../src/i18n/ru.ts';

const tKk = { ...uiKk, app: kk };
const tRu = { ...uiRu, app: ru };
/** The localized text of an error message up to its first parameter (the date in it is written by the UI language). */
const lead = (message: string) => message.split('{{')[0]!;

const stack = useAppUnderTest('oversight', { signInAs: 'quality' });

const button = (page: Page, scope: string, name: string) => page.locator(scope).getByRole('button', { name });
const subjectRow = (page: Page, code: string) => page.locator('[data-section="subjects"] tbody tr', { has: page.locator(`[data-subject="${code}"]`) });
const OFFICIAL = 'Серік Нұрланов, бөлім басшысы';
const RECOMMENDATION = 'Атқарушылық іс жүргізуді қозғау туралы өтініштерді түскен күні тіркеңіз.';

describe('oversight: the plan’s records of a subject (Q1 (4), (5))', () => {
  it('Q1 (4), (5): a quality-control inspector records a fine, an overdue recommendation and its late implementation; a future day is refused in the UI language', async () => {
    const { page } = stack;
    // the subjects, from the navigation
    await page.locator('.or-nav a[href$="/subjects"]').click();
    await subjectRow(page, 'JB-KAR').waitFor();
    expect(await page.locator('[data-section="subjects"] tbody tr').count()).toBeGreaterThan(10);
    expect(await subjectRow(page, 'JB-KAR').textContent()).toContain(tKk.enum.serviceProviderKind.TERRITORIAL_JUSTICE_BODY);
    expect(await subjectRow(page, 'SC-AST').textContent()).toContain(tKk.enum.serviceProviderKind.STATE_CORPORATION_OFFICE);
    await expectAccessible(page, { name: 'subjects (kk)' });

    // the Karaganda justice body: nothing recorded yet
    await subjectRow(page, 'JB-KAR').getByRole('link').click();
    await page.locator('[data-section="facts"] [data-code="JB-KAR"]').waitFor();
    await page.locator('[data-action="fine"]').waitFor();
    expect(await page.locator('[data-section="fines"] tbody').textContent()).toContain(tKk.app.subjects.noFines);
    expect(await page.locator('[data-section="recommendations"] tbody').textContent()).toContain(tKk.app.subjects.noRecommendations);
    await expectAccessible(page, { name: 'subject (kk)' });
    const providerId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    // Q1 (4): a fine decided three days ago
    await page.fill('[data-input="fineOfficial"]', OFFICIAL);
    await page.fill('[data-input="fineDecidedOn"]', almatyToday(-3));
    await page.fill('[data-input="fineAmount"]', '43 250');
    await page.fill('[data-input="fineNote"]', 'Қарағанды қаласының мамандандырылған әкімшілік соты, № 5-1234/2026');
    await button(page, '[data-action="fine"]', tKk.app.subjects.fineSubmit).click();
    const fine = page.locator('[data-section="fines"] tbody tr', { hasText: OFFICIAL });
    await fine.waitFor();
    await expect(fine.locator('[data-amount]').getAttribute('data-amount')).resolves.toBe('43250');
    await expect(fine.locator('[data-decided-on]').getAttribute('data-decided-on')).resolves.toBe(almatyToday(-3));
    await expect(page.locator('[data-input="fineOfficial"]').inputValue()).resolves.toBe(''); // a new submission next

    // Q1 (5): a recommendation whose due day has passed is OVERDUE (the subject meets criterion (5))
    await page.fill('[data-input="recommendationText"]', RECOMMENDATION);
    await page.fill('[data-input="recommendationIssuedOn"]', almatyToday(-20));
    await page.fill('[data-input="recommendationDueOn"]', almatyToday(-10));
    await button(page, '[data-action="recommendation"]', tKk.app.subjects.recommendationSubmit).click();
    const recommendation = page.locator('[data-section="recommendations"] tbody tr', { hasText: RECOMMENDATION });
    await recommendation.locator('[data-status="OVERDUE"]').waitFor();
    expect(await recommendation.locator('[data-status="OVERDUE"]').textContent()).toBe(tKk.enum.monitoringRecommendationState.OVERDUE);
    expect(await recommendation.locator('[data-status="OVERDUE"] .or-badge--danger').count()).toBe(1);
    await expectAccessible(page, { name: 'subject with an overdue recommendation (kk)' });

    // an implementation dated after today is refused, with the Kazakh message at the field
    const implementation = recommendation.locator('[data-implementation]');
    await implementation.locator('[data-input="implementedOn"]').fill(almatyToday(5));
    await button(page, '[data-section="recommendations"] [data-implementation]', tKk.app.subjects.implementationSubmit).click();
    await implementation.locator('.or-error-summary').waitFor();
    expect(await implementation.locator('.or-field__error').textContent()).toContain(lead(tKk.errorMessage.monitoring.dateInFuture));
    await expectAccessible(page, { name: 'implementation refused (kk)' });

    // implemented today, after the due day: IMPLEMENTED_LATE, and the form is gone
    await implementation.locator('[data-input="implementedOn"]').fill(almatyToday());
    await button(page, '[data-section="recommendations"] [data-implementation]', tKk.app.subjects.implementationSubmit).click();
    await recommendation.locator('[data-status="IMPLEMENTED_LATE"]').waitFor();
    await expect(recommendation.locator('[data-implemented-on]').getAttribute('data-implemented-on')).resolves.toBe(almatyToday());
    expect(await recommendation.locator('[data-status] .or-badge--warning').count()).toBe(1);
    expect(await page.locator('[data-implementation]').count()).toBe(0);
    console.log(`subject: ${await screenshot(page, 'oversight-subject-records')}`);

    // in Russian: the page, and a fine dated after today refused in Russian (nothing recorded)
    await chooseLanguage(page, 'ru', { name: 'subject (ru)' });
    expect(await recommendation.locator('[data-status="IMPLEMENTED_LATE"]').textContent()).toBe(tRu.enum.monitoringRecommendationState.IMPLEMENTED_LATE);
    await page.fill('[data-input="fineOfficial"]', 'Иван Петров, начальник отдела');
    await page.fill('[data-input="fineDecidedOn"]', almatyToday(2));
    await page.fill('[data-input="fineAmount"]', '43250');
    await button(page, '[data-action="fine"]', tRu.app.subjects.fineSubmit).click();
    await page.locator('[data-action="fine"] .or-error-summary').waitFor();
    expect(await page.locator('[data-action="fine"] .or-field__error').textContent()).toContain(lead(tRu.errorMessage.monitoring.dateInFuture));
    expect(await page.locator('[data-section="fines"] tbody tr').count()).toBe(1);
    await expectAccessible(page, { name: 'fine refused (ru)' });

    // the list in Russian
    await page.locator('.or-nav a[href$="/subjects"]').click();
    await subjectRow(page, 'JB-KAR').waitFor();
    expect(await subjectRow(page, 'JB-KAR').textContent()).toContain(tRu.enum.serviceProviderKind.TERRITORIAL_JUSTICE_BODY);
    await expectAccessible(page, { name: 'subjects (ru)' });

    // what was stored
    const gql = graphqlAs(stack.apiUrl, await devLoginToken(stack.apiUrl, 'quality'));
    const data = await gql<{ node: { fines: { totalCount: number; edges: { node: { official: string; amountTenge: number; decidedOn: string } }[] }; monitoringRecommendations: { edges: { node: { state: string; dueOn: string; implementedOn: string | null } }[] } } }>(
      'query($id: ID!) { node(id: $id) { ... on ServiceProvider { fines(first: 10) { totalCount edges { node { official amountTenge decidedOn } } } monitoringRecommendations(first: 10) { edges { node { state dueOn implementedOn } } } } } }',
      { id: providerId },
    );
    expect(data.node.fines.totalCount).toBe(1);
    expect(data.node.fines.edges[0]!.node).toEqual({ official: OFFICIAL, amountTenge: 43250, decidedOn: almatyToday(-3) });
    expect(data.node.monitoringRecommendations.edges.map((e) => e.node)).toEqual([{ state: 'IMPLEMENTED_LATE', dueOn: almatyToday(-10), implementedOn: almatyToday() }]);
  });

  it('Q1 (4), (5): a Ministry inspector sees the fines and recommendations — from the plan’s subjects too — but no form', async () => {
    const { page } = stack;
    await signOut(page);
    await signInAsDemoUser(page, 'inspector');
    await chooseLanguage(page, 'en', { name: 'signed in as inspector (en)' }); // the browser kept the Russian chosen above
    // from the proposed plan: the subject whose official was fined (criterion (4)) opens its page
    await page.goto(stack.url('/inspections/plan'));
    await page.locator('[data-section="proposal"] a[data-subject="JB-ZHA"]').click();
    await page.locator('[data-section="facts"] [data-code="JB-ZHA"]').waitFor();
    await page.locator('[data-section="fines"] tbody [data-fine]').first().waitFor();
    expect(await page.locator('[data-action], [data-implementation]').count()).toBe(0);
    await expectAccessible(page, { name: 'subject from the plan (en)' });

    // what the quality inspector recorded, read only
    await page.locator('.or-nav a[href$="/subjects"]').click();
    await subjectRow(page, 'JB-KAR').getByRole('link').click();
    await page.locator('[data-section="fines"] tbody tr', { hasText: OFFICIAL }).waitFor();
    await page.locator('[data-section="recommendations"] [data-status="IMPLEMENTED_LATE"]').waitFor();
    expect(await page.locator('[data-action], [data-implementation]').count()).toBe(0);

    // the State Corporation's Astana office: its overdue recommendation, without the form to record an implementation
    await page.locator('.or-nav a[href$="/subjects"]').click();
    await subjectRow(page, 'SC-AST').waitFor();
    await expectAccessible(page, { name: 'subjects (en)' });
    await subjectRow(page, 'SC-AST').getByRole('link').click();
    const overdue = page.locator('[data-section="recommendations"] tbody tr', { has: page.locator('[data-status="OVERDUE"]') });
    await overdue.waitFor();
    expect(await overdue.textContent()).toContain(en.subjects.notImplemented);
    expect(await page.locator('[data-action], [data-implementation]').count()).toBe(0);
    await expectAccessible(page, { name: 'subject with an overdue recommendation (en)' });
    console.log(`read only: ${await screenshot(page, 'oversight-subject-read-only')}`);
  });
});
