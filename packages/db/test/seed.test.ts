// The demo seed and the national data set, against real PostgreSQL databases made for this file; and the
// IIN/BIN check-digit algorithm they rely on.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapterFactory } from '../src/client.ts';
import { applyMigrations } from '../src/migrate.ts';
import { PrismaClient } from '../src/generated/prisma/client.ts';
import { ApplicationStatus, Channel, Role, ServiceKind } from '../src/generated/prisma/enums.ts';
import { createEmptyDatabase } from '../src/testing.ts';
import { checkDigit, isValidBin, isValidIin, makeBin, makeIin, nextIin, iinBirthDate, iinGender } from '../src/seed/iin.ts';
import { almatyDate, assignmentHash, assignmentSeed, bucketKeysInWindow, decide, evenness, loadBucketsFor, poolRosterId, POOL_FLAGS, type Candidate, type PolicyConfig, type PoolRecord } from '@oryndau/domain';
import { buildDemo, DEMO_LOGINS, seedDemo, type DemoSummary } from '../src/seed/demo.ts';
import { generateNational, type NationalSummary } from '../src/seed/national.ts';
import { REGIONS, REGION_CODE, MONTHLY_CALCULATION_INDEX } from '../src/seed/reference.ts';

const utc = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe('IIN and BIN check digits', () => {
  it('weights 1..11, sum mod 11: 9104124 0000 → check digit 6', () => {
    // 9·1 + 1·2 + 0·3 + 4·4 + 1·5 + 2·6 + 4·7 + 0 + 0 + 0 + 0 = 72; 72 mod 11 = 6
    expect(checkDigit('91041240000')).toBe(6);
    expect(isValidIin('910412400006')).toBe(true);
    expect(isValidIin('910412400007')).toBe(false);
  });

  it('a first sum of 10 is recomputed with weights 3,4,5,6,7,8,9,10,11,1,2', () => {
    // first: 72 + 7·10 = 142, mod 11 = 10; second: 9·3+1·4+0·5+4·6+1·7+2·8+4·9+0·10+0·11+7·1+0·2 = 121, mod 11 = 0
    expect(checkDigit('91041240070')).toBe(0);
    expect(isValidIin('910412400700')).toBe(true);
  });

  it('10 twice: the serial is never issued, and no last digit makes the number valid', () => {
    // first: 72 + 70 + 5·11 = 197, mod 11 = 10; second: 121 - 0·2 + 5·2 + … = 131, mod 11 = 10
    expect(checkDigit('91041240075')).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(isValidIin(`91041240075${d}`)).toBe(false);
    expect(() => makeIin(utc('1991-04-12'), 'FEMALE', 75)).toThrow(RangeError);
    expect(nextIin(utc('1991-04-12'), 'FEMALE', 75).serial).toBeGreaterThan(75);
  });

  it('makeIin encodes birth date, century and gender (odd digit: male)', () => {
    const iin = makeIin(utc('1991-04-12'), 'FEMALE', 0);
    expect(iin).toBe('910412400006');
    expect(iinBirthDate(iin)?.toISOString().slice(0, 10)).toBe('1991-04-12');
    expect(iinGender(iin)).toBe('FEMALE');
    expect(makeIin(utc('1899-12-31'), 'MALE', 12)[6]).toBe('1');
    expect(makeIin(utc('1986-09-03'), 'MALE', 1)[6]).toBe('3');
    expect(makeIin(utc('2003-01-20'), 'FEMALE', 1)[6]).toBe('6');
    expect(() => makeIin(utc('2003-01-20'), 'MALE', 10_000)).toThrow(RangeError);
  });

  it('rejects malformed IINs: length, non-digits, impossible dates, century digit outside 1–6', () => {
    expect(isValidIin('91041240000')).toBe(false);
    expect(isValidIin('9104124000061')).toBe(false);
    expect(isValidIin('91041240000a')).toBe(false);
    const body = (s: string) => s + String(checkDigit(s) ?? 'x');
    expect(isValidIin(body('91023040000'))).toBe(false); // 30 February
    expect(isValidIin(body('91041270000'))).toBe(false); // century digit 7
    expect(isValidIin(body('91041200000'))).toBe(false); // century digit 0
  });

  it('every generated IIN over a range of days and serials is valid and unique', () => {
    const seen = new Set<string>();
    for (let day = 0; day < 60; day++) {
      for (let serial = 0; serial < 50; serial++) {
        const birth = new Date(Date.UTC(1970, 0, 1 + day * 97));
        const { iin } = nextIin(birth, serial % 2 ? 'MALE' : 'FEMALE', serial * 3);
        expect(isValidIin(iin)).toBe(true);
        seen.add(iin);
      }
    }
    expect(seen.size).toBeGreaterThan(2900);
  });

  it('makeBin: YYMM, entity type, division, serial, check digit', () => {
    const bin = makeBin(utc('2012-05-01'), 4127);
    expect(bin.slice(0, 6)).toBe('120540');
    expect(bin.slice(6, 11)).toBe('04127');
    expect(isValidBin(bin)).toBe(true);
    expect(isValidBin(makeBin(utc('2008-01-01'), 1, { entityType: 'NON_RESIDENT', division: 'BRANCH' }))).toBe(true);
    expect(isValidBin(`${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`)).toBe(false);
    expect(isValidBin(`12134${bin.slice(5)}`)).toBe(false); // month 13
    expect(isValidBin(`${bin.slice(0, 4)}3${bin.slice(5)}`)).toBe(false); // entity type 3
  });
});

async function query<T extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

