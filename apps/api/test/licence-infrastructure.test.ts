// Licence area (issue 9), the shared infrastructure through GraphQL against PostgreSQL: the sandbox state systems
// (every answer, a timeout, a system down and back — L2, A3), the signed documents (Ed25519, verifyDocument without
// sign-in, a tampered document fails, the PDF downloads only for those entitled), and the hearing of A11 (notice at
// least 3 working days before the period ends, hearing within 2 working days, then the final decision).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { PDFArray, PDFDict, PDFDocument, type PDFHexString, PDFName, type PDFRawStream, type PDFString, decodePDFRawStream } from 'pdf-lib';
import { createPublicKey, verify } from 'node:crypto';
import { almatyDate, dueOn, PERIODS, STATE_QUERY, LICENCE_AREA_TABLES, everyPair, transition } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, iin } from './fixtures.ts';
import { sandboxStateSystems } from '../src/state-systems/index.ts';
import { callStateSystems, recordStateAnswers } from '../src/state-systems/checks.ts';
import { retryWaitingStateQueries } from '../src/state-systems/retry.ts';
import { inTransaction } from '../src/usecases/transaction.ts';
import { SYSTEM_VIEWER } from '../src/auth/system.ts';

let api: TestApi;
// Monday 7 December 2026, 10:00 in Almaty
let clock = new Date('2026-12-07T05:00:00Z');
const prisma = () => api.database.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);
let licensingLogin: string;

interface Applicant {
  login: string;
  iin: string;
  personId: string;
  userId: string;
}
let n = 0;
async function applicant(locale: 'KK' | 'RU' | 'EN' = 'KK'): Promise<Applicant> {
  const code = `lic${++n}${Math.random().toString(36).slice(2, 6)}`;
  const p = await prisma().person.create({ data: { iin: iin('880303', 3), lastName: 'Қасымов', firstName: 'Әлихан', patronymic: 'Ұлықбекұлы' } });
  const u = await prisma().user.create({ data: { login: code, displayName: `Қасымов ${code}`, personId: p.id, locale, roles: { create: { role: 'APPLICANT' } } } });
  return { login: code, iin: p.iin, personId: p.id, userId: u.id };
}

