// Small, explicit fixtures for integration tests: a region with districts, its chamber and policy, bailiffs
// with users and licences, officials and applicants. Independent of the demo seed.
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@oryndau/db';
import { DEFAULT_POLICY, type PolicyConfig } from '@oryndau/domain';

let serial = 0;
/** A 12-digit IIN with a valid control digit (weights 1..11, then 3..11,1,2). */
export function iin(birth = '900101', century = 3): string {
  for (;;) {
    const body = `${birth}${century}${String(++serial % 10000).padStart(4, '0')}`;
    const d = [...body].map(Number);
    let c = d.reduce((s, x, i) => s + x * (i + 1), 0) % 11;
    if (c === 10) c = d.reduce((s, x, i) => s + x * ([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i] ?? 0), 0) % 11;
    if (c !== 10) return body + c;
  }
}

export interface ChamberFixture {
  regionId: string;
  chamberId: string;
  districtIds: string[];
  bailiffs: { id: string; userId: string; login: string; licenceId: string }[];
  officialLogins: string[];
  applicantLogin: string;
  /** the applicant's own IIN: on the portal one files only as oneself */
  applicantIin: string;
  justiceLogin: string;
  stateBailiffLogin: string;
}

export async function createChamberFixture(
  prisma: PrismaClient,
  opts: { code?: string; bailiffs?: number; officials?: number; districts?: number; policy?: Partial<PolicyConfig> } = {},
): Promise<ChamberFixture> {
  const code = opts.code ?? `R${randomBytes(3).toString('hex')}`.toUpperCase();
  const region = await prisma.region.create({ data: { code, kind: 'REGION', nameKk: `${code} облысы`, nameRu: `${code} область`, nameEn: `${code} Region` } });
  const districtIds: string[] = [];
  for (let i = 0; i < (opts.districts ?? 2); i++) {
    const d = await prisma.enforcementDistrict.create({ data: { code: `${code}-D${i}`, regionId: region.id, nameKk: `Аудан ${i}`, nameRu: `Район ${i}`, nameEn: `District ${i}` } });
    districtIds.push(d.id);
  }
  const chamber = await prisma.chamber.create({ data: { regionId: region.id, name: `Chamber of Private Bailiffs of ${code}` } });
  await prisma.assignmentPolicy.create({ data: { chamberId: chamber.id, version: 1, config: { ...DEFAULT_POLICY, ...opts.policy } as never } });
  const bailiffs: ChamberFixture['bailiffs'] = [];
  for (let i = 0; i < (opts.bailiffs ?? 6); i++) {
    const login = `${code.toLowerCase()}.bailiff.${i}`;
    const person = await prisma.person.create({ data: { iin: iin('800101', 3), lastName: `Bailiff${i}`, firstName: code, patronymic: null } });
    const user = await prisma.user.create({ data: { login, displayName: `Bailiff${i} ${code}`, personId: person.id, roles: { create: { role: 'PRIVATE_BAILIFF' } } } });
    const licence = await prisma.licence.create({
      data: { number: `L-${code}-${i}`, holderId: person.id, basis: 'ATTESTATION', authorisedManager: 'Test', placeOfIssue: 'Astana', issuedAt: new Date('2024-01-10T05:00:00Z') },
    });
    const b = await prisma.privateBailiff.create({
      data: {
        personId: person.id, userId: user.id, chamberId: chamber.id, licenceId: licence.id, office: `Office ${i}`, memberSince: new Date('2024-01-10'),
        districts: { create: districtIds.map((districtId) => ({ districtId })) },
      },
    });
    bailiffs.push({ id: b.id, userId: user.id, login, licenceId: licence.id });
  }
  const officialLogins: string[] = [];
  for (let i = 0; i < (opts.officials ?? 1); i++) {
    const login = `${code.toLowerCase()}.official.${i}`;
    await prisma.user.create({ data: { login, displayName: `Official ${i} of ${code}`, roles: { create: { role: 'CHAMBER_OFFICIAL', chamberId: chamber.id } } } });
    officialLogins.push(login);
  }
  const applicantLogin = `${code.toLowerCase()}.claimant`;
  const ap = await prisma.person.create({ data: { iin: iin('910202', 4), lastName: 'Claimant', firstName: code, address: 'Abay ave 1' } });
  await prisma.user.create({ data: { login: applicantLogin, displayName: `Claimant ${code}`, personId: ap.id, roles: { create: { role: 'APPLICANT' } } } });
  const justiceLogin = `${code.toLowerCase()}.justice`;
  await prisma.user.create({ data: { login: justiceLogin, displayName: `Justice officer ${code}`, roles: { create: { role: 'JUSTICE_OFFICER', regionId: region.id } } } });
  const stateBailiffLogin = `${code.toLowerCase()}.statebailiff`;
  await prisma.user.create({ data: { login: stateBailiffLogin, displayName: `State bailiff ${code}`, roles: { create: { role: 'STATE_BAILIFF', regionId: region.id } } } });
  return { regionId: region.id, chamberId: chamber.id, districtIds, bailiffs, officialLogins, applicantLogin, applicantIin: ap.iin, justiceLogin, stateBailiffLogin };
}

/** Documents waiting for assignment, original received (bulk, for concurrency tests and benchmarks). */
export async function createWaitingDocuments(prisma: PrismaClient, fx: ChamberFixture, n: number, opts: { debtors?: number } = {}) {
  const base = Date.parse('2026-03-02T04:00:00Z');
  const debtors = Array.from({ length: opts.debtors ?? n }, () => iin('750505', 3));
  const rows = Array.from({ length: n }, (_, i) => ({
    court: 'Specialised inter-district economic court',
    caseNumber: `2-${i}/2026`,
    issuedOn: new Date('2026-02-01'),
    category: (['PRIVATE_CLAIM', 'ALIMONY', 'NON_PROPERTY', 'STATE_CLAIM_SMALL'] as const)[i % 4]!,
    amountTenge: i % 4 === 2 ? null : 100_000 + i,
    claimantName: 'Claimant LLP',
    claimantIdNumber: '010240000012',
    debtorName: `Debtor ${i}`,
    debtorIdNumber: debtors[i % debtors.length]!,
    debtorAddress: 'Test street 1',
    districtId: fx.districtIds[i % fx.districtIds.length]!,
    routing: 'CHAMBER' as const,
    status: 'AWAITING_ASSIGNMENT' as const,
    receivedAt: new Date(base + i * 1000),
    originalReceivedAt: new Date(base + i * 1000),
  }));
  for (let i = 0; i < rows.length; i += 1000) await prisma.executiveDocument.createMany({ data: rows.slice(i, i + 1000) });
  return (await prisma.executiveDocument.findMany({ where: { district: { regionId: fx.regionId }, status: 'AWAITING_ASSIGNMENT' }, select: { id: true }, orderBy: { receivedAt: 'asc' } })).map((d) => d.id);
}