describe('demo seed (PostgreSQL)', () => {
  let drop: () => Promise<void> = async () => {};
  let url = '';
  let prisma: PrismaClient;
  let first: DemoSummary;
  let second: DemoSummary;
  let firstMs = 0;

  beforeAll(async () => {
    const empty = await createEmptyDatabase('seed_demo_test');
    url = empty.url;
    const { factory } = await createAdapterFactory({ kind: 'postgres', url, max: 4 });
    await applyMigrations(factory);
    prisma = new PrismaClient({ adapter: factory });
    drop = async () => {
      await prisma.$disconnect();
      await empty.drop();
    };
    const t = Date.now();
    first = await seedDemo(prisma, { now: new Date('2026-11-20T06:30:00Z') });
    firstMs = Date.now() - t;
    second = await seedDemo(prisma, { now: new Date('2026-11-20T06:30:00Z') });
  });
  afterAll(async () => {
    await drop();
  });

  it('writes once; a second run is a no-op returning the same summary', async () => {
    console.log(`seedDemo on PostgreSQL: ${firstMs} ms (writing ${first.ms} ms)`);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(second.counts).toEqual(first.counts);
    expect(firstMs).toBeLessThan(15_000);
    expect(await prisma.auditLog.count({ where: { action: 'seed.demo', entityType: 'System', entityId: 'demo' } })).toBe(1);
  });

  it('20 regions: 17 regions and 3 cities of republican significance, one chamber each, 2–6 districts each', async () => {
    const regions = await prisma.region.findMany({ include: { chamber: true, _count: { select: { districts: true } } } });
    expect(regions).toHaveLength(20);
    expect(regions.filter((r) => r.kind === 'REGION')).toHaveLength(17);
    expect(regions.filter((r) => r.kind === 'CITY').map((r) => r.nameEn).sort()).toEqual(['Almaty City', 'Astana City', 'Shymkent City']);
    for (const r of regions) {
      expect(r.chamber, r.code).not.toBeNull();
      expect(r._count.districts).toBeGreaterThanOrEqual(2);
      expect(r._count.districts).toBeLessThanOrEqual(6);
      expect(r.nameKk && r.nameRu && r.nameEn).toBeTruthy();
    }
    expect(new Set(regions.map((r) => r.code))).toEqual(new Set(REGIONS.map((r) => r.code)));
    const policies = await prisma.assignmentPolicy.findMany();
    expect(policies).toHaveLength(20);
    for (const p of policies) {
      expect(p.version).toBe(1);
      expect(p.config).toEqual({ name: 'EVEN_COUNT', version: 1, period: 'CALENDAR_YEAR', perCategory: false, consolidateDebtor: true, weightByPresence: false });
    }
  });

  it('every role has a user, and every demo login exists with its role, display name and locale', async () => {
    for (const role of Object.values(Role)) {
      expect(await prisma.roleGrant.count({ where: { role } }), role).toBeGreaterThan(0);
    }
    for (const l of DEMO_LOGINS) {
      const u = await prisma.user.findUnique({ where: { login: l.login }, include: { roles: true } });
      expect(u, l.login).not.toBeNull();
      expect(u?.roles.map((g) => g.role)).toContain(l.role);
      expect(u?.displayName.length).toBeGreaterThan(3);
    }
    expect(new Set((await prisma.user.findMany({ select: { locale: true } })).map((u) => u.locale))).toEqual(new Set(['KK', 'RU', 'EN']));
    const aigerim = await prisma.user.findUniqueOrThrow({ where: { login: 'aigerim' }, include: { person: true } });
    expect(aigerim.displayName).toBe('Aigerim Sapar');
    expect(aigerim.person?.iin && aigerim.person.address && aigerim.person.phone && aigerim.person.email).toBeTruthy();
    const kaz = await prisma.user.findUniqueOrThrow({ where: { login: 'kazlogistics' }, include: { organisation: true } });
    expect(kaz.organisation?.name).toBe('KazLogistics LLP');
    expect(isValidBin(kaz.organisation?.bin ?? '')).toBe(true);
  });

  it('role scopes: justice officer, state bailiff and commission of Almaty City; chamber officials of their chambers; the bailiff account', async () => {
    const almaty = await prisma.region.findUniqueOrThrow({ where: { code: REGION_CODE.ALMATY_CITY }, include: { chamber: true } });
    const astana = await prisma.region.findUniqueOrThrow({ where: { code: REGION_CODE.ASTANA }, include: { chamber: true } });
    const grant = async (login: string) => (await prisma.user.findUniqueOrThrow({ where: { login }, include: { roles: true } })).roles[0];
    expect((await grant('justice.almaty'))?.regionId).toBe(almaty.id);
    expect((await grant('statebailiff.almaty'))?.regionId).toBe(almaty.id);
    expect((await grant('commission.almaty'))?.regionId).toBe(almaty.id);
    expect((await grant('chamber.almaty'))?.chamberId).toBe(almaty.chamber?.id);
    expect((await grant('chamber.astana'))?.chamberId).toBe(astana.chamber?.id);
    const bailiffUser = await prisma.user.findUniqueOrThrow({ where: { login: 'bailiff' } });
    const bailiff = await prisma.privateBailiff.findUniqueOrThrow({ where: { userId: bailiffUser.id }, include: { licence: true } });
    expect(bailiff.chamberId).toBe(almaty.chamber?.id);
    expect(bailiff.licence?.status).toBe('ACTIVE');
  });

  it('every application status, service kind and channel appears; every application has its stages (G2)', async () => {
    const apps = await prisma.serviceApplication.findMany({ include: { _count: { select: { stages: true } } } });
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(Object.values(ApplicationStatus)));
    expect(new Set(apps.map((a) => a.kind))).toEqual(new Set(Object.values(ServiceKind)));
    expect(new Set(apps.map((a) => a.channel))).toEqual(new Set(Object.values(Channel)));
    for (const a of apps) {
      expect(a._count.stages, a.number).toBeGreaterThan(0);
      expect(a.number).toMatch(/^((ENF|ATT|ATL|LIC|LRE)-\d{4}|QCS-SHY)-\d{6}$/); // QCS-SHY: the sample of services provided in Shymkent behind the Q1 figure (seed/inspections.ts)
      if (a.status !== 'DRAFT') expect(a.receivedAt, a.number).not.toBeNull();
      if (a.status === 'REFUSED' || a.status === 'REJECTED_INCOMPLETE') expect(a.refusalReason?.length, a.number).toBeGreaterThan(10);
    }
    const owners = async (login: string) =>
      (await prisma.serviceApplication.findMany({ where: { applicant: { login } }, select: { kind: true } })).map((a) => a.kind);
    expect(new Set(await owners('aigerim')).size).toBeGreaterThanOrEqual(2);
    expect((await owners('timur')).length).toBeGreaterThanOrEqual(3);
    expect(await owners('kazlogistics')).toContain('ENFORCEMENT_INITIATION');
    // G1: refused enforcement and licence applications name their grounds
    const refusedWithGrounds = apps.filter((a) => a.status === 'REFUSED' && a.refusalGrounds.length > 0).map((a) => a.refusalGrounds[0]);
    expect(refusedWithGrounds).toEqual(expect.arrayContaining(['ARTICLE_38_NONCOMPLIANCE', 'FEE_NOT_PAID', 'INTERNSHIP_NONCOMPLIANCE']));
    // the API numbers new applications after the seeded ones
    const seq = await prisma.numberSequence.findUniqueOrThrow({ where: { key: 'ENF-2026' } });
    expect(seq.value).toBe(apps.filter((a) => a.number.startsWith('ENF-2026-')).length);
  });

  it('T3: nothing happened after `now`; registration follows receipt and stages follow registration', async () => {
    const now = new Date('2026-11-20T06:30:00Z').getTime();
    const apps = await prisma.serviceApplication.findMany({ include: { stages: true } });
    for (const a of apps) {
      for (const t of [a.receivedAt, a.registeredAt, a.decidedAt, ...a.stages.map((x) => x.at)]) if (t) expect(t.getTime(), a.number).toBeLessThanOrEqual(now);
      if (a.registeredAt) expect(a.registeredAt.getTime(), a.number).toBeGreaterThanOrEqual(a.receivedAt!.getTime());
      for (const st of a.stages) if (a.registeredAt && st.stage !== 'DRAFT_SAVED') expect(st.at.getTime(), `${a.number} ${st.stage}`).toBeGreaterThanOrEqual(a.registeredAt.getTime());
      if (a.decidedAt && a.registeredAt) expect(a.decidedAt.getTime(), a.number).toBeGreaterThan(a.registeredAt.getTime());
    }
    // some arrived after hours and were registered at 09:00 of the next working day
    expect(apps.some((a) => a.receivedAt && a.registeredAt && a.registeredAt.getTime() > a.receivedAt.getTime())).toBe(true);
    // numbers follow the order of receipt within a series
    const enf = apps.filter((a) => a.number.startsWith('ENF-') && a.receivedAt).sort((x, y) => x.number.localeCompare(y.number));
    for (let i = 1; i < enf.length; i++) expect(enf[i]!.receivedAt!.getTime()).toBeGreaterThanOrEqual(enf[i - 1]!.receivedAt!.getTime());
  });

  it('all Person.iin pass the check-digit algorithm; parties of executive documents have a valid IIN or BIN', async () => {
    const persons = await prisma.person.findMany({ select: { iin: true } });
    expect(persons.length).toBeGreaterThan(100);
    for (const p of persons) expect(isValidIin(p.iin), p.iin).toBe(true);
    const docs = await prisma.executiveDocument.findMany({ select: { claimantIdNumber: true, debtorIdNumber: true } });
    for (const d of docs) {
      expect(isValidIin(d.claimantIdNumber) || isValidBin(d.claimantIdNumber), d.claimantIdNumber).toBe(true);
      expect(isValidIin(d.debtorIdNumber) || isValidBin(d.debtorIdNumber), d.debtorIdNumber).toBe(true);
    }
  });

  it('dozens of private bailiffs with active licences, competent for 1–3 districts of their region, covering every district', async () => {
    const bailiffs = await prisma.privateBailiff.findMany({ include: { licence: true, districts: { include: { district: true } }, chamber: true } });
    expect(bailiffs.length).toBeGreaterThanOrEqual(60);
    expect(bailiffs.filter((b) => b.licence?.status === 'ACTIVE').length).toBeGreaterThanOrEqual(60);
    const perChamber = new Map<string, number>();
    for (const b of bailiffs) {
      perChamber.set(b.chamberId, (perChamber.get(b.chamberId) ?? 0) + 1);
      expect(b.districts.length).toBeGreaterThanOrEqual(1);
      expect(b.districts.length).toBeLessThanOrEqual(3);
      for (const d of b.districts) expect(d.district.regionId).toBe(b.chamber.regionId);
    }
    const almaty = await prisma.chamber.findFirstOrThrow({ where: { region: { code: 'ALA' } } });
    expect(perChamber.get(almaty.id)).toBe(12);
    for (const n of perChamber.values()) expect(n).toBeGreaterThanOrEqual(3);
    expect(await prisma.enforcementDistrict.count({ where: { bailiffs: { none: {} } } })).toBe(0);
    const licenceNumbers = await prisma.licence.findMany({ select: { number: true } });
    expect(new Set(licenceNumbers.map((l) => l.number)).size).toBe(licenceNumbers.length);
  });

  it('CH2: one bailiff on leave today, one with a suspended licence, one chamber head pausing, one declared conflict', async () => {
    const today = new Date('2026-11-20T00:00:00Z');
    const leave = await prisma.bailiffAvailability.findMany({ where: { kind: 'LEAVE', startsOn: { lte: today }, endsOn: { gte: today } } });
    expect(leave).toHaveLength(1);
    expect(await prisma.licence.count({ where: { status: 'SUSPENDED' } })).toBe(1);
    const pause = await prisma.bailiffAvailability.findFirstOrThrow({ where: { kind: 'PAUSE' }, include: { bailiff: true } });
    expect(pause.bailiff.isChamberHead).toBe(true);
    const conflict = await prisma.bailiffConflict.findFirstOrThrow();
    // the conflict concerns the debtor of a document waiting in the same chamber
    expect(await prisma.executiveDocument.count({ where: { debtorIdNumber: conflict.partyId, status: 'AWAITING_ASSIGNMENT' } })).toBeGreaterThan(0);
  });

  it('CH3: about 30 documents wait for assignment in Almaty City, original received, no proceeding yet; none is ASSIGNED', async () => {
    const waiting = await prisma.executiveDocument.findMany({
      where: { status: 'AWAITING_ASSIGNMENT', district: { region: { code: 'ALA' } } },
      include: { proceeding: true, application: true },
    });
    expect(waiting.length).toBeGreaterThanOrEqual(25);
    expect(waiting.length).toBeLessThanOrEqual(35);
    for (const d of waiting) {
      expect(d.routing).toBe('CHAMBER');
      expect(d.originalReceivedAt).not.toBeNull();
      expect(d.originalReceivedAt!.getTime()).toBeGreaterThanOrEqual(d.receivedAt.getTime());
      expect(d.proceeding).toBeNull();
      expect(d.application?.kind).toBe('ENFORCEMENT_INITIATION');
    }
    expect(await prisma.executiveDocument.count({ where: { status: 'AWAITING_ASSIGNMENT', district: { region: { code: 'AST' } } } })).toBeGreaterThanOrEqual(3);
    expect(await prisma.executiveDocument.count({ where: { status: 'AWAITING_ORIGINAL', originalReceivedAt: null } })).toBeGreaterThan(0);
    // the history's documents are all assigned (below); none of them waits
    expect(await prisma.executiveDocument.count({ where: { status: 'AWAITING_ASSIGNMENT', assignments: { some: {} } } })).toBe(0);
    const routedToState = await prisma.executiveDocument.findMany({ where: { routing: 'STATE_BAILIFF' }, include: { proceeding: true } });
    expect(routedToState.length).toBeGreaterThanOrEqual(3);
    for (const d of routedToState) expect(d.proceeding?.stateBailiffId).toBeTruthy();
  });

  it('attestation with test results and votes (A7, A8), an issued licence from an approved application, complaints incl. EXTENDED (C3), inspections', async () => {
    const session = await prisma.attestationSession.findFirstOrThrow({ where: { status: 'MINUTES_SIGNED' }, include: { minutes: true } });
    expect(session.minutes?.passed.length).toBe(2);
    expect(await prisma.testResult.count({ where: { correct: { gte: 70 } } })).toBeGreaterThanOrEqual(3);
    expect(await prisma.testResult.count({ where: { correct: 69 } })).toBe(1);
    expect(await prisma.commissionVote.count({ where: { dissentingOpinion: { not: null } } })).toBeGreaterThanOrEqual(2);
    const issued = await prisma.licence.findFirstOrThrow({ where: { application: { kind: 'LICENCE', status: 'APPROVED' } }, include: { application: true } });
    expect(issued.application?.parentId).toBeTruthy(); // A13: the licence part of a single application
    const reissued = await prisma.licence.findFirstOrThrow({ where: { previousId: { not: null } }, include: { previous: true } });
    expect(reissued.previous?.status).toBe('REISSUED');
    const complaints = await prisma.complaint.findMany();
    expect(new Set(complaints.map((c) => c.status)).size).toBeGreaterThanOrEqual(4);
    // C2: a complaint follows what it complains about
    for (const c of await prisma.complaint.findMany({ include: { application: true, proceeding: true } })) {
      const since = c.application?.registeredAt ?? c.application?.receivedAt ?? c.proceeding?.registeredAt;
      expect(since, c.number).toBeTruthy();
      expect(c.registeredAt.getTime(), c.number).toBeGreaterThan(since!.getTime());
      if (c.decidedAt) expect(c.decidedAt.getTime(), c.number).toBeGreaterThan(c.registeredAt.getTime());
    }
    const extended = complaints.find((c) => c.status === 'EXTENDED');
    expect(extended?.extendedDueOn && extended.extensionReason && extended.extensionNotifiedAt).toBeTruthy();
    expect(await prisma.inspectionPlan.count()).toBeGreaterThanOrEqual(1); // the demo plan and the quality-control plan of issue 10
    expect(await prisma.inspection.count()).toBeGreaterThanOrEqual(2);
    expect(await prisma.calendarCorrection.count()).toBe(2);
    expect((await prisma.monthlyCalculationIndex.findMany({ orderBy: { year: 'asc' } })).map((m) => [m.year, m.amountTenge])).toEqual(
      MONTHLY_CALCULATION_INDEX.map((m) => [m.year, m.amountTenge]),
    );
  });
});

