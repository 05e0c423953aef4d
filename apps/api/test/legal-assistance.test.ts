// Legal assistance through GraphQL against PostgreSQL (issue 12; LA1–LA4, G1, G2, CH1, CH2): an incoming letter
// rogatory registered, forwarded and executed with its deadlines to the day across Independence Day; an outgoing
// order refused at 5 months 29 days before the hearing and accepted at 6 months; a petition on the last day of the
// 3 years and one a day late (refused, then accepted with a restored period); the recognised foreign judgment
// followed through the ordinary intake until a private bailiff is assigned. The clock is pinned per step.
import { almatyInstant } from '@oryndau/domain';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let clock: Date | null = null;
const at = (date: string, hhmm = '10:00') => (clock = almatyInstant(date, hhmm));
const prisma = () => api.database.db.prisma;

beforeAll(async () => {
  api = await startTestApi({ now: () => clock ?? new Date() });
}, 240_000);
afterAll(async () => {
  await api?.close();
});

type UserError = { code: string; key: string; rule: string | null; field: string[] | null; params: Record<string, unknown> };
async function run<T>(login: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const r = await api.gql<T>(query, variables, await api.login(login));
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}
const gid = (type: string, id: string) => encodeGlobalID(type, id);
async function ref() {
  const p = prisma();
  const court = async (code: string) => (await p.court.findUniqueOrThrow({ where: { code } })).id;
  const dept = async (code: string) => (await p.judicialDepartment.findUniqueOrThrow({ where: { code } })).id;
  const state = async (code: string) => (await p.foreignState.findUniqueOrThrow({ where: { code } })).id;
  const treaty = async (code: string) => (await p.legalAssistanceTreaty.findUniqueOrThrow({ where: { code } })).id;
  return {
    medeu: gid('Court', await court('ALA-MEDEU')),
    bostandyk: gid('Court', await court('ALA-BOSTANDYK')),
    almatyDept: gid('JudicialDepartment', await dept('ALA')),
    ru: gid('ForeignState', await state('RU')),
    uz: gid('ForeignState', await state('UZ')),
    tr: gid('ForeignState', await state('TR')),
    minsk: gid('LegalAssistanceTreaty', await treaty('MINSK-1993')),
  };
}

const ORDER_FIELDS = `id number status executionDueOn forwardDueOn departmentDueOn courtReceivedOn forwardedOn authorityInformedOn resultDueOn outcome
  court { nameEn } previousCourt { nameEn } persons { name residence }
  deadlines { kind rule dueOn metOn overdue late } stages { stage status actorRole on dueOn rule }
  viewerCanForward viewerCanRecordExecution viewerCanSendResult`;
type Order = {
  id: string; number: string; status: string; executionDueOn: string; forwardDueOn: string; departmentDueOn: string; courtReceivedOn: string; forwardedOn: string | null; authorityInformedOn: string | null; resultDueOn: string | null; outcome: string | null;
  court: { nameEn: string }; previousCourt: { nameEn: string } | null; persons: { name: string; residence: string | null }[] | null;
  deadlines: { kind: string; rule: string; dueOn: string; metOn: string | null; overdue: boolean; late: boolean }[];
  stages: { stage: string; status: string; actorRole: string | null; on: string; dueOn: string | null; rule: string | null }[];
  viewerCanForward: boolean; viewerCanRecordExecution: boolean; viewerCanSendResult: boolean;
};
type OrderPayload = { userErrors: UserError[]; order: Order | null };
const ERR = 'userErrors { code key rule field params }';

