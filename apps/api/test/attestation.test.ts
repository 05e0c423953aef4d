// Attestation end to end through GraphQL against PostgreSQL (issue 9): one session in Almaty City announced by the
// justice office, candidates applying on the portal, the completeness check, the test taken in the app and from the
// testing centre, a suspension, a no-show, the interview, the Commission's vote, the minutes, the hearings, and the
// licence part of a one application handed over to the Ministry. The clock is pinned and moved through the days.
import { almatyDate, almatyInstant, addMonths, attestationApplicationsCloseOn, attestationServiceDueOn, dueOn, PERIODS, type IsoDate, type WorkingCalendar } from '@oryndau/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let clock = new Date();
let cal: WorkingCalendar;
const prisma = () => api.database.db.prisma;
const at = (d: IsoDate, hhmm: string) => almatyInstant(d, hhmm);

async function must<T>(p: Promise<{ data?: T | null; errors?: unknown[] }>): Promise<T> {
  const r = await p;
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

type UserError = { code: string; key: string; rule: string | null; field: string[] | null; params: Record<string, unknown> };
const ERR = 'userErrors { code key rule field params message }';

async function mutate(name: string, inputType: string, input: Record<string, unknown>, login: string, select = 'application { id status }') {
  const data = await must<Record<string, { userErrors: UserError[] } & Record<string, unknown>>>(
    api.gql(`mutation($input: ${inputType}!) { ${name}(input: $input) { ${ERR} ${select} } }`, { input }, await api.login(login)),
  );
  return data[name]!;
}
async function ok(name: string, inputType: string, input: Record<string, unknown>, login: string, select?: string) {
  const r = await mutate(name, inputType, input, login, select);
  expect(r.userErrors, `${name}: ${JSON.stringify(r.userErrors)}`).toEqual([]);
  return r;
}

const form = (over: Record<string, unknown> = {}) => ({
  diploma: { institution: 'Al-Farabi Kazakh National University', specialtyCode: '6B04201', number: 'JB-B 1234567', issuedOn: '2018-06-25', foreign: false },
  internship: { conclusionApprovedOn: '2026-06-12', regionalChamber: 'Regional Chamber of Private Bailiffs of Almaty City', supervisor: 'Ospanov A. K.', startedOn: '2025-09-01', endedOn: '2026-03-01' },
  address: 'Almaty, Abay ave 10, apt 5', email: 'candidate@mail.kz', phone: '+7 701 555 0000',
  confirmations: true, healthRegistryConsent: true, signedWithEds: true,
  ...over,
});

const CASE = `id status kind number dueOn refusalReason stages { stage status note }
  attestation {
    deadlines { kind rule dueOn doneOn met overdue }
    testResult { correct passed suspended takenInApp copies language }
    testSitting { answeredCount secondsLeft correct }
    interview { questions }
    votes { memberName vote isChair dissentingOpinion isDissent }
    decision { result pass fail decidedByChair dissentCount }
    hearings { preliminaryDecision latestOn heldOn outcome }
    documents { id kind number paragraphs keyId downloadPath }
    licenceApplication { id kind status number }
  }`;

async function read(appId: string, login: string) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test reads a deep, wide selection
  const d = await must<{ node: Record<string, any> | null }>(api.gql(`query($id: ID!) { node(id: $id) { ... on ServiceApplication { ${CASE} } } }`, { id: appId }, await api.login(login)));
  return d.node;
}

let almatyId: string;
let chairGid: string;
let sessionGid: string;
let laterSessionGid: string;
let heldOn: IsoDate;
const apps: Record<string, string> = {};