/** A stored pool's candidates, decoded here from the flags' definition (not with the seed's own code). */
function candidatesOf(pool: PoolRecord, members: string[]): Candidate[] {
  const out: Candidate[] = [];
  pool.c.forEach((e, i) => {
    if (!e) return;
    const [count, weight, f] = e;
    out.push({
      bailiffId: members[i]!, count, weight,
      licenceValid: !(f & POOL_FLAGS.licenceInvalid), suspended: !!(f & POOL_FLAGS.suspended), absent: !!(f & POOL_FLAGS.absent), paused: !!(f & POOL_FLAGS.paused),
      competentForDistrict: !(f & POOL_FLAGS.notCompetent), conflictWithParty: !!(f & POOL_FLAGS.conflict), expelled: !!(f & POOL_FLAGS.expelled),
      hasOpenCaseWithDebtor: !!(f & POOL_FLAGS.openCaseWithDebtor),
    });
  });
  return out;
}

describe('demo history: months of assignments made through the policy (PostgreSQL)', () => {
  let drop: () => Promise<void> = async () => {};
  let prisma: PrismaClient;
  const now = new Date('2026-11-20T06:30:00Z');

  beforeAll(async () => {
    const empty = await createEmptyDatabase('seed_history_test');
    const { factory } = await createAdapterFactory({ kind: 'postgres', url: empty.url, max: 4 });
    await applyMigrations(factory);
    prisma = new PrismaClient({ adapter: factory });
    drop = async () => {
      await prisma.$disconnect();
      await empty.drop();
    };
    await seedDemo(prisma, { now });
  });
  afterAll(async () => {
    await drop();
  });

  it('CH2: every seeded assignment replays — the policy picks the same bailiff from the stored pool, the seed and hash chain hold, and every count in a pool is a recount of the earlier assignments', async () => {
    expect(await replayChains(prisma)).toBeGreaterThan(500);
  });

  it('CH2: the rosters are the chambers’ members in id order; every assigned document has one assignment in force, whose bailiff holds the proceeding', async () => {
    for (const roster of await prisma.assignmentRoster.findMany()) {
      const members = (await prisma.privateBailiff.findMany({ where: { chamberId: roster.chamberId }, select: { id: true } })).map((b) => b.id).sort((x, y) => (x < y ? -1 : 1));
      expect(roster.members).toEqual(members);
    }
    const assigned = await prisma.executiveDocument.findMany({ where: { status: 'ASSIGNED' }, include: { assignments: true, proceeding: true } });
    expect(assigned.length).toBeGreaterThan(500);
    for (const d of assigned) {
      const active = d.assignments.filter((a) => a.activeDocumentId === d.id);
      expect(active, d.caseNumber).toHaveLength(1);
      expect(d.proceeding?.bailiffId, d.caseNumber).toBe(active[0]!.bailiffId);
      for (const a of d.assignments) if (a !== active[0]) expect(a.endedAt && a.endReason, d.caseNumber).toBeTruthy();
      expect(d.originalReceivedAt!.getTime()).toBeLessThan(d.assignments[0]!.assignedAt.getTime());
    }
  });

  it('CH2: Almaty City — counts this year are not 0, and even (max − min ≤ 3) among the bailiffs who can receive cases today', async () => {
    const chamber = await prisma.chamber.findFirstOrThrow({ where: { region: { code: 'ALA' } } });
    const day = new Date('2026-11-20T00:00:00Z');
    const bailiffs = await prisma.privateBailiff.findMany({
      where: { chamberId: chamber.id },
      include: { licence: true, availability: { where: { startsOn: { lte: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] } } },
    });
    const loads = new Map((await prisma.bailiffLoad.findMany({ where: { chamberId: chamber.id, bucket: '2026' } })).map((l) => [l.bailiffId, l.count]));
    const receiving = bailiffs.filter((b) => b.licence?.status === 'ACTIVE' && !b.availability.length).map((b) => ({ bailiffId: b.id, count: loads.get(b.id) ?? 0 }));
    expect(receiving.length).toBeGreaterThanOrEqual(8);
    const e = evenness(receiving);
    expect(e.min).toBeGreaterThan(10);
    expect(e.spread).toBeLessThanOrEqual(3);
  });

  it('CH2, CH4: a long leave and a suspended licence redistributed open cases; one case was replaced after a legally effective breach decision; none is left with a bailiff who cannot act', async () => {
    const moved = await prisma.assignment.findMany({ where: { kind: 'REDISTRIBUTION' } });
    const leaving = new Set(moved.map((a) => (a.pool as unknown as PoolRecord).leavingBailiffId));
    expect(leaving.size).toBe(2);
    const reasons = moved.map((a) => a.reason);
    expect(reasons.some((x) => /^Redistributed: leave from \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}, begun\./.test(x))).toBe(true);
    expect(reasons.some((x) => /^Redistributed: licence \d+ suspended\./.test(x))).toBe(true);
    const replacement = await prisma.assignment.findFirstOrThrow({ where: { kind: 'REPLACEMENT' }, include: { breachDecision: true } });
    expect(replacement.breachDecision!.effectiveOn.getTime()).toBeLessThanOrEqual(new Date(`${almatyDate(replacement.assignedAt)}T00:00:00Z`).getTime());
    const replaced = await prisma.assignment.findFirstOrThrow({ where: { documentId: replacement.documentId, sequence: { lt: replacement.sequence } }, orderBy: { sequence: 'desc' } });
    expect(replaced.bailiffId).toBe(replacement.breachDecision!.bailiffId);
    expect(replaced.endReason).toMatch(/breach decision/);
    // the API's scheduler finds nothing to move at its first run: no open case with a bailiff suspended or long away
    const suspended = await prisma.privateBailiff.findFirstOrThrow({ where: { licence: { status: 'SUSPENDED' } } });
    expect(await prisma.assignment.count({ where: { bailiffId: suspended.id, activeDocumentId: { not: null }, document: { proceeding: { status: { in: ['AWAITING_DECISION', 'INITIATED'] } } } } })).toBe(0);
  });

  it('E4, E6, G2: the bailiffs decided (some after the 3 working days), a few decisions are overdue, measures were taken; the claimants see every stage', async () => {
    const today = new Date('2026-11-20T00:00:00Z');
    const chamberCases = { bailiffId: { not: null } } as const;
    const decided = await prisma.enforcementProceeding.findMany({ where: { ...chamberCases, decidedAt: { not: null } } });
    expect(decided.filter((p) => p.status === 'REFUSED').length).toBeGreaterThan(10);
    const late = decided.filter((p) => almatyDate(p.decidedAt!) > p.decisionDueOn.toISOString().slice(0, 10));
    expect(late.length).toBeGreaterThan(10);
    expect(await prisma.enforcementProceeding.count({ where: { ...chamberCases, status: 'AWAITING_DECISION', decisionDueOn: { lt: today } } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.enforcementMeasure.count({ where: { proceeding: chamberCases } })).toBeGreaterThan(100);
    const aigerim = await prisma.serviceApplication.findMany({ where: { applicant: { login: 'aigerim' }, document: { assignments: { some: {} } } }, include: { stages: true } });
    expect(aigerim.length).toBeGreaterThanOrEqual(3);
    for (const a of aigerim) expect(a.stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['REGISTERED', 'ROUTED_TO_CHAMBER', 'ORIGINAL_RECEIVED', 'BAILIFF_ASSIGNED']));
    // G2: every stage with an actor says in which role they acted: the claimant on the portal, then the Chamber
    for (const a of aigerim) {
      const role = (kind: string) => a.stages.find((s) => s.stage === kind)?.actorRole;
      expect([role('REGISTERED'), role('ORIGINAL_RECEIVED'), role('BAILIFF_ASSIGNED')], a.number).toEqual([a.channel === 'PORTAL' ? 'APPLICANT' : 'JUSTICE_OFFICER', 'CHAMBER_OFFICIAL', 'CHAMBER_OFFICIAL']);
    }
    expect(await prisma.applicationStage.count({ where: { actorId: { not: null }, actorRole: null } })).toBe(0);
    const user = await prisma.user.findUniqueOrThrow({ where: { login: 'bailiff' } });
    const bailiff = await prisma.privateBailiff.findFirstOrThrow({ where: { userId: user.id } });
    expect(await prisma.enforcementProceeding.count({ where: { bailiffId: bailiff.id } })).toBeGreaterThan(10);
  });
});

