// Issue 8, part 5: bad input gets a clear error. Every string argument and input field has a length bound and a
// character policy, checked at the boundary: a mutation answers a typed user error naming the field and writes
// nothing; a query answers BAD_USER_INPUT naming the argument. Dates and instants out of range are the
// client's error, never an internal one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../src/limits/index.ts';
import { iin } from './fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let aigerim: string;
let districtId: string;
beforeAll(async () => {
  api = await startTestApi();
  aigerim = await api.login('aigerim');
  const regions = (await api.gql<{ regions: { code: string; districts: { id: string }[] }[] }>('{ regions { code districts { id } } }')).data!.regions;
  districtId = regions.find((r) => r.districts.length)!.districts[0]!.id;
});
afterAll(async () => {
  await api?.close();
});

const SUBMIT = /* GraphQL */ `mutation($input: SubmitEnforcementApplicationInput!) {
  submitEnforcementApplication(input: $input) { accepted application { id } userErrors { code field key params message } }
}`;
type Submit = { submitEnforcementApplication: { accepted: boolean | null; application: { id: string } | null; userErrors: { code: string; field: string[]; key: string; params: Record<string, unknown>; message: string }[] } };

function application(debtor: Record<string, unknown> = {}, doc: Record<string, unknown> = {}) {
  return {
    claimant: { name: 'Claimant Test', idNumber: '910412418623', address: 'Abay ave 1', phone: '+77010000000' },
    debtor: { name: 'Debtor Dauletov', idNumber: iin('850303', 3), address: 'Satpayev st 5, apt 12', ...debtor },
    executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: '2-1234/2026', issuedOn: '2026-10-01', category: 'PRIVATE_CLAIM', amountTenge: 1_250_000, districtId, ...doc },
    documents: ['EXECUTIVE_DOCUMENT', 'APPLICATION_FORM', 'IDENTITY_DOCUMENT'],
  };
}

const counts = async () => ({
  audit: await api.services.db.prisma.auditLog.count(),
  applications: await api.services.db.prisma.serviceApplication.count(),
  documents: await api.services.db.prisma.executiveDocument.count(),
});

async function submit(input: Record<string, unknown>) {
  const r = await api.gql<Submit>(SUBMIT, { input }, aigerim);
  expect(r.errors).toBeUndefined();
  return r.data!.submitEnforcementApplication;
}

