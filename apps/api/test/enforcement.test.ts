// Enforcement proceedings through the GraphQL API against PostgreSQL: intake (E1–E4, T3, T4, CH1), the
// Chamber's assignment (CH2–CH4), the bailiff's decision and measures (E4–E6, G1), what the claimant sees (G2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID, decodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, createWaitingDocuments, iin, type ChamberFixture } from './fixtures.ts';
import { redistributeBegunAbsences } from '../src/usecases/redistribute-begun-absences.ts';

let api: TestApi;
let fx: ChamberFixture;
// Monday 23 November 2026, 10:00 in Almaty
let clock = new Date('2026-11-23T05:00:00Z');
const prisma = () => api.database.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);
const raw = (globalId: string) => decodeGlobalID(globalId).id;

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  fx = await createChamberFixture(prisma(), { bailiffs: 6, officials: 1, districts: 2 });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const SUBMIT = `mutation($input: SubmitEnforcementApplicationInput!) {
  submitEnforcementApplication(input: $input) {
    accepted
    accessCode
    userErrors { code field message }
    application { id number status registeredAt missingDocuments refusalReason
      executiveDocument { id routing status category proceeding { id decisionDueOn status } } }
  }
}`;

type SubmitResult = {
  submitEnforcementApplication: {
    accepted: boolean | null;
    accessCode: string | null;
    userErrors: { code: string; field: string[] | null; message: string }[];
    application: null | {
      id: string; number: string; status: string; registeredAt: string | null; missingDocuments: string[]; refusalReason: string | null;
      executiveDocument: null | { id: string; routing: string; status: string; category: string; proceeding: null | { id: string; decisionDueOn: string; status: string } };
    };
  };
};

// every application is another executive document: a second one for the same writ would be a duplicate claim
let cases = 1234;
function application(over: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) {
  return {
    claimant: { name: 'Claimant Test', idNumber: fx.applicantIin, address: 'Abay ave 1', phone: '+77010000000' },
    debtor: { name: 'Debtor Dauletov', idNumber: iin('850303', 3), address: 'Satpayev st 5, apt 12' },
    executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: `2-${cases++}/2026`, issuedOn: '2026-10-01', category: 'PRIVATE_CLAIM', amountTenge: 1_250_000, districtId: gid('EnforcementDistrict', fx.districtIds[0]!), ...doc },
    documents: ['EXECUTIVE_DOCUMENT'],
    ...over,
  };
}

async function submit(login: string, input: Record<string, unknown>) {
  const r = await api.gql<SubmitResult>(SUBMIT, { input }, await api.login(login));
  expect(r.errors).toBeUndefined();
  return r.data!.submitEnforcementApplication;
}

async function mutate<T>(login: string, query: string, variables: Record<string, unknown>) {
  const r = await api.gql<T>(query, variables, await api.login(login));
  expect(r.errors).toBeUndefined();
  return r.data!;
}

const MARK = `mutation($id: ID!) { markOriginalReceived(input: { documentId: $id }) { document { status } userErrors { code message } } }`;
const ASSIGN = `mutation($id: ID!) { assignDocument(input: { documentId: $id }) {
  userErrors { code message }
  assignment { id kind reason rule bailiff { id name } pool { bailiff { id } count eligible exclusions chosen } }
} }`;
type AssignResult = { assignDocument: { userErrors: { code: string; message: string }[]; assignment: null | { id: string; kind: string; reason: string; rule: string; bailiff: { id: string; name: string }; pool: { bailiff: { id: string }; count: number; eligible: boolean; exclusions: string[]; chosen: boolean }[] } } };

async function readyDocument(over: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) {
  const s = await submit(fx.applicantLogin, application(over, doc));
  const docId = s.application!.executiveDocument!.id;
  await mutate(fx.officialLogins[0]!, MARK, { id: docId });
  return { docId, applicationId: s.application!.id };
}