describe('demo ids (issue 8)', () => {
  it('are random, not a formula: two builds share every name and count but no id', () => {
    const at = new Date('2026-11-20T06:30:00Z');
    const [a, b] = [buildDemo(at), buildDemo(at)];
    const ids = (r: typeof a) => [...r.users, ...r.persons, ...r.applications, ...r.documents, ...r.proceedings].map((x) => x.id!);
    for (const id of ids(a)) expect(id).toMatch(/^c[0-9a-z]{24}$/);
    const other = new Set(ids(b));
    expect(ids(a).filter((id) => other.has(id))).toEqual([]);
    expect(new Set(ids(a)).size).toBe(ids(a).length);
    expect(a.users.map((u) => u.login)).toEqual(b.users.map((u) => u.login));
    expect(a.persons.map((p) => `${p.lastName} ${p.firstName} ${p.iin}`)).toEqual(b.persons.map((p) => `${p.lastName} ${p.firstName} ${p.iin}`));
    // the documents and what happens to them are the same; who gets each case is the policy's draw, seeded from
    // the chain (and so from the ids): the number of cases a redistribution moves may differ by a few
    expect([a.applications.length, a.documents.length, a.stages.length > 5 * a.documents.length]).toEqual([b.applications.length, b.documents.length, true]);
    expect(Math.abs(a.history.assignments.length - b.history.assignments.length)).toBeLessThan(20);
  });
});

