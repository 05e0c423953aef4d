// Every status change of the use cases goes through the domain's transition tables: each table's statuses are
// walked through the API (the record put in every `from` status, then the change asked for), the legal ones
// are applied and the illegal ones refused with INVALID_TRANSITION, writing nothing. The E4 route of the state
// bailiff: IN_REVIEW from the proceeding's registration, then APPROVED or REFUSED — never REGISTERED → APPROVED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID, decodeGlobalID } from '@pothos/plugin-relay';
import { APPLICATION, INSPECTION, PROCEEDING, transition, type ApplicationStatus, type InspectionStatus, type ProceedingStatus } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, iin, type ChamberFixture } from './fixtures.ts';

let api: TestApi;
let fx: ChamberFixture;
let cases = 0;
const clock = new Date('2026-11-23T05:00:00Z'); // Monday 23 November 2026, 10:00 in Almaty
const prisma = () => api.database.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);
const raw = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  fx = await createChamberFixture(prisma(), { bailiffs: 2, officials: 1, districts: 1 });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

type UserError = { code: string; field: string[] | null; message: string; rule: string | null; params: Record<string, unknown> };
async function gql<T>(login: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(query, variables, await api.login(login));
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const SUBMIT = `mutation($input: SubmitEnforcementApplicationInput!) { submitEnforcementApplication(input: $input) {
  userErrors { code message } application { id status stages { stage status } executiveDocument { status proceeding { id status decisionDueOn } } } } }`;
type Submitted = { submitEnforcementApplication: { userErrors: UserError[]; application: { id: string; status: string; stages: { stage: string; status: string }[]; executiveDocument: { status: string; proceeding: { id: string; status: string; decisionDueOn: string } } } } };

/** A state claim above the Chamber limit: the state bailiff's route (CH1, E4). */
async function stateBailiffCase() {
  const input = {
    claimant: { name: 'Claimant Test', idNumber: fx.applicantIin, address: 'Abay ave 1' },
    debtor: { name: 'Debtor Dauletov', idNumber: iin('850303', 3), address: 'Satpayev st 5, apt 12' },
    executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: `2-77-${++cases}/2026`, issuedOn: '2026-10-01', category: 'STATE_CLAIM', amountTenge: 9_000_000, districtId: gid('EnforcementDistrict', fx.districtIds[0]!) },
    documents: ['EXECUTIVE_DOCUMENT'],
  };
  const s = (await gql<Submitted>(fx.applicantLogin, SUBMIT, { input })).submitEnforcementApplication;
  expect(s.userErrors).toEqual([]);
  return { ...s.application, proceedingId: s.application.executiveDocument.proceeding.id };
}

const DECIDE = `mutation($input: DecideProceedingInput!) { decideProceeding(input: $input) { userErrors { code field message rule params } proceeding { status } } }`;
type Decided = { decideProceeding: { userErrors: UserError[]; proceeding: { status: string } | null } };
const decision = (proceedingId: string, to: 'INITIATED' | 'REFUSED') =>
  to === 'INITIATED'
    ? { proceedingId, decision: 'INITIATE' }
    : { proceedingId, decision: 'REFUSE', refusalGround: 'ARTICLE_38_NONCOMPLIANCE', reason: 'The executive document does not state the debtor’s address (art. 38).' };

async function snapshot(applicationId: string, proceedingId: string) {
  const [app, p, stages, audits] = await Promise.all([
    prisma().serviceApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, decidedAt: true } }),
    prisma().enforcementProceeding.findUniqueOrThrow({ where: { id: proceedingId }, select: { status: true, decidedAt: true } }),
    prisma().applicationStage.count({ where: { applicationId } }),
    prisma().auditLog.count(),
  ]);
  return { app, p, stages, audits };
}

describe('E4: the state bailiff’s route', () => {
  it('E4: the application is IN_REVIEW from the registration of the proceeding with the state bailiff, and APPROVED on the decision to initiate', async () => {
    const c = await stateBailiffCase();
    expect(c.status).toBe('IN_REVIEW');
    expect(c.executiveDocument).toMatchObject({ status: 'WITH_STATE_BAILIFF', proceeding: { status: 'AWAITING_DECISION' } });
    expect(c.stages.map((s) => [s.stage, s.status])).toEqual([['REGISTERED', 'REGISTERED'], ['ROUTED_TO_STATE_BAILIFF', 'IN_REVIEW']]);
    const d = await gql<Decided>(fx.stateBailiffLogin, DECIDE, { input: decision(c.proceedingId, 'INITIATED') });
    expect(d.decideProceeding).toMatchObject({ userErrors: [], proceeding: { status: 'INITIATED' } });
    expect((await prisma().serviceApplication.findUniqueOrThrow({ where: { id: raw(c.id) } })).status).toBe('APPROVED');
  });

  it('E4: REGISTERED → APPROVED is refused with INVALID_TRANSITION and nothing is written', async () => {
    const c = await stateBailiffCase();
    // an application left REGISTERED (as the state bailiff's route wrote them before the tables)
    await prisma().serviceApplication.update({ where: { id: raw(c.id) }, data: { status: 'REGISTERED' } });
    const before = await snapshot(raw(c.id), raw(c.proceedingId));
    const d = await gql<Decided>(fx.stateBailiffLogin, DECIDE, { input: decision(c.proceedingId, 'INITIATED') });
    expect(d.decideProceeding.proceeding).toBeNull();
    expect(d.decideProceeding.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['input', 'decision'], params: expect.objectContaining({ entity: 'application', from: 'REGISTERED', to: 'APPROVED' }) }),
    ]);
    expect(await snapshot(raw(c.id), raw(c.proceedingId))).toEqual(before);
  });
});

