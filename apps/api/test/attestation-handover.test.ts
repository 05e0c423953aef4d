// A13: the one application end to end through GraphQL against PostgreSQL (issue 9): submitted on the portal, the
// test passed, the interview, the votes, the minutes, the decision signed — then the licence part continues at the
// Ministry by itself: registered, its state systems asked (L2), checked (L3), the fee paid (L6), issued (L7, L9),
// signed and verifiable; the new bailiff admitted to a chamber receives the next case (CH2). A failed attestation
// ends the licence part with a reasoned refusal; a state system down during the licence part's checks waits and
// the scheduler asks again (also from another API instance, as after a restart).
import { almatyDate, almatyInstant, completenessCheckDueOn, LICENCE_CHECKS, PERIODS, register, serviceDueOn, type IsoDate, type WorkingCalendar } from '@oryndau/domain';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { createWaitingDocuments } from './fixtures.ts';
import { runLicenceJobs } from '../src/licence-jobs.ts';

let api: TestApi;
let clock = new Date();
let cal: WorkingCalendar;
const prisma = () => api.database.db.prisma;
const at = (d: IsoDate, hhmm: string) => almatyInstant(d, hhmm);
const ERR = 'userErrors { code key rule field params message }';
type UserError = { code: string; key: string; rule: string | null; params: Record<string, unknown> };

async function mutate(name: string, input: Record<string, unknown>, login: string, select = 'application { id status }') {
  const type = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  const r = await api.gql<Record<string, { userErrors: UserError[] } & Record<string, unknown>>>(`mutation($input: ${type}!) { ${name}(input: $input) { ${ERR} ${select} } }`, { input }, await api.login(login));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data![name]!;
}
async function ok(name: string, input: Record<string, unknown>, login: string, select?: string) {
  const r = await mutate(name, input, login, select);
  expect(r.userErrors, `${name}: ${JSON.stringify(r.userErrors)}`).toEqual([]);
  return r;
}

const LICENCE = `id number kind status dueOn registeredAt feeTenge feePaid viewerCanPayFee refusalReason
  deadlines { kind dueOn metAt rules }
  stateQueries { system status }
  stages { stage note } documents { id kind number downloadPath }
  issuedLicence { id number status holderName }`;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a deep, wide selection
type Node = Record<string, any>;
async function node(id: string, login: string, fields: string): Promise<Node | null> {
  const r = await api.gql<{ node: Node | null }>(`query($id: ID!) { node(id: $id) { ... on ServiceApplication { ${fields} } } }`, { id }, await api.login(login));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.node;
}
const licencePartOf = async (appId: string, login: string) => (await node(appId, login, 'attestation { licenceApplication { id status number } }'))!.attestation.licenceApplication as { id: string; status: string; number: string } | null;

const form = {
  diploma: { institution: 'Al-Farabi Kazakh National University', specialtyCode: '6B04201', number: 'JB-B 7654321', issuedOn: '2018-06-25', foreign: false },
  internship: { conclusionApprovedOn: '2026-06-12', regionalChamber: 'Regional Chamber of Private Bailiffs of Almaty City', supervisor: 'Ospanov A. K.', startedOn: '2025-09-01', endedOn: '2026-03-01' },
  address: 'Almaty, Abay ave 12, apt 7', email: 'one@mail.kz', phone: '+7 701 555 0101',
  confirmations: true, healthRegistryConsent: true, signedWithEds: true,
};

const COMMISSION = ['commission.almaty', 'commission.almaty.2', 'commission.almaty.3', 'commission.almaty.4'];
const apps: Record<string, string> = {};
let heldOn: IsoDate;
let sessionId: string;