/** A licence application under review, registered now (the licence flow's own tests submit through GraphQL). */
async function reviewedApplication(a: Applicant) {
  const cal = await api.services.calendar.get(prisma());
  const today = almatyDate(clock);
  const due = dueOn(today, PERIODS.licenceIssue, cal);
  return prisma().serviceApplication.create({
    data: {
      number: `TEST-LIC-${++n}`, kind: 'LICENCE', channel: 'PORTAL', status: 'IN_REVIEW', applicantId: a.userId,
      receivedAt: clock, registeredAt: clock, dueOn: new Date(`${due}T00:00:00Z`),
    },
  });
}

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  await createChamberFixture(prisma(), { bailiffs: 1, officials: 1, districts: 1 });
  licensingLogin = 'lic.officer';
  await prisma().user.create({ data: { login: licensingLogin, displayName: 'Licensing officer', roles: { create: { role: 'LICENSING_OFFICER' } } } });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('state systems (sandbox)', () => {
  it('L2, A3: the sandbox gives every answer — clear, negative, not found, timeout, unavailable — from its table', async () => {
    const sys = sandboxStateSystems(prisma());
    const a = await applicant();
    // no record: identity from the register (the Person table), registers clear
    const id = await sys.identity.person(a.iin);
    expect(id).toMatchObject({ ok: true, found: true, negative: false, data: { lastName: 'Қасымов', firstName: 'Әлихан' } });
    expect(await sys.criminalRecord.check(a.iin)).toMatchObject({ ok: true, found: false, negative: false });
    expect(await sys.identity.person('000000000000')).toMatchObject({ ok: true, found: false });
    await prisma().sandboxStateRecord.createMany({
      data: [
        { system: 'CRIMINAL_RECORD', subject: a.iin, answer: 'NEGATIVE', data: { records: [{ kind: 'conviction', date: '2019-04-01' }] } },
        { system: 'NARCOLOGY_REGISTER', subject: a.iin, answer: 'TIMEOUT' },
        { system: 'MENTAL_HEALTH_REGISTER', subject: a.iin, answer: 'UNAVAILABLE' },
        { system: 'CORRUPTION_OFFENCES', subject: a.iin, answer: 'CLEAR', failuresLeft: 2 },
        { system: 'IDENTITY', subject: a.iin, answer: 'NOT_FOUND' },
      ],
    });
    expect(await sys.criminalRecord.check(a.iin)).toMatchObject({ ok: true, negative: true, data: { records: [{ kind: 'conviction' }] } });
    expect(await sys.narcology.check(a.iin)).toMatchObject({ ok: false, error: 'TIMEOUT' });
    expect(await sys.mentalHealth.check(a.iin)).toMatchObject({ ok: false, error: 'UNAVAILABLE' });
    expect(await sys.identity.person(a.iin)).toMatchObject({ ok: true, found: false });
    // down twice, then it answers
    expect(await sys.corruptionOffences.check(a.iin)).toMatchObject({ ok: false, error: 'UNAVAILABLE' });
    expect(await sys.corruptionOffences.check(a.iin)).toMatchObject({ ok: false, error: 'UNAVAILABLE' });
    expect(await sys.corruptionOffences.check(a.iin)).toMatchObject({ ok: true, negative: false });
    // a whole system down: subject "*"
    await prisma().sandboxStateRecord.create({ data: { system: 'LICENCE_DEPRIVATION', subject: '*', answer: 'UNAVAILABLE' } });
    expect(await sys.licenceDeprivation.check((await applicant()).iin)).toMatchObject({ ok: false, error: 'UNAVAILABLE' });
    await prisma().sandboxStateRecord.deleteMany({ where: { system: 'LICENCE_DEPRIVATION', subject: '*' } });
    // payments: on-line accepted, declined by script; a bank receipt known only when the treasury has it
    expect(await sys.payments.pay({ reference: 'x', payerIin: a.iin, amountTenge: 25950, purpose: 'licence fee' })).toMatchObject({ ok: true, negative: false, data: { amountTenge: 25950 } });
    expect(await sys.payments.confirmReceipt({ receiptNumber: 'R-1', payerIin: a.iin })).toMatchObject({ ok: true, found: false });
    await prisma().sandboxStateRecord.create({ data: { system: 'PAYMENT_GATEWAY', subject: 'receipt:R-2', answer: 'CLEAR', data: { amountTenge: 25950 } } });
    expect(await sys.payments.confirmReceipt({ receiptNumber: 'R-2', payerIin: a.iin })).toMatchObject({ ok: true, found: true, data: { amountTenge: 25950 } });
  });

  it('L2: the state-query table has exactly its edges (WAITING → ANSWERED; an answer is final)', () => {
    expect(Object.keys(LICENCE_AREA_TABLES)).toEqual(['stateQuery']);
    for (const [from, to] of everyPair(STATE_QUERY)) {
      const r = transition(STATE_QUERY, from, to);
      expect(r.ok, `${from} → ${to}`).toBe(from === null || (from === 'WAITING' && to === 'ANSWERED'));
    }
  });

  it('L2, A3: a system down during an application — the application waits (and says why), is retried by the scheduler, and completes', async () => {
    const a = await applicant();
    const app = await reviewedApplication(a);
    await prisma().sandboxStateRecord.create({ data: { system: 'NARCOLOGY_REGISTER', subject: a.iin, answer: 'CLEAR', failuresLeft: 1 } });
    const ctx = { ...api.services, viewer: SYSTEM_VIEWER, requestId: 'test' };
    const systems = ['IDENTITY', 'CRIMINAL_RECORD', 'NARCOLOGY_REGISTER'] as const;
    const asked = await callStateSystems(api.services.stateSystems, prisma(), app.id, a.iin, systems);
    const states = await inTransaction(ctx, (tx, audit) => recordStateAnswers(tx, audit, app, asked, clock, null));
    expect(states.find((s) => s.system === 'NARCOLOGY_REGISTER')).toMatchObject({ status: 'WAITING' });
    const waitingStage = await prisma().applicationStage.findFirst({ where: { applicationId: app.id, stage: 'WAITING_FOR_STATE_SYSTEM' } });
    expect(waitingStage?.note).toContain('NARCOLOGY_REGISTER');
    // what the applicant sees, through GraphQL
    const token = await api.login(a.login);
    const Q = `query($id: ID!) { node(id: $id) { ... on ServiceApplication { status stateQueries { system status lastError attempts nextAttemptAt source } stages { stage note } } } }`;
    const seen = await api.gql<{ node: { status: string; stateQueries: { system: string; status: string; lastError: string | null; nextAttemptAt: string | null }[] } }>(Q, { id: gid('ServiceApplication', app.id) }, token);
    expect(seen.data?.node.status).toBe('IN_REVIEW'); // not lost, not refused
    expect(seen.data?.node.stateQueries.find((q) => q.system === 'NARCOLOGY_REGISTER')).toMatchObject({ status: 'WAITING', lastError: 'UNAVAILABLE' });
    // not yet due: the retry leaves it
    expect(await retryWaitingStateQueries(ctx)).toEqual([]);
    // a minute later the scheduler asks again; the register answers
    clock = new Date(clock.getTime() + 61_000);
    const retried = await retryWaitingStateQueries(ctx);
    expect(retried).toEqual([{ applicationId: app.id, stillWaiting: [] }]);
    const after = await api.gql<{ node: { stateQueries: { system: string; status: string; attempts: number }[]; stages: { stage: string }[] } }>(Q, { id: gid('ServiceApplication', app.id) }, token);
    expect(after.data?.node.stateQueries.every((q) => q.status === 'ANSWERED')).toBe(true);
    expect(after.data?.node.stateQueries.find((q) => q.system === 'NARCOLOGY_REGISTER')?.attempts).toBe(2);
    expect(after.data?.node.stages.map((s) => s.stage)).toContain('STATE_SYSTEMS_CHECKED');
  });
});

