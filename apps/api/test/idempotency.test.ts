// Exactly-once submissions (issue 8): K identical calls with one idempotency key, sent at once, make one effect;
// the same key with another input is refused; a refused request keeps no key; a second application for the same
// executive document by the same claimant while the first is open is refused (duplicate claim).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, createWaitingDocuments, iin, type ChamberFixture } from './fixtures.ts';

const K = 10;
let api: TestApi;
let fx: ChamberFixture;
const clock = new Date('2026-11-23T05:00:00Z'); // Monday, 10:00 in Almaty
const prisma = () => api.database.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  fx = await createChamberFixture(prisma(), { bailiffs: 3, officials: 1, districts: 1 });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const SUBMIT = `mutation($input: SubmitEnforcementApplicationInput!) {
  submitEnforcementApplication(input: $input) {
    accepted
    userErrors { code field key params }
    application { id number executiveDocument { id } }
  }
}`;
type Payload = {
  accepted: boolean | null;
  userErrors: { code: string; field: string[] | null; key: string | null; params: Record<string, unknown> }[];
  application: null | { id: string; number: string; executiveDocument: null | { id: string } };
};

let cases = 1;
function application(over: Record<string, unknown> = {}) {
  return {
    claimant: { name: 'Claimant Once', idNumber: fx.applicantIin, address: 'Abay ave 1' },
    debtor: { name: 'Debtor Twice', idNumber: iin('850303', 3), address: 'Satpayev st 5' },
    executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: `3-${cases++}/2026`, issuedOn: '2026-10-01', category: 'PRIVATE_CLAIM', amountTenge: 500_000, districtId: gid('EnforcementDistrict', fx.districtIds[0]!) },
    documents: ['EXECUTIVE_DOCUMENT'],
    ...over,
  };
}

let token: string;
async function submit(input: Record<string, unknown>): Promise<Payload> {
  token ??= await api.login(fx.applicantLogin);
  const r = await api.gql<{ submitEnforcementApplication: Payload }>(SUBMIT, { input }, token);
  expect(r.errors).toBeUndefined();
  return r.data!.submitEnforcementApplication;
}

/** what a submission of this case number left in the database */
async function effects(caseNumber: string) {
  const docs = await prisma().executiveDocument.findMany({ where: { caseNumber }, select: { id: true, applicationId: true } });
  const appIds = docs.map((d) => d.applicationId!);
  return {
    applications: appIds.length,
    documents: docs.length,
    audits: await prisma().auditLog.count({ where: { action: 'enforcement.submit', entityId: { in: appIds } } }),
    appIds,
  };
}