beforeAll(async () => {
  api = await startTestApi({ now: () => clock });
  cal = await api.services.calendar.get(prisma());
  const today = cal.nextWorkingDay(almatyDate(new Date()), { inclusive: true });
  heldOn = cal.addWorkingDays(today, 9);
  clock = at(today, '10:00');
  const years = [...new Set([today, cal.addWorkingDays(heldOn, 15)].map((d) => Number(d.slice(0, 4))))];
  await prisma().monthlyCalculationIndex.createMany({ data: years.map((year) => ({ year, amountTenge: 4325 })), skipDuplicates: true });
  const region = await prisma().region.findUniqueOrThrow({ where: { code: 'ALA' } });
  const chair = await prisma().user.findUniqueOrThrow({ where: { login: 'commission.almaty' } });
  const s = await ok('announceAttestationSession', { regionId: encodeGlobalID('Region', region.id), heldAt: at(heldOn, '10:00').toISOString(), place: 'Almaty, Tole bi 155, hall 3', chairUserId: encodeGlobalID('User', chair.id) }, 'justice.almaty', 'session { id }');
  sessionId = (s.session as { id: string }).id;
  for (const login of ['candidate.01', 'candidate.02', 'candidate.03', 'candidate.05']) {
    const r = await ok('applyForAttestation', { sessionId, kind: 'ATTESTATION_AND_LICENCE', form }, login);
    apps[login] = (r.application as { id: string }).id;
  }
  clock = at(cal.addWorkingDays(today, 1), '11:00');
  for (const login of Object.keys(apps)) await ok('checkAttestationCompleteness', { applicationId: apps[login], complete: true }, 'justice.almaty');
  // a criminal-record system that is down for candidate.03's first two requests (L2)
  const c3 = await prisma().user.findUniqueOrThrow({ where: { login: 'candidate.03' }, include: { person: true } });
  await prisma().sandboxStateRecord.create({ data: { system: 'CRIMINAL_RECORD', subject: c3.person!.iin, answer: 'CLEAR', failuresLeft: 2 } });
  // the test day: two pass the test, one fails it
  clock = at(heldOn, '11:40');
  for (const [login, correct] of [['candidate.01', 84], ['candidate.02', 61], ['candidate.03', 77]] as const) {
    await ok('recordTestResult', { applicationId: apps[login], language: 'RU', correct, startedAt: at(heldOn, '10:00').toISOString(), finishedAt: at(heldOn, '11:20').toISOString() }, 'commission.almaty.2');
  }
  for (const login of ['candidate.01', 'candidate.03']) {
    await ok('recordInterview', { applicationId: apps[login], questions: ['Attachment of earnings?', 'Grounds for suspending proceedings?', 'Distribution of proceeds?'] }, 'commission.almaty');
    for (const member of COMMISSION) await ok('castCommissionVote', { applicationId: apps[login], vote: 'PASS' }, member);
    await ok('decideAttestation', { applicationId: apps[login] }, 'commission.almaty');
  }
}, 300_000);
afterAll(async () => {
  await api?.close();
});