describe('intake', () => {
  it('E1: a claimant applies through the portal; the application is registered and routed to the chamber of the place of enforcement', async () => {
    const s = await submit(fx.applicantLogin, application());
    expect(s.userErrors).toEqual([]);
    expect(s.accepted).toBe(true);
    expect(s.application!.status).toBe('REGISTERED');
    expect(s.application!.number).toMatch(/^ENF-2026-\d{6}$/);
    expect(s.application!.registeredAt).toBe(clock.toISOString());
    expect(s.application!.executiveDocument).toMatchObject({ routing: 'CHAMBER', status: 'AWAITING_ORIGINAL', category: 'PRIVATE_CLAIM', proceeding: null });
  });

  it('T3: a portal application at 17:31 on a Friday is registered at 09:00 on the next working day; at 17:29 the same day', async () => {
    clock = new Date('2026-11-27T12:31:00Z'); // Friday 17:31 Almaty
    const late = await submit(fx.applicantLogin, application());
    expect(late.application!.registeredAt).toBe('2026-11-30T04:00:00.000Z'); // Monday 09:00 Almaty
    clock = new Date('2026-11-27T12:29:00Z'); // Friday 17:29
    const inTime = await submit(fx.applicantLogin, application());
    expect(inTime.application!.registeredAt).toBe('2026-11-27T12:29:00.000Z');
    clock = new Date('2026-11-23T05:00:00Z');
  });

  it('G2: a paper application gets an access code for the claimant’s receipt (once, not on a replay, not on the portal); with it anyone follows the stage signed out, and nothing personal', async () => {
    const input = application({ channel: 'JUSTICE_OFFICE', receivedAt: clock.toISOString(), documents: ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'], idempotencyKey: `paper-${cases}` });
    const office = await submit(fx.justiceLogin, input);
    const [number, code] = [office.application!.number, office.accessCode];
    const r = await api.gql<{ publicStatusCheck: unknown }>('query($n: String!, $c: String!) { publicStatusCheck(number: $n, accessCode: $c) { userErrors { code } status { number itemKind stage decided } } }', { n: number, c: code }, null);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(r.data!.publicStatusCheck).toEqual({ userErrors: [], status: { number, itemKind: 'APPLICATION', stage: 'ROUTED_TO_CHAMBER', decided: false } });
    expect(JSON.stringify([r.data, await prisma().statusAccessCode.findUniqueOrThrow({ where: { number } })])).not.toMatch(new RegExp(`${fx.applicantIin}|${code}`)); // nothing personal; only the code's hash kept
    expect(await submit(fx.justiceLogin, input)).toMatchObject({ application: { id: office.application!.id }, accessCode: null }); // a replay: the same application, no code
    const [portal, refused] = [await submit(fx.applicantLogin, application()), await submit(fx.justiceLogin, application({ channel: 'JUSTICE_OFFICE', receivedAt: clock.toISOString(), documents: ['APPLICATION_FORM'] }))];
    // on the portal the applicant follows the case signed in; E3: refused at acceptance, nothing registered to follow
    expect([portal.accessCode, await prisma().statusAccessCode.count({ where: { number: portal.application!.number } }), refused.accepted, refused.accessCode]).toEqual([null, 0, false, null]);
  });

  it('E3: an incomplete package is refused at acceptance with the receipt listing what is missing; nothing is registered', async () => {
    const before = await prisma().executiveDocument.count();
    const s = await submit(fx.justiceLogin, application({ channel: 'JUSTICE_OFFICE', receivedAt: clock.toISOString(), documents: ['APPLICATION_FORM'] }));
    expect(s.accepted).toBe(false);
    expect(s.application!.status).toBe('REJECTED_INCOMPLETE');
    expect(s.application!.missingDocuments).toEqual(['EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT']);
    expect(s.application!.refusalReason).toMatch(/Missing: The executive document; An identity document/);
    expect(s.application!.executiveDocument).toBeNull();
    expect(await prisma().executiveDocument.count()).toBe(before);
  });

  it('CH1: a state claim above 4.3 million tenge goes to a state bailiff; up to it, to the chamber', async () => {
    const small = await submit(fx.applicantLogin, application({}, { category: 'STATE_CLAIM', amountTenge: 4_300_000 }));
    expect(small.application!.executiveDocument).toMatchObject({ routing: 'CHAMBER', category: 'STATE_CLAIM_SMALL' });
    const large = await submit(fx.applicantLogin, application({}, { category: 'STATE_CLAIM', amountTenge: 4_300_000.01 }));
    expect(large.application!.executiveDocument).toMatchObject({ routing: 'STATE_BAILIFF', category: 'STATE_CLAIM_LARGE', status: 'WITH_STATE_BAILIFF' });
    expect(large.application!.executiveDocument!.proceeding!.status).toBe('AWAITING_DECISION');
  });

  it('T4, T6: through the State Corporation the day of receipt is not counted, nor at the office the day of registration (T6): both decisions are due the Thursday', async () => {
    const docs = ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'];
    const base = { receivedAt: clock.toISOString(), documents: docs };
    const office = await submit(fx.justiceLogin, application({ ...base, channel: 'JUSTICE_OFFICE' }, { category: 'STATE_CLAIM', amountTenge: 9_000_000 }));
    const corp = await submit(fx.justiceLogin, application({ ...base, channel: 'STATE_CORPORATION' }, { category: 'STATE_CLAIM', amountTenge: 9_000_000 }));
    // received and registered Monday 23 Nov: T6 — a period from a date begins the next day, so at the office too
    // Tuesday is day 1 (due Thu 26; it was Wed 25 when the registration day was counted); via the State
    // Corporation the day of receipt is not counted (T4): Thu 26 as well
    expect(office.application!.executiveDocument!.proceeding!.decisionDueOn).toBe('2026-11-26');
    expect(corp.application!.executiveDocument!.proceeding!.decisionDueOn).toBe('2026-11-26');
  });

  it('bad input gets typed errors on the fields and changes nothing', async () => {
    const counts = async () => [await prisma().serviceApplication.count(), await prisma().auditLog.count(), await prisma().numberSequence.findMany()];
    const before = await counts();
    const s = await submit(fx.applicantLogin, application({ debtor: { name: 'X', idNumber: '123456789012', address: '' } }, { amountTenge: -5, issuedOn: '2099-01-01' }));
    expect(s.application).toBeNull();
    expect(s.userErrors.map((e) => e.field?.join('.'))).toEqual(
      expect.arrayContaining(['input.debtor.name', 'input.debtor.idNumber', 'input.debtor.address', 'input.executiveDocument.issuedOn', 'input.executiveDocument.amountTenge']),
    );
    expect(s.userErrors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
    expect(await counts()).toEqual(before);
  });

  it('an applicant cannot register a paper application; a justice officer only in their region', async () => {
    const s = await submit(fx.applicantLogin, application({ channel: 'JUSTICE_OFFICE', receivedAt: clock.toISOString() }));
    expect(s.userErrors[0]?.code).toBe('FORBIDDEN');
  });
});

describe('the chamber assigns', () => {
  it('CH3: no assignment before the original paper decision is handed to the chamber', async () => {
    const s = await submit(fx.applicantLogin, application());
    const docId = s.application!.executiveDocument!.id;
    const early = await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    expect(early.assignDocument.assignment).toBeNull();
    expect(early.assignDocument.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', message: expect.stringMatching(/original/) });
    const marked = await mutate<{ markOriginalReceived: { document: { status: string } } }>(fx.officialLogins[0]!, MARK, { id: docId });
    expect(marked.markOriginalReceived.document.status).toBe('AWAITING_ASSIGNMENT');
    const ok = await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    expect(ok.assignDocument.assignment?.kind).toBe('INITIAL');
    const again = await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    expect(again.assignDocument.userErrors[0]?.code).toBe('CONFLICT');
  });

  it('CH2: only a bailiff who can lawfully act receives the case, and the pool records why each other one was left out', async () => {
    const [b0, b1, b2, b3, b4] = fx.bailiffs;
    const debtor = iin('700707', 3);
    await prisma().licence.update({ where: { id: b0!.licenceId }, data: { status: 'SUSPENDED' } });
    await prisma().bailiffAvailability.create({ data: { bailiffId: b1!.id, kind: 'LEAVE', startsOn: new Date('2026-11-20'), endsOn: new Date('2026-11-27'), recordedById: 'test' } });
    await prisma().bailiffAvailability.create({ data: { bailiffId: b2!.id, kind: 'PAUSE', startsOn: new Date('2026-11-01'), recordedById: 'test' } });
    await prisma().bailiffDistrict.delete({ where: { bailiffId_districtId: { bailiffId: b3!.id, districtId: fx.districtIds[1]! } } });
    await prisma().bailiffConflict.create({ data: { bailiffId: b4!.id, partyId: debtor, reason: 'Relative of the debtor' } });
    const { docId } = await readyDocument({ debtor: { name: 'Conflicted Debtor', idNumber: debtor, address: 'Somewhere 1' } }, { districtId: gid('EnforcementDistrict', fx.districtIds[1]!) });
    const r = await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    const a = r.assignDocument.assignment!;
    expect(a.bailiff.id).toBe(gid('PrivateBailiff', fx.bailiffs[5]!.id));
    const excl = Object.fromEntries(a.pool.map((p) => [raw(p.bailiff.id), p.exclusions]));
    expect(excl[b0!.id]).toEqual(['LICENCE_INVALID']);
    expect(excl[b1!.id]).toEqual(['ABSENT']);
    expect(excl[b2!.id]).toEqual(['PAUSED']);
    expect(excl[b3!.id]).toEqual(['NOT_COMPETENT']);
    expect(excl[b4!.id]).toEqual(['CONFLICT_OF_INTEREST']);
    expect(a.pool.filter((p) => p.chosen)).toHaveLength(1);
    expect(a.reason.length).toBeGreaterThan(10);
    // back to normal for the following tests
    await prisma().licence.update({ where: { id: b0!.licenceId }, data: { status: 'ACTIVE' } });
    await prisma().bailiffAvailability.deleteMany({ where: { bailiffId: { in: [b1!.id, b2!.id] } } });
    await prisma().bailiffDistrict.create({ data: { bailiffId: b3!.id, districtId: fx.districtIds[1]! } });
  });

  it('CH2: the lowest count wins; an assignment verifies from what was stored, and a tampered one does not', async () => {
    const { docId } = await readyDocument();
    const r = await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    const a = r.assignDocument.assignment!;
    const eligible = a.pool.filter((p) => p.eligible);
    const min = Math.min(...eligible.map((p) => p.count));
    expect(a.pool.find((p) => p.chosen)!.count).toBe(min);
    const VERIFY = `query($id: ID!) { verifyAssignment(id: $id) { ok problems explanation } }`;
    const v = await api.gql<{ verifyAssignment: { ok: boolean; problems: string[] } }>(VERIFY, { id: a.id }, await api.login(fx.officialLogins[0]!));
    expect(v.data!.verifyAssignment).toMatchObject({ ok: true, problems: [] });
    // the claimant may verify the assignment of their own case too
    const mine = await api.gql<{ verifyAssignment: { ok: boolean } }>(VERIFY, { id: a.id }, await api.login(fx.applicantLogin));
    expect(mine.data!.verifyAssignment.ok).toBe(true);
    // the record cannot be altered…
    await expect(prisma().$executeRaw`UPDATE "Assignment" SET "pool" = jsonb_set("pool"::jsonb, '{c,0,0}', '99'::jsonb) WHERE "id" = ${raw(a.id)}`).rejects.toThrow();
    await expect(prisma().$executeRaw`DELETE FROM "Assignment" WHERE "id" = ${raw(a.id)}`).rejects.toThrow();
    // …unless its guard is switched off, as only the database's owner can: then verification still catches it.
    // Tamper: pretend the chosen bailiff had more cases than recorded.
    const unguarded = async (change: () => Promise<unknown>) => {
      await prisma().$executeRaw`ALTER TABLE "Assignment" DISABLE TRIGGER "Assignment_record_immutable"`;
      try {
        await change();
      } finally {
        await prisma().$executeRaw`ALTER TABLE "Assignment" ENABLE TRIGGER "Assignment_record_immutable"`;
      }
    };
    await unguarded(() => prisma().$executeRaw`UPDATE "Assignment" SET "pool" = jsonb_set("pool"::jsonb, '{c,0,0}', '99'::jsonb) WHERE "id" = ${raw(a.id)}`);
    const bad = await api.gql<{ verifyAssignment: { ok: boolean; problems: string[] } }>(VERIFY, { id: a.id }, await api.login(fx.officialLogins[0]!));
    expect(bad.data!.verifyAssignment.ok).toBe(false);
    expect(bad.data!.verifyAssignment.problems.join(' ')).toMatch(/99/);
    const REPORT = `query($id: ID!) { node(id: $id) { ... on Chamber { evenness { assignmentsChecked failed { assignment { id } } all { spread } } } } }`;
    const rep = await api.gql<{ node: { evenness: { assignmentsChecked: number; failed: { assignment: { id: string } }[]; all: { spread: number } } } }>(REPORT, { id: gid('Chamber', fx.chamberId) }, await api.login(fx.officialLogins[0]!));
    expect(rep.data!.node.evenness.failed.map((f) => f.assignment.id)).toEqual([a.id]);
    await unguarded(() => prisma().$executeRaw`UPDATE "Assignment" SET "pool" = jsonb_set("pool"::jsonb, '{c,0,0}', ${String(a.pool[0]!.count)}::jsonb) WHERE "id" = ${raw(a.id)}`);
  });

  it('CH2: the pool names its members once, in a roster shared by assignments on the same facts, which cannot be altered', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const { docId } = await readyDocument();
      ids.push(raw((await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument.assignment!.id));
    }
    const rows = await prisma().assignment.findMany({ where: { id: { in: ids } }, select: { rosterId: true, pool: true } });
    expect(new Set(rows.map((r) => r.rosterId)).size).toBe(1);
    const roster = await prisma().assignmentRoster.findUniqueOrThrow({ where: { id: rows[0]!.rosterId! } });
    expect(roster.members).toEqual([...fx.bailiffs.map((b) => b.id)].sort());
    expect((rows[0]!.pool as { c: unknown[] }).c).toHaveLength(fx.bailiffs.length);
    await expect(prisma().$executeRaw`UPDATE "AssignmentRoster" SET "members" = '[]'::jsonb WHERE "id" = ${roster.id}`).rejects.toThrow();
  });

  it('CH1, CH2: only an official of the chamber of the place of enforcement assigns its document, and only once; a refusal changes nothing', async () => {
    const { docId } = await readyDocument();
    const other = await createChamberFixture(prisma(), { bailiffs: 1 });
    const foreign = (await mutate<AssignResult>(other.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument;
    expect(foreign).toMatchObject({ assignment: null, userErrors: [{ code: 'FORBIDDEN' }] });
    expect((await prisma().executiveDocument.findUniqueOrThrow({ where: { id: raw(docId) } })).status).toBe('AWAITING_ASSIGNMENT');
    expect(await prisma().assignment.count({ where: { documentId: raw(docId) } })).toBe(0);
    const ok = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument;
    expect(ok.userErrors).toEqual([]);
    const again = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument;
    expect(again).toMatchObject({ assignment: null, userErrors: [{ code: 'CONFLICT' }] });
    expect(await prisma().assignment.count({ where: { documentId: raw(docId) } })).toBe(1);
    const unknown = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: gid('ExecutiveDocument', 'no-such-document') })).assignDocument;
    expect(unknown.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('CH4: a bailiff is replaced on one case only on a final, legally effective breach decision', async () => {
    const { docId } = await readyDocument();
    const first = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument.assignment!;
    const RECORD = `mutation($input: RecordBreachDecisionInput!) { recordBreachDecision(input: $input) { breachDecision { id } userErrors { code field } } }`;
    const REPLACE = `mutation($d: ID!, $b: ID!) { replaceBailiff(input: { documentId: $d, breachDecisionId: $b }) { assignment { kind bailiff { id } leftOutBailiff { id } } userErrors { code message } } }`;
    const future = await mutate<{ recordBreachDecision: { breachDecision: { id: string } } }>(fx.officialLogins[0]!, RECORD, {
      input: { bailiffId: first.bailiff.id, authority: 'CHAMBER', number: 'DC-7/2026', decidedOn: '2026-11-20', effectiveOn: '2026-12-05', summary: 'Failure to act on the writ for two months.' },
    });
    const early = await mutate<{ replaceBailiff: { assignment: null; userErrors: { code: string }[] } }>(fx.officialLogins[0]!, REPLACE, { d: docId, b: future.recordBreachDecision.breachDecision.id });
    expect(early.replaceBailiff.userErrors[0]?.code).toBe('INVALID_STATE');
    const effective = await mutate<{ recordBreachDecision: { breachDecision: { id: string } } }>(fx.officialLogins[0]!, RECORD, {
      input: { bailiffId: first.bailiff.id, authority: 'COURT', number: '2-99/2026', decidedOn: '2026-10-01', effectiveOn: '2026-11-01', summary: 'Court confirmed a breach of duty by the bailiff.' },
    });
    const r = await mutate<{ replaceBailiff: { assignment: { kind: string; bailiff: { id: string }; leftOutBailiff: { id: string } | null } } }>(fx.officialLogins[0]!, REPLACE, { d: docId, b: effective.recordBreachDecision.breachDecision.id });
    expect(r.replaceBailiff.assignment.kind).toBe('REPLACEMENT');
    expect(r.replaceBailiff.assignment.leftOutBailiff?.id).toBe(first.bailiff.id); // the replaced bailiff, left out of the pool
    expect(r.replaceBailiff.assignment.bailiff.id).not.toBe(first.bailiff.id);
    expect(await prisma().assignment.count({ where: { documentId: raw(docId), activeDocumentId: { not: null } } })).toBe(1);
    const proceeding = await prisma().enforcementProceeding.findUniqueOrThrow({ where: { documentId: raw(docId) } });
    expect(proceeding.bailiffId).toBe(raw(r.replaceBailiff.assignment.bailiff.id));
  });

  it('CH2: suspending a licence moves the bailiff’s open cases to the others evenly, in one operation', async () => {
    const victim = fx.bailiffs[2]!;
    const openCases = () => prisma().assignment.count({ where: { bailiffId: victim.id, activeDocumentId: { not: null } } });
    // give the victim at least two open cases first (the even policy reaches every bailiff within a round)
    for (let i = 0; i < 20 && (await openCases()) < 2; i++) {
      const { docId } = await readyDocument();
      await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId });
    }
    const before = await openCases();
    expect(before).toBeGreaterThanOrEqual(2);
    const CHANGE = `mutation($id: ID!) { changeLicenceStatus(input: { licenceId: $id, status: SUSPENDED, reason: "Licence suspended by order No. 12 of the Ministry" }) { redistributedCount strandedCount userErrors { code } } }`;
    await prisma().user.create({ data: { login: 'licensing.test', displayName: 'Licensing', roles: { create: { role: 'LICENSING_OFFICER' } } } });
    const r = await mutate<{ changeLicenceStatus: { redistributedCount: number; strandedCount: number } }>('licensing.test', CHANGE, { id: gid('Licence', victim.licenceId) });
    expect(r.changeLicenceStatus.redistributedCount).toBe(before);
    expect(await prisma().assignment.count({ where: { bailiffId: victim.id, activeDocumentId: { not: null } } })).toBe(0);
    const moved = await prisma().assignment.findMany({ where: { kind: 'REDISTRIBUTION' }, select: { bailiffId: true } });
    expect(moved.some((m) => m.bailiffId === victim.id)).toBe(false);
    await prisma().licence.update({ where: { id: victim.licenceId }, data: { status: 'ACTIVE' } });
  });

  it('CH2: a case nobody can take at redistribution waits in the queue with its proceeding, and is assigned once someone can', async () => {
    const small = await createChamberFixture(prisma(), { bailiffs: 2, districts: 1 });
    const official = small.officialLogins[0]!;
    const [docId] = (await createWaitingDocuments(prisma(), small, 1)).map((id) => gid('ExecutiveDocument', id));
    const first = (await mutate<AssignResult>(official, ASSIGN, { id: docId! })).assignDocument.assignment!;
    const holder = small.bailiffs.find((b) => gid('PrivateBailiff', b.id) === first.bailiff.id)!;
    const other = small.bailiffs.find((b) => b !== holder)!;
    const opened = await prisma().enforcementProceeding.findUniqueOrThrow({ where: { documentId: raw(docId!) } });
    // the only other bailiff is on leave when the holder's licence is suspended: the case is stranded
    const leave = await prisma().bailiffAvailability.create({ data: { bailiffId: other.id, kind: 'LEAVE', startsOn: new Date('2026-11-01'), endsOn: new Date('2026-12-31'), recordedById: other.userId } });
    await prisma().user.create({ data: { login: `${small.regionId}.licensing`, displayName: 'Licensing', roles: { create: { role: 'LICENSING_OFFICER' } } } });
    const CHANGE = `mutation($id: ID!) { changeLicenceStatus(input: { licenceId: $id, status: SUSPENDED, reason: "Licence suspended by order No. 13 of the Ministry" }) { redistributedCount strandedCount } }`;
    const r = await mutate<{ changeLicenceStatus: { redistributedCount: number; strandedCount: number } }>(`${small.regionId}.licensing`, CHANGE, { id: gid('Licence', holder.licenceId) });
    expect(r.changeLicenceStatus).toEqual({ redistributedCount: 0, strandedCount: 1 });
    expect((await prisma().executiveDocument.findUniqueOrThrow({ where: { id: raw(docId!) } })).status).toBe('AWAITING_ASSIGNMENT');
    // nobody can take it yet: a typed refusal, nothing written
    const refused = (await mutate<AssignResult>(official, ASSIGN, { id: docId! })).assignDocument;
    expect(refused.userErrors[0]?.code).toBe('NO_ELIGIBLE_BAILIFF');
    // the leave ends early: the waiting case goes to the other bailiff, and keeps its one proceeding and number
    await prisma().bailiffAvailability.delete({ where: { id: leave.id } });
    const again = (await mutate<AssignResult>(official, ASSIGN, { id: docId! })).assignDocument;
    expect(again.userErrors).toEqual([]);
    expect(again.assignment!.bailiff.id).toBe(gid('PrivateBailiff', other.id));
    const proceedings = await prisma().enforcementProceeding.findMany({ where: { documentId: raw(docId!) } });
    expect(proceedings).toHaveLength(1);
    expect(proceedings[0]).toMatchObject({ id: opened.id, number: opened.number, bailiffId: other.id, decisionDueOn: opened.decisionDueOn });
    expect(await prisma().assignment.count({ where: { documentId: raw(docId!), activeDocumentId: { not: null } } })).toBe(1);
    await prisma().licence.update({ where: { id: holder.licenceId }, data: { status: 'ACTIVE' } });
  });
});

describe('the chamber supervises', () => {
  it('CH2: a long leave recorded in advance moves the bailiff’s open cases on the day it begins, once', async () => {
    const small = await createChamberFixture(prisma(), { bailiffs: 3, districts: 1 });
    const official = small.officialLogins[0]!;
    const docs = await createWaitingDocuments(prisma(), small, 3);
    const assigned: NonNullable<AssignResult['assignDocument']['assignment']>[] = [];
    for (const id of docs) assigned.push((await mutate<AssignResult>(official, ASSIGN, { id: gid('ExecutiveDocument', id) })).assignDocument.assignment!);
    const victim = small.bailiffs.find((b) => gid('PrivateBailiff', b.id) === assigned[0]!.bailiff.id)!;
    const open = () => prisma().assignment.count({ where: { bailiffId: victim.id, activeDocumentId: { not: null } } });
    expect(await open()).toBe(1);
    const SET = `mutation($input: SetBailiffAvailabilityInput!) { setBailiffAvailability(input: $input) { redistributedCount userErrors { code message } } }`;
    // Monday 23 November: annual leave of 40 days from Monday 30 November is recorded
    const r = await mutate<{ setBailiffAvailability: { redistributedCount: number; userErrors: unknown[] } }>(official, SET, {
      input: { bailiffId: gid('PrivateBailiff', victim.id), kind: 'LEAVE', startsOn: '2026-11-30', endsOn: '2027-01-08', reason: 'Annual paid leave' },
    });
    expect(r.setBailiffAvailability).toEqual({ redistributedCount: 0, userErrors: [] });
    const job = () => redistributeBegunAbsences({ ...api.services, viewer: null, requestId: 'test-scheduler' });
    expect(await job()).toEqual([]); // not begun yet: the bailiff keeps the case
    expect(await open()).toBe(1);
    const saved = clock;
    clock = new Date('2026-11-30T03:00:00Z'); // 08:00 in Almaty on the first day of the leave
    try {
      expect(await job()).toEqual([{ bailiffId: victim.id, moved: 1, stranded: 0 }]);
      expect(await open()).toBe(0);
      const moved = await prisma().assignment.findFirstOrThrow({ where: { documentId: docs[0]!, activeDocumentId: { not: null } } });
      expect(moved).toMatchObject({ kind: 'REDISTRIBUTION' });
      expect(moved.bailiffId).not.toBe(victim.id);
      expect(await job()).toEqual([]); // idempotent: nothing left to move
      const VERIFY = `query($id: ID!) { verifyAssignment(id: $id) { ok problems } }`;
      const v = await api.gql<{ verifyAssignment: { ok: boolean } }>(VERIFY, { id: gid('Assignment', moved.id) }, await api.login(official));
      expect(v.data!.verifyAssignment.ok).toBe(true);
    } finally {
      clock = saved;
    }
  });

  it('L9: a bailiff without a valid licence receives no cases', async () => {
    const holder = fx.bailiffs[1]!;
    await prisma().licence.update({ where: { id: holder.licenceId }, data: { status: 'REVOKED' } });
    for (let i = 0; i < 8; i++) {
      const { docId } = await readyDocument();
      const a = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument.assignment!;
      expect(a.bailiff.id).not.toBe(gid('PrivateBailiff', holder.id));
      expect(a.pool.find((p) => p.bailiff.id === gid('PrivateBailiff', holder.id))!.exclusions).toEqual(['LICENCE_INVALID']);
    }
    await prisma().licence.update({ where: { id: holder.licenceId }, data: { status: 'ACTIVE' } });
  });

  it('CH5: the chamber opens an unscheduled inspection of its bailiff on a lawful ground, at most 10 working days, never on an anonymous appeal', async () => {
    const OPEN = `mutation($input: OpenBailiffInspectionInput!) { openBailiffInspection(input: $input) { inspection { id kind ground status startsOn endsOn } userErrors { code field message } } }`;
    const COMPLETE = `mutation($input: CompleteBailiffInspectionInput!) { completeBailiffInspection(input: $input) { inspection { status breachFound findings } userErrors { code } } }`;
    type Open = { openBailiffInspection: { inspection: null | { id: string; kind: string; ground: string; status: string; startsOn: string; endsOn: string }; userErrors: { code: string; field: string[] }[] } };
    const base = { bailiffId: gid('PrivateBailiff', fx.bailiffs[0]!.id), ground: 'APPEAL_OF_PERSON', reason: 'A claimant complains of no action for two months.', startsOn: '2026-11-24' };
    const anonymous = await mutate<Open>(fx.officialLogins[0]!, OPEN, { input: { ...base, anonymousSource: true } });
    expect(anonymous.openBailiffInspection.userErrors.map((e) => e.field)).toEqual([['input', 'anonymousSource']]);
    const tooLong = await mutate<Open>(fx.officialLogins[0]!, OPEN, { input: { ...base, endsOn: '2026-12-31' } });
    expect(tooLong.openBailiffInspection.userErrors[0]?.field).toEqual(['input', 'endsOn']);
    const ok = await mutate<Open>(fx.officialLogins[0]!, OPEN, { input: base });
    // 10 working days from Tuesday 24 November 2026 (16 December, Independence Day, is not reached)
    expect(ok.openBailiffInspection.inspection).toMatchObject({ kind: 'UNSCHEDULED', ground: 'APPEAL_OF_PERSON', status: 'IN_PROGRESS', startsOn: '2026-11-24', endsOn: '2026-12-07' });
    // an official of another chamber may not inspect this chamber's bailiff
    const other = await createChamberFixture(prisma(), { bailiffs: 1 });
    const foreign = await mutate<Open>(other.officialLogins[0]!, OPEN, { input: base });
    expect(foreign.openBailiffInspection.userErrors[0]?.code).toBe('FORBIDDEN');
    const done = await mutate<{ completeBailiffInspection: { inspection: { status: string; breachFound: boolean } } }>(fx.officialLogins[0]!, COMPLETE, {
      input: { inspectionId: ok.openBailiffInspection.inspection!.id, findings: 'No action on two writs for 60 days: breach of duty.', breachFound: true },
    });
    expect(done.completeBailiffInspection.inspection).toMatchObject({ status: 'COMPLETED', breachFound: true });
  });
});

describe('the bailiff decides', () => {
  const DECIDE = `mutation($input: DecideProceedingInput!) { decideProceeding(input: $input) { late userErrors { code field message } proceeding { status decidedLate } } }`;
  const MEASURE = `mutation($input: RecordMeasureInput!) { recordMeasure(input: $input) { userErrors { code message } proceeding { measures { kind } } } }`;

  async function assignedCase() {
    const { docId, applicationId } = await readyDocument();
    const a = (await mutate<AssignResult>(fx.officialLogins[0]!, ASSIGN, { id: docId })).assignDocument.assignment!;
    const bailiff = fx.bailiffs.find((b) => gid('PrivateBailiff', b.id) === a.bailiff.id)!;
    const p = await prisma().enforcementProceeding.findUniqueOrThrow({ where: { documentId: raw(docId) } });
    return { docId, applicationId, bailiff, proceedingId: gid('EnforcementProceeding', p.id), dueOn: p.decisionDueOn.toISOString().slice(0, 10) };
  }

  it('E4: registered on the day the bailiff receives it; the decision is due within 3 working days; a late one is flagged', async () => {
    const c = await assignedCase();
    // T6: assigned (registered) Monday 23 November; the 3 working days begin the next day: Tue, Wed, Thu
    expect(c.dueOn).toBe('2026-11-26');
    const MY = `{ myCases(first: 50) { edges { node { id decisionDueOn decisionOverdue viewerCanDecide } } } }`;
    clock = new Date('2026-11-26T05:00:00Z'); // Thursday: the last day, not yet overdue
    const onLastDay = await api.gql<{ myCases: { edges: { node: { id: string; decisionOverdue: boolean } }[] } }>(MY, {}, await api.login(c.bailiff.login));
    expect(onLastDay.data!.myCases.edges.find((e) => e.node.id === c.proceedingId)!.node.decisionOverdue).toBe(false);
    clock = new Date('2026-11-27T05:00:00Z'); // Friday
    const mine = await api.gql<{ myCases: { edges: { node: { id: string; decisionOverdue: boolean; viewerCanDecide: boolean } }[] } }>(MY, {}, await api.login(c.bailiff.login));
    const row = mine.data!.myCases.edges.find((e) => e.node.id === c.proceedingId)!.node;
    expect(row).toMatchObject({ decisionOverdue: true, viewerCanDecide: true });
    const d = await mutate<{ decideProceeding: { late: boolean; proceeding: { status: string; decidedLate: boolean } } }>(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'INITIATE' } });
    expect(d.decideProceeding).toMatchObject({ late: true, proceeding: { status: 'INITIATED', decidedLate: true } });
    clock = new Date('2026-11-23T05:00:00Z');
  });

  it('E5: a refusal cites a ground of E5; G1: and states its reasons — otherwise it is refused and nothing changes', async () => {
    const c = await assignedCase();
    const noReason = await mutate<{ decideProceeding: { userErrors: { code: string; field: string[] }[]; proceeding: null } }>(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'REFUSE', refusalGround: 'UNRELIABLE_DATA' } });
    expect(noReason.decideProceeding.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'reason'] })]);
    const noGround = await mutate<{ decideProceeding: { userErrors: { field: string[] }[] } }>(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'REFUSE', reason: 'The writ bears no court seal.' } });
    expect(noGround.decideProceeding.userErrors[0]?.field).toEqual(['input', 'refusalGround']);
    expect((await prisma().enforcementProceeding.findUniqueOrThrow({ where: { id: raw(c.proceedingId) } })).status).toBe('AWAITING_DECISION');
    const ok = await mutate<{ decideProceeding: { proceeding: { status: string } } }>(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'REFUSE', refusalGround: 'ARTICLE_38_NONCOMPLIANCE', reason: 'The executive document does not state the debtor’s address (art. 38).' } });
    expect(ok.decideProceeding.proceeding.status).toBe('REFUSED');
    const app = await prisma().serviceApplication.findUniqueOrThrow({ where: { id: raw(c.applicationId) } });
    expect(app).toMatchObject({ status: 'REFUSED', refusalGrounds: ['ARTICLE_38_NONCOMPLIANCE'] });
  });

  it('E6: measures are recorded on initiated proceedings only, by their bailiff', async () => {
    const c = await assignedCase();
    const input = { proceedingId: c.proceedingId, kind: 'ATTACH_FUNDS_OWED', description: 'Funds at Halyk Bank attached', amountTenge: 250000, takenOn: '2026-11-23' };
    const early = await mutate<{ recordMeasure: { userErrors: { code: string }[] } }>(c.bailiff.login, MEASURE, { input });
    expect(early.recordMeasure.userErrors[0]?.code).toBe('INVALID_STATE');
    await mutate(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'INITIATE' } });
    const other = fx.bailiffs.find((b) => b.login !== c.bailiff.login)!;
    const stranger = await mutate<{ recordMeasure: { userErrors: { code: string }[] } }>(other.login, MEASURE, { input });
    expect(stranger.recordMeasure.userErrors[0]?.code).toBe('FORBIDDEN');
    const ok = await mutate<{ recordMeasure: { proceeding: { measures: { kind: string }[] } } }>(c.bailiff.login, MEASURE, { input });
    expect(ok.recordMeasure.proceeding.measures.map((m) => m.kind)).toEqual(['ATTACH_FUNDS_OWED']);
  });

  it('G2: the claimant follows every stage, and sees who was appointed and why; another applicant sees nothing of it', async () => {
    const c = await assignedCase();
    await mutate(c.bailiff.login, DECIDE, { input: { proceedingId: c.proceedingId, decision: 'INITIATE' } });
    const Q = `query($id: ID!) { node(id: $id) { ... on ServiceApplication { status stages { stage actorRole note }
      executiveDocument { debtorIdNumber currentAssignment { bailiff { name } reason } proceeding { status number } } } } }`;
    const r = await api.gql<{ node: { status: string; stages: { stage: string; actorRole: string | null; note: string | null }[]; executiveDocument: { currentAssignment: { bailiff: { name: string }; reason: string }; proceeding: { status: string } } } }>(Q, { id: c.applicationId }, await api.login(fx.applicantLogin));
    expect(r.errors).toBeUndefined();
    expect(r.data!.node.status).toBe('APPROVED');
    expect(r.data!.node.stages.map((s) => s.stage)).toEqual(['REGISTERED', 'ROUTED_TO_CHAMBER', 'ORIGINAL_RECEIVED', 'BAILIFF_ASSIGNED', 'PROCEEDINGS_INITIATED']);
    // G2: each stage says who acted by role, never by name: the claimant on the portal, the Chamber, the bailiff
    expect(r.data!.node.stages.map((s) => s.actorRole)).toEqual(['APPLICANT', 'APPLICANT', 'CHAMBER_OFFICIAL', 'CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF']);
    expect(r.data!.node.executiveDocument.currentAssignment.reason).toMatch(/./);
    expect(r.data!.node.executiveDocument.proceeding.status).toBe('INITIATED');
    await prisma().user.create({ data: { login: 'other.applicant', displayName: 'Other', roles: { create: { role: 'APPLICANT' } } } });
    const other = await api.gql<{ node: unknown }>(Q, { id: c.applicationId }, await api.login('other.applicant'));
    expect(other.data?.node ?? null).toBeNull();
    const docQ = await api.gql<{ node: unknown }>(`query($id: ID!) { node(id: $id) { ... on ExecutiveDocument { debtorIdNumber debtorAddress } } }`, { id: c.docId }, await api.login('other.applicant'));
    expect(docQ.data?.node ?? null).toBeNull();
  });

  it('every change wrote its audit record in the same transaction; the audit log refuses updates', async () => {
    const actions = (await prisma().auditLog.groupBy({ by: ['action'], _count: { _all: true } })).map((g) => g.action);
    expect(actions).toEqual(expect.arrayContaining(['enforcement.submit', 'enforcement.rejectIncomplete', 'document.originalReceived', 'assignment.initial', 'assignment.replacement', 'assignment.redistribution', 'bailiff.breachDecision', 'licence.status', 'proceeding.initiated', 'proceeding.refused', 'proceeding.measure']));
    await expect(prisma().$executeRaw`UPDATE "AuditLog" SET "action" = 'x'`).rejects.toThrow(/append-only/);
  });
});