describe('exactly-once submitEnforcementApplication', () => {
  it(`${K} identical calls with one key sent at once create one application, one document, one audit record; all ${K} payloads name it`, async () => {
    const input = { ...application(), idempotencyKey: randomUUID() };
    const payloads = await Promise.all(Array.from({ length: K }, () => submit(input)));
    const e = await effects(input.executiveDocument.caseNumber);
    expect({ applications: e.applications, documents: e.documents, audits: e.audits }).toEqual({ applications: 1, documents: 1, audits: 1 });
    expect(payloads.map((p) => p.userErrors)).toEqual(Array(K).fill([]));
    const ids = new Set(payloads.map((p) => p.application?.id));
    expect(ids.size).toBe(1);
    expect(new Set(payloads.map((p) => p.application?.executiveDocument?.id)).size).toBe(1);
    expect(payloads.every((p) => p.accepted === true)).toBe(true);
    // and later, one more replay: the same payload again
    const again = await submit(input);
    expect(again.application?.id).toBe(payloads[0]!.application!.id);
    expect((await effects(input.executiveDocument.caseNumber)).applications).toBe(1);
  });

  it('the same key with another input is a typed error (CONFLICT, idempotency.keyReused) and writes nothing', async () => {
    const key = randomUUID();
    const first = await submit({ ...application(), idempotencyKey: key });
    expect(first.userErrors).toEqual([]);
    const other = application();
    const audits = await prisma().auditLog.count();
    const r = await submit({ ...other, idempotencyKey: key });
    expect(r.application).toBeNull();
    expect(r.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'idempotencyKey'], key: 'idempotency.keyReused', params: {} }]);
    expect((await effects(other.executiveDocument.caseNumber)).applications).toBe(0);
    expect(await prisma().auditLog.count()).toBe(audits);
  });

  it('a refused request keeps no key: the same key may be retried once the input is corrected', async () => {
    const key = randomUUID();
    const input = application();
    const refused = await submit({ ...input, idempotencyKey: key, executiveDocument: { ...input.executiveDocument, districtId: gid('EnforcementDistrict', 'missing') } });
    expect(refused.userErrors.map((u) => u.code)).toEqual(['NOT_FOUND']);
    expect(await prisma().idempotencyKey.count({ where: { key } })).toBe(0);
    const ok = await submit({ ...input, idempotencyKey: key });
    expect(ok.userErrors).toEqual([]);
    expect((await effects(input.executiveDocument.caseNumber)).applications).toBe(1);
    expect(await prisma().idempotencyKey.count({ where: { key } })).toBe(1);
  });

  it('an expired key (24 hours) is a new request', async () => {
    const key = randomUUID();
    const first = await submit({ ...application(), idempotencyKey: key });
    await prisma().idempotencyKey.updateMany({ where: { key }, data: { expiresAt: new Date(clock.getTime() - 1) } });
    const second = await submit({ ...application(), idempotencyKey: key });
    expect(second.userErrors).toEqual([]);
    expect(second.application!.id).not.toBe(first.application!.id);
  });

  it('duplicate claim: a second application for the same executive document by the same claimant while the first is open is refused, naming the first', async () => {
    const input = application();
    const first = await submit({ ...input, idempotencyKey: randomUUID() });
    expect(first.userErrors).toEqual([]);
    // the same writ, typed differently: spacing and case of the court, spaces in the case number
    const again = await submit({
      ...input,
      idempotencyKey: randomUUID(),
      executiveDocument: { ...input.executiveDocument, court: ' medeu  district court of ALMATY ', caseNumber: ` ${input.executiveDocument.caseNumber.replace('-', ' - ')} ` },
    });
    expect(again.application).toBeNull();
    expect(again.userErrors).toEqual([
      { code: 'CONFLICT', field: ['input', 'executiveDocument', 'caseNumber'], key: 'enforcement.duplicateClaim', params: { number: first.application!.number } },
    ]);
    // another claimant's claim on another writ passes; the same writ once the first is closed passes
    await prisma().executiveDocument.update({ where: { id: decodeGlobalID(first.application!.executiveDocument!.id).id }, data: { status: 'CLOSED' } });
    expect((await submit({ ...input, idempotencyKey: randomUUID() })).userErrors).toEqual([]);
  });

  it(`duplicate claim: ${K} submissions of one writ with ${K} different keys sent at once register it once`, async () => {
    const input = application();
    const payloads = await Promise.all(Array.from({ length: K }, () => submit({ ...input, idempotencyKey: randomUUID() })));
    expect(payloads.filter((p) => p.userErrors.length === 0)).toHaveLength(1);
    expect(payloads.filter((p) => p.userErrors[0]?.key === 'enforcement.duplicateClaim')).toHaveLength(K - 1);
    expect((await effects(input.executiveDocument.caseNumber)).applications).toBe(1);
  });
});