describe('A13: the one application hand-over', () => {
  let licencePart: string;
  let licenceNumber: string;

  it('A5, A11, G1: admission refused on exactly an A5 ground — preliminary decision, hearing, final refusal; the licence part ends (A13)', async () => {
    clock = at(heldOn, '09:30');
    const PRELIM = 'hearing { id }';
    // a ground that is neither A5's nor (for a one application) L4's — a general one, or the automatic outcome's,
    // which no official picks — is refused; so is a refusal without reasons
    for (const grounds of [['NO_PERSONAL_DATA_CONSENT'], ['ATTESTATION_NOT_PASSED']]) {
      const bad = await mutate('sendPreliminaryDecision', { applicationId: apps['candidate.05'], grounds, reason: 'The diploma number is not in the register.' }, 'justice.almaty', PRELIM);
      expect(bad.userErrors.map((e) => [e.key, e.rule])).toEqual([['refusal.unknownGround', 'G1']]);
    }
    const noReason = await mutate('sendPreliminaryDecision', { applicationId: apps['candidate.05'], grounds: ['UNRELIABLE_DATA'], reason: ' ' }, 'justice.almaty', PRELIM);
    expect(noReason.userErrors.map((e) => [e.key, e.rule])).toEqual([['refusal.reasonRequired', 'G1']]);
    const sent = await ok('sendPreliminaryDecision', { applicationId: apps['candidate.05'], grounds: ['UNRELIABLE_DATA'], reason: 'The diploma JB-B 7654321 is not in the register of the Ministry of Education.' }, 'justice.almaty', PRELIM);
    const hearingId = (sent.hearing as { id: string }).id;
    clock = at(cal.addWorkingDays(heldOn, 1), '10:00');
    await ok('holdHearing', { hearingId, applicantAttended: true, record: 'The candidate could not show the original diploma.' }, 'justice.almaty', 'hearing { id }');
    await ok('decideAfterHearing', { hearingId, decision: 'REFUSE', reason: 'The diploma could not be confirmed at the hearing either.' }, 'justice.almaty', 'application { status refusalGrounds }');
    const c5 = await node(apps['candidate.05']!, 'candidate.05', 'status refusalGrounds attestation { documents { kind } }');
    expect(c5).toMatchObject({ status: 'REFUSED', refusalGrounds: ['UNRELIABLE_DATA'] });
    expect(c5!.attestation.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['HEARING_RECORD', 'PRELIMINARY_DECISION', 'REFUSAL']);
    expect(await licencePartOf(apps['candidate.05']!, 'candidate.05')).toMatchObject({ status: 'REJECTED_INCOMPLETE' });
  });

  it('A13, L1, L2, L3, L6, L7: the decision signed, the licence part is registered at the Ministry by itself, its state systems asked, its deadlines computed, its fee asked', async () => {
    clock = at(heldOn, '17:00');
    await ok('signAttestationMinutes', { sessionId }, 'commission.almaty', 'session { status }');
    const parent = await node(apps['candidate.01']!, 'candidate.01', 'status attestation { documents { kind number } }');
    expect(parent!.status).toBe('APPROVED');
    const decision = (parent!.attestation.documents as { kind: string; number: string }[]).find((d) => d.kind === 'ATTESTATION_DECISION')!;
    const part = await licencePartOf(apps['candidate.01']!, 'candidate.01');
    expect(part).toMatchObject({ status: 'REGISTERED' });
    licencePart = part!.id;
    const row = await prisma().serviceApplication.findUniqueOrThrow({ where: { id: decodeGlobalID(licencePart).id } });
    expect(row).toMatchObject({ kind: 'LICENCE', parentId: decodeGlobalID(apps['candidate.01']!).id });
    expect(row.form).toMatchObject({ basis: 'ATTESTATION', attestationDecision: { number: decision.number, date: heldOn, region: 'ALA' } });
    const lic = (await node(licencePart, 'candidate.01', LICENCE))!;
    // L3, T3: registered when the signed decision reached the Ministry (17:00, within the working day); L7 from it
    const registration = register(clock, 'PORTAL', cal);
    expect(almatyDate(new Date(lic.registeredAt))).toBe(heldOn);
    expect(lic.dueOn).toBe(serviceDueOn(registration, PERIODS.licenceIssue, cal));
    const deadlines = Object.fromEntries((lic.deadlines as { kind: string; dueOn: string }[]).map((d) => [d.kind, d.dueOn]));
    const term = serviceDueOn(registration, PERIODS.licenceIssue, cal);
    expect(deadlines).toEqual({ REGISTRATION: heldOn, COMPLETENESS_CHECK: completenessCheckDueOn(registration, cal), SERVICE_PERIOD: term, HEARING_NOTICE: cal.addWorkingDays(term, -3) });
    // L2: every licence check asked right after the commit, answered by the sandbox; nothing asked of the candidate
    expect((lic.stateQueries as { system: string; status: string }[]).map((q) => q.system).sort()).toEqual([...LICENCE_CHECKS].sort());
    expect(lic.stateQueries.every((q: { status: string }) => q.status === 'ANSWERED')).toBe(true);
    expect(lic.stages.map((s: { stage: string }) => s.stage)).toEqual(['REGISTERED', 'WAITING_FOR_STATE_SYSTEM', 'STATE_SYSTEMS_CHECKED']);
    // L6: the fee (6 MCI) is asked of the candidate at the hand-over, payable in the portal
    expect(lic).toMatchObject({ feeTenge: 6 * 4325, feePaid: false, viewerCanPayFee: true });
    expect(lic.stages[1].note).toMatch(/25950 tenge/);
    // the licensing officer has it in the queue
    const queue = await api.gql<{ applications: { edges: { node: { id: string } }[] } }>('query { applications(first: 100, filter: { kinds: [LICENCE] }) { edges { node { id } } } }', {}, await api.login('licensing'));
    expect(queue.data!.applications.edges.map((e) => e.node.id)).toContain(licencePart);
  });

  it('a one-application request from submission to licence — A13, L3, L4, L6, L7, L9, A10: checked, paid, issued, signed, verifiable; CH2: admitted, the least loaded receives the next case', async () => {
    clock = at(cal.addWorkingDays(heldOn, 1), '10:00');
    await ok('checkLicenceCompleteness', { applicationId: licencePart, missing: [] }, 'licensing');
    const notPaid = await mutate('issueLicence', { applicationId: licencePart }, 'licensing');
    expect(notPaid.userErrors.map((e) => [e.key, e.rule])).toEqual([['licence.feeNotPaid', 'L6']]);
    await ok('payLicenceFee', { applicationId: licencePart, method: 'EGOV_GATEWAY', idempotencyKey: 'handover-fee-1' }, 'candidate.01');
    const issued = await ok('issueLicence', { applicationId: licencePart, placeOfIssue: 'Astana' }, 'licensing', 'application { status } licence { id number status basis holderName } document { id kind number }');
    expect(issued.application).toMatchObject({ status: 'APPROVED' });
    const licence = issued.licence as { id: string; number: string; status: string; basis: string };
    expect(licence).toMatchObject({ status: 'ACTIVE', basis: 'ATTESTATION' });
    licenceNumber = licence.number;
    // the candidate downloads the signed licence and anyone verifies it
    const lic = (await node(licencePart, 'candidate.01', LICENCE))!;
    const doc = (lic.documents as { id: string; kind: string; downloadPath: string }[]).find((d) => d.kind === 'LICENCE')!;
    const pdf = await fetch(new URL(doc.downloadPath, api.url).toString(), { headers: { authorization: `Bearer ${await api.login('candidate.01')}` } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    const v = await api.gql<{ verifyDocument: { valid: boolean; kind: string } }>('query($id: String) { verifyDocument(id: $id) { valid kind } }', { id: doc.id });
    expect(v.data!.verifyDocument).toMatchObject({ valid: true, kind: 'LICENCE' });
    // L7: issued within the 10 working days of the licence part's registration
    expect(almatyDate(clock) <= lic.dueOn).toBe(true);
    expect(lic.stages.map((s: { stage: string }) => s.stage)).toEqual(['REGISTERED', 'WAITING_FOR_STATE_SYSTEM', 'STATE_SYSTEMS_CHECKED', 'COMPLETENESS_CHECKED', 'FEE_PAID', 'RESULT_ISSUED']);
    // CH2: admitted to the chamber of the region of the attestation (Almaty City), the newcomer (no cases) is the
    // least loaded bailiff of its districts and receives the next cases there
    const region = await prisma().region.findUniqueOrThrow({ where: { code: 'ALA' }, include: { districts: { select: { id: true } } } });
    const chamber = await prisma().chamber.findFirstOrThrow({ where: { regionId: region.id } });
    const official = await api.login('chamber.almaty');
    const districtIds = region.districts.map((d) => encodeGlobalID('EnforcementDistrict', d.id));
    const admitted = await api.gql<{ admitLicensedBailiff: { userErrors: UserError[] } }>(
      'mutation($input: AdmitLicensedBailiffInput!) { admitLicensedBailiff(input: $input) { userErrors { code key rule params } bailiff { id } } }',
      { input: { chamberId: encodeGlobalID('Chamber', chamber.id), licenceNumber, office: 'Abay ave 12, office 1', districtIds, idempotencyKey: 'handover-admit-1' } },
      official,
    );
    expect(admitted.errors, JSON.stringify(admitted.errors)).toBeUndefined();
    expect(admitted.data?.admitLicensedBailiff.userErrors).toEqual([]);
    const bailiff = await prisma().privateBailiff.findFirstOrThrow({ where: { licence: { number: licenceNumber } } });
    const fx = { regionId: region.id, districtIds: region.districts.map((d) => d.id) } as unknown as Parameters<typeof createWaitingDocuments>[1];
    const waiting = await createWaitingDocuments(prisma(), fx, 3);
    const ASSIGN = 'mutation($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { assignedCount userErrors { code message } } }';
    const assigned = await api.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN, { input: { chamberId: encodeGlobalID('Chamber', chamber.id), limit: waiting.length } }, official);
    expect(assigned.errors, JSON.stringify(assigned.errors)).toBeUndefined();
    expect(await prisma().assignment.count({ where: { bailiffId: bailiff.id } })).toBeGreaterThan(0);
  });

  it('A13, L2: a state system down during the licence part\'s checks — it waits, the issue is refused meanwhile, and the scheduler of another instance asks again', async () => {
    const part = await licencePartOf(apps['candidate.03']!, 'candidate.03');
    expect(part).toMatchObject({ status: 'REGISTERED' });
    let lic = (await node(part!.id, 'candidate.03', LICENCE))!;
    expect(lic.stateQueries.find((q: { system: string }) => q.system === 'CRIMINAL_RECORD')).toMatchObject({ status: 'WAITING' });
    expect(lic.stages.map((s: { stage: string }) => s.stage)).not.toContain('STATE_SYSTEMS_CHECKED');
    await ok('checkLicenceCompleteness', { applicationId: part!.id, missing: [] }, 'licensing');
    await ok('payLicenceFee', { applicationId: part!.id, method: 'EGOV_GATEWAY', idempotencyKey: 'handover-fee-3' }, 'candidate.03');
    const waiting = await mutate('issueLicence', { applicationId: part!.id }, 'licensing');
    expect(waiting.userErrors.map((e) => [e.key, e.rule])).toEqual([['licence.waitingForStateSystems', 'L2']]);
    // the first retry (a minute later) still finds it down; another instance's scheduler, later, gets the answer
    clock = new Date(clock.getTime() + 61_000);
    await runLicenceJobs(api.services);
    lic = (await node(part!.id, 'candidate.03', LICENCE))!;
    expect(lic.stateQueries.find((q: { system: string }) => q.system === 'CRIMINAL_RECORD')).toMatchObject({ status: 'WAITING' });
    const other = await api.secondInstance();
    try {
      clock = new Date(clock.getTime() + 3 * 60_000);
      await runLicenceJobs(other.services);
    } finally {
      await other.close();
    }
    lic = (await node(part!.id, 'candidate.03', LICENCE))!;
    expect(lic.stateQueries.every((q: { status: string }) => q.status === 'ANSWERED')).toBe(true);
    expect(lic.stages.map((s: { stage: string }) => s.stage)).toContain('STATE_SYSTEMS_CHECKED');
    await ok('issueLicence', { applicationId: part!.id }, 'licensing', 'licence { number }');
  });

  it('A13, A11, L3, G1: a failed attestation ends the licence part with a reasoned, signed refusal — never left waiting', async () => {
    expect(await licencePartOf(apps['candidate.02']!, 'candidate.02')).toBeNull();
    clock = at(cal.addWorkingDays(heldOn, 1), '15:00');
    await ok('holdAttestationHearing', { applicationId: apps['candidate.02'], outcome: 'The candidate asked for a recount; the recount confirmed 61.', refusalStands: true }, 'justice.almaty');
    const part = await licencePartOf(apps['candidate.02']!, 'candidate.02');
    expect(part).toMatchObject({ status: 'REJECTED_INCOMPLETE' });
    const lic = (await node(part!.id, 'candidate.02', LICENCE))!;
    expect(lic.stages.map((s: { stage: string }) => s.stage)).toEqual(['REGISTERED', 'COMPLETENESS_CHECK_FAILED']);
    expect(lic.refusalReason).toMatch(/no attestation decision/);
    expect(lic.refusalReason).toMatch(/61 correct answers/);
    const refusal = (lic.documents as { id: string; kind: string }[]).find((d) => d.kind === 'INCOMPLETE_REFUSAL')!;
    const v = await api.gql<{ verifyDocument: { valid: boolean } }>('query($id: String) { verifyDocument(id: $id) { valid } }', { id: refusal.id });
    expect(v.data!.verifyDocument.valid).toBe(true);
    expect(lic.stateQueries).toEqual([]);
    // audited in the decision's transaction
    expect(await prisma().auditLog.count({ where: { action: 'attestation.licencePartEnded', entityId: decodeGlobalID(part!.id).id } })).toBe(1);
  });

  it('A13, A8, A9: the demo — candidate.onestep is three clicks of the chair from the hand-over (last vote, decision, minutes)', async () => {
    const user = await prisma().user.findUniqueOrThrow({ where: { login: 'candidate.onestep' } });
    const app = await prisma().serviceApplication.findFirstOrThrow({ where: { applicantId: user.id, kind: 'ATTESTATION_AND_LICENCE' }, include: { attestationSession: true } });
    const id = encodeGlobalID('ServiceApplication', app.id);
    await ok('castCommissionVote', { applicationId: id, vote: 'PASS' }, 'commission.almaty');
    await ok('decideAttestation', { applicationId: id }, 'commission.almaty');
    expect((await node(id, 'commission.almaty', 'attestation { decision { pass fail } }'))!.attestation.decision).toMatchObject({ pass: 3, fail: 1 });
    await ok('signAttestationMinutes', { sessionId: encodeGlobalID('AttestationSession', app.attestationSession!.id) }, 'commission.almaty', 'session { status }');
    const part = await licencePartOf(id, 'candidate.onestep');
    expect(part).toMatchObject({ status: 'REGISTERED' });
    const lic = (await node(part!.id, 'candidate.onestep', LICENCE))!;
    expect(lic).toMatchObject({ feePaid: false, viewerCanPayFee: true });
    expect(lic.stateQueries.every((q: { status: string }) => q.status === 'ANSWERED')).toBe(true);
  });
});
