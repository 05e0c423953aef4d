// State quality-control inspections through GraphQL against PostgreSQL (issue 10): the plan proposed from the
// seeded data (Q1), unscheduled inspections on a ground (Q2), the life of an inspection to the working day (Q3,
// Q4), invalidity (Q5), stages (G2), the Chambers' CH5 inspections beside them, and who may write.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { almatyDate, almatyInstant, nextPlanPeriod } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let clock: Date | null = null;
const prisma = () => api.database.db.prisma;
const at = (date: string, hhmm = '10:00') => almatyInstant(date, hhmm);

beforeAll(async () => {
  api = await startTestApi({ now: () => clock ?? new Date() });
}, 180_000);
afterAll(async () => {
  await api?.close();
});

type UserErrors = { code: string; key: string | null; rule: string | null; field: string[] | null; params: Record<string, unknown> | null }[];
const INSPECTION_FIELDS = `id status kind conductedBy startsOn endsOn startedOn noticeLatestOn objectionsDueOn completedOn recommendationDueOn recommendationReportDueOn
  draftCertificateLatestOn invalidReasons viewerCanWrite validity { valid gross other } notice { items durationToOn }
  suspensions { fromOn resumedOn } inspectorChanges { decidedOn notifyDueOn late }
  stages { status stage dueOn late actorRole }`;
type Insp = {
  id: string; status: string; kind: string; conductedBy: string | null; startsOn: string; endsOn: string; startedOn: string | null; noticeLatestOn: string; objectionsDueOn: string | null;
  completedOn: string | null; recommendationDueOn: string | null; recommendationReportDueOn: string | null; draftCertificateLatestOn: string; invalidReasons: string[]; viewerCanWrite: boolean;
  validity: { valid: boolean; gross: string[]; other: string[] } | null; notice: { items: number; durationToOn: string } | null;
  suspensions: { fromOn: string; resumedOn: string | null }[]; inspectorChanges: { decidedOn: string; notifyDueOn: string; late: boolean }[];
  stages: { status: string; stage: string; dueOn: string | null; late: boolean; actorRole: string | null }[];
};