describe('strings in mutations: a user error naming the field, and nothing written', () => {
  it('a NUL character is refused as input.forbiddenCharacters, not an internal error', async () => {
    const before = await counts();
    const r = await submit(application({ name: 'Debtor\u0000Dauletov' }));
    expect(r.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'debtor', 'name'], key: 'input.forbiddenCharacters', params: { max: LIMITS.stringLength } })]);
    expect(r.application).toBeNull();
    expect(await counts()).toEqual(before);
  });

  it('a lone surrogate is refused as input.forbiddenCharacters', async () => {
    const before = await counts();
    const r = await submit(application({ address: 'Satpayev st \ud800 5' }));
    expect(r.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'debtor', 'address'], key: 'input.forbiddenCharacters' })]);
    expect(await counts()).toEqual(before);
  });

  it('control characters and line breaks are refused in a single-line field', async () => {
    for (const bad of ['a\nb', 'a\tb', 'a\u001bb', 'a\u007fb', 'a\u0085b']) {
      const r = await submit(application({}, { court: bad }));
      expect(r.userErrors, JSON.stringify(bad)).toEqual([expect.objectContaining({ field: ['input', 'executiveDocument', 'court'], key: 'input.forbiddenCharacters' })]);
    }
  });

  it(`a string of ${LIMITS.stringLength} characters is stored, ${LIMITS.stringLength + 1} refused as input.tooLong with params.max`, async () => {
    const atLimit = await submit(application({ address: 'а'.repeat(LIMITS.stringLength) })); // Cyrillic: characters, not bytes
    expect(atLimit.userErrors).toEqual([]);
    const stored = await api.services.db.prisma.serviceApplication.findUniqueOrThrow({ where: { id: Buffer.from(atLimit.application!.id, 'base64').toString().split(':')[1]! }, select: { id: true } });
    expect(stored.id).toBeTruthy();
    const before = await counts();
    const over = await submit(application({ address: 'а'.repeat(LIMITS.stringLength + 1) }));
    expect(over.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'debtor', 'address'], key: 'input.tooLong', params: { max: LIMITS.stringLength } })]);
    expect(await counts()).toEqual(before);
  });

  it('the issue’s 1.9 million characters are refused before anything runs', async () => {
    const before = await counts();
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${aigerim}` },
      body: JSON.stringify({ query: SUBMIT, variables: { input: application({ address: 'x'.repeat(1_900_000) }) } }),
    });
    expect(res.status).toBe(413);
    expect(await counts()).toEqual(before);
  });
});

describe('free text: longer, multi-line', () => {
  const DECIDE = `mutation($input: DecideProceedingInput!) { decideProceeding(input: $input) { userErrors { code field key params } } }`;
  it(`a reason may hold line breaks and ${LIMITS.textLength} characters; ${LIMITS.textLength + 1} are refused naming the field`, async () => {
    const bailiff = await api.login('bailiff');
    const proceedingId = Buffer.from('EnforcementProceeding:00000000-0000-0000-0000-000000000000').toString('base64');
    const ok = await api.gql<{ decideProceeding: { userErrors: { key: string; field: string[] }[] } }>(
      DECIDE,
      { input: { proceedingId, decision: 'REFUSE', refusalGround: 'UNRELIABLE_DATA', reason: `line one\r\nline two\t${'x'.repeat(LIMITS.textLength - 19)}` } },
      bailiff,
    );
    // through the input policy: what answers is the use case (the proceeding does not exist)
    expect(ok.data!.decideProceeding.userErrors.map((e) => e.key)).not.toContain('input.tooLong');
    expect(ok.data!.decideProceeding.userErrors.map((e) => e.key)).not.toContain('input.forbiddenCharacters');
    const over = await api.gql<{ decideProceeding: { userErrors: { code: string; key: string; field: string[]; params: unknown }[] } }>(
      DECIDE,
      { input: { proceedingId, decision: 'REFUSE', refusalGround: 'UNRELIABLE_DATA', reason: 'x'.repeat(LIMITS.textLength + 1) } },
      bailiff,
    );
    expect(over.data!.decideProceeding.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['input', 'reason'], key: 'input.tooLong', params: { max: LIMITS.textLength } }]);
    const nul = await api.gql<{ decideProceeding: { userErrors: { key: string }[] } }>(DECIDE, { input: { proceedingId, decision: 'REFUSE', reason: 'a\u0000b' } }, bailiff);
    expect(nul.data!.decideProceeding.userErrors.map((e) => e.key)).toEqual(['input.forbiddenCharacters']);
  });
});

describe('arguments of queries: BAD_USER_INPUT naming the argument', () => {
  it('an id with a NUL, a cursor too long, a list too long', async () => {
    const inspector = await api.login('inspector');
    const a = await api.gql('query($id: ID!) { verifyAssignment(id: $id) { ok } }', { id: 'QXNzaWdubWVudDox\u0000' }, inspector);
    expect(a.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['id'], key: 'input.forbiddenCharacters' } });
    expect(a.errors?.[0]?.message).toMatch(/^Invalid argument id:/);
    const b = await api.gql('query($after: String) { applications(first: 5, after: $after) { totalCount } }', { after: 'x'.repeat(LIMITS.stringLength + 1) }, inspector);
    expect(b.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['after'], key: 'input.tooLong', params: { max: LIMITS.stringLength } } });
    const c = await api.gql('query($s: [ApplicationStatus!]) { applications(filter: { statuses: $s }) { totalCount } }', { s: Array.from({ length: LIMITS.listLength + 1 }, () => 'DRAFT') }, inspector);
    expect(c.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: ['filter', 'statuses'], key: 'input.tooMany' } });
  });

  it('nested fields’ arguments are the client’s error too', async () => {
    const inspector = await api.login('inspector');
    // (a nested connection's cursor is decoded by its parent's query, which refuses it first)
    for (const after of ['\ud800', 'x'.repeat(LIMITS.stringLength + 1)]) {
      const r = await api.gql('query($after: String) { chambers { assignments(first: 1, after: $after) { totalCount } } }', { after }, inspector);
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const y = await api.gql('query($id: ID!) { node(id: $id) { ... on Chamber { evenness(year: 2026) { year } } } }', { id: 'x'.repeat(LIMITS.stringLength + 1) }, inspector);
    expect(y.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', key: 'input.tooLong' });
  });
});

describe('numbers, dates and instants', () => {
  it('an amount beyond numeric(18, 2) is a user error, not an internal one', async () => {
    const r = await submit(application({}, { amountTenge: 1e300 }));
    expect(r.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: ['input', 'executiveDocument', 'amountTenge'], key: 'input.outOfRange' })]);
  });

  it('dates and instants PostgreSQL cannot hold are BAD_USER_INPUT', async () => {
    for (const issuedOn of ['0000-01-01', '10000-01-01', '2026-02-30', '']) {
      const r = await api.gql(SUBMIT, { input: application({}, { issuedOn }) }, aigerim);
      expect(r.errors?.[0]?.extensions?.code, issuedOn).toBe('BAD_USER_INPUT');
    }
    for (const receivedAt of ['-000001-01-01T00:00:00.000Z', '+275760-09-13T00:00:00.000Z', 'yesterday', '2026-13-01T00:00:00Z', '0000-01-01T00:00:00Z']) {
      const r = await api.gql('query($at: DateTime!) { registrationPreview(channel: PORTAL, receivedAt: $at) { registeredOn } }', { at: receivedAt });
      expect(r.errors?.[0]?.extensions?.code, receivedAt).toBe('BAD_USER_INPUT');
    }
    const inline = await api.gql('{ registrationPreview(channel: PORTAL, receivedAt: "-000001-01-01T00:00:00Z") { registeredOn } }');
    expect(inline.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    const ok = await api.gql<{ registrationPreview: { registeredOn: string } }>('{ registrationPreview(channel: PORTAL, receivedAt: "2026-03-02T04:15:00.000Z") { registeredOn } }');
    expect(ok.data?.registrationPreview.registeredOn).toBe('2026-03-02');
  });
});