/**
 * CH2: replays every chamber's chain from the record — the policy picks the same bailiff from the stored pool,
 * the seed and hash chain hold, every count in a pool is a recount of the earlier assignments, the chamber's
 * head is the tip and BailiffLoad is a recount — and returns how many assignments it replayed.
 */
async function replayChains(prisma: PrismaClient): Promise<number> {
  const chambers = await prisma.chamber.findMany({ include: { policies: true, region: true } });
  const rosters = new Map((await prisma.assignmentRoster.findMany()).map((r) => [r.id, r]));
  let replayed = 0;
  for (const chamber of chambers) {
    const chain = await prisma.assignment.findMany({ where: { chamberId: chamber.id }, orderBy: { sequence: 'asc' }, include: { document: { select: { category: true } } } });
    const policy = chamber.policies[0]!;
    let previous = 'genesis';
    const earlier: { bailiffId: string; day: string; category: string; buckets: string[] }[] = [];
    for (const [i, a] of chain.entries()) {
      const pool = a.pool as unknown as PoolRecord;
      const where = `${chamber.region.code} #${a.sequence}`;
      expect(a.sequence, where).toBe(i + 1);
      expect(a.previousHash, where).toBe(previous);
      expect(a.seed, where).toBe(assignmentSeed(previous, a.documentId, a.sequence));
      expect(a.hash, where).toBe(assignmentHash({ previousHash: previous, documentId: a.documentId, bailiffId: a.bailiffId, seed: a.seed, sequence: a.sequence, policyVersion: pool.policy.version }));
      expect(a.policyId).toBe(policy.id);
      expect(JSON.stringify(pool.policy), where).toBe(JSON.stringify(policy.config));
      expect(pool.day, where).toBe(almatyDate(a.assignedAt));
      expect(pool.category).toBe(a.document.category);
      const roster = rosters.get(a.rosterId!)!;
      const members = roster.members as string[];
      expect(poolRosterId(members)).toBe(roster.id);
      const candidates = candidatesOf(pool, members);
      const decision = decide(candidates, pool.policy as PolicyConfig, a.seed);
      expect(decision.bailiffId, where).toBe(a.bailiffId);
      // the counts the policy saw: the earlier assignments in the window, recounted from the record
      const window = new Set(bucketKeysInWindow(pool.policy as PolicyConfig, pool.day, pool.category));
      const keyOf = (e: (typeof earlier)[number]) => e.buckets.some((k) => window.has(k));
      const recount = new Map<string, number>();
      for (const e of earlier) if (keyOf(e)) recount.set(e.bailiffId, (recount.get(e.bailiffId) ?? 0) + 1);
      for (const c of candidates) expect(c.count, `${where} ${c.bailiffId}`).toBe(recount.get(c.bailiffId) ?? 0);
      if (a.kind !== 'INITIAL') expect(candidates.map((c) => c.bailiffId), where).not.toContain(pool.leavingBailiffId ?? pool.replacedBailiffId);
      earlier.push({ bailiffId: a.bailiffId, day: pool.day, category: a.document.category, buckets: loadBucketsFor(pool.day, a.document.category) });
      previous = a.hash;
      replayed++;
    }
    // the chamber's head is the chain's tip: the API's next assignment links to it
    expect([chamber.headHash, chamber.sequence], chamber.region.code).toEqual([previous, chain.length]);
    // the BailiffLoad counters are a recount of the chain, bucket by bucket
    const recounted = new Map<string, number>();
    for (const e of earlier) for (const b of e.buckets) recounted.set(`${b}|${e.bailiffId}`, (recounted.get(`${b}|${e.bailiffId}`) ?? 0) + 1);
    const loads = await prisma.bailiffLoad.findMany({ where: { chamberId: chamber.id } });
    expect(new Map(loads.map((l) => [`${l.bucket}|${l.bailiffId}`, l.count])), chamber.region.code).toEqual(recounted);
  }
  return replayed;
}