describe('LA1, LA2: an incoming letter rogatory, registered, forwarded and executed', () => {
  let orderId: string;

  it('LA1, LA2: the Department registers it and sends it to the court: one month from receipt (14 Dec → 14 Jan), 5 working days to forward across Independence Day (→ 22 Dec), 10 working days for the originals received on 11 Dec (→ 28 Dec)', async () => {
    const r = await ref();
    at('2026-12-14'); // Monday
    const d = await run<{ registerIncomingOrder: OrderPayload }>('department.almaty', `mutation($input: RegisterIncomingOrderInput!) { registerIncomingOrder(input: $input) { ${ERR} order { ${ORDER_FIELDS} } } }`, {
      input: {
        receivedById: r.almatyDept, requestingStateId: r.ru, treatyId: r.minsk, requestingCourt: 'Tverskoy District Court of Moscow', foreignCaseNumber: '2-9911/2026', caseName: 'Petrov v. Abenov: recovery of a debt',
        persons: [{ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Abenova Saule', birthDate: '1980-01-01', birthPlace: 'Almaty', residence: 'Timiryazev st 15, Almaty', citizenship: 'KZ' }],
        request: 'Hear the witness on the loan of 2025.', language: 'ru', hasTranslation: false, receivedOn: '2026-12-11', courtId: r.medeu, idempotencyKey: 'la-test-incoming-1',
      },
    });
    expect(d.registerIncomingOrder.userErrors).toEqual([]);
    const o = d.registerIncomingOrder.order!;
    orderId = o.id;
    expect(o.status).toBe('AT_COURT');
    expect(o.courtReceivedOn).toBe('2026-12-14');
    expect(o.executionDueOn).toBe('2027-01-14');
    expect(o.forwardDueOn).toBe('2026-12-22'); // 15, 17, 18, 21, 22: the 16th is Independence Day
    expect(o.departmentDueOn).toBe('2026-12-28'); // 10 working days after 11 Dec, the 16th not counted
    expect(o.stages.map((s) => [s.stage, s.actorRole, s.on, s.dueOn, s.rule])).toEqual([
      ['INCOMING_REGISTERED', 'JUDICIAL_DEPARTMENT_OFFICER', '2026-12-14', '2026-12-28', 'LA2'],
      ['INCOMING_SENT_TO_COURT', 'JUDICIAL_DEPARTMENT_OFFICER', '2026-12-14', '2027-01-14', 'LA1'],
    ]);
    expect(o.deadlines.find((x) => x.kind === 'DEPARTMENT_HANDLING')).toMatchObject({ rule: 'LA2', dueOn: '2026-12-28', metOn: '2026-12-14', late: false });
    // G1/idempotency: the same key gives the same order
    const again = await run<{ registerIncomingOrder: OrderPayload }>('department.almaty', `mutation($input: RegisterIncomingOrderInput!) { registerIncomingOrder(input: $input) { ${ERR} order { id } } }`, {
      input: { receivedById: r.almatyDept, requestingStateId: r.ru, treatyId: r.minsk, requestingCourt: 'Tverskoy District Court of Moscow', foreignCaseNumber: '2-9911/2026', caseName: 'Petrov v. Abenov: recovery of a debt', persons: [{ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Abenova Saule', birthDate: '1980-01-01', birthPlace: 'Almaty', residence: 'Timiryazev st 15, Almaty', citizenship: 'KZ' }], request: 'Hear the witness on the loan of 2025.', language: 'ru', hasTranslation: false, receivedOn: '2026-12-11', courtId: r.medeu, idempotencyKey: 'la-test-incoming-1' },
    });
    expect(again.registerIncomingOrder.order!.id).toBe(orderId);
  });

  it('only the staff of the courts and departments concerned see the order; a court officer elsewhere cannot act on it', async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on IncomingOrder { number persons { name } } } }`;
    expect((await run<{ node: unknown }>('court.astana', q, { id: orderId })).node).toBeNull();
    expect((await run<{ node: unknown }>('department.astana', q, { id: orderId })).node).toBeNull();
    expect((await run<{ node: unknown }>('aigerim', q, { id: orderId })).node).toBeNull();
    expect((await run<{ node: { persons: unknown[] } }>('court.almaty', q, { id: orderId })).node.persons).toHaveLength(1);
    // an inspector sees its number and deadlines (the dashboards), never the persons
    expect((await run<{ node: { number: string; persons: unknown } }>('inspector', q, { id: orderId })).node).toMatchObject({ persons: [] }); // a list above the viewer's group answers empty
    const r = await run<{ recordOrderExecution: OrderPayload }>('court.astana', `mutation($input: RecordOrderExecutionInput!) { recordOrderExecution(input: $input) { ${ERR} order { id } } }`, { input: { orderId, outcome: 'EXECUTED', result: 'Heard.', documents: ['Record'] } });
    expect(r.recordOrderExecution.userErrors[0]).toMatchObject({ code: 'FORBIDDEN', key: 'legal.notCourtStaff' });
  });

  it('LA1: the court without jurisdiction forwards it on Friday 18 Dec (in time, due 22 Dec); the Department is informed (due 25 Dec); the new court’s month runs from 18 Dec → Monday 18 Jan', async () => {
    const r = await ref();
    at('2026-12-18');
    const d = await run<{ forwardIncomingOrder: OrderPayload }>('court.almaty', `mutation($input: ForwardIncomingOrderInput!) { forwardIncomingOrder(input: $input) { ${ERR} order { ${ORDER_FIELDS} } } }`, {
      input: { orderId, toCourtId: r.bostandyk, reason: 'The witness lives in the Bostandyk district.' },
    });
    expect(d.forwardIncomingOrder.userErrors).toEqual([]);
    const o = d.forwardIncomingOrder.order!;
    expect(o.court.nameEn).toBe('Bostandyk District Court of Almaty');
    expect(o.previousCourt?.nameEn).toBe('Medeu District Court of Almaty');
    expect([o.forwardedOn, o.authorityInformedOn, o.executionDueOn]).toEqual(['2026-12-18', '2026-12-18', '2027-01-18']);
    expect(o.deadlines.filter((x) => x.kind === 'FORWARDING' || x.kind === 'AUTHORITY_INFORMED').map((x) => [x.kind, x.dueOn, x.metOn, x.late])).toEqual([
      ['FORWARDING', '2026-12-22', '2026-12-18', false],
      ['AUTHORITY_INFORMED', '2026-12-25', '2026-12-18', false],
    ]);
    // the forwarding court still sees the order it forwarded; it may no longer act on it
    const mine = await run<{ node: Order }>('court.almaty', `query($id: ID!) { node(id: $id) { ... on IncomingOrder { ${ORDER_FIELDS} } } }`, { id: orderId });
    expect(mine.node.viewerCanRecordExecution).toBe(false);
    const theirs = await run<{ node: Order }>('court.bostandyk', `query($id: ID!) { node(id: $id) { ... on IncomingOrder { ${ORDER_FIELDS} } } }`, { id: orderId });
    expect(theirs.node.viewerCanRecordExecution).toBe(true);
  });

  it('LA1, LA2: the court records the execution on 15 Jan (within the month); the Department’s 10 working days run to 29 Jan; it sends the result; an illegal move is INVALID_TRANSITION', async () => {
    at('2027-01-15');
    const d = await run<{ recordOrderExecution: OrderPayload }>('court.bostandyk', `mutation($input: RecordOrderExecutionInput!) { recordOrderExecution(input: $input) { ${ERR} order { ${ORDER_FIELDS} } } }`, {
      input: { orderId, outcome: 'EXECUTED', result: 'The witness was heard.', documents: ['Record of the hearing', 'Certificate of expenses'] },
    });
    expect(d.recordOrderExecution.userErrors).toEqual([]);
    const o = d.recordOrderExecution.order!;
    expect(o.status).toBe('RESULT_AT_DEPARTMENT');
    expect(o.resultDueOn).toBe('2027-01-29');
    expect(o.deadlines.find((x) => x.kind === 'EXECUTION')).toMatchObject({ rule: 'LA1', dueOn: '2027-01-18', metOn: '2027-01-15', late: false, overdue: false });
    const again = await run<{ recordOrderExecution: OrderPayload }>('court.bostandyk', `mutation($input: RecordOrderExecutionInput!) { recordOrderExecution(input: $input) { ${ERR} order { id } } }`, { input: { orderId, outcome: 'EXECUTED', result: 'Again, heard.', documents: ['Record of a second hearing'] } });
    expect(again.recordOrderExecution.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });
    at('2027-01-20');
    const s = await run<{ sendIncomingOrderResult: OrderPayload }>('department.almaty', `mutation($input: SendIncomingOrderResultInput!) { sendIncomingOrderResult(input: $input) { ${ERR} order { ${ORDER_FIELDS} } } }`, { input: { orderId, action: 'SEND' } });
    expect(s.sendIncomingOrderResult.userErrors).toEqual([]);
    expect(s.sendIncomingOrderResult.order!.status).toBe('RESULT_SENT');
    expect(s.sendIncomingOrderResult.order!.deadlines.find((x) => x.kind === 'RESULT_HANDLING')).toMatchObject({ dueOn: '2027-01-29', metOn: '2027-01-20', late: false });
    expect(s.sendIncomingOrderResult.order!.stages.map((x) => x.stage)).toEqual(['INCOMING_REGISTERED', 'INCOMING_SENT_TO_COURT', 'INCOMING_FORWARDED', 'INCOMING_AUTHORITY_INFORMED', 'INCOMING_EXECUTED', 'INCOMING_RESULT_SENT']);
    const audit = await prisma().auditLog.count({ where: { entityType: 'IncomingOrder', entityId: Buffer.from(orderId, 'base64').toString().split(':')[1] } });
    expect(audit).toBe(4);
  });
});

describe('LA3: an outgoing order', () => {
  const OUT = 'id status latestSendOn sentOn departmentDueOn translationLanguage deadlines { kind dueOn metOn } stages { stage actorRole }';
  const prepare = async (hearingOn: string, over: Record<string, unknown> = {}) => {
    const r = await ref();
    return run<{ prepareOutgoingOrder: { userErrors: UserError[]; order: { id: string; status: string; latestSendOn: string; translationLanguage: string | null } | null } }>('court.almaty', `mutation($input: PrepareOutgoingOrderInput!) { prepareOutgoingOrder(input: $input) { ${ERR} order { ${OUT} } } }`, {
      input: {
        courtId: r.medeu, requestedStateId: r.uz, treatyId: r.minsk, requestedInstitution: 'Samarkand Inter-District Economic Court', caseName: 'KazLogistics LLP v. Samarkand Trade LLC', caseNumber: '7511-26-00-2/9001',
        plaintiff: 'KazLogistics LLP', defendant: 'Samarkand Trade LLC',
        persons: [{ role: 'DEFENDANT', kind: 'ENTITY', name: 'Samarkand Trade LLC', legalAddress: 'Amir Temur st 12, Samarkand', bankDetails: 'Hamkorbank 2020800', fiscalCode: '301234567', representatives: [{ name: 'Karimov B.', address: 'Navoi st 3, Samarkand' }] }],
        request: 'Serve the statement of claim and the notice of the hearing.', serviceOfDocuments: true, recipientAddress: 'Amir Temur st 12, Samarkand', documentToServe: 'Statement of claim; notice of the hearing',
        attachments: ['Notice of the hearing', 'Copy of the statement of claim'], language: 'kk', hearingOn, ...over,
      },
    });
  };
  const SEND = `mutation($input: SendOutgoingOrderInput!) { sendOutgoingOrder(input: $input) { ${ERR} order { ${OUT} } } }`;

  it('LA3: every item of 004 p.22 is required, each missing one named with the rule', async () => {
    at('2026-12-02');
    const d = await prepare('2027-06-02', { defendant: '', persons: [{ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Aliev Rustam', birthPlace: 'Tashkent', residence: 'Chilanzar 5', citizenship: 'UZ' }] });
    expect(d.prepareOutgoingOrder.order).toBeNull();
    expect(d.prepareOutgoingOrder.userErrors.map((e) => [e.field?.join('.'), e.rule, e.params.item])).toEqual([
      ['input.defendant', 'LA3', '3'],
      ['input.persons.0.birthDate', 'LA3', '4'],
    ]);
  });

  it('LA3: sent on 2 Dec 2026 for a hearing 5 months 29 days later (31 May 2027): refused with the reason — DEADLINE_PASSED, the latest sending day and the earliest hearing', async () => {
    at('2026-12-02');
    const p = await prepare('2027-05-31');
    expect(p.prepareOutgoingOrder.userErrors).toEqual([]);
    expect(p.prepareOutgoingOrder.order!.latestSendOn).toBe('2026-11-30');
    expect(p.prepareOutgoingOrder.order!.translationLanguage).toBe('uz'); // in Kazakh, to Uzbekistan: the Minsk Convention accepts Russian only
    const s = await run<{ sendOutgoingOrder: { userErrors: UserError[]; order: unknown } }>('court.almaty', SEND, { input: { orderId: p.prepareOutgoingOrder.order!.id } });
    expect(s.sendOutgoingOrder.order).toBeNull();
    expect(s.sendOutgoingOrder.userErrors).toEqual([
      { code: 'DEADLINE_PASSED', key: 'legal.outgoingTooLate', rule: 'LA3', field: ['input', 'orderId'], params: { hearingOn: '2027-05-31', latestSendOn: '2026-11-30', earliestHearingOn: '2027-06-02', today: '2026-12-02' } },
    ]);
    expect((await prisma().outgoingOrder.findFirstOrThrow({ where: { hearingOn: new Date('2027-05-31T00:00:00Z') } })).status).toBe('PREPARED');
  });

  it('LA3, LA2: sent on 2 Dec 2026 for a hearing exactly 6 months later (2 June 2027): accepted; the Department checks it within 10 working days and sends it abroad', async () => {
    at('2026-12-02');
    const p = await prepare('2027-06-02', { language: 'ru' });
    expect(p.prepareOutgoingOrder.order!.translationLanguage).toBeNull();
    const s = await run<{ sendOutgoingOrder: { userErrors: UserError[]; order: { status: string; sentOn: string; departmentDueOn: string } } }>('court.almaty', SEND, { input: { orderId: p.prepareOutgoingOrder.order!.id } });
    expect(s.sendOutgoingOrder.userErrors).toEqual([]);
    expect(s.sendOutgoingOrder.order).toMatchObject({ status: 'AT_DEPARTMENT', sentOn: '2026-12-02', departmentDueOn: '2026-12-17' }); // 10 working days, 16 Dec off
    at('2026-12-04');
    const h = await run<{ handleOutgoingOrder: { userErrors: UserError[]; order: { status: string; deadlines: { kind: string; dueOn: string; metOn: string | null }[]; stages: { stage: string; actorRole: string }[] } } }>('department.almaty', `mutation($input: HandleOutgoingOrderInput!) { handleOutgoingOrder(input: $input) { ${ERR} order { ${OUT} } } }`, { input: { orderId: p.prepareOutgoingOrder.order!.id, action: 'SEND_ABROAD' } });
    expect(h.handleOutgoingOrder.userErrors).toEqual([]);
    expect(h.handleOutgoingOrder.order.status).toBe('SENT_ABROAD');
    expect(h.handleOutgoingOrder.order.deadlines).toEqual([
      { kind: 'SENDING', dueOn: '2026-12-02', metOn: '2026-12-02' },
      { kind: 'DEPARTMENT_HANDLING', dueOn: '2026-12-17', metOn: '2026-12-04' },
    ]);
    expect(h.handleOutgoingOrder.order.stages.map((x) => [x.stage, x.actorRole])).toEqual([
      ['OUTGOING_PREPARED', 'COURT_OFFICER'], ['OUTGOING_SENT_TO_DEPARTMENT', 'COURT_OFFICER'], ['OUTGOING_SENT_ABROAD', 'JUDICIAL_DEPARTMENT_OFFICER'],
    ]);
  });
});

describe('LA4: a foreign judgment from petition to an assigned private bailiff', () => {
  const FILE = `mutation($input: FileRecognitionPetitionInput!) { fileRecognitionPetition(input: $input) { ${ERR} petition { id status late filingDueOn filedOn restorationReason viewerCanEnforce } } }`;
  type Filed = { fileRecognitionPetition: { userErrors: UserError[]; petition: { id: string; status: string; late: boolean; filingDueOn: string; filedOn: string } | null } };
  const petitionInput = async (over: Record<string, unknown> = {}) => {
    const r = await ref();
    return {
      courtId: r.medeu, stateId: r.ru, treatyId: r.minsk, foreignCourt: 'Leninsky District Court of Yekaterinburg', foreignCaseNumber: `2-${Math.floor(Math.random() * 1e6)}/2023`,
      judgmentDate: '2023-10-02', entryIntoForceOn: '2023-11-10', petitioner: { name: 'Sapar Aigerim', idNumber: '910412418623', address: 'Abay ave 1, Almaty' },
      debtor: { name: 'Zhakenov Bolat', idNumber: '850303300011', address: 'Tole Bi st 10, Almaty' }, category: 'PRIVATE_CLAIM', amountTenge: 1_500_000, subject: 'Recovery of 1,500,000 tenge (a loan)', ...over,
    };
  };
  let debtorIin: string;
  beforeAll(async () => {
    // a valid IIN for the debtor (the intake checks the control digit)
    const { iin } = await import('./fixtures.ts');
    debtorIin = iin('850303', 3);
  });

  it('LA4: entry into force 10 Nov 2023 — filed on the last day of the 3 years (10 Nov 2026): accepted', async () => {
    at('2026-11-10');
    const d = await run<Filed>('aigerim', FILE, { input: await petitionInput({ debtor: { name: 'Zhakenov Bolat', idNumber: debtorIin, address: 'Tole Bi st 10, Almaty' } }) });
    expect(d.fileRecognitionPetition.userErrors).toEqual([]);
    expect(d.fileRecognitionPetition.petition).toMatchObject({ status: 'FILED', late: false, filingDueOn: '2026-11-10', filedOn: '2026-11-10' });
  });

  it('LA4, G1: a day late (11 Nov 2026) it is refused with the reason and the last day, and nothing is stored; with a request to restore the period it is accepted as late', async () => {
    at('2026-11-11');
    const before = await prisma().recognitionPetition.count();
    const refused = await run<Filed>('aigerim', FILE, { input: await petitionInput({ debtor: { name: 'Zhakenov Bolat', idNumber: debtorIin, address: 'Tole Bi st 10, Almaty' } }) });
    expect(refused.fileRecognitionPetition.petition).toBeNull();
    expect(refused.fileRecognitionPetition.userErrors).toEqual([
      { code: 'DEADLINE_PASSED', key: 'legal.petitionTooLate', rule: 'LA4', field: ['input', 'entryIntoForceOn'], params: { entryIntoForceOn: '2023-11-10', lastDay: '2026-11-10', today: '2026-11-11' } },
    ]);
    expect(await prisma().recognitionPetition.count()).toBe(before);
    const accepted = await run<Filed>('aigerim', FILE, {
      input: await petitionInput({ debtor: { name: 'Zhakenov Bolat', idNumber: debtorIin, address: 'Tole Bi st 10, Almaty' }, restorationReason: 'I was in hospital from September to November 2026; the certificate is attached.', idempotencyKey: 'la-test-petition-late' }),
    });
    expect(accepted.fileRecognitionPetition.userErrors).toEqual([]);
    expect(accepted.fileRecognitionPetition.petition).toMatchObject({ status: 'FILED', late: true, filingDueOn: '2026-11-10', filedOn: '2026-11-11' });
  });

  it('LA4, CH1, CH2: the court restores the period and recognises the judgment; the petitioner presents it for enforcement; it is routed to the Chamber as a FOREIGN_JUDGMENT, the original received, and a private bailiff assigned', async () => {
    const p = await prisma().recognitionPetition.findFirstOrThrow({ where: { late: true, petitionerIdNumber: '910412418623', status: 'FILED', filedOn: new Date('2026-11-11T00:00:00Z') } });
    const id = gid('RecognitionPetition', p.id);
    at('2026-11-16');
    const DECIDE = `mutation($input: DecideRecognitionPetitionInput!) { decideRecognitionPetition(input: $input) { ${ERR} petition { status periodRestored decidedOn } } }`;
    type Decided = { decideRecognitionPetition: { userErrors: UserError[]; petition: { status: string; periodRestored: boolean | null; decidedOn: string } | null } };
    const base = { petitionId: id, decision: 'RECOGNISED', decisionNumber: '7511-26-00-2м/901', reason: 'The conditions of the Minsk Convention are met.' };
    const noRestore = await run<Decided>('court.almaty', DECIDE, { input: base });
    expect(noRestore.decideRecognitionPetition.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', rule: 'LA4', key: 'legal.restorationDecisionRequired' });
    const notRestored = await run<Decided>('court.almaty', DECIDE, { input: { ...base, restorePeriod: false } });
    expect(notRestored.decideRecognitionPetition.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION', rule: 'LA4' });
    expect((await run<Decided>('court.astana', DECIDE, { input: { ...base, restorePeriod: true } })).decideRecognitionPetition.userErrors[0]).toMatchObject({ code: 'FORBIDDEN' });
    const ok = await run<Decided>('court.almaty', DECIDE, { input: { ...base, restorePeriod: true } });
    expect(ok.decideRecognitionPetition.userErrors).toEqual([]);
    expect(ok.decideRecognitionPetition.petition).toMatchObject({ status: 'RECOGNISED', periodRestored: true, decidedOn: '2026-11-16' });

    // the petitioner presents it for enforcement, at today's date (the Chamber's chain runs on the real clock)
    clock = null;
    const district = await prisma().enforcementDistrict.findFirstOrThrow({ where: { region: { code: 'ALA' } }, orderBy: { code: 'asc' } });
    const e = await run<{ enforceRecognisedJudgment: { userErrors: UserError[]; petition: { status: string; executiveDocument: { id: string; kind: string; routing: string; status: string; court: string } | null; stages: { stage: string }[] } | null; application: { number: string; status: string } | null } }>(
      'aigerim',
      `mutation($input: EnforceRecognisedJudgmentInput!) { enforceRecognisedJudgment(input: $input) { ${ERR} petition { status executiveDocument { id kind routing status court } stages { stage } } application { number status } } }`,
      { input: { petitionId: id, districtId: gid('EnforcementDistrict', district.id), idempotencyKey: 'la-test-enforce' } },
    );
    expect(e.enforceRecognisedJudgment.userErrors).toEqual([]);
    const doc = e.enforceRecognisedJudgment.petition!.executiveDocument!;
    expect(e.enforceRecognisedJudgment.petition!.status).toBe('IN_ENFORCEMENT');
    expect(doc).toMatchObject({ kind: 'FOREIGN_JUDGMENT', routing: 'CHAMBER', status: 'AWAITING_ORIGINAL' });
    expect(e.enforceRecognisedJudgment.application).toMatchObject({ status: 'REGISTERED' });
    expect(e.enforceRecognisedJudgment.petition!.stages.map((s) => s.stage)).toEqual(['PETITION_FILED', 'PETITION_RECOGNISED', 'PETITION_IN_ENFORCEMENT']);
    // a second presentation is refused (the table: IN_ENFORCEMENT is final)
    const twice = await run<{ enforceRecognisedJudgment: { userErrors: UserError[] } }>('aigerim', `mutation($input: EnforceRecognisedJudgmentInput!) { enforceRecognisedJudgment(input: $input) { ${ERR} } }`, { input: { petitionId: id, districtId: gid('EnforcementDistrict', district.id) } });
    expect(twice.enforceRecognisedJudgment.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    // the Chamber: the paper original (CH3), then the even assignment (CH2) — the same use cases as any document
    const mark = await run<{ markOriginalReceived: { userErrors: UserError[]; document: { status: string } } }>('chamber.almaty', `mutation($id: ID!) { markOriginalReceived(input: { documentId: $id }) { ${ERR} document { status } } }`, { id: doc.id });
    expect(mark.markOriginalReceived.userErrors).toEqual([]);
    expect(mark.markOriginalReceived.document.status).toBe('AWAITING_ASSIGNMENT');
    const assign = await run<{ assignDocument: { userErrors: UserError[]; assignment: { kind: string; rule: string; bailiff: { name: string }; document: { kind: string; status: string } } } }>(
      'chamber.almaty',
      `mutation($id: ID!) { assignDocument(input: { documentId: $id }) { ${ERR} assignment { kind rule bailiff { name } document { kind status } } } }`,
      { id: doc.id },
    );
    expect(assign.assignDocument.userErrors).toEqual([]);
    expect(assign.assignDocument.assignment.document).toEqual({ kind: 'FOREIGN_JUDGMENT', status: 'ASSIGNED' });
    expect(assign.assignDocument.assignment.bailiff.name.length).toBeGreaterThan(3);
    // the petitioner sees their petition and its document; another applicant does not
    const q = `query($id: ID!) { node(id: $id) { ... on RecognitionPetition { status debtorIdNumber executiveDocument { status currentAssignment { bailiff { name } } } } } }`;
    const mine = await run<{ node: { status: string; debtorIdNumber: string; executiveDocument: { status: string; currentAssignment: { bailiff: { name: string } } } } }>('aigerim', q, { id });
    expect(mine.node.executiveDocument.currentAssignment.bailiff.name).toBe(assign.assignDocument.assignment.bailiff.name);
    expect((await run<{ node: unknown }>('timur', q, { id })).node).toBeNull();
  });
});

describe('G2: the lists and the dashboards’ figures', () => {
  it('G2: the staff list their orders with deadlines; overdueOnly finds the demo order past its month', async () => {
    clock = null;
    const q = `query($overdue: Boolean) { incomingOrders(first: 50, overdueOnly: $overdue) { totalCount edges { node { number status overdue deadlines { kind overdue } } } } }`;
    type L = { incomingOrders: { totalCount: number; edges: { node: { number: string; status: string; overdue: boolean; deadlines: { kind: string; overdue: boolean }[] } }[] } };
    const all = await run<L>('department.almaty', q, {});
    expect(all.incomingOrders.totalCount).toBeGreaterThanOrEqual(5);
    const overdue = await run<L>('department.almaty', q, { overdue: true });
    expect(overdue.incomingOrders.totalCount).toBeGreaterThanOrEqual(1);
    expect(overdue.incomingOrders.edges.every((e) => e.node.overdue)).toBe(true);
    const astana = await run<L>('department.astana', q, {});
    expect(astana.incomingOrders.edges.every((e) => !all.incomingOrders.edges.some((a) => a.node.number === e.node.number))).toBe(true);
    const applicant = await run<L>('aigerim', q, {});
    expect(applicant.incomingOrders.totalCount).toBe(0);
  });
});
