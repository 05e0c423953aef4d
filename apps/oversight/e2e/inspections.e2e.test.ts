// Browser test (issue 10): a quality-control inspector walks an inspection from the proposed plan to the
// recommendation's follow-up, in the oversight app against the real API on a fresh demo database, and every
// page passes axe-core's WCAG 2.1 A/AA rules. The seed's subjects each meet one Q1 criterion; the State
// Corporation's Astana inspection was suspended across a weekend and resumed (Q3); the planned one's inspectors change
// after its notice (Q3).
import { expect, it } from 'vitest';
import { almatyToday, devLoginToken, expectAccessible, graphqlAs, useAppUnderTest, type Page } from '@oryndau/testing';
import { en as uiEn, kk as uiKk } from '../../../packages/ui/src/i18n/index.ts';
import { en } from '../src/i18n/en.ts';
import { kk } from '../src/i18n/kk.ts';

const t = { ...uiKk, app: kk }; // the quality inspector's profile language is Kazakh
void uiEn;
void en;

const stack = useAppUnderTest('oversight', { signInAs: 'quality' });

const button = (page: Page, scope: string, name: string) => page.locator(scope).getByRole('button', { name });

it('Q1–Q4: an inspector walks an inspection from the proposed plan to the recommendation’s follow-up', async () => {
  const { page } = stack;
  // Q1: the plan as the data proposes it, each criterion with its one subject and figure
  await page.goto(stack.url('/inspections/plan'));
  await page.locator('[data-section="proposal"] tbody tr').first().waitFor();
  await expectAccessible(page, { name: 'plan' });
  for (const [code, criterion] of [
    ['JB-SHY', 'MORE_THAN_1000_SERVICES'], ['JB-KAR', 'VIOLATION_RECOMMENDATION'], ['JB-ALA', 'APPEAL_RECEIVED'], ['JB-ZHA', 'ART_465_FINE'],
    ['SC-AST', 'MONITORING_RECOMMENDATION_NOT_IMPLEMENTED'], ['JB-PAV', 'THREE_UNSCHEDULED_INSPECTIONS'], ['JB-ULY', 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS'],
  ] as const) {
    await expect(page.locator('tbody tr', { has: page.locator(`[data-subject="${code}"]`) }).locator(`[data-criterion="${criterion}"]`).count(), code).resolves.toBe(1);
  }
  expect(Number(await page.locator('[data-criterion="MORE_THAN_1000_SERVICES"]').getAttribute('data-figure'))).toBeGreaterThan(1000);
  // put Shymkent's justice body into the plan, then approve it
  await button(page, '[data-add-to-plan="JB-SHY"]', t.app.plan.add).click();
  await page.locator('[data-add-to-plan="JB-SHY"]').waitFor({ state: 'detached' });
  await button(page, '[data-section="approval"]', t.app.plan.approve).click();
  const due = await page.locator('[data-approval-due]').getAttribute('data-approval-due');
  await expect(page.locator('[data-approved]').getAttribute('data-approved')).resolves.toBe(almatyToday() > due! ? 'late' : 'in-time');
  // Q3: the notice of start, with its nine items
  await page.locator('tbody tr', { has: page.locator('[data-subject="JB-SHY"]') }).locator('a[href*="/inspections/"]').click();
  await page.locator('[data-action="notice"]').waitFor();
  await expectAccessible(page, { name: 'planned inspection' });
  await page.fill('[data-input="inspectorName"]', 'Дана Әбенова');
  await page.fill('[data-input="inspectorPosition"]', 'бас сарапшы');
  await page.fill('[data-input="periodFrom"]', '2025-01-01');
  await page.fill('[data-input="periodTo"]', '2025-12-31');
  await page.fill('[data-input="signedBy"]', 'Ерлан Садықов, департамент басшысы');
  await button(page, '[data-action="notice"]', t.app.inspections.sendNotice).click();
  await page.locator('[data-section="facts"] [data-status="NOTIFIED"]').first().waitFor();
  await page.locator('[data-stage="NOTICE_SENT"]').waitFor();
  // Q3: the body changes the inspectors; the subject is told the same day (within 1 working day)
  await page.fill('[data-input="changeInspectorName"]', 'Асель Нұрланова');
  await page.fill('[data-input="changeInspectorPosition"]', 'жетекші сарапшы');
  await button(page, '[data-action="inspectors"]', t.app.inspections.changeSubmit).click();
  await page.locator('[data-stage="INSPECTORS_CHANGED"]').waitFor();
  const inspectionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
  const changed = await graphqlAs(stack.apiUrl, await devLoginToken(stack.apiUrl, 'quality'))<{ node: { stages: { stage: string; note: string | null; late: boolean }[] } }>(
    'query($id: ID!) { node(id: $id) { ... on Inspection { stages { stage note late } } } }',
    { id: inspectionId },
  );
  expect(changed.node.stages.find((x) => x.stage === 'INSPECTORS_CHANGED')).toEqual({ stage: 'INSPECTORS_CHANGED', note: 'Асель Нұрланова (жетекші сарапшы)', late: false });
  await expectAccessible(page, { name: 'inspectors changed' });

  // the inspections: quality control's and the Chambers' beside them; the seeded one in progress
  await page.goto(stack.url('/inspections'));
  await page.locator('[data-section="quality"] tbody tr').first().waitFor();
  await expectAccessible(page, { name: 'inspections' });
  await page.locator('tbody tr', { has: page.locator('[data-inspection="SC-AST"]') }).filter({ has: page.locator('[data-status="IN_PROGRESS"]') }).getByRole('link').click();
  await page.locator('[data-action="draft"]').waitFor();
  // Q3: it was suspended on a Friday and resumed on the Tuesday: both stages recorded
  await page.locator('[data-stage="SUSPENDED"]').waitFor();
  await page.locator('[data-stage="RESUMED"]').waitFor();
  await expectAccessible(page, { name: 'inspection in progress' });
  // Q4: the draft certificate, the subject's answer, the certificate with its recommendation
  await page.fill('[data-input="draftFindings"]', 'Нәтижелер өтініш берушілерге 2–4 күн кешігіп берілген.');
  await page.check('[data-input="violationsFound"]');
  await button(page, '[data-action="draft"]', t.app.inspections.draftSubmit).click();
  await page.locator('[data-section="facts"] [data-status="DRAFT_CERTIFICATE_SENT"]').first().waitFor();
  await page.check('[data-input="noObjections"]');
  await button(page, '[data-action="objections"]', t.app.inspections.objectionsSubmit).click();
  await page.locator('[data-stage="NO_OBJECTIONS"]').waitFor();
  await page.fill('[data-input="certificateFindings"]', 'Нәтижелер 11 жағдайда кешігіп берілді.');
  await page.fill('[data-input="recommendation"]', 'Нәтижелерді әділет органынан түскен күні беріңіз.');
  await button(page, '[data-action="certificate"]', t.app.inspections.certificateSubmit).click();
  await page.locator('[data-section="facts"] [data-status="COMPLETED"]').first().waitFor();
  await page.locator('[data-action="followUp"]').waitFor();
  await expectAccessible(page, { name: 'completed inspection' });
  // Q4: the follow-up — considered today, reported within 2 working days
  await page.fill('[data-input="measures"]', 'Беру тәртібі өзгертілді, қызметкерлерге нұсқау берілді.');
  await button(page, '[data-action="followUp"]', t.app.inspections.followUpSubmit).click();
  await page.locator('[data-stage="RECOMMENDATION_REPORTED"]').waitFor();
  await expectAccessible(page, { name: 'followed up' });

  // what was stored
  const token = await devLoginToken(stack.apiUrl, 'quality');
  const data = await graphqlAs(stack.apiUrl, token)<{ inspections: { edges: { node: { status: string; provider: { code: string } | null; recommendationDueOn: string | null; recommendationReportDueOn: string | null; recommendationReportedAt: string | null } }[] } }>(
    '{ inspections(first: 100, source: QUALITY_CONTROL) { edges { node { status provider { code } recommendationDueOn recommendationReportDueOn recommendationReportedAt } } } }',
  );
  const done = data.inspections.edges.map((e) => e.node).filter((n) => n.provider?.code === 'SC-AST' && n.recommendationReportedAt);
  expect(done).toHaveLength(1);
  expect(done[0]!.recommendationDueOn! > almatyToday()).toBe(true);
  expect(done[0]!.recommendationReportDueOn! > almatyToday()).toBe(true);
});