const PRELIM = `mutation($input: SendPreliminaryDecisionInput!) { sendPreliminaryDecision(input: $input) {
  userErrors { code field key rule params } application { status } hearing { id latestOn scheduledOn grounds } document { id number kind locale title downloadPath qrPayload } } }`;
const HOLD = `mutation($input: HoldHearingInput!) { holdHearing(input: $input) { userErrors { code key rule params } hearing { heldOn applicantAttended } document { id kind } } }`;
const DECIDE = `mutation($input: DecideAfterHearingInput!) { decideAfterHearing(input: $input) { userErrors { code key rule params } application { status refusalGrounds } document { id kind number title lines { label value } } } }`;
const VERIFY = `query($id: String, $payload: String) { verifyDocument(id: $id, payload: $payload) { valid problems number kind title keyId lines { label value } } }`;

/** The JSON file attached to a PDF under `name`. */
function attachment(pdf: PDFDocument, name: string): unknown {
  const names = pdf.catalog.lookup(PDFName.of('Names'), PDFDict).lookup(PDFName.of('EmbeddedFiles'), PDFDict).lookup(PDFName.of('Names'), PDFArray);
  for (let i = 0; i < names.size(); i += 2) {
    const key = names.lookup(i) as PDFString | PDFHexString;
    if (key.decodeText() !== name) continue;
    const spec = names.lookup(i + 1, PDFDict);
    const stream = spec.lookup(PDFName.of('EF'), PDFDict).lookup(PDFName.of('F')) as PDFRawStream;
    return JSON.parse(Buffer.from(decodePDFRawStream(stream).decode()).toString('utf8'));
  }
  throw new Error(`no attachment ${name}`);
}

type UE = { code: string; key: string; rule: string | null; params: Record<string, unknown> };

