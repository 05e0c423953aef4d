// Q1 (4), (5) through GraphQL against PostgreSQL: the quality-control body records art. 465 fines and monitoring
// recommendations, and the semi-annual plan proposal reads them at once; bad input is refused with keys and
// writes nothing; only quality-control inspectors write, inspectors read, nobody else sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, almatyDate } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
const prisma = () => api.database.db.prisma;
const today = almatyDate(new Date());
const day = (n: number) => addDays(today, n);
/** Subjects the seeded data puts in no plan, by code (the same on every run); each test takes its own. */
let quiet: { id: string; code: string }[] = [];

beforeAll(async () => {
  api = await startTestApi();
  quiet = await quietProviders();
}, 180_000);
afterAll(async () => {
  await api?.close();
});

type UserError = { code: string; key: string; rule: string | null; field: string[] | null; params: Record<string, unknown> };
const PROPOSAL = '{ inspectionPlanProposal { subjects { provider { code } criteria { criterion figure } } } }';
type Proposal = { inspectionPlanProposal: { subjects: { provider: { code: string }; criteria: { criterion: string; figure: number | null }[] }[] } };

async function proposal(): Promise<Map<string, Map<string, number | null>>> {
  const r = await api.gql<Proposal>(PROPOSAL, {}, await api.login('quality'));
  expect(r.errors).toBeUndefined();
  return new Map(r.data!.inspectionPlanProposal.subjects.map((s) => [s.provider.code, new Map(s.criteria.map((c) => [c.criterion, c.figure]))]));
}

async function quietProviders(): Promise<{ id: string; code: string }[]> {
  const proposed = await proposal();
  const all = await api.gql<{ serviceProviders: { id: string; code: string }[] }>('{ serviceProviders { id code } }');
  const quiet = all.data!.serviceProviders.filter((p) => !proposed.has(p.code)).sort((a, b) => (a.code < b.code ? -1 : 1));
  expect(quiet.length).toBeGreaterThanOrEqual(3);
  return quiet;
}

const FINE = 'mutation($input: RecordProviderFineInput!) { recordProviderFine(input: $input) { userErrors { code key rule field params } fine { id official decidedOn amountTenge provider { code } } } }';
const ISSUE = 'mutation($input: IssueMonitoringRecommendationInput!) { issueMonitoringRecommendation(input: $input) { userErrors { code key rule field params } recommendation { id state dueOn implementedOn viewerCanRecordImplementation } } }';
const IMPLEMENTED = 'mutation($input: RecordMonitoringImplementationInput!) { recordMonitoringImplementation(input: $input) { userErrors { code key rule field params } recommendation { id state implementedOn viewerCanRecordImplementation } } }';
type FineResult = { recordProviderFine: { userErrors: UserError[]; fine: { id: string; official: string; decidedOn: string; amountTenge: number; provider: { code: string } } | null } };
type RecResult<K extends string> = { [k in K]: { userErrors: UserError[]; recommendation: { id: string; state: string; dueOn?: string; implementedOn: string | null; viewerCanRecordImplementation: boolean } | null } };