async function apply(login: string, kind = 'ATTESTATION', sessionId = sessionGid, f = form()) {
  return mutate('applyForAttestation', 'ApplyForAttestationInput', { sessionId, kind, form: f }, login);
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock });
  cal = await api.services.calendar.get(prisma());
  const today = almatyDate(new Date());
  heldOn = cal.addWorkingDays(cal.nextWorkingDay(today, { inclusive: true }), 9);
  clock = at(cal.nextWorkingDay(today, { inclusive: true }), '10:00');
  const region = await prisma().region.findUniqueOrThrow({ where: { code: 'ALA' } });
  almatyId = encodeGlobalID('Region', region.id);
  const members = await must<{ attestationCommission: { userId: string; name: string }[] }>(api.gql('query($r: ID!) { attestationCommission(regionId: $r) { userId name } }', { r: almatyId }));
  expect(members.attestationCommission).toHaveLength(4);
  const chair = await prisma().user.findUniqueOrThrow({ where: { login: 'commission.almaty' } });
  chairGid = encodeGlobalID('User', chair.id);
  expect(members.attestationCommission.map((m) => m.userId)).toContain(chairGid);
}, 240_000);
afterAll(async () => {
  await api?.close();
});

describe('attestation (issue 9)', () => {
  it('A1: a justice officer announces a session; the applications close 5 working days before it; it is public', async () => {
    const r = await ok('announceAttestationSession', 'AnnounceAttestationSessionInput', { regionId: almatyId, heldAt: at(heldOn, '10:00').toISOString(), place: 'Almaty, Tole bi 155, Justice Department, hall', chairUserId: chairGid }, 'justice.almaty', 'session { id applicationsCloseOn status open heldOn commission { name isChair } }');
    const s = r.session as { id: string; applicationsCloseOn: string; status: string; open: boolean; commission: { isChair: boolean }[] };
    sessionGid = s.id;
    expect(s.applicationsCloseOn).toBe(attestationApplicationsCloseOn(heldOn, cal));
    expect(s.status).toBe('ANNOUNCED');
    expect(s.open).toBe(true);
    expect(s.commission.filter((m) => m.isChair)).toHaveLength(1);
    // anyone sees it in the list of sessions
    const list = await must<{ attestationSessions: { edges: { node: { id: string } }[] } }>(api.gql('query($r: ID) { attestationSessions(regionId: $r, first: 50) { edges { node { id } } } }', { r: almatyId }));
    expect(list.attestationSessions.edges.map((e) => e.node.id)).toContain(sessionGid);
    // a commission member may not announce; an announcement too close to its day admits nobody (A1)
    const forbidden = await api.gql('mutation($input: AnnounceAttestationSessionInput!) { announceAttestationSession(input: $input) { userErrors { code } } }', { input: { regionId: almatyId, heldAt: at(heldOn, '10:00').toISOString(), place: 'Somewhere else', chairUserId: chairGid } }, await api.login('commission.almaty'));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const tooSoon = await mutate('announceAttestationSession', 'AnnounceAttestationSessionInput', { regionId: almatyId, heldAt: at(cal.addWorkingDays(almatyDate(clock), 2), '10:00').toISOString(), place: 'Almaty, hall 2', chairUserId: chairGid }, 'justice.almaty', 'session { id }');
    expect(tooSoon.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.announcedTooLate', 'A1']]);
  });

  it('A2: a form without what Appendix 2 requires is refused field by field, nothing stored', async () => {
    const before = await prisma().serviceApplication.count();
    const r = await apply('candidate.01', 'ATTESTATION', sessionGid, form({ diploma: { institution: '', specialtyCode: '6B04201', number: 'X 1', issuedOn: '2018-06-25', foreign: true }, healthRegistryConsent: false }));
    expect(r.userErrors.map((e) => e.field!.join('.'))).toEqual(['input.form.diploma.institution', 'input.form.nostrification.series', 'input.form.nostrification.number', 'input.form.healthRegistryConsent']);
    expect(r.userErrors.every((e) => e.rule === 'A2')).toBe(true);
    expect(await prisma().serviceApplication.count()).toBe(before);
  });

  it('A3, A12, T3: applications are registered, identity pulled from the state systems, every deadline computed by the calendar', async () => {
    for (const [login, kind] of [['aigerim', 'ATTESTATION_AND_LICENCE'], ['candidate.01', 'ATTESTATION'], ['candidate.02', 'ATTESTATION'], ['candidate.03', 'ATTESTATION'], ['candidate.05', 'ATTESTATION'], ['candidate.06', 'ATTESTATION'], ['candidate.07', 'ATTESTATION']] as const) {
      const r = await ok('applyForAttestation', 'ApplyForAttestationInput', { sessionId: sessionGid, kind, form: form() }, login, 'application { id status }');
      apps[login] = (r.application as { id: string }).id;
    }
    const a = await read(apps.aigerim!, 'aigerim');
    expect(a!.status).toBe('REGISTERED');
    expect(a!.dueOn).toBe(attestationServiceDueOn(heldOn, cal));
    const dl = Object.fromEntries((a!.attestation.deadlines as { kind: string; dueOn: string }[]).map((d) => [d.kind, d.dueOn]));
    expect(dl).toMatchObject({
      APPLICATIONS_CLOSE: attestationApplicationsCloseOn(heldOn, cal),
      REGISTRATION: almatyDate(clock),
      COMPLETENESS_CHECK: dueOn(almatyDate(clock), PERIODS.completenessCheck, cal),
      SERVICE_PERIOD: attestationServiceDueOn(heldOn, cal),
      HEARING_NOTICE: cal.addWorkingDays(attestationServiceDueOn(heldOn, cal), -3),
    });
    // A3: identity from the register, with its source; nothing of it was asked
    const row = await prisma().serviceApplication.findUniqueOrThrow({ where: { id: (await decode(apps.aigerim!)) } });
    expect((row.form as { stateRecords: { identity: { iin: string; source: string } } }).stateRecords.identity).toMatchObject({ iin: '910412418623', source: 'IDENTITY_REGISTER' });
    // … and the state systems' answers are kept with their source (the adapters' sandbox here)
    const asked = await prisma().stateSystemQuery.findMany({ where: { applicationId: row.id }, orderBy: { system: 'asc' } });
    expect(asked.map((q) => [q.system, q.status])).toEqual([['IDENTITY', 'ANSWERED'], ['MENTAL_HEALTH_REGISTER', 'ANSWERED'], ['NARCOLOGY_REGISTER', 'ANSWERED']]);
    // applicants see only their own applications
    expect(await read(apps.aigerim!, 'candidate.01')).toBeNull();
    // the same candidate twice for one session: refused
    const again = await apply('candidate.01');
    expect(again.userErrors.map((e) => e.key)).toEqual(['attestation.alreadyApplied']);
  });

  it('A4: the completeness check within 2 working days; an incomplete application gets a reasoned refusal in the account', async () => {
    clock = at(cal.addWorkingDays(almatyDate(clock), 1), '11:00');
    for (const login of ['aigerim', 'candidate.01', 'candidate.02', 'candidate.03', 'candidate.05', 'candidate.06']) {
      await ok('checkAttestationCompleteness', 'CheckAttestationCompletenessInput', { applicationId: apps[login], complete: true }, 'justice.almaty');
    }
    const noReason = await mutate('checkAttestationCompleteness', 'CheckAttestationCompletenessInput', { applicationId: apps['candidate.07'], complete: false }, 'justice.almaty');
    expect(noReason.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.reasonRequired', 'A4']]);
    await ok('checkAttestationCompleteness', 'CheckAttestationCompletenessInput', { applicationId: apps['candidate.07'], complete: false, reason: 'The internship conclusion is not signed by the regional chamber.' }, 'justice.almaty');
    const c7 = await read(apps['candidate.07']!, 'candidate.07');
    expect(c7!.status).toBe('REJECTED_INCOMPLETE');
    expect(c7!.attestation.documents.map((d: { kind: string }) => d.kind)).toEqual(['INCOMPLETE_REFUSAL']);
    const check = (await read(apps.aigerim!, 'aigerim'))!.attestation.deadlines.find((d: { kind: string }) => d.kind === 'COMPLETENESS_CHECK');
    expect(check).toMatchObject({ doneOn: almatyDate(clock), met: true });
    // twice is refused: the check is done
    const twice = await mutate('checkAttestationCompleteness', 'CheckAttestationCompletenessInput', { applicationId: apps.aigerim, complete: true }, 'justice.almaty');
    expect(twice.userErrors.map((e) => e.key)).toEqual(['attestation.wrongStage']);
  });

  it('A1: an application after the closing date is refused before anything is stored, with the last day and the next session', async () => {
    const closeOn = attestationApplicationsCloseOn(heldOn, cal);
    const later = cal.addWorkingDays(heldOn, 20);
    const s = await ok('announceAttestationSession', 'AnnounceAttestationSessionInput', { regionId: almatyId, heldAt: at(later, '10:00').toISOString(), place: 'Almaty, Tole bi 155, Justice Department, hall', chairUserId: chairGid }, 'justice.almaty', 'session { id }');
    laterSessionGid = (s.session as { id: string }).id;
    clock = at(cal.addWorkingDays(closeOn, 1), '09:30');
    // the first admissible date: the region's next session still open today (the demo's, or the one just announced)
    const open = (await prisma().attestationSession.findMany({ where: { regionId: await decode(almatyId), status: 'ANNOUNCED' }, orderBy: { heldAt: 'asc' } }))
      .map((x) => almatyDate(x.heldAt)).filter((d) => attestationApplicationsCloseOn(d, cal) >= almatyDate(clock) && d !== heldOn);
    const before = await prisma().serviceApplication.count();
    const r = await apply('candidate.08');
    expect(r.userErrors).toHaveLength(1);
    expect(r.userErrors[0]).toMatchObject({ code: 'DEADLINE_PASSED', key: 'attestation.applicationTooLate', rule: 'A1' });
    expect(r.userErrors[0]!.params).toMatchObject({ lastDay: closeOn, nextSessionOn: open[0], nextSessionClosesOn: attestationApplicationsCloseOn(open[0]!, cal) });
    expect(await prisma().serviceApplication.count()).toBe(before);
  });

  it('A7: the test taken in the app: 100 distinct questions drawn, timed by the server, scored automatically, sheet in two copies', async () => {
    clock = at(heldOn, '09:00');
    const early = await mutate('startAttestationTest', 'StartAttestationTestInput', { applicationId: apps.aigerim, language: 'KK' }, 'aigerim');
    expect(early.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.testNotOpen', 'A7']]);
    clock = at(heldOn, '10:05');
    await ok('startAttestationTest', 'StartAttestationTestInput', { applicationId: apps.aigerim, language: 'KK' }, 'aigerim');
    const q = await must<{ node: { attestation: { testSitting: { secondsLeft: number; questions: { id: string; position: number; options: string[] }[] } } } }>(
      api.gql('query($id: ID!) { node(id: $id) { ... on ServiceApplication { attestation { testSitting { secondsLeft questions { id position options } } } } } }', { id: apps.aigerim }, await api.login('aigerim')),
    );
    const questions = q.node.attestation.testSitting.questions;
    expect(questions).toHaveLength(100);
    expect(new Set(questions.map((x) => x.id)).size).toBe(100);
    expect(q.node.attestation.testSitting.secondsLeft).toBe(90 * 60);
    // another candidate and the staff never see the questions
    const bank = await prisma().attestationQuestion.findMany({ where: { id: { in: questions.map((x) => x.id) } } });
    expect(bank.every((b) => b.language === 'KK')).toBe(true);
    const right = new Map(bank.map((b) => [b.id, b.correctOption]));
    // 85 right, 15 wrong, saved in two parts; the second finishes the test 70 minutes in
    const answers = questions.map((x, i) => ({ questionId: x.id, option: i < 85 ? right.get(x.id)! : (right.get(x.id)! + 1) % x.options.length }));
    await ok('submitAttestationTest', 'SubmitAttestationTestInput', { applicationId: apps.aigerim, answers: answers.slice(0, 50), finish: false }, 'aigerim');
    clock = at(heldOn, '11:15');
    await ok('submitAttestationTest', 'SubmitAttestationTestInput', { applicationId: apps.aigerim, answers: answers.slice(50), finish: true }, 'aigerim');
    const a = await read(apps.aigerim!, 'aigerim');
    expect(a!.attestation.testResult).toMatchObject({ correct: 85, passed: true, takenInApp: true, copies: 2, language: 'KK' });
    expect(a!.attestation.testSitting).toMatchObject({ answeredCount: 100, secondsLeft: 0, correct: 85 });
    const session = await prisma().attestationSession.findUniqueOrThrow({ where: { id: await decode(sessionGid) } });
    expect(session.status).toBe('HELD');
  });

  it('A7: failed at 69 (testing centre): the preliminary refusal with the hearing notice, then the final refusal after the hearing (A11)', async () => {
    clock = at(heldOn, '11:40');
    const overtime = await mutate('recordTestResult', 'RecordTestResultInput', { applicationId: apps['candidate.01'], language: 'RU', correct: 75, startedAt: at(heldOn, '10:00').toISOString(), finishedAt: at(heldOn, '11:31').toISOString() }, 'commission.almaty.2');
    expect(overtime.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.test.OVERTIME', 'A7']]);
    await ok('recordTestResult', 'RecordTestResultInput', { applicationId: apps['candidate.01'], language: 'RU', correct: 69, startedAt: at(heldOn, '10:00').toISOString(), finishedAt: at(heldOn, '11:25').toISOString() }, 'commission.almaty.2');
    let c1 = await read(apps['candidate.01']!, 'candidate.01');
    expect(c1!.status).toBe('HEARING');
    expect(c1!.attestation.testResult).toMatchObject({ correct: 69, passed: false });
    expect(c1!.attestation.hearings[0]).toMatchObject({ latestOn: dueOn(heldOn, PERIODS.hearingAfterNotice, cal), heldOn: null });
    expect(c1!.attestation.documents.map((d: { kind: string }) => d.kind)).toEqual(['PRELIMINARY_DECISION']);
    // A7: no interview for a failed test
    const interview = await mutate('recordInterview', 'RecordInterviewInput', { applicationId: apps['candidate.01'], questions: ['a?', 'b?', 'c?'] }, 'commission.almaty');
    expect(interview.userErrors.map((e) => e.key)).toEqual(['attestation.wrongStage']);
    clock = at(cal.addWorkingDays(heldOn, 1), '15:00');
    await ok('holdAttestationHearing', 'HoldAttestationHearingInput', { applicationId: apps['candidate.01'], outcome: 'The candidate asked to recount the sheet; the recount confirmed 69.', refusalStands: true }, 'justice.almaty');
    c1 = await read(apps['candidate.01']!, 'candidate.01');
    expect(c1!.status).toBe('REFUSED');
    expect(c1!.refusalReason).toMatch(/69 correct answers/);
    // the general hearing (A11): the signed record of the hearing, then the refusal
    expect(c1!.attestation.documents.map((d: { kind: string }) => d.kind).sort()).toEqual(['HEARING_RECORD', 'PRELIMINARY_DECISION', 'REFUSAL']);
    expect((await prisma().hearing.findFirstOrThrow({ where: { applicationId: await decode(apps['candidate.01']!) } })).grounds).toEqual(['ATTESTATION_NOT_PASSED']);
    expect(c1!.attestation.deadlines.find((d: { kind: string }) => d.kind === 'HEARING')).toMatchObject({ met: true });
    clock = at(heldOn, '12:00');
  });

  it('A6: a candidate using aids is suspended; the refusal follows the hearing', async () => {
    await ok('startAttestationTest', 'StartAttestationTestInput', { applicationId: apps['candidate.05'], language: 'RU' }, 'candidate.05');
    await ok('suspendAttestationCandidate', 'SuspendAttestationCandidateInput', { applicationId: apps['candidate.05'], note: 'A mobile phone with the answers' }, 'commission.almaty.3');
    const c5 = await read(apps['candidate.05']!, 'candidate.05');
    expect(c5!.status).toBe('HEARING');
    expect(c5!.attestation.testResult).toMatchObject({ suspended: true, passed: false });
    expect(c5!.attestation.testSitting.secondsLeft).toBe(0);
    expect(c5!.stages.map((s: { stage: string }) => s.stage)).toContain('CANDIDATE_SUSPENDED');
    // the candidate can no longer answer
    const late = await mutate('submitAttestationTest', 'SubmitAttestationTestInput', { applicationId: apps['candidate.05'], answers: [], finish: true }, 'candidate.05');
    expect(late.userErrors.map((e) => e.key)).toEqual(['attestation.testFinished']);
  });

  it('A9: a candidate who did not come is recorded as a no-show', async () => {
    await ok('recordAttestationNoShow', 'RecordAttestationNoShowInput', { applicationId: apps['candidate.06'] }, 'commission.almaty.4');
    expect((await read(apps['candidate.06']!, 'candidate.06'))!.status).toBe('HEARING');
  });

  it('A7, A8: an interview of fewer than 3 questions is refused; an abstention is refused and nothing is stored', async () => {
    await ok('recordTestResult', 'RecordTestResultInput', { applicationId: apps['candidate.02'], language: 'RU', correct: 80, startedAt: at(heldOn, '10:00').toISOString(), finishedAt: at(heldOn, '11:20').toISOString() }, 'commission.almaty');
    await ok('recordTestResult', 'RecordTestResultInput', { applicationId: apps['candidate.03'], language: 'KK', correct: 70, startedAt: at(heldOn, '10:00').toISOString(), finishedAt: at(heldOn, '11:29').toISOString() }, 'commission.almaty');
    const two = await mutate('recordInterview', 'RecordInterviewInput', { applicationId: apps['candidate.02'], questions: ['Grounds for suspending proceedings?', 'Distribution of proceeds?'] }, 'commission.almaty');
    expect(two.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.tooFewQuestions', 'A7']]);
    for (const login of ['aigerim', 'candidate.02', 'candidate.03']) {
      await ok('recordInterview', 'RecordInterviewInput', { applicationId: apps[login], questions: ['Attachment of earnings?', 'Grounds for suspending proceedings?', 'Distribution of proceeds between creditors?'] }, 'commission.almaty');
    }
    const votesBefore = await prisma().commissionVote.count();
    const abstain = await mutate('castCommissionVote', 'CastCommissionVoteInput', { applicationId: apps['candidate.02'], vote: null }, 'commission.almaty.2');
    expect(abstain.userErrors.map((e) => [e.code, e.key, e.rule])).toEqual([['INVALID_INPUT', 'attestation.abstentionNotAllowed', 'A8']]);
    expect(await prisma().commissionVote.count()).toBe(votesBefore);
  });

  it('A8: a 2–2 tie decided by the chair; the dissent is kept; every member votes; only the chair decides', async () => {
    const id = apps['candidate.02'];
    await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote: 'PASS' }, 'commission.almaty');
    await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote: 'PASS' }, 'commission.almaty.2');
    await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote: 'FAIL', dissentingOpinion: 'The answers on the distribution of proceeds were incomplete.' }, 'commission.almaty.3');
    const notAll = await mutate('decideAttestation', 'DecideAttestationInput', { applicationId: id }, 'commission.almaty');
    expect(notAll.userErrors.map((e) => [e.key, e.rule])).toEqual([['attestation.vote.MEMBER_DID_NOT_VOTE', 'A8']]);
    await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote: 'FAIL', dissentingOpinion: 'Could not name the grounds for suspension.' }, 'commission.almaty.4');
    const notChair = await mutate('decideAttestation', 'DecideAttestationInput', { applicationId: id }, 'commission.almaty.2');
    expect(notChair.userErrors.map((e) => [e.code, e.key])).toEqual([['FORBIDDEN', 'attestation.onlyChair']]);
    await ok('decideAttestation', 'DecideAttestationInput', { applicationId: id }, 'commission.almaty');
    const c2 = await read(id!, 'commission.almaty');
    expect(c2!.status).toBe('IN_REVIEW');
    expect(c2!.attestation.decision).toEqual({ result: 'PASS', pass: 2, fail: 2, decidedByChair: true, dissentCount: 2 });
    const dissent = c2!.attestation.votes.filter((v: { isDissent: boolean }) => v.isDissent);
    expect(dissent.map((v: { dissentingOpinion: string }) => v.dissentingOpinion)).toEqual(['The answers on the distribution of proceeds were incomplete.', 'Could not name the grounds for suspension.']);
    // votes are closed once decided
    const late = await mutate('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote: 'FAIL' }, 'commission.almaty.2');
    expect(late.userErrors.map((e) => e.key)).toEqual(['attestation.alreadyDecided']);
  });

  it('A8: a majority against: the preliminary refusal (A11)', async () => {
    const id = apps['candidate.03'];
    for (const [login, vote] of [['commission.almaty', 'FAIL'], ['commission.almaty.2', 'FAIL'], ['commission.almaty.3', 'PASS'], ['commission.almaty.4', 'FAIL']] as const) {
      await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: id, vote }, login);
    }
    await ok('decideAttestation', 'DecideAttestationInput', { applicationId: id }, 'commission.almaty');
    const c3 = await read(id!, 'candidate.03');
    expect(c3!.status).toBe('HEARING');
    expect(c3!.attestation.decision).toMatchObject({ result: 'FAIL', pass: 1, fail: 3, decidedByChair: false });
    for (const login of ['commission.almaty', 'commission.almaty.2', 'commission.almaty.3', 'commission.almaty.4']) {
      await ok('castCommissionVote', 'CastCommissionVoteInput', { applicationId: apps.aigerim, vote: 'PASS' }, login);
    }
    await ok('decideAttestation', 'DecideAttestationInput', { applicationId: apps.aigerim }, 'commission.almaty');
  });

  it('A9, A10, A13: the minutes; the passed get the signed decision within 1 working day; the one application continues to the licence', async () => {
    clock = at(heldOn, '17:30');
    const r = await ok('signAttestationMinutes', 'SignAttestationMinutesInput', { sessionId: sessionGid }, 'commission.almaty', 'session { status minutes { passedCount notPassedCount noShowCount signatories } }');
    expect(r.session).toMatchObject({ status: 'MINUTES_SIGNED', minutes: { passedCount: 2, notPassedCount: 3, noShowCount: 1 } });
    expect((r.session as { minutes: { signatories: string[] } }).minutes.signatories).toHaveLength(5);
    const a = await read(apps.aigerim!, 'aigerim');
    expect(a!.status).toBe('APPROVED');
    expect(a!.attestation.documents.map((d: { kind: string }) => d.kind)).toEqual(['ATTESTATION_DECISION']);
    // A10: the decision is signed by the platform and anyone can verify it (no sign-in)
    const v = await must<{ verifyDocument: { valid: boolean; kind: string; number: string } }>(api.gql('query($id: String) { verifyDocument(id: $id) { valid kind number } }', { id: a!.attestation.documents[0].id }));
    expect(v.verifyDocument).toMatchObject({ valid: true, kind: 'ATTESTATION_DECISION', number: a!.attestation.documents[0].number });
    const pdf = await fetch(new URL(a!.attestation.documents[0].downloadPath, api.url).toString(), { headers: { authorization: `Bearer ${await api.login('aigerim')}` } });
    expect(pdf.status).toBe(200);
    expect(Buffer.from(await pdf.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(a!.attestation.deadlines.find((d: { kind: string }) => d.kind === 'SIGNING')).toMatchObject({ dueOn: cal.addWorkingDays(heldOn, 1), doneOn: heldOn, met: true });
    expect(a!.attestation.deadlines.find((d: { kind: string }) => d.kind === 'SERVICE_PERIOD')).toMatchObject({ met: true });
    // A13: the licence part, on the basis of the attestation decision, registered at the Ministry by itself
    const child = a!.attestation.licenceApplication;
    expect(child).toMatchObject({ kind: 'LICENCE', status: 'REGISTERED' });
    const childRow = await prisma().serviceApplication.findUniqueOrThrow({ where: { id: await decode(child.id) } });
    expect(childRow.form).toMatchObject({ basis: 'ATTESTATION', attestationDecision: { number: a!.attestation.documents[0].number, date: heldOn } });
    expect(childRow.parentId).toBe(await decode(apps.aigerim!));
    // the licensing officer sees it
    const lic = await must<{ node: { id: string } | null }>(api.gql('query($id: ID!) { node(id: $id) { ... on ServiceApplication { id } } }', { id: child.id }, await api.login('licensing')));
    expect(lic.node?.id).toBe(child.id);
    expect((await read(apps['candidate.02']!, 'candidate.02'))!.status).toBe('APPROVED');
  });

  it('A6: the suspended candidate applying too early is refused with the first admissible date, then applies in time', async () => {
    clock = at(cal.addWorkingDays(heldOn, 1), '16:00');
    await ok('holdAttestationHearing', 'HoldAttestationHearingInput', { applicationId: apps['candidate.05'], outcome: 'The candidate did not contest the use of the phone.', refusalStands: true }, 'commission.almaty');
    const reapplyFrom = addMonths(heldOn, 3);
    clock = at(cal.addWorkingDays(heldOn, 3), '10:00');
    const before = await prisma().serviceApplication.count();
    const early = await apply('candidate.05', 'ATTESTATION', laterSessionGid);
    expect(early.userErrors.map((e) => [e.key, e.rule, e.params.firstAdmissibleDate])).toEqual([['attestation.suspendedRecently', 'A6', reapplyFrom]]);
    expect(await prisma().serviceApplication.count()).toBe(before);
    // three months on: a new session, and the application is accepted
    clock = at(cal.nextWorkingDay(reapplyFrom, { inclusive: true }), '10:00');
    const later = cal.addWorkingDays(almatyDate(clock), 10);
    const s = await ok('announceAttestationSession', 'AnnounceAttestationSessionInput', { regionId: almatyId, heldAt: at(later, '10:00').toISOString(), place: 'Almaty, Tole bi 155, Justice Department, hall', chairUserId: chairGid }, 'justice.almaty', 'session { id }');
    const inTime = await apply('candidate.05', 'ATTESTATION', (s.session as { id: string }).id);
    expect(inTime.userErrors).toEqual([]);
    expect(inTime.application).toMatchObject({ status: 'REGISTERED' });
  });

  it('A11: the preliminary decision for a one application is never a direct refusal (the table refuses IN_REVIEW → REFUSED)', async () => {
    const audit = await prisma().auditLog.count({ where: { action: { startsWith: 'attestation.' } } });
    expect(audit).toBeGreaterThan(30);
    const c6 = await read(apps['candidate.06']!, 'candidate.06');
    expect(c6!.stages.map((s: { stage: string }) => s.stage)).toEqual(['REGISTERED', 'COMPLETENESS_CHECKED', 'DID_NOT_SHOW_UP', 'PRELIMINARY_DECISION_SENT']);
  });
});

async function decode(gid: string): Promise<string> {
  const { decodeGlobalID } = await import('@pothos/plugin-relay');
  return decodeGlobalID(gid).id;
}
