// admit (issue 9): the chamber console admits a licensed bailiff — `Chamber.admissibleLicences` lists exactly the
// licences the chamber may admit (ACTIVE, its region's by the attestation decision or of no region, the holder not
// a member: L9, CH2), only to that chamber's officials; `admitLicensedBailiff` refuses a suspended or revoked
// licence, a member and another region's licence with their rule ids, replays a retried key, and the new member,
// counted 0, receives the next case while least loaded (CH2).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, createWaitingDocuments, iin, type ChamberFixture } from './fixtures.ts';

let api: TestApi;
let a: ChamberFixture;
let b: ChamberFixture;
// Monday 7 December 2026, 10:00 in Almaty
const clock = new Date('2026-12-07T05:00:00Z');
const prisma = () => api.database.db.prisma;
const gid = (type: string, id: string) => encodeGlobalID(type, id);
type UE = { code: string; field: string[] | null; key: string; rule: string | null; params: Record<string, unknown> | null };

const licences: Record<'ownRegion' | 'otherRegion' | 'labour' | 'suspended' | 'revoked', { id: string; number: string; login: string }> = {} as never;
let n = 0;
async function licence(opts: { status?: 'ACTIVE' | 'SUSPENDED' | 'REVOKED'; region?: string; labour?: boolean }) {
  const login = `holder${++n}`;
  const person = await prisma().person.create({ data: { iin: iin('850303', 3), lastName: `Holder${n}`, firstName: 'Test', patronymic: null } });
  await prisma().user.create({ data: { login, displayName: `Holder${n} Test`, personId: person.id, roles: { create: { role: 'APPLICANT' } } } });
  const row = await prisma().licence.create({
    data: {
      number: `PB-2026-9${String(n).padStart(5, '0')}`, holderId: person.id, status: opts.status ?? 'ACTIVE', basis: opts.labour ? 'LABOUR_RECORD' : 'ATTESTATION',
      basisDetails: opts.labour ? { labourRecord: [] } : { attestationDecision: { number: `AT-${n}`, date: '2026-10-20', region: opts.region } },
      authorisedManager: 'Test', placeOfIssue: 'Astana', issuedAt: new Date(`2026-11-${String(10 + n).padStart(2, '0')}T05:00:00Z`),
      suspendedAt: opts.status === 'SUSPENDED' ? new Date('2026-12-01T05:00:00Z') : null, revokedAt: opts.status === 'REVOKED' ? new Date('2026-12-01T05:00:00Z') : null,
    },
  });
  return { id: row.id, number: row.number, login };
}

const LIST = `query($id: ID!) { node(id: $id) { ... on Chamber { admissibleLicences(first: 50) { totalCount edges { node { id number status holderName issuedAt } } } } } }`;
type List = { node: { admissibleLicences: { totalCount: number; edges: { node: { id: string; number: string; status: string; holderName: string } }[] } | null } | null };
const ADMIT = `mutation($input: AdmitLicensedBailiffInput!) { admitLicensedBailiff(input: $input) { userErrors { code field key rule params } bailiff { id name memberSince licence { number status } } } }`;
type Admit = { admitLicensedBailiff: { userErrors: UE[]; bailiff: { id: string; name: string; memberSince: string } | null } };
const ASSIGN = 'mutation($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { assignedCount userErrors { code message } } }';
const EVENNESS = `query($id: ID!) { node(id: $id) { ... on Chamber { evenness { rows { bailiff { id } count canReceiveNow } } } } }`;

async function listed(fx: ChamberFixture, login: string) {
  const r = await api.gql<List>(LIST, { id: gid('Chamber', fx.chamberId) }, await api.login(login));
  return { numbers: (r.data?.node?.admissibleLicences?.edges ?? []).map((e) => e.node.number).sort(), total: r.data?.node?.admissibleLicences?.totalCount ?? 0, errors: r.errors };
}
const admit = async (fx: ChamberFixture, number: string, key?: string, office = 'Abay ave 10, office 4') =>
  (await api.gql<Admit>(ADMIT, { input: { chamberId: gid('Chamber', fx.chamberId), licenceNumber: number, office, districtIds: fx.districtIds.map((d) => gid('EnforcementDistrict', d)), idempotencyKey: key } }, await api.login(fx.officialLogins[0]!))).data!.admitLicensedBailiff;

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  a = await createChamberFixture(prisma(), { bailiffs: 2, districts: 2 });
  b = await createChamberFixture(prisma(), { bailiffs: 1, districts: 1 });
  const regionA = await prisma().region.findUniqueOrThrow({ where: { id: a.regionId } });
  const regionB = await prisma().region.findUniqueOrThrow({ where: { id: b.regionId } });
  licences.ownRegion = await licence({ region: regionA.code });
  licences.otherRegion = await licence({ region: regionB.nameEn }); // named by its English name
  licences.labour = await licence({ labour: true });
  licences.suspended = await licence({ status: 'SUSPENDED', region: regionA.code });
  licences.revoked = await licence({ status: 'REVOKED', region: regionA.code });
  await prisma().user.create({ data: { login: 'admission.inspector', displayName: 'Inspector', roles: { create: { role: 'MINISTRY_INSPECTOR' } } } });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