describe('national data set (PostgreSQL)', () => {
  const dbs: { url: string; drop(): Promise<void> }[] = [];
  let url = '';
  let summary: NationalSummary;
  const scale = 0.001;

  beforeAll(async () => {
    const a = await createEmptyDatabase('seed_national_test');
    dbs.push(a);
    url = a.url;
    summary = await generateNational(url, { scale, awaitingPerChamber: 5 });
  });
  afterAll(async () => {
    for (const d of dbs) await d.drop();
  });

  it('refuses anything but PostgreSQL', async () => {
    await expect(generateNational('file:.data/pglite', { scale })).rejects.toThrow(/PostgreSQL/);
  });

  it('refuses a database that already has data', async () => {
    await expect(generateNational(url, { scale })).rejects.toThrow(/empty database/);
  });

  it('volumes are proportional to the national ones', async () => {
    const count = async (table: string, where = 'true') => Number((await query<{ n: string }>(url, `SELECT count(*)::text AS n FROM "${table}" WHERE ${where}`))[0]?.n);
    expect(await count('ExecutiveDocument', `"status" <> 'AWAITING_ASSIGNMENT'`)).toBe(3000);
    expect(await count('EnforcementProceeding')).toBe(3000);
    expect(await count('Complaint')).toBe(100);
    expect(await count('ServiceApplication')).toBe(500 + 100);
    expect(await count('ApplicationStage')).toBeGreaterThanOrEqual(600);
    expect(await count('ServiceApplication', `NOT EXISTS (SELECT 1 FROM "ApplicationStage" s WHERE s."applicationId" = "ServiceApplication"."id")`)).toBe(0);
    expect(summary.documents).toBe(3000);
    // documents per chamber follow population: Almaty City, then Turkistan, Astana and Shymkent
    const perRegion = await query<{ code: string; n: number }>(
      url,
      `SELECT r."code", count(*)::int AS n FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" e ON e."id" = d."districtId"
        JOIN "Region" r ON r."id" = e."regionId" WHERE d."status" <> 'AWAITING_ASSIGNMENT' GROUP BY 1 ORDER BY 2 DESC`,
    );
    expect(perRegion[0]?.code).toBe('ALA');
    expect(perRegion.slice(0, 5).map((r) => r.code)).toEqual(expect.arrayContaining(['ALA', 'YUZ', 'AST', 'SHY']));
    const bailiffs = await query<{ code: string; n: number }>(
      url,
      `SELECT r."code", count(*)::int AS n FROM "PrivateBailiff" b JOIN "Chamber" c ON c."id" = b."chamberId" JOIN "Region" r ON r."id" = c."regionId" GROUP BY 1`,
    );
    expect(bailiffs).toHaveLength(20);
    for (const b of bailiffs) expect(b.n).toBeGreaterThanOrEqual(2);
  });

  it('every kind, status and channel; ENF numbers continue in NumberSequence', async () => {
    const set = async (col: string) => new Set((await query<{ v: string }>(url, `SELECT DISTINCT "${col}"::text AS v FROM "ServiceApplication"`)).map((r) => r.v));
    expect(await set('kind')).toEqual(new Set(Object.values(ServiceKind)));
    expect(await set('channel')).toEqual(new Set(Object.values(Channel)));
    expect(await set('status')).toEqual(new Set(Object.values(ApplicationStatus)));
    const rows = await query<{ key: string; value: number; n: number }>(
      url,
      `SELECT s."key", s."value", (SELECT count(*)::int FROM "ServiceApplication" a WHERE a."number" LIKE s."key" || '-%') AS n FROM "NumberSequence" s WHERE s."key" LIKE 'ENF-%'`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.value).toBe(r.n);
  });

  it('CH3: awaitingPerChamber documents wait in each chamber with the original received and no proceeding', async () => {
    const waiting = await query<{ code: string; n: number; orig: number; proc: number }>(
      url,
      `SELECT r."code", count(*)::int AS n, count(d."originalReceivedAt")::int AS orig, count(p."id")::int AS proc
         FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" e ON e."id" = d."districtId" JOIN "Region" r ON r."id" = e."regionId"
         LEFT JOIN "EnforcementProceeding" p ON p."documentId" = d."id"
        WHERE d."status" = 'AWAITING_ASSIGNMENT' AND NOT EXISTS (SELECT 1 FROM "Assignment" a WHERE a."documentId" = d."id") GROUP BY 1`,
    );
    expect(waiting).toHaveLength(20);
    for (const w of waiting) expect(w.n).toBeGreaterThanOrEqual(5);
    for (const w of waiting) expect([w.orig, w.proc]).toEqual([w.n, 0]);
    // every chamber has an official to assign them with
    expect((await query(url, `SELECT 1 FROM "RoleGrant" WHERE "role" = 'CHAMBER_OFFICIAL' AND "chamberId" IS NOT NULL`)).length).toBe(20);
  });

  it('CH2: the Chamber’s documents since Rules No. 652 are assigned by each chamber’s chain, and every assignment replays', async () => {
    const { factory, close } = await createAdapterFactory({ kind: 'postgres', url, max: 2 });
    const prisma = new PrismaClient({ adapter: factory });
    try {
      expect(await replayChains(prisma)).toBe(summary.assignments);
    } finally {
      await prisma.$disconnect();
      await close();
    }
    expect(summary.assignments).toBeGreaterThan(150);
    // assigned on or after 2 March 2026, after the original (CH3); the bailiff holds the proceeding, registered then (E4)
    const wrong = await query(
      url,
      `SELECT a."id" FROM "Assignment" a JOIN "ExecutiveDocument" d ON d."id" = a."documentId" JOIN "EnforcementProceeding" p ON p."documentId" = d."id"
        WHERE a."assignedAt" < timestamptz '2026-03-02 00:00+05' OR a."assignedAt" < d."originalReceivedAt" OR p."bailiffId" <> a."bailiffId"
           OR p."registeredAt" <> a."assignedAt" OR d."status" NOT IN ('ASSIGNED', 'CLOSED') OR a."activeDocumentId" <> a."documentId"`,
    );
    expect(wrong).toHaveLength(0);
    // before Rules No. 652 the claimant chose the bailiff: those proceedings have no assignment
    const early = await query(
      url,
      `SELECT 1 FROM "EnforcementProceeding" p JOIN "ExecutiveDocument" d ON d."id" = p."documentId" WHERE d."routing" = 'CHAMBER'
          AND p."registeredAt" < timestamptz '2026-03-01 00:00+05' AND EXISTS (SELECT 1 FROM "Assignment" a WHERE a."documentId" = d."id")`,
    );
    expect(early).toHaveLength(0);
  });

  it('dashboards have something to show: decided on time and late, open overdue, complaints by outcome and term, inspections (E4, C2, CH5)', async () => {
    const terms = await query<{ subject: string; term: string; n: number }>(
      url,
      `SELECT "subject", "term", sum("count")::int AS n FROM "DashboardCounter" WHERE "term" <> '' GROUP BY 1, 2`,
    );
    const n = (subject: string, term: string) => terms.find((x) => x.subject === subject && x.term === term)?.n ?? 0;
    for (const subject of ['APPLICATION', 'PROCEEDING', 'COMPLAINT']) {
      expect(n(subject, 'MET'), subject).toBeGreaterThan(0);
      expect(n(subject, 'MISSED'), subject).toBeGreaterThan(0);
      expect(n(subject, 'MISSED'), subject).toBeLessThan(n(subject, 'MET'));
    }
    const overdue = await query<{ n: number }>(
      url,
      `SELECT ((SELECT count(*) FROM "EnforcementProceeding" WHERE "status" = 'AWAITING_DECISION' AND "decisionDueOn" < $1::date)
             + (SELECT count(*) FROM "ServiceApplication" WHERE "status" IN ('REGISTERED', 'IN_REVIEW', 'HEARING') AND "dueOn" < $1::date)
             + (SELECT count(*) FROM "Complaint" WHERE "status" IN ('REGISTERED', 'EXTENDED') AND COALESCE("extendedDueOn", "dueOn") < $1::date))::int AS n`,
      [summary.now.slice(0, 10)],
    );
    expect(overdue[0]!.n).toBeGreaterThan(0);
    const inspections = await query<{ status: string }>(url, `SELECT DISTINCT "status"::text AS status FROM "Inspection"`);
    expect(inspections.map((x) => x.status)).toContain('COMPLETED');
    const outcomes = await query<{ status: string }>(url, `SELECT DISTINCT "status"::text AS status FROM "Complaint"`);
    expect(outcomes.map((x) => x.status)).toEqual(expect.arrayContaining(['UPHELD', 'REJECTED', 'REGISTERED']));
  });

  it('complaints follow what they complain about; decisions follow registration (E4, C2)', async () => {
    const early = await query(
      url,
      `SELECT c."number" FROM "Complaint" c LEFT JOIN "ServiceApplication" a ON a."id" = c."applicationId"
         LEFT JOIN "EnforcementProceeding" p ON p."id" = c."proceedingId"
        WHERE c."registeredAt" <= coalesce(a."registeredAt", a."receivedAt", p."registeredAt")`,
    );
    expect(early).toHaveLength(0);
    const undecidedEarly = await query(url, `SELECT 1 FROM "EnforcementProceeding" WHERE "decidedAt" < "registeredAt" OR "registeredAt" > $1`, [summary.now]);
    expect(undecidedEarly).toHaveLength(0);
  });

  it('identity numbers are valid; claimants of applied-for documents are the applicants', async () => {
    const persons = await query<{ iin: string }>(url, `SELECT "iin" FROM "Person"`);
    for (const p of persons) expect(isValidIin(p.iin), p.iin).toBe(true);
    const orgs = await query<{ bin: string }>(url, `SELECT "bin" FROM "Organisation"`);
    for (const o of orgs) expect(isValidBin(o.bin), o.bin).toBe(true);
    const docs = await query<{ c: string; d: string }>(url, `SELECT "claimantIdNumber" AS c, "debtorIdNumber" AS d FROM "ExecutiveDocument"`);
    for (const x of docs) {
      expect(isValidIin(x.c) || isValidBin(x.c), x.c).toBe(true);
      expect(isValidIin(x.d) || isValidBin(x.d), x.d).toBe(true);
    }
    const mismatched = await query(
      url,
      `SELECT 1 FROM "ExecutiveDocument" d JOIN "ServiceApplication" a ON a."id" = d."applicationId" JOIN "User" u ON u."id" = a."applicantId"
         LEFT JOIN "Person" p ON p."id" = u."personId" LEFT JOIN "Organisation" o ON o."id" = u."organisationId"
        WHERE d."claimantIdNumber" <> coalesce(p."iin", o."bin")`,
    );
    expect(mismatched).toHaveLength(0);
  });

  it('the indexes and foreign keys dropped for the load are back, exactly as migrated', async () => {
    const fresh = await createEmptyDatabase('seed_national_ref');
    dbs.push(fresh);
    const { factory } = await createAdapterFactory({ kind: 'postgres', url: fresh.url, max: 2 });
    await applyMigrations(factory);
    const ddl = async (u: string) => [
      ...(await query<{ d: string }>(u, `SELECT indexdef AS d FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.d),
      ...(await query<{ d: string }>(u, `SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1`)).map((r) => r.d),
    ];
    expect(await ddl(url)).toEqual(await ddl(fresh.url));
  });

  it('is reproducible: the same options write the same rows', async () => {
    const again = await createEmptyDatabase('seed_national_again');
    dbs.push(again);
    await generateNational(again.url, { scale, awaitingPerChamber: 5 });
    const digest = async (u: string, table: string) =>
      (await query<{ h: string }>(u, `SELECT md5(string_agg(t::text, '|' ORDER BY t."id")) AS h FROM "${table}" t`))[0]?.h;
    for (const table of ['ExecutiveDocument', 'EnforcementProceeding', 'ServiceApplication', 'ApplicationStage', 'Complaint', 'Person', 'PrivateBailiff', 'Assignment', 'Inspection']) {
      expect(await digest(again.url, table), table).toBe(await digest(url, table));
    }
  });
});