describe('the records behind the plan’s criteria (4) and (5) (Q1)', () => {
  it('Q1 (4): a recorded art. 465 fine puts its subject into the proposal at once, with the figure; the same key records it once', async () => {
    const subject = quiet[0]!;
    const input = { providerId: subject.id, official: 'Serik Bekov, head of the registration unit', decidedOn: day(-60), amountTenge: 345_000, note: 'Resolution No. 12-3/45 of the court', idempotencyKey: 'fine-test-1' };
    const first = await api.gql<FineResult>(FINE, { input }, await api.login('quality'));
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordProviderFine.userErrors).toEqual([]);
    expect(first.data!.recordProviderFine.fine).toMatchObject({ official: input.official, decidedOn: day(-60), amountTenge: 345_000, provider: { code: subject.code } });
    const again = await api.gql<FineResult>(FINE, { input }, await api.login('quality'));
    expect(again.data!.recordProviderFine.fine!.id).toBe(first.data!.recordProviderFine.fine!.id);
    expect((await proposal()).get(subject.code)?.get('ART_465_FINE')).toBe(1);
    const providerId = (await prisma().serviceProvider.findUniqueOrThrow({ where: { code: subject.code } })).id;
    expect(await prisma().providerFine.count({ where: { providerId } })).toBe(1);
    const fineId = Buffer.from(first.data!.recordProviderFine.fine!.id, 'base64').toString().split(':')[1]!;
    expect(await prisma().auditLog.count({ where: { action: 'providerFine.record', entityType: 'ProviderFine', entityId: fineId } })).toBe(1);
  });

  it('Q1 (4): a fine dated after today, of no tenge, of an unknown subject or without the official is refused by key and writes nothing', async () => {
    const other = quiet[1]!;
    const before = await prisma().providerFine.count();
    const base = { providerId: other.id, official: 'Aigul Sadykova, chief specialist', decidedOn: day(-5), amountTenge: 100_000 };
    const errors = async (input: Record<string, unknown>) => {
      const r = await api.gql<FineResult>(FINE, { input: { ...base, ...input } }, await api.login('quality'));
      expect(r.errors).toBeUndefined();
      expect(r.data!.recordProviderFine.fine).toBeNull();
      return r.data!.recordProviderFine.userErrors.map((e) => ({ code: e.code, key: e.key, rule: e.rule, field: e.field, params: e.params }));
    };
    expect(await errors({ decidedOn: day(1) })).toEqual([{ code: 'INVALID_INPUT', key: 'monitoring.dateInFuture', rule: 'Q1', field: ['input', 'decidedOn'], params: { today } }]);
    expect(await errors({ amountTenge: 0 })).toEqual([{ code: 'INVALID_INPUT', key: 'monitoring.fineAmount', rule: 'Q1', field: ['input', 'amountTenge'], params: { max: 100_000_000 } }]);
    expect(await errors({ official: '  ' })).toEqual([{ code: 'INVALID_INPUT', key: 'monitoring.textRequired', rule: 'Q1', field: ['input', 'official'], params: { min: 3 } }]);
    const unknown = Buffer.from('ServiceProvider:c000000000000000000000000').toString('base64');
    expect((await errors({ providerId: unknown }))[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'providerId'] });
    expect(await prisma().providerFine.count()).toBe(before);
    expect((await proposal()).has(other.code)).toBe(false);
  });

  it('Q1 (5): a monitoring recommendation past its due day without an implementation puts its subject in; the implementation, late, is recorded once', async () => {
    const subject = quiet[2]!;
    const quality = await api.login('quality');
    const issued = await api.gql<RecResult<'issueMonitoringRecommendation'>>(ISSUE, { input: { providerId: subject.id, text: 'Publish the schedule of reception on the website.', issuedOn: day(-90), dueOn: day(-30) } }, quality);
    expect(issued.errors).toBeUndefined();
    expect(issued.data!.issueMonitoringRecommendation.userErrors).toEqual([]);
    const rec = issued.data!.issueMonitoringRecommendation.recommendation!;
    expect(rec).toMatchObject({ state: 'OVERDUE', implementedOn: null, viewerCanRecordImplementation: true });
    expect((await proposal()).get(subject.code)?.get('MONITORING_RECOMMENDATION_NOT_IMPLEMENTED')).toBe(1);
    // one still in time counts for nothing
    const open = await api.gql<RecResult<'issueMonitoringRecommendation'>>(ISSUE, { input: { providerId: subject.id, text: 'Train the staff in the service standard.', issuedOn: day(-3), dueOn: day(27) } }, quality);
    expect(open.data!.issueMonitoringRecommendation.recommendation!.state).toBe('OPEN');
    expect((await proposal()).get(subject.code)?.get('MONITORING_RECOMMENDATION_NOT_IMPLEMENTED')).toBe(1);
    // the implementation: never before the issue, never after today; then once, late
    const implement = async (implementedOn: string) => (await api.gql<RecResult<'recordMonitoringImplementation'>>(IMPLEMENTED, { input: { recommendationId: rec.id, implementedOn } }, quality)).data!.recordMonitoringImplementation;
    expect((await implement(day(-91))).userErrors.map((e) => [e.code, e.key, e.rule, e.params])).toEqual([['INVALID_INPUT', 'monitoring.implementedBeforeIssue', 'Q1', { issuedOn: day(-90) }]]);
    expect((await implement(day(1))).userErrors.map((e) => e.key)).toEqual(['monitoring.dateInFuture']);
    const done = await implement(day(-2));
    expect(done.userErrors).toEqual([]);
    expect(done.recommendation).toMatchObject({ state: 'IMPLEMENTED_LATE', implementedOn: day(-2), viewerCanRecordImplementation: false });
    expect((await implement(day(-1))).userErrors.map((e) => [e.code, e.key, e.params])).toEqual([['CONFLICT', 'monitoring.alreadyImplemented', { implementedOn: day(-2) }]]);
    expect((await proposal()).has(subject.code)).toBe(false);
    const id = Buffer.from(rec.id, 'base64').toString().split(':')[1]!;
    expect((await prisma().monitoringRecommendation.findUniqueOrThrow({ where: { id } })).implementedOn?.toISOString().slice(0, 10)).toBe(day(-2));
    expect(await prisma().auditLog.count({ where: { entityType: 'MonitoringRecommendation', entityId: id } })).toBe(2);
  });

  it('Q1 (5): a due day not after the issue is refused, and nothing is written', async () => {
    const before = await prisma().monitoringRecommendation.count();
    const r = await api.gql<RecResult<'issueMonitoringRecommendation'>>(ISSUE, { input: { providerId: quiet[1]!.id, text: 'Answer the appeals within the term.', issuedOn: day(-1), dueOn: day(-1) } }, await api.login('quality'));
    expect(r.data!.issueMonitoringRecommendation.userErrors.map((e) => [e.key, e.field, e.params])).toEqual([['monitoring.dueNotAfterIssue', ['input', 'dueOn'], { issuedOn: day(-1) }]]);
    expect(await prisma().monitoringRecommendation.count()).toBe(before);
  });

  it('Q1: only quality-control inspectors record; Ministry inspectors read them; applicants and the public see nothing', async () => {
    const fined = quiet[0]!; // fined in the first test
    const READ = `query($id: ID!) { node(id: $id) { ... on ServiceProvider { code viewerCanKeepPlanRecords
      fines(first: 5) { totalCount edges { node { official amountTenge } } } monitoringRecommendations(first: 5) { totalCount } } } }`;
    type Read = { node: { code: string; viewerCanKeepPlanRecords: boolean; fines: { totalCount: number; edges: { node: { official: string } }[] } | null; monitoringRecommendations: { totalCount: number } | null } | null };
    const ministry = await api.gql<Read>(READ, { id: fined.id }, await api.login('inspector'));
    expect(ministry.errors).toBeUndefined();
    expect(ministry.data!.node).toMatchObject({ code: fined.code, viewerCanKeepPlanRecords: false });
    expect(ministry.data!.node!.fines!.totalCount).toBeGreaterThanOrEqual(1);
    const quality = await api.gql<Read>(READ, { id: fined.id }, await api.login('quality'));
    expect(quality.data!.node!.viewerCanKeepPlanRecords).toBe(true);
    const denied = await api.gql<FineResult>(FINE, { input: { providerId: fined.id, official: 'Somebody, somewhere', decidedOn: day(-1), amountTenge: 1 } }, await api.login('inspector'));
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    for (const login of ['aigerim', null]) {
      const r = await api.gql<Read>(READ, { id: fined.id }, login ? await api.login(login) : undefined);
      expect(r.data?.node?.fines ?? null, String(login)).toBeNull();
      expect(r.data?.node?.monitoringRecommendations ?? null, String(login)).toBeNull();
    }
    const fineId = (await prisma().providerFine.findFirstOrThrow({ where: { provider: { code: fined.code } } })).id;
    const node = await api.gql<{ node: { official: string } | null }>('query($id: ID!) { node(id: $id) { ... on ProviderFine { official } } }', { id: Buffer.from(`ProviderFine:${fineId}`).toString('base64') }, await api.login('aigerim'));
    expect(node.data?.node ?? null).toBeNull();
  });
});