describe('exactly-once: the other mutations that create something', () => {
  async function as<T>(login: string, query: string, input: Record<string, unknown>): Promise<T> {
    const r = await api.gql<T>(query, { input }, await api.login(login));
    expect(r.errors).toBeUndefined();
    return r.data!;
  }

  it(`recordMeasure: ${K} identical calls with one key record one measure`, async () => {
    const [docId] = await createWaitingDocuments(prisma(), fx, 1);
    const bailiff = fx.bailiffs[0]!;
    await prisma().executiveDocument.update({ where: { id: docId! }, data: { status: 'ASSIGNED' } });
    const p = await prisma().enforcementProceeding.create({
      data: { number: `EP-IDEM-${randomUUID()}`, documentId: docId!, bailiffId: bailiff.id, status: 'INITIATED', registeredAt: clock, decisionDueOn: clock, decidedAt: clock },
    });
    const MEASURE = `mutation($input: RecordMeasureInput!) { recordMeasure(input: $input) { userErrors { code key } } }`;
    const input = { proceedingId: gid('EnforcementProceeding', p.id), kind: 'ATTACH_MOVABLES', description: 'Car attached, Toyota Camry', takenOn: '2026-11-23', idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: K }, () => as<{ recordMeasure: { userErrors: unknown[] } }>(bailiff.login, MEASURE, input)));
    expect(results.map((r) => r.recordMeasure.userErrors)).toEqual(Array(K).fill([]));
    expect(await prisma().enforcementMeasure.count({ where: { proceedingId: p.id } })).toBe(1);
    expect(await prisma().auditLog.count({ where: { action: 'proceeding.measure', data: { path: ['proceedingId'], equals: p.id } } })).toBe(1);
    // without a key, two calls are two measures (a bailiff may take the same kind of measure twice)
    const { idempotencyKey: _k, ...keyless } = input;
    await as(bailiff.login, MEASURE, keyless);
    expect(await prisma().enforcementMeasure.count({ where: { proceedingId: p.id } })).toBe(2);
  });

  it(`openBailiffInspection: ${K} identical calls with one key open one inspection, every payload names it`, async () => {
    const bailiff = fx.bailiffs[1]!;
    const OPEN = `mutation($input: OpenBailiffInspectionInput!) { openBailiffInspection(input: $input) { inspection { id } userErrors { code } } }`;
    const input = { bailiffId: gid('PrivateBailiff', bailiff.id), ground: 'APPEAL_OF_PERSON', reason: 'A claimant complains of no action for two months.', startsOn: '2026-11-24', idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: K }, () => as<{ openBailiffInspection: { inspection: { id: string } | null; userErrors: unknown[] } }>(fx.officialLogins[0]!, OPEN, input)));
    expect(results.map((r) => r.openBailiffInspection.userErrors)).toEqual(Array(K).fill([]));
    expect(new Set(results.map((r) => r.openBailiffInspection.inspection?.id)).size).toBe(1);
    expect(await prisma().inspection.count({ where: { subjectBailiffId: bailiff.id } })).toBe(1);
  });

  it(`recordBreachDecision: ${K} identical calls with one key record one decision`, async () => {
    const bailiff = fx.bailiffs[2]!;
    const RECORD = `mutation($input: RecordBreachDecisionInput!) { recordBreachDecision(input: $input) { userErrors { code } } }`;
    const input = { bailiffId: gid('PrivateBailiff', bailiff.id), authority: 'CHAMBER', number: 'DC-7/2026', decidedOn: '2026-11-20', effectiveOn: '2026-11-20', summary: 'No action on two writs for 60 days.', idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: K }, () => as<{ recordBreachDecision: { userErrors: unknown[] } }>(fx.officialLogins[0]!, RECORD, input)));
    expect(results.map((r) => r.recordBreachDecision.userErrors)).toEqual(Array(K).fill([]));
    expect(await prisma().breachDecision.count({ where: { bailiffId: bailiff.id } })).toBe(1);
  });

  it(`setBailiffAvailability: ${K} identical calls with one key record one period`, async () => {
    const bailiff = fx.bailiffs[2]!;
    const SET = `mutation($input: SetBailiffAvailabilityInput!) { setBailiffAvailability(input: $input) { userErrors { code message } } }`;
    const input = { bailiffId: gid('PrivateBailiff', bailiff.id), kind: 'PAUSE', startsOn: '2026-12-01', endsOn: '2026-12-03', idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: K }, () => as<{ setBailiffAvailability: { userErrors: unknown[] } }>(fx.officialLogins[0]!, SET, input)));
    expect(results.map((r) => r.setBailiffAvailability.userErrors)).toEqual(Array(K).fill([]));
    expect(await prisma().bailiffAvailability.count({ where: { bailiffId: bailiff.id } })).toBe(1);
  });
});