describe('every from-status, through the use cases', () => {
  it('E4: decideProceeding from every proceeding status: applied exactly where the proceeding table has the edge', async () => {
    for (const from of Object.keys(PROCEEDING.statuses) as ProceedingStatus[]) {
      for (const to of ['INITIATED', 'REFUSED'] as const) {
        const c = await stateBailiffCase();
        await prisma().enforcementProceeding.update({ where: { id: raw(c.proceedingId) }, data: { status: from } });
        const before = await snapshot(raw(c.id), raw(c.proceedingId));
        const d = await gql<Decided>(fx.stateBailiffLogin, DECIDE, { input: decision(c.proceedingId, to) });
        const legal = transition(PROCEEDING, from, to).ok;
        if (legal) expect(d.decideProceeding, `${from} → ${to}`).toMatchObject({ userErrors: [], proceeding: { status: to } });
        else {
          expect(d.decideProceeding.userErrors.map((e) => e.code), `${from} → ${to}`).toEqual(['INVALID_TRANSITION']);
          expect(await snapshot(raw(c.id), raw(c.proceedingId))).toEqual(before);
        }
      }
    }
  });

  it('E4: decideProceeding from every application status: the result is written exactly where the application table has the edge', async () => {
    for (const from of Object.keys(APPLICATION.statuses) as ApplicationStatus[]) {
      for (const to of ['INITIATED', 'REFUSED'] as const) {
        const c = await stateBailiffCase();
        await prisma().serviceApplication.update({ where: { id: raw(c.id) }, data: { status: from } });
        const before = await snapshot(raw(c.id), raw(c.proceedingId));
        const d = await gql<Decided>(fx.stateBailiffLogin, DECIDE, { input: decision(c.proceedingId, to) });
        const result = to === 'INITIATED' ? 'APPROVED' : 'REFUSED';
        const legal = transition(APPLICATION, from, result, { service: 'ENFORCEMENT_INITIATION' }).ok;
        if (legal) {
          expect(d.decideProceeding.userErrors, `${from} → ${result}`).toEqual([]);
          expect((await snapshot(raw(c.id), raw(c.proceedingId))).app.status).toBe(result);
        } else {
          expect(d.decideProceeding.userErrors.map((e) => e.code), `${from} → ${result}`).toEqual(['INVALID_TRANSITION']);
          expect(await snapshot(raw(c.id), raw(c.proceedingId))).toEqual(before);
        }
      }
    }
    // the walk met both outcomes: IN_REVIEW and HEARING are decided, everything else refused
    expect(Object.keys(APPLICATION.statuses).filter((s) => transition(APPLICATION, s as ApplicationStatus, 'APPROVED').ok)).toEqual(['IN_REVIEW', 'HEARING']);
  });

  it('CH5, Q4: completeBailiffInspection from every inspection status: applied only from IN_PROGRESS', async () => {
    const OPEN = `mutation($input: OpenBailiffInspectionInput!) { openBailiffInspection(input: $input) { inspection { id status } userErrors { code } } }`;
    const COMPLETE = `mutation($input: CompleteBailiffInspectionInput!) { completeBailiffInspection(input: $input) { inspection { status } userErrors { code rule } } }`;
    const input = { bailiffId: gid('PrivateBailiff', fx.bailiffs[0]!.id), ground: 'APPEAL_OF_PERSON', anonymousSource: false, reason: 'A claimant complains of no action for two months.', startsOn: '2026-11-24' };
    for (const from of Object.keys(INSPECTION.statuses) as InspectionStatus[]) {
      const opened = (await gql<{ openBailiffInspection: { inspection: { id: string; status: string } } }>(fx.officialLogins[0]!, OPEN, { input })).openBailiffInspection.inspection;
      expect(opened.status).toBe('IN_PROGRESS');
      await prisma().inspection.update({ where: { id: raw(opened.id) }, data: { status: from } });
      const done = await gql<{ completeBailiffInspection: { inspection: { status: string } | null; userErrors: { code: string }[] } }>(fx.officialLogins[0]!, COMPLETE, {
        input: { inspectionId: opened.id, findings: 'Findings of the inspection, recorded.', breachFound: false },
      });
      const row = await prisma().inspection.findUniqueOrThrow({ where: { id: raw(opened.id) } });
      if (transition(INSPECTION, from, 'COMPLETED', { byChamber: true }).ok) {
        expect(done.completeBailiffInspection.inspection?.status, from).toBe('COMPLETED');
      } else {
        expect(done.completeBailiffInspection.userErrors.map((e) => e.code), from).toEqual(['INVALID_TRANSITION']);
        expect(row).toMatchObject({ status: from, findings: null, certificateSentAt: null });
      }
    }
  });
});