describe('Chamber.admissibleLicences', () => {
  it('L9, CH2: lists exactly the active licences of the chamber’s region (or of none) whose holder is not a member', async () => {
    const forA = await listed(a, a.officialLogins[0]!);
    expect(forA.errors).toBeUndefined();
    expect(forA.numbers).toEqual([licences.ownRegion.number, licences.labour.number].sort());
    expect(forA.total).toBe(2);
    const forB = await listed(b, b.officialLogins[0]!);
    expect(forB.numbers).toEqual([licences.otherRegion.number, licences.labour.number].sort());
    // members' licences (the fixtures' bailiffs), suspended and revoked ones are never listed
    const all = [...forA.numbers, ...forB.numbers];
    for (const x of [licences.suspended, licences.revoked]) expect(all).not.toContain(x.number);
  });

  it('L9, CH2: only the chamber’s own officials read it — another chamber’s official, an applicant, an inspector get nothing', async () => {
    for (const login of [b.officialLogins[0]!, a.applicantLogin, 'admission.inspector', licences.ownRegion.login]) {
      const r = await listed(a, login);
      expect(r.numbers, login).toEqual([]);
      expect(r.total, login).toBe(0);
    }
    const anonymous = await api.gql<List>(LIST, { id: gid('Chamber', a.chamberId) });
    expect(anonymous.data?.node?.admissibleLicences?.edges ?? []).toEqual([]);
  });
});

describe('admitLicensedBailiff from the list', () => {
  it('L9, CH2: a suspended or revoked licence is refused with its rule id; so is another region’s licence', async () => {
    for (const [x, status] of [[licences.suspended, 'SUSPENDED'], [licences.revoked, 'REVOKED']] as const) {
      const r = await admit(a, x.number, `admit-refused-${status}`);
      expect(r.bailiff).toBeNull();
      expect(r.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['input', 'licenceNumber'], key: 'licence.notActive', rule: 'CH2', params: { status } }]);
    }
    const other = await admit(a, licences.otherRegion.number);
    const regionA = await prisma().region.findUniqueOrThrow({ where: { id: a.regionId } });
    const regionB = await prisma().region.findUniqueOrThrow({ where: { id: b.regionId } });
    expect(other.userErrors).toEqual([{ code: 'INVALID_STATE', field: ['input', 'licenceNumber'], key: 'bailiff.licenceOtherRegion', rule: 'CH2', params: { licenceRegion: regionB.code, chamberRegion: regionA.code } }]);
    expect(await prisma().privateBailiff.count({ where: { licence: { number: { in: [licences.suspended.number, licences.revoked.number, licences.otherRegion.number] } } } })).toBe(0);
  });

  it('CH2: the admitted bailiff is eligible with a count of 0 and receives the next case as the least loaded; a retried key admits once', async () => {
    // the two members have two cases each this year
    await createWaitingDocuments(prisma(), a, 4);
    const official = await api.login(a.officialLogins[0]!);
    expect((await api.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN, { input: { chamberId: gid('Chamber', a.chamberId), limit: 4 } }, official)).data?.assignAllWaiting.assignedCount).toBe(4);

    const key = 'admit-own-region-0001';
    const first = await admit(a, licences.ownRegion.number, key);
    expect(first.userErrors).toEqual([]);
    expect(first.bailiff).toMatchObject({ name: 'Holder1 Test', memberSince: '2026-12-07' });
    // the same submission again (a lost response): the same member, nothing written twice
    const again = await admit(a, licences.ownRegion.number, key);
    expect(again).toEqual(first);
    const member = await prisma().privateBailiff.findMany({ where: { licenceId: licences.ownRegion.id } });
    expect(member.map((m) => gid('PrivateBailiff', m.id))).toEqual([first.bailiff!.id]);
    expect(await prisma().auditLog.count({ where: { action: 'bailiff.admit', entityId: member[0]!.id } })).toBe(1);
    // the same key with another input is a typed conflict
    const reused = await admit(a, licences.ownRegion.number, key, 'Another office 5');
    expect(reused.userErrors[0]).toMatchObject({ code: 'CONFLICT', key: 'idempotency.keyReused' });

    // off the list, on the evenness report: counted 0, can receive cases
    expect((await listed(a, a.officialLogins[0]!)).numbers).toEqual([licences.labour.number]);
    const report = await api.gql<{ node: { evenness: { rows: { bailiff: { id: string }; count: number; canReceiveNow: boolean }[] } } }>(EVENNESS, { id: gid('Chamber', a.chamberId) }, official);
    expect(report.data?.node.evenness.rows.find((r) => r.bailiff.id === first.bailiff!.id)).toEqual({ bailiff: { id: first.bailiff!.id }, count: 0, canReceiveNow: true });

    // CH2: the next case goes to the least loaded — the newcomer
    await createWaitingDocuments(prisma(), a, 1);
    expect((await api.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN, { input: { chamberId: gid('Chamber', a.chamberId), limit: 1 } }, official)).data?.assignAllWaiting.assignedCount).toBe(1);
    const latest = await prisma().assignment.findFirstOrThrow({ where: { chamberId: a.chamberId }, orderBy: { sequence: 'desc' } });
    expect(latest.bailiffId).toBe(member[0]!.id);

    // the holder now signs in as a private bailiff
    const viewer = await api.gql<{ viewer: { roles: { role: string }[] } }>('{ viewer { roles { role } } }', {}, await api.login(licences.ownRegion.login));
    expect(viewer.data?.viewer.roles.map((r) => r.role)).toContain('PRIVATE_BAILIFF');
  });

  it('CH2: a member is not admitted again, by the same chamber or another', async () => {
    const byB = await admit(b, licences.labour.number, 'admit-labour-b-0001');
    expect(byB.userErrors).toEqual([]);
    for (const fx of [a, b]) {
      const r = await admit(fx, licences.labour.number);
      expect(r.userErrors).toEqual([{ code: 'CONFLICT', field: ['input', 'licenceNumber'], key: 'bailiff.alreadyMember', rule: 'CH2', params: {} }]);
    }
    expect((await listed(a, a.officialLogins[0]!)).numbers).toEqual([]);
  });
});