async function mutate(login: string, name: string, input: Record<string, unknown>) {
  const inputType = name[0]!.toUpperCase() + name.slice(1) + 'Input';
  const r = await api.gql<Record<string, { userErrors: UserErrors; inspection: Insp | null }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { code key rule field params } inspection { ${INSPECTION_FIELDS} } } }`,
    { input },
    await api.login(login),
  );
  expect(r.errors).toBeUndefined();
  return r.data![name]!;
}
const ok = async (login: string, name: string, input: Record<string, unknown>) => {
  const r = await mutate(login, name, input);
  expect(r.userErrors).toEqual([]);
  return r.inspection!;
};
const provider = async (code: string) => encodeGlobalID('ServiceProvider', (await prisma().serviceProvider.findUniqueOrThrow({ where: { code } })).id);
const notice = (inspectionId: string, extra: Record<string, unknown> = {}) => ({
  inspectionId,
  inspectors: [{ name: 'Dana Abenova', position: 'chief expert' }],
  specialists: [],
  periodFromOn: '2025-12-01',
  periodToOn: '2026-11-30',
  signedBy: 'Yerlan Sadykov, head of department',
  ...extra,
});

describe('the semi-annual plan from the seeded data (Q1)', () => {
  const PROPOSAL = `query($year: Int, $half: Int) { inspectionPlanProposal(year: $year, half: $half) { year half referenceOn approvalDueOn plan { id approvedAt approvedLate }
    subjects { provider { id code kind } criteria { criterion figure } servicesLast6Months scheduledThisYear { id } } } }`;
  type Proposal = { inspectionPlanProposal: { year: number; half: number; referenceOn: string; approvalDueOn: string; plan: { id: string; approvedAt: string | null; approvedLate: boolean } | null;
    subjects: { provider: { id: string; code: string; kind: string }; criteria: { criterion: string; figure: number | null }[]; servicesLast6Months: number; scheduledThisYear: { id: string } | null }[] } };

  it('Q1: each criterion puts exactly one subject in, with the figure behind it', async () => {
    const r = await api.gql<Proposal>(PROPOSAL, {}, await api.login('quality'));
    expect(r.errors).toBeUndefined();
    const p = r.data!.inspectionPlanProposal;
    expect({ year: p.year, half: p.half }).toEqual(nextPlanPeriod(almatyDate(new Date())));
    const by = (c: string) => p.subjects.filter((s) => s.criteria.some((x) => x.criterion === c));
    const expected: Record<string, string> = {
      MORE_THAN_1000_SERVICES: 'JB-SHY',
      VIOLATION_RECOMMENDATION: 'JB-KAR',
      APPEAL_RECEIVED: 'JB-ALA',
      ART_465_FINE: 'JB-ZHA',
      MONITORING_RECOMMENDATION_NOT_IMPLEMENTED: 'SC-AST',
      THREE_UNSCHEDULED_INSPECTIONS: 'JB-PAV',
      NO_SCHEDULED_INSPECTION_FOR_3_YEARS: 'JB-ULY',
    };
    for (const [criterion, code] of Object.entries(expected)) expect(by(criterion).map((s) => s.provider.code), criterion).toEqual([code]);
    expect(p.subjects.map((s) => s.provider.code).sort()).toEqual(Object.values(expected).sort());
    const figure = (code: string) => p.subjects.find((s) => s.provider.code === code)!.criteria[0]!.figure;
    expect(figure('JB-SHY')).toBeGreaterThan(1000);
    expect(figure('JB-KAR')).toBe(2); // the demo's scheduled inspection and the control of its recommendation
    expect(figure('JB-ALA')).toBeGreaterThanOrEqual(1); // the complaints to the quality-control body about Almaty's justice body (the complaints seed adds several)
    expect(figure('JB-ZHA')).toBe(1);
    expect(figure('SC-AST')).toBe(1);
    expect(figure('JB-PAV')).toBe(3);
    expect(figure('JB-ULY')).toBe(4); // four full years since its last scheduled inspection
    // the seeded plan in preparation already holds Ulytau (at most one scheduled inspection a year)
    expect(p.subjects.find((s) => s.provider.code === 'JB-ULY')!.scheduledThisYear).not.toBeNull();
    expect(p.plan?.approvedAt).toBeNull();
  });

  it('Q1: a subject meeting no criterion is refused; at most one scheduled inspection a year per subject', async () => {
    const { year, half } = nextPlanPeriod(almatyDate(new Date()));
    const startsOn = half === 1 ? `${year}-03-02` : `${year}-09-01`;
    const none = await mutate('quality', 'planInspection', { providerId: await provider('JB-AKM'), year, half, startsOn, matter: 'Service standards' });
    expect(none.userErrors.map((e) => [e.key, e.rule])).toEqual([['inspection.noPlanCriterion', 'Q1']]);
    const shy = await ok('quality', 'planInspection', { providerId: await provider('JB-SHY'), year, half, startsOn, matter: 'Service standards and periods' });
    expect(shy.status).toBe('PLANNED');
    expect(shy.stages.map((s) => s.stage)).toEqual(['PLANNED']);
    const again = await mutate('quality', 'planInspection', { providerId: await provider('JB-SHY'), year, half, startsOn: half === 1 ? `${year}-05-04` : `${year}-11-02`, matter: 'Again' });
    expect(again.userErrors.map((e) => [e.code, e.key, e.rule])).toEqual([['CONFLICT', 'inspection.onePerYear', 'Q1']]);
    const uly = await mutate('quality', 'planInspection', { providerId: await provider('JB-ULY'), year, half, startsOn, matter: 'Again' });
    expect(uly.userErrors.map((e) => e.key)).toEqual(['inspection.onePerYear']);
  });

  it('Q1: the approval by its deadline is recorded; a late one is flagged', async () => {
    const { year, half } = nextPlanPeriod(almatyDate(new Date()));
    const plan = await prisma().inspectionPlan.findUniqueOrThrow({ where: { year_half: { year, half } } });
    const due = half === 1 ? `${year - 1}-12-10` : `${year}-05-10`;
    const APPROVE = 'mutation($input: ApproveInspectionPlanInput!) { approveInspectionPlan(input: $input) { userErrors { key rule } plan { approvedAt approvedLate approvalDueOn } } }';
    type A = { approveInspectionPlan: { userErrors: { key: string; rule: string }[]; plan: { approvedAt: string; approvedLate: boolean; approvalDueOn: string } | null } };
    clock = at(due, '17:59');
    const r = await api.gql<A>(APPROVE, { input: { planId: encodeGlobalID('InspectionPlan', plan.id) } }, await api.login('quality'));
    expect(r.data!.approveInspectionPlan.plan).toMatchObject({ approvedLate: false, approvalDueOn: due });
    const twice = await api.gql<A>(APPROVE, { input: { planId: encodeGlobalID('InspectionPlan', plan.id) } }, await api.login('quality'));
    expect(twice.data!.approveInspectionPlan.userErrors).toEqual([{ key: 'inspection.planApproved', rule: 'Q1' }]);
    // a plan for the half after, approved the day after its deadline
    const later = half === 1 ? { year, half: 2 } : { year: year + 1, half: 1 };
    const laterDue = later.half === 1 ? `${later.year - 1}-12-10` : `${later.year}-05-10`;
    const p2 = await prisma().inspectionPlan.create({ data: { year: later.year, half: later.half } });
    const src = await prisma().inspection.findFirstOrThrow({ where: { planId: plan.id } });
    await prisma().inspection.create({ data: { kind: 'SCHEDULED', ground: 'PLAN', planId: p2.id, providerId: src.providerId, subjectName: src.subjectName, startsOn: src.startsOn, endsOn: src.endsOn, inspectorIds: [] } });
    clock = at(laterDue.replace(/-10$/, '-11'), '09:00');
    const late = await api.gql<A>(APPROVE, { input: { planId: encodeGlobalID('InspectionPlan', p2.id) } }, await api.login('quality'));
    expect(late.data!.approveInspectionPlan.plan).toMatchObject({ approvedLate: true, approvalDueOn: laterDue });
    clock = null;
  });
});

describe('unscheduled inspections (Q2) and the life of an inspection (Q3, Q4)', () => {
  it('Q2: an anonymous appeal is refused with its reason and nothing is written', async () => {
    clock = at('2026-12-03');
    const before = await prisma().inspection.count();
    const r = await mutate('quality', 'openUnscheduledInspection', {
      providerId: await provider('JB-AKM'), ground: 'APPEAL_OF_PERSON', anonymousSource: true, reason: 'An unsigned letter about queues', matter: 'Queues at reception', startsOn: '2026-12-07',
    });
    expect(r.userErrors).toEqual([{ code: 'INVALID_INPUT', key: 'inspection.anonymousAppeal', rule: 'Q2', field: ['input', 'anonymousSource'], params: {} }]);
    expect(r.inspection).toBeNull();
    const planGround = await mutate('quality', 'openUnscheduledInspection', { providerId: await provider('JB-AKM'), ground: 'PLAN', reason: 'Not a ground of an unscheduled one', matter: 'Queues', startsOn: '2026-12-07' });
    expect(planGround.userErrors.map((e) => [e.key, e.rule])).toEqual([['inspection.notALawfulGround', 'Q2']]);
    expect(await prisma().inspection.count()).toBe(before);
  });

  it('Q3: the notice lead time — 1 day before an unscheduled start; later it is refused', async () => {
    clock = at('2026-12-03'); // Thursday
    const i = await ok('quality', 'openUnscheduledInspection', { providerId: await provider('JB-AKT'), ground: 'MEDIA_REPORT', reason: 'A television report on lost paper originals', matter: 'Custody of paper originals', startsOn: '2026-12-04' });
    expect(i.noticeLatestOn).toBe('2026-12-03');
    clock = at('2026-12-04'); // the start day itself: too late
    const late = await mutate('quality', 'sendInspectionNotice', notice(i.id));
    expect(late.userErrors.map((e) => [e.code, e.key, e.rule, e.params?.latest])).toEqual([['DEADLINE_PASSED', 'inspection.noticeTooLate', 'Q3', '2026-12-03']]);
    // moving the start: the notice goes out on time
    const moved = await ok('quality', 'sendInspectionNotice', notice(i.id, { startsOn: '2026-12-08' }));
    expect(moved).toMatchObject({ status: 'NOTIFIED', startsOn: '2026-12-08', endsOn: '2026-12-22', noticeLatestOn: '2026-12-07' });
    expect(moved.notice!.items).toBe(9);
    clock = null;
  });

  it('Q3, Q4: suspended across a weekend, resumed, drafted, objected, certified, recommended and followed up — to the working day', async () => {
    clock = at('2026-12-03');
    const open = await ok('quality', 'openUnscheduledInspection', { providerId: await provider('JB-AKM'), ground: 'APPEAL_OF_PERSON', reason: 'Appeal of a claimant about a refusal without reasons', matter: 'Refusals to register', startsOn: '2026-12-07' });
    expect(open).toMatchObject({ status: 'PLANNED', endsOn: '2026-12-21', noticeLatestOn: '2026-12-06' });
    const id = open.id;
    await ok('quality', 'sendInspectionNotice', notice(id));
    const early = await mutate('quality', 'startInspection', { inspectionId: id });
    expect(early.userErrors.map((e) => [e.key, e.rule])).toEqual([['inspection.notYetStartDay', 'Q3']]);
    clock = at('2026-12-07', '09:30'); // Monday
    expect(await ok('quality', 'startInspection', { inspectionId: id })).toMatchObject({ status: 'IN_PROGRESS', startedOn: '2026-12-07', endsOn: '2026-12-21' });
    clock = at('2026-12-11', '16:00'); // Friday: suspended; the notice is due Monday
    const s = await ok('quality', 'suspendInspection', { inspectionId: id, kind: 'REQUEST_FOR_INFORMATION', reason: 'Awaiting the registers requested from the State Corporation' });
    expect(s.status).toBe('SUSPENDED');
    expect(s.stages.at(-1)).toMatchObject({ stage: 'SUSPENDED', dueOn: '2026-12-14', late: false });
    clock = at('2026-12-15'); // Tuesday: resumed; Friday and Monday do not count, the weekend never did; 16 December is a holiday
    const r = await ok('quality', 'resumeInspection', { inspectionId: id });
    expect(r).toMatchObject({ status: 'IN_PROGRESS', endsOn: '2026-12-23', draftCertificateLatestOn: '2026-12-18' });
    expect(r.suspensions).toEqual([{ fromOn: '2026-12-11', resumedOn: '2026-12-15' }]);
    expect(r.stages.at(-1)).toMatchObject({ stage: 'RESUMED', dueOn: '2026-12-17', late: false });
    // Q3: a change of inspectors decided on Friday and notified on Tuesday is late (due Monday)
    const c = await ok('quality', 'changeInspectionInspectors', { inspectionId: id, decidedOn: '2026-12-11', inspectors: [{ name: 'Aliya Nurlanova', position: 'senior expert' }] });
    expect(c.inspectorChanges).toEqual([{ decidedOn: '2026-12-11', notifyDueOn: '2026-12-14', late: true }]);
    clock = at('2026-12-18'); // Friday: the last day for the draft (3 working days before 23 December)
    const draft = await ok('quality', 'sendDraftCertificate', { inspectionId: id, findings: 'Two refusals without the grounds of the Rules were found.', violationsFound: true });
    expect(draft).toMatchObject({ status: 'DRAFT_CERTIFICATE_SENT', objectionsDueOn: '2026-12-22' });
    expect(draft.stages.at(-1)).toMatchObject({ stage: 'DRAFT_CERTIFICATE_SENT', late: false });
    const tooSoon = await mutate('quality', 'sendInspectionCertificate', { inspectionId: id, findings: 'Two refusals without grounds.', recommendation: 'Give reasons for every refusal.' });
    expect(tooSoon.userErrors.map((e) => [e.key, e.rule, e.params?.dueOn])).toEqual([['inspection.objectionsPeriodRunning', 'Q4', '2026-12-22']]);
    clock = at('2026-12-23'); // Wednesday: objections were due by Tuesday
    const lateObjection = await mutate('quality', 'recordInspectionObjections', { inspectionId: id, text: 'We disagree with the second finding.' });
    expect(lateObjection.userErrors.map((e) => [e.code, e.key, e.rule])).toEqual([['DEADLINE_PASSED', 'inspection.objectionsLate', 'Q4']]);
    const noRec = await mutate('quality', 'sendInspectionCertificate', { inspectionId: id, findings: 'Two refusals without grounds.' });
    expect(noRec.userErrors.map((e) => e.key)).toEqual(['inspection.recommendationRequired']);
    const done = await ok('quality', 'sendInspectionCertificate', { inspectionId: id, findings: 'Two refusals without the grounds of the Rules.', recommendation: 'Give the reasons and grounds of every refusal (G1) and review the two refusals.' });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: '2026-12-23', recommendationDueOn: '2027-01-22' });
    clock = at('2027-01-25'); // Monday: considered on Friday 22nd, reported by Tuesday 26th
    const follow = await ok('quality', 'recordRecommendationResult', { inspectionId: id, consideredOn: '2027-01-22', measures: 'Both refusals reviewed; the staff instructed to cite the grounds of the Rules.' });
    expect(follow.recommendationReportDueOn).toBe('2027-01-26');
    expect(follow.stages.at(-1)).toMatchObject({ stage: 'RECOMMENDATION_REPORTED', dueOn: '2027-01-26', late: false });
    // G2: every stage, with the role (never the person)
    expect(follow.stages.map((x) => x.stage)).toEqual(['DECIDED', 'NOTICE_SENT', 'STARTED', 'SUSPENDED', 'RESUMED', 'INSPECTORS_CHANGED', 'DRAFT_CERTIFICATE_SENT', 'CERTIFICATE_SENT', 'RECOMMENDATION_REPORTED']);
    expect(new Set(follow.stages.map((x) => x.actorRole))).toEqual(new Set(['QUALITY_INSPECTOR']));
    expect(await prisma().auditLog.count({ where: { entityType: 'Inspection', entityId: (await prisma().inspection.findFirstOrThrow({ where: { matter: 'Refusals to register' } })).id } })).toBe(9);
    clock = null;
  });

  it('Q4: objections within 2 working days are recorded, and the certificate may follow at once', async () => {
    clock = at('2026-12-03');
    const i = await ok('quality', 'openUnscheduledInspection', { providerId: await provider('JB-ATY'), ground: 'APPEAL_OF_STATE_BODY', reason: 'Letter of the regional prosecutor on late decisions', matter: 'Late decisions', startsOn: '2026-12-07' });
    await ok('quality', 'sendInspectionNotice', notice(i.id));
    clock = at('2026-12-07');
    await ok('quality', 'startInspection', { inspectionId: i.id });
    clock = at('2026-12-15'); // Tuesday: the objections run over the 16 December holiday to Friday 18th
    expect(await ok('quality', 'sendDraftCertificate', { inspectionId: i.id, findings: 'No violations of the periods were found.', violationsFound: false })).toMatchObject({ objectionsDueOn: '2026-12-18' });
    clock = at('2026-12-18', '17:00');
    await ok('quality', 'recordInspectionObjections', { inspectionId: i.id, text: 'The period under inspection should start in January.' });
    const done = await ok('quality', 'sendInspectionCertificate', { inspectionId: i.id, findings: 'No violations of the periods were found.' });
    expect(done).toMatchObject({ status: 'COMPLETED', completedOn: '2026-12-18', recommendationDueOn: null });
    clock = null;
  });
});

describe('validity (Q5) and who may write', () => {
  it('Q5: an inspection outside the division’s competence is flagged invalid, cannot start, and is declared invalid', async () => {
    const ala = await prisma().region.findUniqueOrThrow({ where: { code: 'ALA' } });
    await prisma().user.create({ data: { login: 'quality.almaty', displayName: 'Quality inspector (Almaty division)', roles: { create: [{ role: 'QUALITY_INSPECTOR', regionId: ala.id }] } } });
    clock = at('2026-12-03');
    const i = await ok('quality.almaty', 'openUnscheduledInspection', { providerId: await provider('JB-AST'), ground: 'APPEAL_OF_PERSON', reason: 'Appeal of an Astana claimant', matter: 'Refusals', startsOn: '2026-12-07' });
    expect(i.validity).toEqual({ valid: false, gross: ['OUTSIDE_COMPETENCE'], other: [] });
    await ok('quality.almaty', 'sendInspectionNotice', notice(i.id));
    clock = at('2026-12-07');
    const start = await mutate('quality.almaty', 'startInspection', { inspectionId: i.id });
    expect(start.userErrors.map((e) => [e.key, e.rule])).toEqual([['inspection.invalidCannotStart', 'Q5']]);
    const inv = await ok('quality.almaty', 'declareInspectionInvalid', { inspectionId: i.id });
    expect(inv).toMatchObject({ status: 'INVALID', invalidReasons: ['OUTSIDE_COMPETENCE'] });
    clock = null;
  });

  it('Q5: an inspection whose start day came without a notice is flagged invalid; a valid one cannot be declared invalid without a violation', async () => {
    clock = at('2026-12-03');
    const i = await ok('quality', 'openUnscheduledInspection', { providerId: await provider('JB-VOS'), ground: 'MONITORING_FINDINGS', reason: 'Monitoring found late registrations', matter: 'Registration', startsOn: '2026-12-07' });
    expect(i.validity).toEqual({ valid: true, gross: [], other: [] });
    const none = await mutate('quality', 'declareInspectionInvalid', { inspectionId: i.id });
    expect(none.userErrors.map((e) => [e.key, e.rule])).toEqual([['inspection.noGrossViolation', 'Q5']]);
    clock = at('2026-12-07');
    const r = await api.gql<{ node: Insp }>(`query($id: ID!) { node(id: $id) { ... on Inspection { ${INSPECTION_FIELDS} } } }`, { id: i.id }, await api.login('inspector'));
    expect(r.data!.node.validity).toEqual({ valid: false, gross: ['NO_NOTICE'], other: [] });
    const start = await mutate('quality', 'startInspection', { inspectionId: i.id });
    expect(start.userErrors.map((e) => [e.key, e.rule, e.params?.violations])).toEqual([['inspection.invalidCannotStart', 'Q5', 'NO_NOTICE']]);
    clock = null;
  });

  it('who may write: the Ministry opens only its territorial bodies’ inspections and never plans; neither body writes the other’s; others are refused', async () => {
    clock = at('2026-12-03');
    const plan = await api.gql('mutation($input: PlanInspectionInput!) { planInspection(input: $input) { userErrors { key } } }', { input: { providerId: await provider('JB-SHY'), year: 2027, half: 2, startsOn: '2027-09-01', matter: 'Service standards' } }, await api.login('inspector'));
    expect(plan.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const lic = await mutate('inspector', 'openUnscheduledInspection', { providerId: await provider('MOJ-LIC'), ground: 'APPEAL_OF_PERSON', reason: 'Appeal about a licence refusal', matter: 'Licensing', startsOn: '2026-12-07' });
    expect(lic.userErrors.map((e) => [e.code, e.key])).toEqual([['FORBIDDEN', 'inspection.ministrySubjects']]);
    const mine = await ok('inspector', 'openUnscheduledInspection', { providerId: await provider('JB-KUS'), ground: 'APPEAL_OF_STATE_BODY', reason: 'Letter of the akimat on queues at reception', matter: 'Reception', startsOn: '2026-12-07' });
    expect(mine).toMatchObject({ conductedBy: 'MINISTRY', viewerCanWrite: true });
    const theirs = await mutate('quality', 'sendInspectionNotice', notice(mine.id));
    expect(theirs.userErrors.map((e) => [e.code, e.key])).toEqual([['FORBIDDEN', 'inspection.notYourBody']]);
    await ok('inspector', 'sendInspectionNotice', notice(mine.id));
    for (const login of ['aigerim', 'chamber.almaty', 'justice.almaty']) {
      const r = await api.gql('mutation($input: StartInspectionInput!) { startInspection(input: $input) { userErrors { key } } }', { input: { inspectionId: mine.id } }, await api.login(login));
      expect(r.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
      const list = await api.gql('{ inspections(first: 5) { edges { node { id } } } }', {}, await api.login(login));
      expect(list.errors?.[0]?.extensions?.code, login).toBe('FORBIDDEN');
      const node = await api.gql<{ node: { status: string | null } | null }>('query($id: ID!) { node(id: $id) { ... on Inspection { status } } }', { id: mine.id }, await api.login(login));
      expect(node.data?.node ?? null, login).toBeNull();
    }
    clock = null;
  });

  it('CH5: the Chambers’ own inspections of bailiffs are listed to the ministry beside the quality-control ones', async () => {
    const bailiff = await prisma().privateBailiff.findFirstOrThrow({ where: { chamber: { region: { code: 'ALA' } } } });
    const today = almatyDate(new Date());
    const opened = await api.gql<{ openBailiffInspection: { userErrors: unknown[] } }>(
      'mutation($input: OpenBailiffInspectionInput!) { openBailiffInspection(input: $input) { userErrors { key } } }',
      { input: { bailiffId: encodeGlobalID('PrivateBailiff', bailiff.id), ground: 'APPEAL_OF_PERSON', reason: 'A claimant’s appeal about inaction', startsOn: today } },
      await api.login('chamber.almaty'),
    );
    expect(opened.data!.openBailiffInspection.userErrors).toEqual([]);
    type L = { inspections: { edges: { node: { byChamber: boolean; chamberName: string | null; conductedBy: string | null; provider: { code: string } | null } }[] } };
    const token = await api.login('inspector');
    const chamber = await api.gql<L>('{ inspections(first: 100, source: CHAMBER) { edges { node { byChamber chamberName conductedBy provider { code } } } } }', {}, token);
    expect(chamber.data!.inspections.edges.length).toBeGreaterThan(0);
    expect(chamber.data!.inspections.edges.every((e) => e.node.byChamber && e.node.chamberName && e.node.conductedBy === null)).toBe(true);
    const quality = await api.gql<L>('{ inspections(first: 100, source: QUALITY_CONTROL) { edges { node { byChamber chamberName conductedBy provider { code } } } } }', {}, token);
    expect(quality.data!.inspections.edges.every((e) => !e.node.byChamber && e.node.provider)).toBe(true);
  });
});