describe('A11: the hearing before a refusal, and the signed documents', () => {
  it('A11: preliminary decision with the notice ≥ 3 working days before the end, hearing within 2 working days, then the signed refusal; the documents verify, a tampered one does not', async () => {
    clock = new Date('2026-12-07T05:00:00Z');
    const a = await applicant('KK');
    const app = await reviewedApplication(a);
    const officer = await api.login(licensingLogin);
    const cal = await api.services.calendar.get(prisma());
    const expectedLatest = dueOn(almatyDate(clock), PERIODS.hearingAfterNotice, cal);
    const sent = await api.gql<{ sendPreliminaryDecision: { userErrors: UE[]; application: { status: string }; hearing: { id: string; latestOn: string; scheduledOn: string; grounds: string[] }; document: { id: string; number: string; kind: string; locale: string; title: string; downloadPath: string; qrPayload: string } } }>(
      PRELIM,
      { input: { applicationId: gid('ServiceApplication', app.id), grounds: ['ACTIVITY_PROHIBITED'], reason: 'The criminal-record register holds a conviction (L2).' } },
      officer,
    );
    expect(sent.data?.sendPreliminaryDecision.userErrors).toEqual([]);
    const r = sent.data!.sendPreliminaryDecision;
    expect(r.application.status).toBe('HEARING');
    expect(r.hearing.latestOn).toBe(expectedLatest);
    expect(r.hearing.scheduledOn).toBe(expectedLatest);
    expect(r.document).toMatchObject({ kind: 'PRELIMINARY_DECISION', locale: 'KK', title: 'Алдын ала шешім және тыңдау туралы хабарлама' });

    // anyone, without signing in, checks it — by id and by the QR payload
    const v1 = await api.gql<{ verifyDocument: { valid: boolean; problems: string[]; number: string } }>(VERIFY, { id: r.document.id }, null);
    expect(v1.data?.verifyDocument).toMatchObject({ valid: true, problems: [], number: r.document.number });
    const v2 = await api.gql<{ verifyDocument: { valid: boolean } }>(VERIFY, { payload: r.document.qrPayload }, null);
    expect(v2.data?.verifyDocument.valid).toBe(true);
    expect(r.document.qrPayload).toMatch(/^http:\/\/localhost:5173\/verify\/[0-9a-f]{32}\?h=[0-9a-f]{16}$/);

    // the decision before the hearing is refused; so is a hearing on the day of the notice
    const early = await api.gql<{ decideAfterHearing: { userErrors: UE[] } }>(DECIDE, { input: { hearingId: r.hearing.id, decision: 'REFUSE', reason: 'Refused because of the conviction.' } }, officer);
    expect(early.data?.decideAfterHearing.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', key: 'hearing.notHeld', rule: 'A11' });
    const sameDay = await api.gql<{ holdHearing: { userErrors: UE[] } }>(HOLD, { input: { hearingId: r.hearing.id, applicantAttended: true, record: 'The applicant objected in writing.' } }, officer);
    expect(sameDay.data?.holdHearing.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', key: 'hearing.tooEarly' });

    // the next working day the hearing is held
    clock = new Date(`${cal.nextWorkingDay(almatyDate(clock))}T06:00:00Z`);
    const held = await api.gql<{ holdHearing: { userErrors: UE[]; hearing: { heldOn: string }; document: { kind: string } } }>(
      HOLD,
      { input: { hearingId: r.hearing.id, applicantAttended: true, record: 'The applicant says the conviction was expunged; no document shows it.' } },
      officer,
    );
    expect(held.data?.holdHearing.userErrors).toEqual([]);
    expect(held.data?.holdHearing.document.kind).toBe('HEARING_RECORD');
    // a ground the applicant was not heard on cannot be added
    const other = await api.gql<{ decideAfterHearing: { userErrors: UE[] } }>(DECIDE, { input: { hearingId: r.hearing.id, decision: 'REFUSE', grounds: ['FEE_NOT_PAID'], reason: 'The fee was not paid either.' } }, officer);
    expect(other.data?.decideAfterHearing.userErrors[0]).toMatchObject({ key: 'hearing.groundNotHeard', rule: 'A11' });
    const decided = await api.gql<{ decideAfterHearing: { userErrors: UE[]; application: { status: string; refusalGrounds: string[] }; document: { id: string; kind: string; title: string; lines: { label: string; value: string }[] } } }>(
      DECIDE,
      { input: { hearingId: r.hearing.id, decision: 'REFUSE', reason: 'The conviction stands on the register; no rehabilitation shown.' } },
      officer,
    );
    expect(decided.data?.decideAfterHearing.userErrors).toEqual([]);
    expect(decided.data?.decideAfterHearing.application).toEqual({ status: 'REFUSED', refusalGrounds: ['ACTIVITY_PROHIBITED'] });
    const refusal = decided.data!.decideAfterHearing.document;
    expect(refusal.kind).toBe('REFUSAL');
    expect(refusal.title).toBe('Мемлекеттік қызмет көрсетуден дәлелді бас тарту');
    expect(refusal.lines.map((l) => l.value).join('\n')).toContain('Заңмен осы санаттағы тұлғаларға қызметпен айналысуға тыйым салынған');

    // the applicant sees stage history and the three documents
    const token = await api.login(a.login);
    const mine = await api.gql<{ node: { documents: { kind: string }[]; hearings: { outcome: string }[]; stages: { stage: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on ServiceApplication { documents { kind } hearings { outcome } stages { stage } } } }`,
      { id: gid('ServiceApplication', app.id) },
      token,
    );
    // the hearing record and the refusal are signed at the same instant of the test's clock: their order is not defined
    expect(mine.data?.node.documents.map((d) => d.kind).sort()).toEqual(['HEARING_RECORD', 'PRELIMINARY_DECISION', 'REFUSAL']);
    expect(mine.data?.node.hearings).toEqual([{ outcome: 'REFUSED' }]);
    expect(mine.data?.node.stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['PRELIMINARY_DECISION_SENT', 'HEARING_HELD', 'REFUSED']));

    // the PDF: the applicant downloads it; nobody else does
    const base = api.url.replace(/\/graphql$/, '');
    const res = await fetch(`${base}/documents/${refusal.id}.pdf`, { headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toContain('Мемлекеттік қызмет көрсетуден дәлелді бас тарту');
    expect(pdf.getPageCount()).toBeGreaterThanOrEqual(1);
    // the file carries its signed envelope: it verifies offline with the platform's public key
    const attached = attachment(pdf, 'oryndau-signature.json') as { envelope: unknown; signature: string; contentHash: string };
    expect(attached.contentHash).toBe((await prisma().signedDocument.findUniqueOrThrow({ where: { id: refusal.id } })).contentHash);
    const { canonicalJson } = await import('../src/documents/sign.ts');
    expect(verify(null, Buffer.from(canonicalJson(attached.envelope)), createPublicKey(api.services.signing.publicKeyPem), Buffer.from(attached.signature, 'base64'))).toBe(true);
    expect((await fetch(`${base}/documents/${refusal.id}.pdf`)).status).toBe(401);
    const stranger = await applicant();
    expect((await fetch(`${base}/documents/${refusal.id}.pdf`, { headers: { authorization: `Bearer ${await api.login(stranger.login)}` } })).status).toBe(404);
    expect((await fetch(`${base}/documents/${refusal.id}.pdf`, { headers: { authorization: `Bearer ${officer}` } })).status).toBe(200);

    // tampered: a changed content or a changed signature fails the public check
    await prisma().$executeRaw`UPDATE "SignedDocument" SET "content" = jsonb_set("content", '{reason}', '"changed"') WHERE "id" = ${refusal.id}`;
    const t1 = await api.gql<{ verifyDocument: { valid: boolean; problems: string[] } }>(VERIFY, { id: refusal.id }, null);
    expect(t1.data?.verifyDocument).toMatchObject({ valid: false });
    expect(t1.data?.verifyDocument.problems).toEqual(expect.arrayContaining(['HASH_MISMATCH', 'BAD_SIGNATURE']));
    const prelimDoc = await prisma().signedDocument.findUniqueOrThrow({ where: { id: r.document.id } });
    await prisma().signedDocument.update({ where: { id: prelimDoc.id }, data: { number: `${prelimDoc.number}-X` } });
    const t2 = await api.gql<{ verifyDocument: { valid: boolean; problems: string[] } }>(VERIFY, { id: prelimDoc.id }, null);
    expect(t2.data?.verifyDocument.valid).toBe(false);
    const t3 = await api.gql<{ verifyDocument: { valid: boolean; problems: string[] } }>(VERIFY, { id: 'ffffffffffffffffffffffffffffffff' }, null);
    expect(t3.data?.verifyDocument).toEqual(expect.objectContaining({ valid: false, problems: ['NOT_FOUND'] }));
  });

  it('A11: a notice later than 3 working days before the period ends is refused and writes nothing; so is a hearing after 2 working days', async () => {
    clock = new Date('2026-12-07T05:00:00Z');
    const a = await applicant('RU');
    const app = await reviewedApplication(a);
    const officer = await api.login(licensingLogin);
    const cal = await api.services.calendar.get(prisma());
    const due = almatyDate(app.dueOn!);
    const noticeLatestOn = cal.addWorkingDays(due, -3);
    clock = new Date(`${cal.nextWorkingDay(noticeLatestOn)}T05:00:00Z`);
    const late = await api.gql<{ sendPreliminaryDecision: { userErrors: UE[] } }>(PRELIM, { input: { applicationId: gid('ServiceApplication', app.id), grounds: ['FEE_NOT_PAID'], reason: 'The gateway has no payment of the fee.' } }, officer);
    expect(late.data?.sendPreliminaryDecision.userErrors[0]).toMatchObject({ code: 'DEADLINE_PASSED', key: 'hearing.noticeTooLate', rule: 'A11', params: { noticeLatestOn, serviceDueOn: due } });
    expect(await prisma().hearing.count({ where: { applicationId: app.id } })).toBe(0);
    expect(await prisma().signedDocument.count({ where: { applicationId: app.id } })).toBe(0);
    expect((await prisma().serviceApplication.findUniqueOrThrow({ where: { id: app.id } })).status).toBe('IN_REVIEW');
    // on the last lawful day it goes out; a ground outside L4 is refused first
    clock = new Date(`${noticeLatestOn}T05:00:00Z`);
    const wrong = await api.gql<{ sendPreliminaryDecision: { userErrors: UE[] } }>(PRELIM, { input: { applicationId: gid('ServiceApplication', app.id), grounds: ['INTERNSHIP_NONCOMPLIANCE'], reason: 'Not a licence ground at all.' } }, officer);
    expect(wrong.data?.sendPreliminaryDecision.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', key: 'refusal.unknownGround', rule: 'L4' });
    const ok = await api.gql<{ sendPreliminaryDecision: { userErrors: UE[]; hearing: { id: string; latestOn: string } } }>(PRELIM, { input: { applicationId: gid('ServiceApplication', app.id), grounds: ['FEE_NOT_PAID'], reason: 'The gateway has no payment of the fee.' } }, officer);
    expect(ok.data?.sendPreliminaryDecision.userErrors).toEqual([]);
    const latestOn = ok.data!.sendPreliminaryDecision.hearing.latestOn;
    expect(latestOn).toBe(cal.addWorkingDays(noticeLatestOn, 2));
    clock = new Date(`${cal.nextWorkingDay(latestOn)}T05:00:00Z`);
    const tooLate = await api.gql<{ holdHearing: { userErrors: UE[] } }>(HOLD, { input: { hearingId: ok.data!.sendPreliminaryDecision.hearing.id, applicantAttended: false, record: 'Nobody came to the hearing.' } }, officer);
    expect(tooLate.data?.holdHearing.userErrors[0]).toMatchObject({ code: 'DEADLINE_PASSED', key: 'hearing.tooLate', rule: 'A11', params: { latestOn } });
    // an applicant cannot send a preliminary decision on anything
    const self = await api.gql<{ sendPreliminaryDecision: { userErrors: UE[] } }>(PRELIM, { input: { applicationId: gid('ServiceApplication', app.id), grounds: ['FEE_NOT_PAID'], reason: 'I refuse myself, for a test.' } }, await api.login(a.login));
    expect(self.data?.sendPreliminaryDecision.userErrors[0]?.code).toBe('FORBIDDEN');
  });
});
