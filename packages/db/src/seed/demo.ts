// The demo data set: every region, district and chamber of Kazakhstan, a hundred private bailiffs, a named user
// for every role (logins in DEMO_LOGINS, used by the README and the tests), and applications, executive
// documents, complaints and inspections in every state the services know, dated relative to `now`.
//
// Deadlines come from @oryndau/domain (the working calendar of T1 with the corrections seeded here, the
// registration rule of T3/T4, the periods of T5). Rows are built in memory first (typed as Prisma's createMany
// inputs), then written with one INSERT per table inside one transaction: the whole seed applies or nothing does.
//
// The Chamber's months of history (demo-history.ts) are made through the assignment policy itself: every
// assignment is what `decide` of @oryndau/domain gives on the pool the API would have read that day, chained
// and counted as the API does, so that the API's verification and evenness replay verify every one.
// Ids are random (util.ts `randomId`): the content is deterministic, no record's id follows from a formula.
//
// What the seed leaves to the services:
//  - about 30 documents waiting for assignment in Almaty City and a few in Astana, continuing each chamber's
//    chain from its seeded head;
//  - negative attestation results (test failed, commission against, suspended, did not show up) are stored as
//    REFUSED with no refusal ground: A5's grounds do not cover them, the reason states the outcome.
import {
  almatyDate,
  almatyInstant,
  attestationApplicationsCloseOn,
  attestationServiceDueOn,
  dueOn,
  PERIODS,
  proceedingNumber,
  proceedingSeries,
  register,
  WorkingCalendar,
  type IsoDate,
} from '@oryndau/domain';
import type { Prisma, PrismaClient } from '../generated/prisma/client.ts';
import type {
  ApplicationStageKind,
  ApplicationStatus,
  Channel,
  DocumentCategory,
  Locale,
  Role,
  ServiceKind,
} from '../generated/prisma/enums.ts';
import type * as M from '../generated/prisma/models.ts';
import { stageLabel } from '../stage-kind.ts';
import { Role as RoleValues } from '../generated/prisma/enums.ts';
import { DERIVED_REBUILD_STATEMENTS, derivedTriggerStatements, insertMany, SeedPhases } from './util.ts';
import { nextBin, nextIin, type Gender } from './iin.ts';
import {
  chamberName,
  DEFAULT_POLICY_CONFIG,
  justiceBodyName,
  licenceFee,
  MONTHLY_CALCULATION_INDEX,
  REGION_CODE,
  REGIONS,
  RULES_652_IN_FORCE,
  type RegionRef,
} from './reference.ts';
import {
  emailFor,
  fullNameRu,
  randomAddress,
  randomName,
  randomPhone,
  RandomIds,
  Rng,
  type PersonName,
} from './util.ts';
import { seedAttestation } from './attestation.ts'; // attestation (issue 9)
import { seedHandover } from './handover.ts'; // handover (issue 9): a one application a few clicks from the licence (A13)
import { buildHistory, type HistoryRows } from './demo-history.ts';
// legal assistance (issue 12, area: legal)
import { LEGAL_ASSISTANCE_LOGINS, seedLegalAssistance } from './legal-assistance.ts';
import { seedInspections } from './inspections.ts'; // inspections (issue 10)
import { seedComplaints } from './complaints.ts'; // complaints (issue 10)
// licence area (issue 9)
import { LICENCE_DEMO_LOGINS, seedLicenceArea } from './licences.ts';
import { ADMISSION_DEMO_LOGINS, seedAdmission } from './admission.ts'; // admit (issue 9)

// ---------------------------------------------------------------- public API

export interface DemoLogin {
  login: string;
  role: Role;
  description: string;
}

/** The named demo accounts (the README lists them; tests sign in with them). */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { login: 'aigerim', role: 'APPLICANT', description: 'Citizen Aigerim Sapar (Almaty): enforcement claims, an attestation draft, complaints' },
  { login: 'timur', role: 'APPLICANT', description: 'Citizen Timur Akhmetov (Astana): enforcement claims, an attestation application' },
  { login: 'kazlogistics', role: 'APPLICANT', description: 'Dana Omarova, representative of KazLogistics LLP (company claimant with a BIN)' },
  { login: 'justice.almaty', role: 'JUSTICE_OFFICER', description: 'Officer of the Department of Justice of Almaty City' },
  { login: 'statebailiff.almaty', role: 'STATE_BAILIFF', description: 'State bailiff of Almaty City (state claims above the Chamber limit)' },
  { login: 'commission.almaty', role: 'COMMISSION_MEMBER', description: 'Chair of the attestation commission of Almaty City' },
  { login: 'licensing', role: 'LICENSING_OFFICER', description: 'Ministry of Justice licensing officer' },
  { login: 'chamber.almaty', role: 'CHAMBER_OFFICIAL', description: 'Official of the Regional Chamber of Private Bailiffs of Almaty City (about 30 documents waiting)' },
  { login: 'chamber.astana', role: 'CHAMBER_OFFICIAL', description: 'Official of the Regional Chamber of Private Bailiffs of Astana City' },
  { login: 'bailiff', role: 'PRIVATE_BAILIFF', description: 'Private bailiff Askhat Ospanov, Almaty City chamber' },
  { login: 'bailiff.astana', role: 'PRIVATE_BAILIFF', description: 'Private bailiff Madina Omarova, Astana City chamber (licence reissued after a change of surname)' },
  { login: 'inspector', role: 'MINISTRY_INSPECTOR', description: 'Ministry of Justice inspector (reads everything)' },
  { login: 'quality', role: 'QUALITY_INSPECTOR', description: 'Inspector of the authorised body for quality control of state services' },
  { login: 'admin', role: 'MINISTRY_ADMIN', description: 'Ministry administrator: working calendar and MCI' },
  // legal assistance (issue 12, area: legal)
  ...LEGAL_ASSISTANCE_LOGINS.map(({ login, role, description }) => ({ login, role, description })),
  // licence area (issue 9)
  ...LICENCE_DEMO_LOGINS,
  ...ADMISSION_DEMO_LOGINS, // admit (issue 9): licence holders awaiting admission
];

export interface DemoSummary {
  /** false when the demo data was already there (the seed did nothing) */
  created: boolean;
  /** milliseconds spent writing (0 when nothing was written) */
  ms: number;
  counts: Record<string, number>;
  logins: readonly DemoLogin[];
}

/**
 * Seeds the demo data set into a migrated database. Idempotent: when the user 'aigerim' exists already it
 * writes nothing and returns the summary of what is there.
 */
/** patterns (first start): the seed prints its phases once, when it wrote the demo (not in tests). */
const defaultSeedLog = process.env.NODE_ENV === 'test' || process.env.VITEST ? undefined : (line: string) => console.log(`[oryndau] ${line}`);

export async function seedDemo(prisma: PrismaClient, opts: { now?: Date; log?: (line: string) => void } = {}): Promise<DemoSummary> {
  const started = Date.now();
  let created = false;
  const existing = await prisma.user.findUnique({ where: { login: 'aigerim' }, select: { id: true } });
  const phases = new SeedPhases();
  if (!existing) {
    const rows = buildDemo(opts.now ?? new Date());
    phases.mark('build');
    created = await prisma.$transaction(
      async (tx) => {
        // two seeds racing on one database: the second waits here, then sees the first one's users
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(20261122)`;
        if (await tx.user.findUnique({ where: { login: 'aigerim' }, select: { id: true } })) return false;
        // firststart: the dashboards' derived rows recounted once at the end instead of row by row (util.ts)
        for (const sql of derivedTriggerStatements(false)) await tx.$executeRawUnsafe(sql);
        await writeDemo(tx, rows, phases);
        await seedAttestation(tx, opts.now ?? new Date()); // attestation (issue 9): question bank, today's session, more regions
        phases.add('attestation');
        await seedHandover(tx, opts.now ?? new Date()); // handover (issue 9, A13)
        // legal assistance (issue 12, area: legal)
        await seedLegalAssistance(tx, opts.now ?? new Date(), new WorkingCalendar(DEMO_CALENDAR_CORRECTIONS.map((c) => ({ ...c }))));
        phases.add('legal assistance');
        await seedInspections(tx, opts.now ?? new Date()); // inspections (issue 10): subjects, plan criteria, inspections at their stages
        phases.add('inspections');
        await seedComplaints(tx, opts.now ?? new Date()); // complaints (issue 10)
        phases.add('complaints');
        // licence area (issue 9): sandbox state systems, licence candidates, holders for the reissue
        await seedLicenceArea(tx, opts.now ?? new Date());
        phases.add('licences');
        await seedAdmission(tx, opts.now ?? new Date()); // admit (issue 9): licence holders awaiting admission
        phases.add('admission');
        for (const sql of derivedTriggerStatements(true)) await tx.$executeRawUnsafe(sql);
        for (const sql of DERIVED_REBUILD_STATEMENTS) await tx.$executeRawUnsafe(sql);
        phases.add('dashboards');
        return true;
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    phases.mark('commit');
  }
  const counts = await demoCounts(prisma);
  phases.mark('counts');
  if (created && (opts.log ?? defaultSeedLog)) (opts.log ?? defaultSeedLog)!(`demo data: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Date.now() - started} ms (${phases})`);
  return { created, ms: created ? Date.now() - started : 0, counts, logins: DEMO_LOGINS };
}

async function demoCounts(prisma: PrismaClient): Promise<Record<string, number>> {
  const [
    regions, districts, chambers, bailiffs, activeLicences, users, persons, applications, stages,
    documents, awaitingAssignment, proceedings, complaints, inspections, sessions, assignments,
  ] = await Promise.all([
    prisma.region.count(),
    prisma.enforcementDistrict.count(),
    prisma.chamber.count(),
    prisma.privateBailiff.count(),
    prisma.licence.count({ where: { status: 'ACTIVE' } }),
    prisma.user.count(),
    prisma.person.count(),
    prisma.serviceApplication.count(),
    prisma.applicationStage.count(),
    prisma.executiveDocument.count(),
    prisma.executiveDocument.count({ where: { status: 'AWAITING_ASSIGNMENT' } }),
    prisma.enforcementProceeding.count(),
    prisma.complaint.count(),
    prisma.inspection.count(),
    prisma.attestationSession.count(),
    prisma.assignment.count(),
  ]);
  return {
    regions, districts, chambers, bailiffs, activeLicences, users, persons, applications, stages,
    documents, awaitingAssignment, proceedings, complaints, inspections, sessions, assignments,
  };
}

// ---------------------------------------------------------------- the rows

export interface DemoRows {
  regions: M.RegionCreateManyInput[];
  districts: M.EnforcementDistrictCreateManyInput[];
  chambers: M.ChamberCreateManyInput[];
  policies: M.AssignmentPolicyCreateManyInput[];
  persons: M.PersonCreateManyInput[];
  organisations: M.OrganisationCreateManyInput[];
  users: M.UserCreateManyInput[];
  grants: M.RoleGrantCreateManyInput[];
  sessions: M.AttestationSessionCreateManyInput[];
  /** parents (A13) first: children reference them */
  applications: M.ServiceApplicationCreateManyInput[];
  childApplications: M.ServiceApplicationCreateManyInput[];
  stages: M.ApplicationStageCreateManyInput[];
  payments: M.PaymentCreateManyInput[];
  hearings: M.HearingCreateManyInput[];
  testResults: M.TestResultCreateManyInput[];
  interviews: M.InterviewCreateManyInput[];
  votes: M.CommissionVoteCreateManyInput[];
  minutes: M.AttestationMinutesCreateManyInput[];
  /** superseded licences first: reissued ones reference them */
  licences: M.LicenceCreateManyInput[];
  reissuedLicences: M.LicenceCreateManyInput[];
  bailiffs: M.PrivateBailiffCreateManyInput[];
  bailiffDistricts: M.BailiffDistrictCreateManyInput[];
  availability: M.BailiffAvailabilityCreateManyInput[];
  conflicts: M.BailiffConflictCreateManyInput[];
  documents: M.ExecutiveDocumentCreateManyInput[];
  proceedings: M.EnforcementProceedingCreateManyInput[];
  measures: M.EnforcementMeasureCreateManyInput[];
  complaints: M.ComplaintCreateManyInput[];
  plans: M.InspectionPlanCreateManyInput[];
  inspections: M.InspectionCreateManyInput[];
  suspensions: M.InspectionSuspensionCreateManyInput[];
  corrections: M.CalendarCorrectionCreateManyInput[];
  mci: M.MonthlyCalculationIndexCreateManyInput[];
  sequences: M.NumberSequenceCreateManyInput[];
  /** the Chamber's assignment history (demo-history.ts): chains, rosters, counters, breach decisions, audit */
  history: HistoryRows;
}

/**
 * The stages as stored: the kind's label (`stageLabel`), and the role the actor acted in (G2), by the rule of the
 * migration stage_enum's backfill (BACKFILL_STAGE_ACTOR_ROLES), computed here instead of by a statement: the
 * applicant on their own application acts as APPLICANT, anyone else in their first staff role in the enum's order.
 */
function stageRows(r: DemoRows): M.ApplicationStageCreateManyInput[] {
  const order: readonly Role[] = Object.values(RoleValues); // the enum's order (schema.prisma), as ORDER BY "role"
  const roles = new Map<string, Role[]>();
  for (const g of r.grants) roles.set(g.userId, [...(roles.get(g.userId) ?? []), g.role]);
  for (const list of roles.values()) list.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const applicant = new Map([...r.applications, ...r.childApplications].map((a) => [a.id!, a.applicantId]));
  return r.stages.map((s) => {
    const held = s.actorId ? (roles.get(s.actorId) ?? []) : [];
    const own = s.actorId === applicant.get(s.applicationId);
    const actorRole = s.actorRole ?? held.find((role) => (role === 'APPLICANT') === own) ?? held[0] ?? null;
    return { ...s, stage: stageLabel(s.stage) as M.ApplicationStageCreateManyInput['stage'], actorRole };
  });
}

async function writeDemo(tx: Prisma.TransactionClient, r: DemoRows, phases: SeedPhases = new SeedPhases()): Promise<void> {
  const order: [string, readonly object[]][] = [
    ['Region', r.regions], ['EnforcementDistrict', r.districts], ['Chamber', r.chambers], ['AssignmentPolicy', r.policies],
    ['Person', r.persons], ['Organisation', r.organisations], ['User', r.users], ['RoleGrant', r.grants],
    ['AttestationSession', r.sessions], ['ServiceApplication', r.applications], ['ServiceApplication', r.childApplications],
    ['ApplicationStage', stageRows(r)], ['Payment', r.payments], ['Hearing', r.hearings], ['TestResult', r.testResults],
    ['Interview', r.interviews], ['CommissionVote', r.votes], ['AttestationMinutes', r.minutes], ['Licence', r.licences],
    ['Licence', r.reissuedLicences], ['PrivateBailiff', r.bailiffs], ['BailiffDistrict', r.bailiffDistricts],
    ['BailiffAvailability', r.availability], ['BailiffConflict', r.conflicts], ['ExecutiveDocument', r.documents],
    ['EnforcementProceeding', r.proceedings], ['EnforcementMeasure', r.measures], ['Complaint', r.complaints],
    ['InspectionPlan', r.plans], ['Inspection', r.inspections], ['InspectionSuspension', r.suspensions],
    ['BreachDecision', r.history.breaches], ['AssignmentRoster', r.history.rosters], ['Assignment', r.history.assignments],
    ['BailiffLoad', r.history.loads], ['AuditLog', r.history.audit],
  ];
  for (const [table, rows] of order) {
    await insertMany(tx, table, rows);
    phases.add(process.env.ORYNDAU_SEED_PHASES === 'tables' ? `insert ${table}` : table === 'AuditLog' ? 'insert AuditLog' : 'insert rows');
  }
  // reference data an administrator may have entered already
  await tx.calendarCorrection.createMany({ data: r.corrections, skipDuplicates: true });
  await tx.monthlyCalculationIndex.createMany({ data: r.mci, skipDuplicates: true });
  // the API numbers new applications, proceedings and complaints from these series: continue after the seed
  for (const s of r.sequences) {
    await tx.$executeRaw`INSERT INTO "NumberSequence" ("key", "value") VALUES (${s.key}, ${s.value ?? 0})
      ON CONFLICT ("key") DO UPDATE SET "value" = GREATEST("NumberSequence"."value", EXCLUDED."value")`;
  }
  await tx.auditLog.create({
    data: {
      action: 'seed.demo',
      entityType: 'System',
      entityId: 'demo',
      data: { applications: r.applications.length + r.childApplications.length, bailiffs: r.bailiffs.length, users: r.users.length },
    },
  });
}

// ---------------------------------------------------------------- building

/** Calendar corrections the demo records (T1): a transferred day off and the Saturday worked for it. */
export const DEMO_CALENDAR_CORRECTIONS = [
  { date: '2026-05-08', kind: 'HOLIDAY', name: 'Day off transferred from Saturday 16 May 2026 (demo government decree)' },
  { date: '2026-05-16', kind: 'WORKING_DAY', name: 'Working Saturday in exchange for Friday 8 May 2026 (demo government decree)' },
] as const;

const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

interface NamedPerson {
  gender: Gender;
  birth: IsoDate;
  last: readonly [string, string];
  first: readonly [string, string];
  patronymic: string | null;
}

const P = (gender: Gender, birth: IsoDate, last: [string, string], first: [string, string], patronymic: string | null): NamedPerson => ({
  gender, birth, last, first, patronymic,
});

const NAMED = {
  aigerim: P('FEMALE', '1991-04-12', ['Сапар', 'Sapar'], ['Айгерим', 'Aigerim'], 'Нурлановна'),
  timur: P('MALE', '1986-09-03', ['Ахметов', 'Akhmetov'], ['Тимур', 'Timur'], 'Серикович'),
  dana: P('FEMALE', '1988-02-17', ['Омарова', 'Omarova'], ['Дана', 'Dana'], 'Маратовна'),
  justice: P('FEMALE', '1979-11-05', ['Искакова', 'Iskakova'], ['Гульнара', 'Gulnara'], 'Болатовна'),
  stateBailiff: P('MALE', '1984-06-21', ['Касымов', 'Kassymov'], ['Ерлан', 'Yerlan'], 'Канатович'),
  chair: P('MALE', '1968-03-30', ['Сулейменов', 'Suleimenov'], ['Марат', 'Marat'], 'Ерланович'),
  member2: P('FEMALE', '1975-08-14', ['Муканова', 'Mukanova'], ['Сауле', 'Saule'], 'Асхатовна'),
  member3: P('MALE', '1981-01-09', ['Ким', 'Kim'], ['Руслан', 'Ruslan'], 'Викторович'),
  member4: P('FEMALE', '1983-12-02', ['Тулегенова', 'Tulegenova'], ['Асель', 'Assel'], 'Маратовна'),
  licensing: P('MALE', '1985-05-27', ['Абенов', 'Abenov'], ['Бауыржан', 'Bauyrzhan'], 'Серикович'),
  chamberAlmaty: P('FEMALE', '1980-10-19', ['Нурпеисова', 'Nurpeisova'], ['Жанар', 'Zhanar'], 'Дауреновна'),
  chamberAstana: P('MALE', '1977-07-07', ['Ермеков', 'Yermekov'], ['Арман', 'Arman'], 'Нурланович'),
  bailiff: P('MALE', '1982-02-11', ['Оспанов', 'Ospanov'], ['Асхат', 'Askhat'], 'Берикович'),
  bailiffAstana: P('FEMALE', '1987-09-23', ['Омарова', 'Omarova'], ['Мадина', 'Madina'], 'Тимуровна'),
  inspector: P('MALE', '1976-04-16', ['Иванов', 'Ivanov'], ['Дмитрий', 'Dmitry'], 'Сергеевич'),
  quality: P('FEMALE', '1986-11-28', ['Байжанова', 'Baizhanova'], ['Акмарал', 'Akmaral'], 'Ерлановна'),
  admin: P('MALE', '1983-03-03', ['Смагулов', 'Smagulov'], ['Канат', 'Kanat'], 'Болатович'),
} as const;

const SERIES: Record<ServiceKind, string> = {
  ENFORCEMENT_INITIATION: 'ENF',
  ATTESTATION: 'ATT',
  ATTESTATION_AND_LICENCE: 'ATL',
  LICENCE: 'LIC',
  LICENCE_REISSUE: 'LRE',
};

type Party = { name: string; id: string; address: string };

interface AppSpec {
  kind: ServiceKind;
  channel: Channel;
  status: ApplicationStatus;
  applicantId: string;
  regionId: string | null;
  /** absent for drafts */
  receivedAt?: Date;
  createdAt?: Date;
  sessionId?: string;
  /** for attestation applications: the session's day, to count the service period (A12) */
  sessionHeldOn?: IsoDate;
  parentId?: string;
  form: Prisma.InputJsonValue;
  /** the provider's staff member who moves the application */
  actorId: string;
  checkedAt?: Date;
  noticeAt?: Date;
  decidedAt?: Date;
  refusal?: { grounds: string[]; reason: string };
  missing?: string[];
  /** ENF: which way the document went */
  routing?: 'CHAMBER' | 'STATE_BAILIFF';
  /** stages between the completeness check and the result (attestation steps) */
  extraStages?: { status: ApplicationStatus; stage: ApplicationStageKind; at: Date; note?: string }[];
  preliminary?: string;
  hearingOutcome?: string;
}

/** Pure: every row of the demo data set, dated relative to `now`. */
export function buildDemo(now: Date): DemoRows {
  const rng = new Rng(20260302);
  // ids nobody can guess (issue 8): random, so that the content stays deterministic but no formula names a record
  const ids = new RandomIds();
  const cal = memoisedCalendar(new WorkingCalendar(DEMO_CALENDAR_CORRECTIONS.map((c) => ({ ...c }))));
  const today = almatyDate(now);
  const wdAgo = (n: number) => cal.addWorkingDays(today, -n);
  const wdAhead = (n: number) => cal.addWorkingDays(today, n);
  const latest = new Date(now.getTime() - 10 * 60_000);
  /** an instant in Almaty, never later than ten minutes before `now` */
  const at = (day: IsoDate, hhmm: string) => {
    const t = almatyInstant(day, hhmm);
    return t > latest ? latest : t;
  };
  const future = (day: IsoDate, hhmm: string) => almatyInstant(day, hhmm);
  const hhmm = (fromHour: number, toHour: number) => `${String(rng.int(fromHour, toHour - 1)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;

  const r: DemoRows = {
    regions: [], districts: [], chambers: [], policies: [], persons: [], organisations: [], users: [], grants: [],
    sessions: [], applications: [], childApplications: [], stages: [], payments: [], hearings: [], testResults: [],
    interviews: [], votes: [], minutes: [], licences: [], reissuedLicences: [], bailiffs: [], bailiffDistricts: [],
    availability: [], conflicts: [], documents: [], proceedings: [], measures: [], complaints: [], plans: [],
    inspections: [], suspensions: [], corrections: [], mci: [], sequences: [],
    history: { breaches: [], rosters: [], assignments: [], loads: [], audit: [] },
  };

  // ---------------------------------------------------------- geography
  const regionId = new Map<string, string>();
  const chamberId = new Map<string, string>();
  const districtIds = new Map<string, string[]>();
  const policyFrom = almatyInstant(RULES_652_IN_FORCE, '00:00');
  for (const ref of REGIONS) {
    const id = ids.next();
    regionId.set(ref.code, id);
    r.regions.push({ id, code: ref.code, kind: ref.kind, nameKk: ref.nameKk, nameRu: ref.nameRu, nameEn: ref.nameEn });
    const dIds: string[] = [];
    for (const d of ref.districts) {
      const did = ids.next();
      dIds.push(did);
      r.districts.push({ id: did, code: d.code, regionId: id, nameKk: d.nameKk, nameRu: d.nameRu, nameEn: d.nameEn });
    }
    districtIds.set(ref.code, dIds);
    const cid = ids.next();
    chamberId.set(ref.code, cid);
    r.chambers.push({ id: cid, regionId: id, name: chamberName(ref) });
    r.policies.push({
      id: ids.next(), chamberId: cid, version: 1, config: { ...DEFAULT_POLICY_CONFIG },
      activeFrom: policyFrom < now ? policyFrom : now,
    });
  }
  const rid = (code: string) => must(regionId.get(code), code);
  const cid = (code: string) => must(chamberId.get(code), code);
  const dids = (code: string) => must(districtIds.get(code), code);
  const ALA = REGION_CODE.ALMATY_CITY;
  const AST = REGION_CODE.ASTANA;
  const SHY = REGION_CODE.SHYMKENT;

  // ---------------------------------------------------------- people
  const usedIins = new Set<string>();
  const newIin = (gender: Gender, birth: IsoDate) => {
    for (;;) {
      const { iin } = nextIin(toDate(birth), gender, rng.int(0, 9000));
      if (!usedIins.has(iin)) {
        usedIins.add(iin);
        return iin;
      }
    }
  };
  const randomBirth = (fromYear: number, toYear: number): IsoDate =>
    `${rng.int(fromYear, toYear)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;

  interface PersonOut { id: string; iin: string; name: PersonName; cityRu: string; gender: Gender }
  const addPerson = (name: PersonName, gender: Gender, birth: IsoDate, cityRu: string, createdAt?: Date): PersonOut => {
    const id = ids.next();
    const iin = newIin(gender, birth);
    r.persons.push({
      id, iin, lastName: name.lastName, firstName: name.firstName, patronymic: name.patronymic, birthDate: toDate(birth),
      address: randomAddress(rng, cityRu), phone: randomPhone(rng), email: emailFor(name.latinFirst, name.latinLast, rng),
      ...(createdAt ? { createdAt } : {}),
    });
    return { id, iin, name, cityRu, gender };
  };
  const namedPerson = (p: NamedPerson, cityRu: string) =>
    addPerson(
      { lastName: p.last[0], firstName: p.first[0], patronymic: p.patronymic, latin: `${p.first[1]} ${p.last[1]}`, latinFirst: p.first[1], latinLast: p.last[1] },
      p.gender, p.birth, cityRu,
    );
  const randomPerson = (cityRu: string, gender: Gender = rng.chance(0.5) ? 'MALE' : 'FEMALE', from = 1960, to = 2000) =>
    addPerson(randomName(rng, gender), gender, randomBirth(from, to), cityRu);

  const userId = new Map<string, string>();
  const addUser = (
    login: string, displayName: string, locale: Locale, personId: string | null,
    grants: { role: Role; regionId?: string; chamberId?: string }[], organisationId: string | null = null,
  ) => {
    const id = ids.next();
    userId.set(login, id);
    r.users.push({ id, login, displayName, locale, personId, organisationId });
    for (const g of grants) r.grants.push({ id: ids.next(), userId: id, role: g.role, regionId: g.regionId ?? null, chamberId: g.chamberId ?? null });
    return id;
  };
  const uid = (login: string) => must(userId.get(login), login);

  const almatyRu = 'г. Алматы';
  const astanaRu = 'г. Астана';
  const pAigerim = namedPerson(NAMED.aigerim, almatyRu);
  const pTimur = namedPerson(NAMED.timur, astanaRu);
  const pDana = namedPerson(NAMED.dana, almatyRu);
  const kazLogistics = {
    id: ids.next(),
    bin: nextBin(toDate('2012-05-01'), 4127).bin,
    name: 'KazLogistics LLP',
    address: 'г. Алматы, пр. Аль-Фараби, д. 77/7, БЦ «Esentai Tower», офис 1204',
  };
  const kgd = {
    id: ids.next(),
    bin: nextBin(toDate('2008-01-01'), 20418, { entityType: 'RESIDENT', division: 'HEAD_OFFICE' }).bin,
    name: 'РГУ «Департамент государственных доходов по городу Алматы»',
    address: 'г. Алматы, ул. Желтоксан, д. 115',
  };
  r.organisations.push(kazLogistics, kgd);

  addUser('aigerim', 'Aigerim Sapar', 'KK', pAigerim.id, [{ role: 'APPLICANT' }]);
  addUser('timur', 'Timur Akhmetov', 'RU', pTimur.id, [{ role: 'APPLICANT' }]);
  addUser('kazlogistics', 'Dana Omarova', 'EN', pDana.id, [{ role: 'APPLICANT' }], kazLogistics.id);
  const pKgd = randomPerson(almatyRu, 'MALE', 1975, 1990);
  addUser('kgd.almaty', `${pKgd.name.latin}`, 'RU', pKgd.id, [{ role: 'APPLICANT' }], kgd.id);

  const staff: [string, NamedPerson, Locale, { role: Role; regionId?: string; chamberId?: string }[], string][] = [
    ['justice.almaty', NAMED.justice, 'RU', [{ role: 'JUSTICE_OFFICER', regionId: rid(ALA) }], almatyRu],
    ['statebailiff.almaty', NAMED.stateBailiff, 'KK', [{ role: 'STATE_BAILIFF', regionId: rid(ALA) }], almatyRu],
    ['commission.almaty', NAMED.chair, 'RU', [{ role: 'COMMISSION_MEMBER', regionId: rid(ALA) }], almatyRu],
    ['commission.almaty.2', NAMED.member2, 'KK', [{ role: 'COMMISSION_MEMBER', regionId: rid(ALA) }], almatyRu],
    ['commission.almaty.3', NAMED.member3, 'RU', [{ role: 'COMMISSION_MEMBER', regionId: rid(ALA) }], almatyRu],
    ['commission.almaty.4', NAMED.member4, 'EN', [{ role: 'COMMISSION_MEMBER', regionId: rid(ALA) }], almatyRu],
    ['licensing', NAMED.licensing, 'EN', [{ role: 'LICENSING_OFFICER' }], astanaRu],
    ['chamber.almaty', NAMED.chamberAlmaty, 'KK', [{ role: 'CHAMBER_OFFICIAL', chamberId: cid(ALA) }], almatyRu],
    ['chamber.astana', NAMED.chamberAstana, 'RU', [{ role: 'CHAMBER_OFFICIAL', chamberId: cid(AST) }], astanaRu],
    ['inspector', NAMED.inspector, 'EN', [{ role: 'MINISTRY_INSPECTOR' }], astanaRu],
    ['quality', NAMED.quality, 'KK', [{ role: 'QUALITY_INSPECTOR' }], astanaRu],
    ['admin', NAMED.admin, 'EN', [{ role: 'MINISTRY_ADMIN' }], astanaRu],
  ];
  for (const [login, np, locale, grants, city] of staff) {
    const p = namedPerson(np, city);
    addUser(login, `${np.first[1]} ${np.last[1]}`, locale, p.id, grants);
  }

  // ---------------------------------------------------------- private bailiffs, licences, competence
  let licenceSerial = 10_231;
  const licenceNumber = (issuedAt: Date) => `${String(issuedAt.getUTCFullYear() % 100).padStart(2, '0')}${String(licenceSerial++).padStart(6, '0')}`;
  const authorisedManager = 'Zhakupov M. K., Director of the Department of Enforcement Proceedings';
  interface BailiffOut { id: string; person: PersonOut; licenceId: string; region: RegionRef; districts: string[] }
  const bailiffsByRegion = new Map<string, BailiffOut[]>();
  const bailiffCount = (ref: RegionRef) => (ref.code === ALA ? 12 : ref.code === AST ? 10 : ref.code === SHY ? 8 : rng.int(3, 5));

  for (const ref of REGIONS) {
    const n = bailiffCount(ref);
    const ds = dids(ref.code);
    const list: BailiffOut[] = [];
    // Almaty City: #0 is the demo user `bailiff`, #1 the chamber head; elsewhere #0 heads the chamber.
    const headIndex = ref.code === ALA ? 1 : 0;
    for (let i = 0; i < n; i++) {
      const person =
        ref.code === ALA && i === 0
          ? namedPerson(NAMED.bailiff, almatyRu)
          : ref.code === AST && i === 0
            ? namedPerson(NAMED.bailiffAstana, astanaRu)
            : randomPerson(`г. ${ref.centreRu}`, rng.chance(0.35) ? 'FEMALE' : 'MALE', 1965, 1992);
      const issuedYear = rng.int(2012, 2025);
      const issuedAt = almatyInstant(`${issuedYear}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`, '11:00');
      const attested = rng.chance(0.6);
      const licenceId = ids.next();
      const licence: M.LicenceCreateManyInput = {
        id: licenceId,
        number: licenceNumber(issuedAt),
        holderId: person.id,
        status: 'ACTIVE',
        basis: attested ? 'ATTESTATION' : 'LABOUR_RECORD',
        basisDetails: attested
          ? { attestationDecision: { number: `АК-${issuedYear}-${rng.int(10, 99)}`, date: isoOf(new Date(issuedAt.getTime() - 40 * 86_400_000)), region: ref.code } }
          : { labourRecord: [{ position: 'STATE_ENFORCEMENT_BODY', organisation: justiceBodyName(ref), startedOn: `${issuedYear - 6}-09-01`, endedOn: `${issuedYear - 1}-08-31`, dismissedForNegativeReasons: false }] },
        authorisedManager,
        placeOfIssue: 'Astana',
        issuedAt,
      };
      const id = ids.next();
      // every district of the region has a competent bailiff: district j goes to bailiff j mod n
      const own = new Set(ds.filter((_, j) => j % n === i));
      if (own.size === 0) own.add(ds[i % ds.length] as string);
      while (own.size < 3 && rng.chance(0.35)) own.add(rng.pick(ds));
      if (ref.code === ALA || ref.code === AST || ref.code === SHY) {
        // the three cities: each bailiff serves three districts (Almaty City: three of six, each district six
        // bailiffs), overlapping so that the policy can keep the counts even across the chamber, and a bailiff
        // away never strands a case
        own.clear();
        for (const k of [0, 1, 3]) own.add(ds[(i + k) % ds.length] as string);
      }
      const memberSince = toDate(isoOf(new Date(issuedAt.getTime() + rng.int(20, 120) * 86_400_000)));
      r.bailiffs.push({
        id, personId: person.id, chamberId: cid(ref.code), licenceId, office: `${randomAddress(rng, `г. ${ref.centreRu}`)}, офис ${rng.int(1, 30)}`,
        isChamberHead: i === headIndex, memberSince,
      });
      for (const d of own) r.bailiffDistricts.push({ bailiffId: id, districtId: d });
      list.push({ id, person, licenceId, region: ref, districts: [...own] });
      if (ref.code === AST && i === 0) {
        // L8: Madina Omarova (née Kenzhebayeva) changed her surname; her licence was reissued (below)
        licence.status = 'REISSUED';
        licence.note = 'Superseded by a reissued licence after a change of surname (L8)';
        r.licences.push(licence);
      } else {
        r.licences.push(licence);
      }
    }
    bailiffsByRegion.set(ref.code, list);
  }
  const almatyBailiffs = must(bailiffsByRegion.get(ALA), ALA);
  const astanaBailiffs = must(bailiffsByRegion.get(AST), AST);
  const bOspanov = must(almatyBailiffs[0], 'bailiff');
  const bHead = must(almatyBailiffs[1], 'head');
  const bLeave = must(almatyBailiffs[2], 'leave');
  const bSuspended = must(almatyBailiffs[3], 'suspended');
  const bConflict = must(almatyBailiffs[4], 'conflict');
  const bAstana = must(astanaBailiffs[0], 'bailiff.astana');

  // the demo bailiffs' accounts
  const bailiffUser = addUser('bailiff', 'Askhat Ospanov', 'RU', bOspanov.person.id, [{ role: 'PRIVATE_BAILIFF', chamberId: cid(ALA) }]);
  must(r.bailiffs.find((b) => b.id === bOspanov.id), 'bailiff row').userId = bailiffUser;
  const astanaUser = addUser('bailiff.astana', 'Madina Omarova', 'KK', bAstana.person.id, [{ role: 'PRIVATE_BAILIFF', chamberId: cid(AST) }]);
  must(r.bailiffs.find((b) => b.id === bAstana.id), 'bailiff.astana row').userId = astanaUser;
  // every other demo bailiff has an account too ("bailiff.<region>.<n>", e.g. bailiff.ala.3), so that whoever the
  // policy appoints in a demo, one can sign in as them and decide the case
  for (const [code, list] of bailiffsByRegion) {
    list.forEach((b, i) => {
      if (b.id === bOspanov.id || b.id === bAstana.id) return;
      const login = `bailiff.${code.toLowerCase()}.${i}`;
      const user = addUser(login, `${b.person.name.latinFirst} ${b.person.name.latinLast}`, code === AST ? 'KK' : 'RU', b.person.id, [{ role: 'PRIVATE_BAILIFF', chamberId: cid(code) }]);
      must(r.bailiffs.find((x) => x.id === b.id), login).userId = user;
    });
  }

  // availability (CH2): the head pauses distribution to themself, one is on leave, one licence is suspended
  r.availability.push({
    id: ids.next(), bailiffId: bHead.id, kind: 'PAUSE', startsOn: toDate(wdAgo(15)), endsOn: null,
    reason: 'Chamber head: distribution to themself paused while chairing the chamber', recordedById: uid('chamber.almaty'),
  });
  r.availability.push({
    id: ids.next(), bailiffId: bLeave.id, kind: 'LEAVE', startsOn: toDate(cal.addCalendarDays(today, -4)),
    endsOn: toDate(cal.addCalendarDays(today, 10)), reason: 'Annual paid leave', recordedById: uid('chamber.almaty'),
  });
  const suspendedOn = wdAgo(12);
  const suspendedLicence = must(r.licences.find((l) => l.id === bSuspended.licenceId), 'suspended licence');
  suspendedLicence.status = 'SUSPENDED';
  // at the start of the day, before that day's assignments: the pools of the day read the suspension
  suspendedLicence.suspendedAt = at(suspendedOn, '09:05');
  r.availability.push({
    id: ids.next(), bailiffId: bSuspended.id, kind: 'SUSPENSION', startsOn: toDate(suspendedOn), endsOn: null,
    reason: 'Licence suspended by the Ministry of Justice pending an inspection (L9)', recordedById: uid('licensing'),
  });
  const astanaSick = must(astanaBailiffs[2], 'astana sick');
  r.availability.push({
    id: ids.next(), bailiffId: astanaSick.id, kind: 'SICKNESS', startsOn: toDate(wdAgo(45)), endsOn: toDate(wdAgo(38)),
    reason: 'Sick leave (certificate of incapacity for work)', recordedById: uid('chamber.astana'),
  });

  // ---------------------------------------------------------- numbering (the API's series: ENF-2026-000001 …)
  const seq = new Map<string, number>();
  const nextIn = (key: string) => {
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return n;
  };
  const number = (series: string, year: string, width = 6) => `${series}-${year}-${String(nextIn(`${series}-${year}`)).padStart(width, '0')}`;
  /** proceedings: the API's series per region and year (proceedingNumber) */
  const proceedingNo = (regionCode: string, year: string) => proceedingNumber(regionCode, year, nextIn(proceedingSeries(regionCode, year)));

  // ---------------------------------------------------------- applications
  const addApp = (s: AppSpec): { id: string; number: string; registeredAt: Date | null; periodStartsAfter: IsoDate | null } => {
    const id = ids.next();
    const year = (s.receivedAt ? almatyDate(s.receivedAt) : today).slice(0, 4);
    const num = number(SERIES[s.kind], year);
    const stages: M.ApplicationStageCreateManyInput[] = [];
    // as the API records it: a claimant filing on the portal registers their own application (E1)
    const filer = s.kind === 'ENFORCEMENT_INITIATION' && s.channel === 'PORTAL' ? s.applicantId : s.actorId;
    const stage = (status: ApplicationStatus, name: ApplicationStageKind, when: Date, note: string | null = null, actorId: string | null = s.actorId) =>
      stages.push({ id: ids.next(), applicationId: id, status, stage: name, at: when, actorId, note });
    let registeredAt: Date | null = null;
    let periodStartsAfter: IsoDate | null = null;
    let due: IsoDate | null = null;
    let decidedAt: Date | null = null;
    const createdAt = s.createdAt ?? s.receivedAt ?? at(wdAgo(1), '20:15');

    if (s.status === 'DRAFT' || !s.receivedAt) {
      stage('DRAFT', 'DRAFT_SAVED', createdAt, null, s.applicantId);
    } else if (s.status === 'REJECTED_INCOMPLETE' && s.kind === 'ENFORCEMENT_INITIATION') {
      // E3: refused at acceptance with the receipt of Annex 4; never registered
      decidedAt = s.receivedAt;
      stage('REJECTED_INCOMPLETE', 'REFUSED_AT_ACCEPTANCE', s.receivedAt, `Receipt (Annex 4): missing ${(s.missing ?? []).join(', ')}`, filer);
    } else {
      const reg = register(s.receivedAt, s.channel, cal);
      registeredAt = reg.registeredAt;
      periodStartsAfter = reg.periodStartsAfter;
      const regOn = reg.registeredOn;
      if (s.kind === 'ATTESTATION' || s.kind === 'ATTESTATION_AND_LICENCE') due = attestationServiceDueOn(must(s.sessionHeldOn, 'session day'), cal);
      else if (s.kind === 'LICENCE') due = dueOn(reg.periodStartsAfter, PERIODS.licenceIssue, cal);
      else if (s.kind === 'LICENCE_REISSUE') due = dueOn(reg.periodStartsAfter, PERIODS.licenceReissueMinutes, cal);
      else if (s.routing === 'STATE_BAILIFF') due = dueOn(reg.periodStartsAfter, PERIODS.enforcementDecision, cal);
      stage('REGISTERED', 'REGISTERED', reg.registeredAt, reg.afterHours ? `Received after hours; registered on ${regOn} (T3).` : null, filer);
      if (s.kind === 'ENFORCEMENT_INITIATION') {
        stage(
          'REGISTERED',
          s.routing === 'STATE_BAILIFF' ? 'ROUTED_TO_STATE_BAILIFF' : 'ROUTED_TO_CHAMBER',
          new Date(reg.registeredAt.getTime() + 60_000),
          s.routing === 'STATE_BAILIFF'
            ? 'Enforced by a state bailiff of the territorial justice body (CH1).'
            : 'Sent to the regional Chamber of Private Bailiffs; awaiting the paper original (CH3).',
          filer,
        );
      }
      const checkedAt = s.checkedAt ?? at(cal.addWorkingDays(regOn, 1), '11:20');
      if (s.status === 'REJECTED_INCOMPLETE') {
        decidedAt = s.decidedAt ?? checkedAt;
        stage('REJECTED_INCOMPLETE', 'COMPLETENESS_CHECK_FAILED', decidedAt, s.refusal?.reason ?? null);
      } else if (s.status !== 'REGISTERED' && !(s.status === 'WITHDRAWN' && !s.checkedAt)) {
        if (s.kind !== 'ENFORCEMENT_INITIATION' || s.routing === 'STATE_BAILIFF') {
          stage('IN_REVIEW', s.kind === 'ENFORCEMENT_INITIATION' ? 'WITH_STATE_BAILIFF' : 'COMPLETENESS_CHECKED', checkedAt);
        }
        for (const e of s.extraStages ?? []) stage(e.status, e.stage, e.at, e.note ?? null);
        const refusedAfterHearing = s.status === 'REFUSED' && s.kind !== 'ENFORCEMENT_INITIATION';
        if (s.status === 'HEARING' || refusedAfterHearing) {
          const noticeAt = must(s.noticeAt, 'noticeAt');
          stage('HEARING', 'PRELIMINARY_DECISION_SENT', noticeAt, s.preliminary ?? null);
          const latestOn = cal.addWorkingDays(almatyDate(noticeAt), PERIODS.hearingAfterNotice.count);
          r.hearings.push({
            id: ids.next(), applicationId: id, preliminaryDecision: must(s.preliminary, 'preliminary'), noticeSentAt: noticeAt,
            latestOn: toDate(latestOn), heldOn: refusedAfterHearing ? toDate(latestOn) : null,
            outcome: refusedAfterHearing ? (s.hearingOutcome ?? 'The preliminary decision was upheld after the hearing.') : null,
            createdAt: noticeAt,
          });
          if (refusedAfterHearing) stage('HEARING', 'HEARING_HELD', at(latestOn, '11:00'), s.hearingOutcome ?? null);
        }
        if (s.status === 'APPROVED' || s.status === 'REFUSED' || s.status === 'WITHDRAWN') {
          decidedAt = s.decidedAt ?? at(cal.addWorkingDays(regOn, 2), '16:10');
          const name = s.status === 'APPROVED' ? 'RESULT_ISSUED' : s.status === 'REFUSED' ? 'REFUSED' : 'WITHDRAWN';
          stage(s.status, name, decidedAt, s.refusal?.reason ?? null, s.status === 'WITHDRAWN' ? s.applicantId : s.actorId);
        }
      } else if (s.status === 'WITHDRAWN') {
        decidedAt = s.decidedAt ?? at(cal.addWorkingDays(regOn, 1), '10:05');
        stage('WITHDRAWN', 'WITHDRAWN', decidedAt, 'Withdrawn by the applicant.', s.applicantId);
      }
    }
    const lastAt = stages.reduce((m, x) => (x.at && new Date(x.at) > m ? new Date(x.at) : m), createdAt);
    const row: M.ServiceApplicationCreateManyInput = {
      id, number: num, kind: s.kind, channel: s.channel, status: s.status, applicantId: s.applicantId, providerRegionId: s.regionId,
      receivedAt: s.receivedAt ?? null, registeredAt, dueOn: due ? toDate(due) : null, decidedAt, form: s.form,
      refusalGrounds: s.refusal?.grounds ?? (s.status === 'REJECTED_INCOMPLETE' && s.kind === 'ENFORCEMENT_INITIATION' ? ['INCOMPLETE_PACKAGE'] : []),
      missingDocuments: s.missing ?? [],
      refusalReason: s.refusal?.reason ?? (s.missing ? `Incomplete package (E3). Missing: ${s.missing.join(', ')}.` : null),
      parentId: s.parentId ?? null,
      attestationSessionId: s.sessionId ?? null, createdAt, updatedAt: lastAt,
    };
    (s.parentId ? r.childApplications : r.applications).push(row);
    r.stages.push(...stages);
    return { id, number: num, registeredAt, periodStartsAfter };
  };

  // ---------------------------------------------------------- attestation (A1–A13)
  const commission = ['commission.almaty', 'commission.almaty.2', 'commission.almaty.3', 'commission.almaty.4'].map(uid);
  const [chairId, m2, m3, m4] = commission as [string, string, string, string];

  const attestationForm = (p: PersonOut, chamberRef: RegionRef, internshipEndsYear: number): Prisma.InputJsonValue => ({
    diploma: {
      institution: rng.pick(['Al-Farabi Kazakh National University', 'L. N. Gumilyov Eurasian National University', 'KAZGUU University', 'Karaganda Buketov University']),
      specialtyCode: '6B04201', number: `JB-B ${rng.int(1_000_000, 9_999_999)}`, issuedOn: `${internshipEndsYear - 4}-06-${rng.int(10, 28)}`, foreign: false,
    },
    nostrification: null,
    internship: {
      conclusionApprovedOn: `${internshipEndsYear}-0${rng.int(2, 9)}-1${rng.int(0, 9)}`, regionalChamber: chamberName(chamberRef),
      supervisor: fullNameRu(randomName(rng, 'MALE')), startedOn: `${internshipEndsYear - 1}-0${rng.int(1, 9)}-01`, endedOn: `${internshipEndsYear}-0${rng.int(1, 9)}-01`,
    },
    address: randomAddress(rng, p.cityRu), email: emailFor(p.name.latinFirst, p.name.latinLast, rng), phone: randomPhone(rng),
    confirmations: true, healthRegistryConsent: true, signedWithEds: true,
  });

  const addCandidate = (n: number, cityRu: string) => {
    const login = `candidate.${String(n).padStart(2, '0')}`;
    const gender: Gender = rng.chance(0.5) ? 'MALE' : 'FEMALE';
    const person = randomPerson(cityRu, gender, 1985, 1998);
    addUser(login, person.name.latin, rng.pick(['KK', 'RU', 'EN'] as const), person.id, [{ role: 'APPLICANT' }]);
    return { id: uid(login), person };
  };
  const almatyRef = REGIONS.find((x) => x.code === ALA) as RegionRef;
  const astanaRef = REGIONS.find((x) => x.code === AST) as RegionRef;

  // a held session in Almaty City, minutes signed
  const heldOn = wdAgo(25);
  const heldAt = at(heldOn, '10:00');
  const closeOn = attestationApplicationsCloseOn(heldOn, cal);
  const pastSession = ids.next();
  r.sessions.push({
    id: pastSession, regionId: rid(ALA), heldAt, place: 'г. Алматы, ул. Толе би, д. 155, Департамент юстиции города Алматы, зал заседаний',
    applicationsCloseOn: toDate(closeOn), status: 'MINUTES_SIGNED', createdAt: at(cal.addWorkingDays(heldOn, -30), '10:00'),
  });
  const decidedAtSession = at(heldOn, '17:40');
  const signedOn = cal.addWorkingDays(heldOn, PERIODS.attestationResultSigned.count);
  const signedAt = at(signedOn, '11:00');
  const noticeOn = cal.addWorkingDays(heldOn, 1);
  const negativeDecidedAt = at(cal.addWorkingDays(noticeOn, PERIODS.hearingAfterNotice.count + 1), '15:00');
  const interviewQuestions = [
    'Порядок обращения взыскания на заработную плату должника',
    'Основания для приостановления исполнительного производства',
    'Распределение взысканных сумм между взыскателями',
    'Порядок проведения электронного аукциона по реализации арестованного имущества',
  ];
  type Outcome = 'PASS' | 'TIE_PASS' | 'TEST_FAIL' | 'SUSPENDED' | 'NO_SHOW' | 'COMMISSION_FAIL';
  const outcomes: [Outcome, ServiceKind][] = [
    ['PASS', 'ATTESTATION_AND_LICENCE'], ['TIE_PASS', 'ATTESTATION'], ['TEST_FAIL', 'ATTESTATION'],
    ['SUSPENDED', 'ATTESTATION'], ['NO_SHOW', 'ATTESTATION'], ['COMMISSION_FAIL', 'ATTESTATION'],
  ];
  const passed: string[] = [];
  const notPassed: string[] = [];
  const noShow: string[] = [];
  let licensedCandidate: { appId: string; person: PersonOut; userId: string } | undefined;
  outcomes.forEach(([outcome, kind], i) => {
    const c = addCandidate(i + 1, almatyRu);
    const receivedAt = at(cal.addWorkingDays(closeOn, -rng.int(1, 8)), i === 2 ? '22:40' : hhmm(9, 17));
    const testStart = at(heldOn, '10:15');
    const extra: AppSpec['extraStages'] = [];
    const correct = { PASS: 86, TIE_PASS: 74, TEST_FAIL: 69, SUSPENDED: 41, NO_SHOW: 0, COMMISSION_FAIL: 91 }[outcome];
    if (outcome !== 'NO_SHOW') {
      extra.push({ status: 'IN_REVIEW', stage: 'TEST_TAKEN', at: at(heldOn, '11:40'), note: `${correct} of 100` });
    }
    const toInterview = outcome === 'PASS' || outcome === 'TIE_PASS' || outcome === 'COMMISSION_FAIL';
    if (toInterview) extra.push({ status: 'IN_REVIEW', stage: 'INTERVIEW_HELD', at: at(heldOn, '15:00') });
    extra.push({ status: 'IN_REVIEW', stage: 'COMMISSION_DECIDED', at: decidedAtSession });
    const positive = outcome === 'PASS' || outcome === 'TIE_PASS';
    const reasons: Record<Outcome, string> = {
      PASS: '',
      TIE_PASS: '',
      TEST_FAIL: 'Attestation not passed: 69 correct answers of 100, below the pass mark of 70 (A7).',
      SUSPENDED: 'Suspended from the attestation for using a mobile phone during the test, recorded in the minutes (A6); may apply again three months after the decision.',
      NO_SHOW: 'Did not appear at the attestation (A9).',
      COMMISSION_FAIL: 'Attestation not passed: the Commission decided by a majority of 3 to 1 that the interview answers were insufficient (A8).',
    };
    const app = addApp({
      kind, channel: 'PORTAL', status: positive ? 'APPROVED' : 'REFUSED', applicantId: c.id, regionId: rid(ALA), receivedAt,
      sessionId: pastSession, sessionHeldOn: heldOn, form: attestationForm(c.person, almatyRef, 2025), actorId: uid('justice.almaty'),
      extraStages: extra,
      decidedAt: positive ? signedAt : negativeDecidedAt,
      noticeAt: positive ? undefined : at(noticeOn, '10:00'),
      preliminary: positive ? undefined : reasons[outcome],
      refusal: positive ? undefined : { grounds: [], reason: reasons[outcome] },
    });
    if (outcome !== 'NO_SHOW') {
      r.testResults.push({
        id: ids.next(), applicationId: app.id, language: i % 2 ? 'KK' : 'RU', questions: 100, correct, startedAt: testStart,
        finishedAt: new Date(testStart.getTime() + (outcome === 'SUSPENDED' ? 37 : rng.int(62, 89)) * 60_000),
        suspended: outcome === 'SUSPENDED', suspensionNote: outcome === 'SUSPENDED' ? 'Used a mobile phone during the test (A6)' : null,
      });
    }
    if (toInterview) {
      r.interviews.push({ id: ids.next(), applicationId: app.id, questions: rng.sample(interviewQuestions, 3), heldAt: at(heldOn, '15:00') });
      const votes: [string, 'PASS' | 'FAIL', string | null][] =
        outcome === 'PASS'
          ? [[chairId, 'PASS', null], [m2, 'PASS', null], [m3, 'PASS', null], [m4, 'PASS', null]]
          : outcome === 'TIE_PASS'
            ? [[chairId, 'PASS', null], [m2, 'PASS', null],
              [m3, 'FAIL', 'The candidate could not name the grounds for suspending proceedings; I consider the interview not passed.'],
              [m4, 'FAIL', 'Answers on the distribution of proceeds were incomplete.']]
            : [[chairId, 'FAIL', null], [m2, 'FAIL', null], [m3, 'FAIL', null],
              [m4, 'PASS', 'The candidate answered two of three questions fully; in my opinion the interview is passed.']];
      for (const [memberId, vote, dissent] of votes) {
        r.votes.push({ id: ids.next(), applicationId: app.id, memberId, vote, isChair: memberId === chairId, dissentingOpinion: dissent, castAt: decidedAtSession });
      }
    }
    (positive ? passed : outcome === 'NO_SHOW' ? noShow : notPassed).push(app.id);
    if (outcome === 'PASS') licensedCandidate = { appId: app.id, person: c.person, userId: c.id };
  });
  r.minutes.push({
    id: ids.next(), sessionId: pastSession, decidedAt: decidedAtSession, signedAt, chairId, secretaryId: uid('justice.almaty'),
    memberIds: [m2, m3, m4], passed, notPassed, noShow,
  });

  // A13: the licence part of the "one application" continues at the Ministry; the licence is issued
  const lc = must(licensedCandidate, 'licensed candidate');
  const childReceived = new Date(signedAt.getTime() + 30 * 60_000);
  const licenceDecided = at(cal.addWorkingDays(signedOn, 6), '12:00');
  const child = addApp({
    kind: 'LICENCE', channel: 'PORTAL', status: 'APPROVED', applicantId: lc.userId, regionId: null, receivedAt: childReceived,
    parentId: lc.appId, actorId: uid('licensing'), decidedAt: licenceDecided,
    form: { basis: 'ATTESTATION', attestationDecision: { number: `АК-${heldOn.slice(0, 4)}-ALA-01`, date: heldOn, region: ALA } },
  });
  r.payments.push({
    id: ids.next(), applicationId: child.id, amountTenge: licenceFee(Number(heldOn.slice(0, 4))), method: 'EGOV_GATEWAY',
    reference: `EGOV-${rng.int(100_000_000, 999_999_999)}`, paidAt: new Date(childReceived.getTime() - 5 * 60_000),
  });
  r.licences.push({
    id: ids.next(), number: licenceNumber(licenceDecided), holderId: lc.person.id, status: 'ACTIVE', basis: 'ATTESTATION',
    basisDetails: { attestationDecision: { number: `АК-${heldOn.slice(0, 4)}-ALA-01`, date: heldOn, region: ALA } },
    authorisedManager, placeOfIssue: 'Astana', issuedAt: licenceDecided, applicationId: child.id,
  });

  // upcoming sessions: Almaty City and Astana
  const upcomingOn = wdAhead(12);
  const upcoming = ids.next();
  r.sessions.push({
    id: upcoming, regionId: rid(ALA), heldAt: future(upcomingOn, '10:00'),
    place: 'г. Алматы, ул. Толе би, д. 155, Департамент юстиции города Алматы, зал заседаний',
    applicationsCloseOn: toDate(attestationApplicationsCloseOn(upcomingOn, cal)), status: 'ANNOUNCED', createdAt: at(wdAgo(20), '09:30'),
  });
  const astanaOn = wdAhead(20);
  const astanaSession = ids.next();
  r.sessions.push({
    id: astanaSession, regionId: rid(AST), heldAt: future(astanaOn, '10:00'),
    place: 'г. Астана, пр. Мангилик Ел, д. 8, Департамент юстиции города Астаны, зал № 2',
    applicationsCloseOn: toDate(attestationApplicationsCloseOn(astanaOn, cal)), status: 'ANNOUNCED', createdAt: at(wdAgo(10), '09:30'),
  });
  addApp({
    kind: 'ATTESTATION_AND_LICENCE', channel: 'PORTAL', status: 'DRAFT', applicantId: uid('aigerim'), regionId: rid(ALA),
    sessionId: upcoming, sessionHeldOn: upcomingOn, createdAt: at(wdAgo(1), '21:05'),
    form: { diploma: { institution: 'Al-Farabi Kazakh National University', specialtyCode: '6B04201' }, email: 'aigerim.sapar@mail.kz' },
    actorId: uid('justice.almaty'),
  });
  const upcomingSpecs: { status: ApplicationStatus; daysAgo: number; extra?: Partial<AppSpec> }[] = [
    { status: 'REGISTERED', daysAgo: 2 },
    { status: 'IN_REVIEW', daysAgo: 4 },
    {
      status: 'REJECTED_INCOMPLETE', daysAgo: 6,
      extra: { refusal: { grounds: [], reason: 'Incomplete application (A4): the internship conclusion (approval date, chamber, supervisor) is missing.' } },
    },
    {
      status: 'HEARING', daysAgo: 5,
      extra: {
        noticeAt: at(wdAgo(1), '10:00'),
        preliminary: 'Preliminary decision to refuse (A11): the registry of the Ministry of Internal Affairs reports a restriction of art. 140 p.2 of the Law on Enforcement Proceedings. Hearing within 2 working days.',
      },
    },
    {
      status: 'REFUSED', daysAgo: 12,
      extra: {
        noticeAt: at(wdAgo(8), '10:00'), decidedAt: at(wdAgo(5), '16:00'),
        preliminary: 'Preliminary decision to refuse (A11): the internship lasted 4 months instead of 6.',
        hearingOutcome: 'At the hearing the candidate confirmed the internship ended early; the refusal stands.',
        refusal: { grounds: ['INTERNSHIP_NONCOMPLIANCE'], reason: 'The internship lasted 4 months instead of the 6 required by the internship rules (A5).' },
      },
    },
  ];
  upcomingSpecs.forEach((u, i) => {
    const c = addCandidate(7 + i, almatyRu);
    addApp({
      kind: 'ATTESTATION', channel: 'PORTAL', status: u.status, applicantId: c.id, regionId: rid(ALA),
      receivedAt: at(wdAgo(u.daysAgo), hhmm(9, 17)), sessionId: upcoming, sessionHeldOn: upcomingOn,
      form: attestationForm(c.person, almatyRef, 2026), actorId: uid('justice.almaty'), ...u.extra,
    });
  });
  // Timur applies to the Astana session at 19:40: registered the next working day (T3)
  addApp({
    kind: 'ATTESTATION', channel: 'PORTAL', status: 'REGISTERED', applicantId: uid('timur'), regionId: rid(AST),
    receivedAt: at(wdAgo(2), '19:40'), sessionId: astanaSession, sessionHeldOn: astanaOn,
    form: attestationForm(pTimur, astanaRef, 2026), actorId: uid('justice.almaty'),
  });

  // ---------------------------------------------------------- licences (L1–L9)
  const labourForm = (years: number, months: number): Prisma.InputJsonValue => {
    const ended = wdAgo(40);
    const started = `${Number(ended.slice(0, 4)) - years}-${String(Math.max(1, Number(ended.slice(5, 7)) - months)).padStart(2, '0')}-01`;
    return {
      basis: 'LABOUR_RECORD',
      labourRecord: [{ position: 'STATE_ENFORCEMENT_BODY', organisation: justiceBodyName(almatyRef), startedOn: started, endedOn: ended, dismissedForNegativeReasons: false }],
    };
  };
  const licenceSpecs: { status: ApplicationStatus; daysAgo: number; paid: boolean; form: Prisma.InputJsonValue; extra?: Partial<AppSpec> }[] = [
    { status: 'REGISTERED', daysAgo: 1, paid: true, form: labourForm(6, 0) },
    { status: 'IN_REVIEW', daysAgo: 4, paid: true, form: labourForm(7, 3) },
    {
      status: 'HEARING', daysAgo: 6, paid: true, form: labourForm(1, 8),
      extra: {
        noticeAt: at(wdAgo(1), '14:45'),
        preliminary: 'Preliminary decision to refuse (A11, L4): 1 year 8 months in a state enforcement body, less than the 2 years required (L5).',
      },
    },
    {
      status: 'REFUSED', daysAgo: 20, paid: false, form: labourForm(3, 0),
      extra: {
        noticeAt: at(wdAgo(14), '10:00'), decidedAt: at(wdAgo(11), '16:30'),
        preliminary: 'Preliminary decision to refuse (A11, L4): the licence fee has not been received.',
        hearingOutcome: 'The applicant did not present proof of payment at the hearing.',
        refusal: { grounds: ['FEE_NOT_PAID'], reason: 'The licence fee of 6 MCI has not been paid through the e-gov payment gateway or a bank (L4, L6).' },
      },
    },
    {
      status: 'REJECTED_INCOMPLETE', daysAgo: 5, paid: true, form: labourForm(5, 0),
      extra: { refusal: { grounds: [], reason: 'Incomplete application (L3): the copy of the labour record is expired; consideration ended.' } },
    },
  ];
  licenceSpecs.forEach((l, i) => {
    const c = addCandidate(12 + i, rng.pick([almatyRu, astanaRu, 'г. Караганда', 'г. Шымкент']));
    const receivedAt = at(wdAgo(l.daysAgo), hhmm(9, 17));
    const app = addApp({
      kind: 'LICENCE', channel: 'PORTAL', status: l.status, applicantId: c.id, regionId: null, receivedAt, form: l.form,
      actorId: uid('licensing'), ...l.extra,
    });
    if (l.paid) {
      r.payments.push({
        id: ids.next(), applicationId: app.id, amountTenge: licenceFee(Number(almatyDate(receivedAt).slice(0, 4))),
        method: i % 2 ? 'BANK_RECEIPT' : 'EGOV_GATEWAY', reference: i % 2 ? `KASPI-${rng.int(10_000_000, 99_999_999)}` : `EGOV-${rng.int(100_000_000, 999_999_999)}`,
        paidAt: new Date(receivedAt.getTime() - 20 * 60_000),
      });
    }
  });

  // L8: Madina Omarova's reissue after her change of surname, done in 14 minutes
  const reissueReceived = at(wdAgo(15), '10:05');
  const oldLicence = must(r.licences.find((l) => l.id === bAstana.licenceId), 'old licence');
  const reissue = addApp({
    kind: 'LICENCE_REISSUE', channel: 'PORTAL', status: 'APPROVED', applicantId: astanaUser, regionId: null, receivedAt: reissueReceived,
    actorId: uid('licensing'), checkedAt: new Date(reissueReceived.getTime() + 2 * 60_000), decidedAt: new Date(reissueReceived.getTime() + 14 * 60_000),
    form: {
      previousLicenceNumber: oldLicence.number, reason: 'CHANGE_OF_SURNAME', previousLastName: 'Кенжебаева',
      newIdentityDocument: { number: `0${rng.int(10_000_000, 99_999_999)}`, issuedOn: cal.addCalendarDays(almatyDate(reissueReceived), -12) },
      confirmedByIndividualsDatabase: true,
    },
  });
  r.payments.push({
    id: ids.next(), applicationId: reissue.id, amountTenge: licenceFee(Number(almatyDate(reissueReceived).slice(0, 4)), true),
    method: 'EGOV_GATEWAY', reference: `EGOV-${rng.int(100_000_000, 999_999_999)}`, paidAt: new Date(reissueReceived.getTime() - 3 * 60_000),
  });
  const newLicenceId = ids.next();
  const reissuedAt = new Date(reissueReceived.getTime() + 14 * 60_000);
  r.reissuedLicences.push({
    id: newLicenceId, number: licenceNumber(reissuedAt), holderId: bAstana.person.id, status: 'ACTIVE', basis: oldLicence.basis,
    basisDetails: oldLicence.basisDetails ?? {}, note: `Reissued after a change of surname (L8); replaces licence ${oldLicence.number}`,
    authorisedManager, placeOfIssue: 'Astana', issuedAt: reissuedAt, applicationId: reissue.id, previousId: oldLicence.id,
  });
  must(r.bailiffs.find((b) => b.id === bAstana.id), 'astana bailiff').licenceId = newLicenceId;

  // ---------------------------------------------------------- enforcement (E1–E6, CH1, CH3)
  const citizens: { id: string; login: string; person: PersonOut; region: string }[] = [];
  const citizenCities: [string, string][] = [[ALA, almatyRu], [ALA, almatyRu], [ALA, almatyRu], [AST, astanaRu], [SHY, 'г. Шымкент'], ['KAR', 'г. Караганда']];
  for (let i = 1; i <= 24; i++) {
    const [region, city] = citizenCities[i % citizenCities.length] as [string, string];
    const person = randomPerson(city, rng.chance(0.5) ? 'MALE' : 'FEMALE', 1958, 2002);
    const login = `citizen.${String(i).padStart(2, '0')}`;
    addUser(login, person.name.latin, rng.pick(['KK', 'RU', 'RU', 'EN'] as const), person.id, [{ role: 'APPLICANT' }]);
    citizens.push({ id: uid(login), login, person, region });
  }
  const citizenOf = (region: string, k: number) => {
    const list = citizens.filter((c) => c.region === region);
    return must(list[k % list.length], `citizen of ${region}`);
  };

  const companies = ['ТОО «Алатау Строй Сервис»', 'ТОО «Жетысу Агро Трейд»', 'ТОО «Orda Logistics»', 'ТОО «Каспий Нефтесервис»', 'ТОО «Сары-Арка Маркет»', 'ИП «Бекмуратов»'];
  const debtorCompany = (cityRu: string): Party => ({
    name: rng.pick(companies),
    id: nextBin(toDate(`20${rng.int(10, 22)}-0${rng.int(1, 9)}-01`), rng.int(1000, 90000)).bin,
    address: randomAddress(rng, cityRu).replace(/, кв\. \d+$/, ''),
  });
  const debtorPerson = (cityRu: string): Party => {
    const gender: Gender = rng.chance(0.7) ? 'MALE' : 'FEMALE';
    const n = randomName(rng, gender);
    return { name: fullNameRu(n), id: newIin(gender, randomBirth(1965, 2000)), address: randomAddress(rng, cityRu) };
  };
  const courts: Record<string, { name: string; code: string }[]> = {
    [ALA]: [
      { name: 'Алмалинский районный суд г. Алматы', code: '7511' }, { name: 'Бостандыкский районный суд г. Алматы', code: '7514' },
      { name: 'Специализированный межрайонный экономический суд г. Алматы', code: '7594' }, { name: 'Ауэзовский районный суд г. Алматы', code: '7512' },
    ],
    [AST]: [{ name: 'Есильский районный суд г. Астаны', code: '7113' }, { name: 'Специализированный межрайонный экономический суд г. Астаны', code: '7194' }],
    [SHY]: [{ name: 'Абайский районный суд г. Шымкента', code: '7911' }],
    KAR: [{ name: 'Казыбекбийский районный суд г. Караганды', code: '3511' }],
  };
  const claimantParty = (userLogin: string): Party => {
    if (userLogin === 'kazlogistics') return { name: kazLogistics.name, id: kazLogistics.bin, address: kazLogistics.address };
    if (userLogin === 'kgd.almaty') return { name: kgd.name, id: kgd.bin, address: kgd.address };
    const p = userLogin === 'aigerim' ? pAigerim : userLogin === 'timur' ? pTimur : must(citizens.find((c) => c.id === uid(userLogin)), userLogin).person;
    return { name: fullNameRu(p.name), id: p.iin, address: must(r.persons.find((x) => x.id === p.id)?.address, 'address') };
  };

  interface EnfSpec {
    login: string;
    region: string;
    channel: Channel;
    status: ApplicationStatus;
    category: DocumentCategory;
    daysAgo: number;
    routing: 'CHAMBER' | 'STATE_BAILIFF';
    docStatus: 'AWAITING_ORIGINAL' | 'AWAITING_ASSIGNMENT' | 'WITH_STATE_BAILIFF' | 'CLOSED' | null;
    debtor?: Party;
    proceeding?: 'AWAITING_DECISION' | 'INITIATED' | 'REFUSED';
    refusal?: { grounds: string[]; reason: string };
    missing?: string[];
    amount?: number | null;
  }
  const enf: EnfSpec[] = [];
  const channelMix = (k: number): Channel => (k % 7 === 3 ? 'STATE_CORPORATION' : k % 4 === 1 ? 'JUSTICE_OFFICE' : 'PORTAL');
  // about 30 documents waiting for assignment in Almaty City, original received (CH3)
  const repeatDebtor = debtorCompany(almatyRu); // three claims against one debtor: consolidation (policy consolidateDebtor)
  const conflictDebtor = debtorPerson(almatyRu); // the debtor one Almaty bailiff declared a conflict with
  for (let k = 0; k < 30; k++) {
    const login = k < 3 ? 'aigerim' : k < 10 ? 'kazlogistics' : k < 13 ? 'kgd.almaty' : citizenOf(ALA, k).login;
    const category: DocumentCategory =
      login === 'kgd.almaty' ? 'STATE_CLAIM_SMALL' : login === 'kazlogistics' ? 'PRIVATE_CLAIM' : k === 2 || k % 5 === 0 ? 'ALIMONY' : k % 6 === 1 ? 'NON_PROPERTY' : 'PRIVATE_CLAIM';
    const debtor = k >= 3 && k < 6 ? repeatDebtor : k === 13 ? conflictDebtor : login === 'kazlogistics' || login === 'kgd.almaty' ? debtorCompany(almatyRu) : debtorPerson(almatyRu);
    enf.push({ login, region: ALA, channel: login === 'kazlogistics' || login === 'aigerim' ? 'PORTAL' : channelMix(k), status: 'REGISTERED', category, daysAgo: 1 + (k % 9), routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT', debtor });
  }
  // Almaty City: paper original not yet with the chamber
  enf.push({ login: 'aigerim', region: ALA, channel: 'STATE_CORPORATION', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 1, routing: 'CHAMBER', docStatus: 'AWAITING_ORIGINAL' });
  for (let k = 0; k < 3; k++) enf.push({ login: citizenOf(ALA, k + 3).login, region: ALA, channel: channelMix(k), status: 'REGISTERED', category: k === 1 ? 'ALIMONY' : 'PRIVATE_CLAIM', daysAgo: k + 1, routing: 'CHAMBER', docStatus: 'AWAITING_ORIGINAL' });
  // Astana: a few waiting, two without the original
  // waiting for a bailiff for 12 working days: Timur complained (below)
  enf.push({ login: 'timur', region: AST, channel: 'PORTAL', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 12, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  enf.push({ login: 'timur', region: AST, channel: 'STATE_CORPORATION', status: 'REGISTERED', category: 'ALIMONY', daysAgo: 1, routing: 'CHAMBER', docStatus: 'AWAITING_ORIGINAL' });
  enf.push({ login: 'kazlogistics', region: AST, channel: 'PORTAL', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 2, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  for (let k = 0; k < 3; k++) enf.push({ login: citizenOf(AST, k).login, region: AST, channel: channelMix(k + 1), status: 'REGISTERED', category: k === 2 ? 'NON_PROPERTY' : 'PRIVATE_CLAIM', daysAgo: k + 2, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  enf.push({ login: citizenOf(AST, 3).login, region: AST, channel: 'JUSTICE_OFFICE', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 1, routing: 'CHAMBER', docStatus: 'AWAITING_ORIGINAL' });
  // Shymkent and Karaganda: a few waiting
  for (let k = 0; k < 3; k++) enf.push({ login: citizenOf(SHY, k).login, region: SHY, channel: channelMix(k), status: 'REGISTERED', category: k === 0 ? 'ALIMONY' : 'PRIVATE_CLAIM', daysAgo: k + 1, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  enf.push({ login: 'kazlogistics', region: 'KAR', channel: 'PORTAL', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 4, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  enf.push({ login: citizenOf('KAR', 0).login, region: 'KAR', channel: 'JUSTICE_OFFICE', status: 'REGISTERED', category: 'PRIVATE_CLAIM', daysAgo: 2, routing: 'CHAMBER', docStatus: 'AWAITING_ASSIGNMENT' });
  // the state bailiff of Almaty City: state claims above the Chamber limit, and claims against state bodies
  const stateBody = (): Party => ({ name: 'ГУ «Управление жилищной политики города Алматы»', id: nextBin(toDate('2003-04-01'), 31877, { division: 'HEAD_OFFICE' }).bin, address: 'г. Алматы, пл. Республики, д. 4' });
  enf.push({
    login: 'aigerim', region: ALA, channel: 'PORTAL', status: 'APPROVED', category: 'PRIVATE_CLAIM', daysAgo: 30, routing: 'STATE_BAILIFF',
    docStatus: 'WITH_STATE_BAILIFF', proceeding: 'INITIATED', debtor: stateBody(), amount: 1_845_000,
  });
  enf.push({
    login: 'aigerim', region: ALA, channel: 'JUSTICE_OFFICE', status: 'REFUSED', category: 'PRIVATE_CLAIM', daysAgo: 9, routing: 'STATE_BAILIFF',
    docStatus: 'CLOSED', proceeding: 'REFUSED', debtor: stateBody(), amount: 640_000,
    refusal: { grounds: ['ARTICLE_38_NONCOMPLIANCE'], reason: 'The writ of execution does not state the date the decision entered into force (art. 38 of the Law on Enforcement Proceedings, E5).' },
  });
  enf.push({ login: 'kgd.almaty', region: ALA, channel: 'JUSTICE_OFFICE', status: 'APPROVED', category: 'STATE_CLAIM_LARGE', daysAgo: 22, routing: 'STATE_BAILIFF', docStatus: 'WITH_STATE_BAILIFF', proceeding: 'INITIATED', amount: 18_730_500 });
  enf.push({ login: 'kgd.almaty', region: ALA, channel: 'JUSTICE_OFFICE', status: 'IN_REVIEW', category: 'STATE_CLAIM_LARGE', daysAgo: 1, routing: 'STATE_BAILIFF', docStatus: 'WITH_STATE_BAILIFF', proceeding: 'AWAITING_DECISION', amount: 7_412_000 });
  // no document: a portal draft, a package refused at acceptance (E3), a withdrawn application
  enf.push({ login: 'kazlogistics', region: ALA, channel: 'PORTAL', status: 'DRAFT', category: 'PRIVATE_CLAIM', daysAgo: 0, routing: 'CHAMBER', docStatus: null });
  enf.push({ login: citizenOf(ALA, 5).login, region: ALA, channel: 'JUSTICE_OFFICE', status: 'REJECTED_INCOMPLETE', category: 'PRIVATE_CLAIM', daysAgo: 3, routing: 'CHAMBER', docStatus: null, missing: ['EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'] });
  enf.push({ login: 'timur', region: AST, channel: 'STATE_CORPORATION', status: 'WITHDRAWN', category: 'PRIVATE_CLAIM', daysAgo: 7, routing: 'CHAMBER', docStatus: null });

  const cityOf = (code: string) => `г. ${REGIONS.find((x) => x.code === code)?.centreRu ?? ''}`;
  const appIds: Record<string, { appId: string; docId?: string; proceedingId?: string }[]> = {};
  enf.forEach((e, k) => {
    const cityRu = cityOf(e.region);
    const claimant = claimantParty(e.login);
    const debtor = e.debtor ?? (e.category === 'STATE_CLAIM_LARGE' || e.category === 'STATE_CLAIM_SMALL' || rng.chance(0.3) ? debtorCompany(cityRu) : debtorPerson(cityRu));
    const court = rng.pick(courts[e.region] ?? courts[ALA] ?? []);
    const issuedOn = cal.addCalendarDays(today, -(e.daysAgo + rng.int(20, 120)));
    const caseNumber = `${court.code}-${issuedOn.slice(2, 4)}-00-2/${rng.int(100, 9999)}`;
    const amount =
      e.amount !== undefined ? e.amount
      : e.category === 'NON_PROPERTY' ? null
      : e.category === 'ALIMONY' ? rng.int(12, 90) * 10_000
      : e.category === 'STATE_CLAIM_SMALL' ? rng.int(50, 4_200) * 1_000
      : rng.int(150, 12_000) * 1_000;
    const receivedDay = wdAgo(Math.max(e.daysAgo, 1));
    // some portal claims arrive in the evening and are registered the next working day (T3)
    const evening = e.channel === 'PORTAL' && e.daysAgo >= 2 && k % 9 === 4;
    const receivedAt = e.status === 'DRAFT' ? undefined : at(receivedDay, evening ? '18:45' : hhmm(9, 17));
    const districtId = rng.pick(dids(e.region));
    const form: Prisma.InputJsonValue = {
      claimant: { name: claimant.name, idNumber: claimant.id, address: claimant.address },
      debtor: { name: debtor.name, idNumber: debtor.id, address: debtor.address },
      executiveDocument: { court: court.name, caseNumber, issuedOn, category: e.category, amountTenge: amount, districtId },
      requestsWrit: false,
      byRepresentative: e.login === 'kazlogistics' || e.login === 'kgd.almaty',
      documents: e.missing ? ['APPLICATION_FORM'] : e.channel === 'PORTAL' ? ['EXECUTIVE_DOCUMENT'] : ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'],
    };
    const app = addApp({
      kind: 'ENFORCEMENT_INITIATION', channel: e.channel, status: e.status, applicantId: uid(e.login), regionId: rid(e.region), receivedAt,
      createdAt: e.status === 'DRAFT' ? at(wdAgo(1), '22:10') : undefined, form, routing: e.routing,
      actorId: e.routing === 'STATE_BAILIFF' ? uid('statebailiff.almaty') : uid('justice.almaty'),
      refusal: e.refusal, missing: e.missing,
    });
    const entry: { appId: string; docId?: string; proceedingId?: string } = { appId: app.id };
    (appIds[e.login] ??= []).push(entry);
    if (!e.docStatus || !app.registeredAt) return;
    const docId = ids.next();
    entry.docId = docId;
    // CH3: the paper original reaches the chamber the same or the next working day
    let originalReceivedAt: Date | null = null;
    if (e.docStatus === 'AWAITING_ASSIGNMENT') {
      const regOn = almatyDate(app.registeredAt);
      const candidate = at(cal.addWorkingDays(regOn, e.daysAgo > 1 ? 1 : 0), '16:30');
      originalReceivedAt = candidate > app.registeredAt ? candidate : new Date(app.registeredAt.getTime() + 5 * 60_000);
      r.stages.push({
        id: ids.next(), applicationId: app.id, status: 'REGISTERED', stage: 'ORIGINAL_RECEIVED', at: originalReceivedAt,
        actorId: uid(e.region === AST ? 'chamber.astana' : 'chamber.almaty'), note: 'The paper original was handed to the Chamber (CH3).',
      });
    }
    r.documents.push({
      id: docId, applicationId: app.id, court: court.name, caseNumber, issuedOn: toDate(issuedOn), category: e.category,
      amountTenge: amount === null ? null : amount.toFixed(2), claimantName: claimant.name, claimantIdNumber: claimant.id,
      debtorName: debtor.name, debtorIdNumber: debtor.id, debtorAddress: debtor.address, districtId, routing: e.routing,
      status: e.docStatus, originalReceivedAt, receivedAt: app.registeredAt, createdAt: app.registeredAt,
    });
    if (e.proceeding) {
      const registeredAt = app.registeredAt;
      const decisionDue = dueOn(must(app.periodStartsAfter, 'period'), PERIODS.enforcementDecision, cal);
      const appRow = must(r.applications.find((a) => a.id === app.id), 'app row');
      const pid = ids.next();
      entry.proceedingId = pid;
      r.proceedings.push({
        id: pid, number: proceedingNo(e.region, almatyDate(registeredAt).slice(0, 4)), documentId: docId, bailiffId: null,
        stateBailiffId: uid('statebailiff.almaty'), status: e.proceeding, registeredAt, decisionDueOn: toDate(decisionDue),
        decidedAt: e.proceeding === 'AWAITING_DECISION' ? null : (appRow.decidedAt as Date | null),
        refusalGround: e.proceeding === 'REFUSED' ? 'ARTICLE_38_NONCOMPLIANCE' : null,
        refusalReason: e.proceeding === 'REFUSED' ? (e.refusal?.reason ?? null) : null,
      });
      if (e.proceeding === 'INITIATED') {
        const decided = appRow.decidedAt as Date;
        const first = cal.addWorkingDays(almatyDate(decided), 2);
        r.measures.push(
          { id: ids.next(), proceedingId: pid, kind: 'ATTACH_FUNDS_OWED', description: 'Инкассовое распоряжение на банковские счета должника (Halyk Bank, Kaspi Bank)', amountTenge: (amount ?? 0).toFixed(2), takenOn: toDate(first), recordedById: uid('statebailiff.almaty'), createdAt: at(first, '15:20') },
          { id: ids.next(), proceedingId: pid, kind: 'ATTACH_VEHICLE', description: 'Арест автомобиля Toyota Camry 2019 г. в., гос. номер 123 ABC 02', amountTenge: null, takenOn: toDate(cal.addWorkingDays(first, 3)), recordedById: uid('statebailiff.almaty'), createdAt: at(cal.addWorkingDays(first, 3), '11:00') },
        );
      }
    }
  });
  // a declared conflict of interest (CH2) with the debtor of a waiting document
  r.conflicts.push({ id: ids.next(), bailiffId: bConflict.id, partyId: conflictDebtor.id, reason: 'The debtor is the bailiff’s brother-in-law (declared conflict of interest)', createdAt: at(wdAgo(30), '12:00') });

  // ---------------------------------------------------------- complaints (C1–C3)
  const firstOf = (login: string, pick: (x: { appId: string; docId?: string; proceedingId?: string }) => boolean) =>
    must((appIds[login] ?? []).find(pick), `${login} application`);
  const aigerimRefused = firstOf('aigerim', (x) => r.applications.find((a) => a.id === x.appId)?.status === 'REFUSED');
  const aigerimInitiated = firstOf('aigerim', (x) => !!x.proceedingId && r.proceedings.find((p) => p.id === x.proceedingId)?.status === 'INITIATED');
  const timurWaiting = firstOf('timur', (x) => !!x.docId && r.documents.find((d) => d.id === x.docId)?.status === 'AWAITING_ASSIGNMENT');
  const kazWaiting = firstOf('kazlogistics', (x) => !!x.docId);
  const testFailApp = must(r.applications.find((a) => a.refusalReason?.startsWith('Attestation not passed: 69')), 'test-failed app');
  const feeRefusedApp = must(r.applications.find((a) => a.refusalGrounds && Array.isArray(a.refusalGrounds) && a.refusalGrounds.includes('FEE_NOT_PAID')), 'fee refused app');
  const complaintSpecs: {
    complainantId: string; addressee: M.ComplaintCreateManyInput['addressee']; applicationId?: string; proceedingId?: string;
    subject: string; text: string; status: M.ComplaintCreateManyInput['status']; daysAgo: number; decision?: string;
  }[] = [
    {
      complainantId: uid('aigerim'), addressee: 'PROVIDER_HEAD', applicationId: aigerimRefused.appId, status: 'REGISTERED', daysAgo: 1,
      subject: 'Refusal to initiate enforcement proceedings', text: 'The writ states the date of entry into force on its reverse side; I ask to cancel the refusal.',
    },
    {
      complainantId: uid('aigerim'), addressee: 'MINISTRY', proceedingId: aigerimInitiated.proceedingId, status: 'REGISTERED', daysAgo: 2,
      subject: 'Inaction of the state bailiff', text: 'No recovery has been made for three weeks since the proceedings were initiated.',
    },
    {
      complainantId: uid('timur'), addressee: 'PROVIDER_HEAD', applicationId: timurWaiting.appId, status: 'UPHELD', daysAgo: 9,
      subject: 'No bailiff appointed', text: 'The original was handed to the Chamber but no private bailiff has been appointed.',
      decision: 'Upheld: the Chamber is instructed to appoint a private bailiff without delay (CH1).',
    },
    {
      complainantId: uid('kazlogistics'), addressee: 'STATE_CORPORATION', applicationId: kazWaiting.appId, status: 'WITHDRAWN', daysAgo: 2,
      subject: 'Status not visible', text: 'The application stage was not shown in the personal account.',
      decision: 'Withdrawn by the complainant: the stage is now shown (G2).',
    },
  ];
  const testFailUser = must(testFailApp.applicantId, 'applicant');
  complaintSpecs.push(
    {
      complainantId: feeRefusedApp.applicantId, addressee: 'MINISTRY', applicationId: feeRefusedApp.id, status: 'REJECTED', daysAgo: 8,
      subject: 'Refusal of the licence', text: 'I paid the fee at a bank branch; the receipt was not considered.',
      decision: 'Rejected: no payment was received by the date of the decision; the applicant may apply again after paying (G1 p.3).',
    },
  );
  const complaintNumberYear = (d: Date) => almatyDate(d).slice(0, 4);
  const addComplaint = (c: (typeof complaintSpecs)[number]) => {
    const registeredOn = wdAgo(c.daysAgo);
    const registeredAt = at(registeredOn, hhmm(9, 17));
    const due = dueOn(registeredOn, c.addressee === 'QUALITY_CONTROL_BODY' ? PERIODS.complaintQualityBody : PERIODS.complaintProvider, cal);
    const decided = c.status === 'UPHELD' || c.status === 'REJECTED' || c.status === 'WITHDRAWN' ? at(cal.addWorkingDays(registeredOn, c.status === 'WITHDRAWN' ? 1 : 4), '16:00') : null;
    r.complaints.push({
      id: ids.next(), number: number('CMP', complaintNumberYear(registeredAt)), complainantId: c.complainantId, addressee: c.addressee,
      applicationId: c.applicationId ?? null, proceedingId: c.proceedingId ?? null, subject: c.subject, text: c.text, status: c.status,
      registeredAt, dueOn: toDate(due), decidedAt: decided, decision: c.decision ?? null,
    });
  };
  for (const c of complaintSpecs) addComplaint(c);
  // C3: a complaint to the quality-control body, extended once by 10 working days for an on-site check
  {
    const registeredOn = wdAgo(16);
    const due = dueOn(registeredOn, PERIODS.complaintQualityBody, cal);
    const extendedOn = cal.addWorkingDays(due, -1);
    r.complaints.push({
      id: ids.next(), number: number('CMP', registeredOn.slice(0, 4)), complainantId: testFailUser, addressee: 'QUALITY_CONTROL_BODY',
      applicationId: testFailApp.id, subject: 'Result of the attestation test', text: 'I believe two test questions had more than one correct answer; I ask to recount the result.',
      status: 'EXTENDED', registeredAt: at(registeredOn, '11:15'), dueOn: toDate(due),
      extendedDueOn: toDate(cal.addWorkingDays(due, PERIODS.complaintExtensionMax.count)), extensionReason: 'ON_SITE_CHECK',
      extensionNotifiedAt: at(cal.addWorkingDays(extendedOn, 1), '10:30'),
    });
  }

  // ---------------------------------------------------------- quality control: plan and inspections (Q1–Q5)
  const month = Number(today.slice(5, 7));
  const year = Number(today.slice(0, 4));
  const half = month <= 6 ? 1 : 2;
  const planId = ids.next();
  r.plans.push({ id: planId, year, half, approvedAt: half === 1 ? almatyInstant(`${year - 1}-12-09`, '11:00') : almatyInstant(`${year}-05-08`, '11:00') });
  const qualityId = uid('quality');
  const inspectorId = uid('inspector');
  {
    const startsOn = wdAgo(8);
    r.inspections.push({
      id: ids.next(), kind: 'SCHEDULED', ground: 'PLAN', planId, subjectName: justiceBodyName(almatyRef), subjectRegionId: rid(ALA),
      inspectorIds: [qualityId], noticeSentAt: at(cal.addWorkingDays(startsOn, -PERIODS.inspectionScheduledNotice.count - 1), '10:00'),
      startsOn: toDate(startsOn), endsOn: toDate(cal.addWorkingDays(startsOn, PERIODS.inspectionScheduledMax.count - 1)), status: 'IN_PROGRESS',
      createdAt: at(cal.addWorkingDays(startsOn, -10), '09:30'),
    });
  }
  {
    const karRef = REGIONS.find((x) => x.code === 'KAR') as RegionRef;
    const startsOn = wdAgo(60);
    const endsOn = cal.addWorkingDays(startsOn, 17);
    const certificateOn = endsOn;
    r.inspections.push({
      id: ids.next(), kind: 'SCHEDULED', ground: 'PLAN', planId, subjectName: justiceBodyName(karRef), subjectRegionId: rid('KAR'),
      inspectorIds: [qualityId, inspectorId], noticeSentAt: at(cal.addWorkingDays(startsOn, -5), '10:00'), startsOn: toDate(startsOn),
      endsOn: toDate(endsOn), status: 'COMPLETED', draftCertificateSentAt: at(cal.addWorkingDays(endsOn, -PERIODS.draftCertificateBeforeEnd.count), '15:00'),
      certificateSentAt: at(certificateOn, '16:00'),
      recommendation: 'Register enforcement applications received after 17:30 on the next working day, not the day after (T3); 14 late registrations found.',
      recommendationDueOn: toDate(dueOn(certificateOn, PERIODS.recommendationAct, cal)), createdAt: at(cal.addWorkingDays(startsOn, -10), '09:30'),
    });
  }
  {
    const startsOn = wdAgo(4);
    const inspectionId = ids.next();
    const suspendedOn = wdAgo(1);
    r.inspections.push({
      id: inspectionId, kind: 'UNSCHEDULED', ground: 'APPEAL_OF_PERSON', planId: null, subjectName: justiceBodyName(astanaRef), subjectRegionId: rid(AST),
      inspectorIds: [qualityId], noticeSentAt: at(cal.addCalendarDays(startsOn, -1), '12:00'), startsOn: toDate(startsOn),
      endsOn: toDate(cal.addWorkingDays(startsOn, PERIODS.inspectionUnscheduledMax.count - 1)), status: 'SUSPENDED', createdAt: at(cal.addWorkingDays(startsOn, -2), '09:30'),
    });
    r.suspensions.push({ id: ids.next(), inspectionId, reason: 'Awaiting information requested from the State Corporation (Q3)', fromOn: toDate(suspendedOn), toOn: null, notifiedAt: at(suspendedOn, '15:30') });
  }

  // ---------------------------------------------------------- the Chamber's assignment history (CH2, CH4)
  // months of assignments decided by the policy itself, decisions, measures, redistributions, a replacement
  const history = buildHistory({
    rng: new Rng(20260652),
    newId: () => ids.next(),
    cal,
    today,
    latest,
    rows: r,
    bailiffsByRegion,
    chamberId: cid,
    regionId: rid,
    uid,
    addOfficial: (login, displayName, chamber, personId) => {
      addUser(login, displayName, 'RU', personId, [{ role: 'CHAMBER_OFFICIAL', chamberId: chamber }]);
    },
    addEnforcementApplication: (s) =>
      addApp({ kind: 'ENFORCEMENT_INITIATION', status: 'REGISTERED', routing: 'CHAMBER', actorId: uid('justice.almaty'), ...s }),
    number,
    claimantParty,
    debtorPerson,
    debtorCompany,
    courts,
    citizens,
    suspended: { bailiff: bSuspended, on: suspendedOn },
  });
  r.history = history.rows;

  // ---------------------------------------------------------- reference data
  r.corrections.push(...DEMO_CALENDAR_CORRECTIONS.map((c) => ({ date: toDate(c.date), kind: c.kind, name: c.name, createdById: uid('admin') })));
  r.mci.push(...MONTHLY_CALCULATION_INDEX.map((m) => ({ ...m })));
  // numbers follow the order of receipt within each series, as the API's NumberSequence hands them out
  renumber([...r.applications, ...r.childApplications], (a) => a.receivedAt ?? a.createdAt);
  renumber(r.proceedings, (p) => p.registeredAt);
  renumber(r.complaints, (c) => c.registeredAt);
  history.afterRenumber();
  r.sequences.push(...[...seq].map(([key, value]) => ({ key, value })));
  return r;
}

function renumber<T extends { number: string; id?: string }>(rows: T[], when: (row: T) => Date | string | null | undefined): void {
  const series = new Map<string, T[]>();
  for (const row of rows) {
    const key = row.number.replace(/-\d+$/, '');
    const list = series.get(key);
    if (list) list.push(row);
    else series.set(key, [row]);
  }
  const time = (row: T) => new Date(when(row) ?? 0).getTime();
  for (const [key, list] of series) {
    const width = (list[0]?.number.length ?? 0) - key.length - 1;
    list.sort((a, b) => time(a) - time(b) || (a.id ?? '').localeCompare(b.id ?? ''));
    list.forEach((row, i) => (row.number = `${key}-${String(i + 1).padStart(width, '0')}`));
  }
}

/**
 * The same calendar, each day's answer kept: the history walks tens of thousands of working days, and a fresh
 * answer costs a holiday-library lookup and date parsing each time.
 */
function memoisedCalendar(base: WorkingCalendar): WorkingCalendar {
  const known = new Map<string, boolean>();
  const cal = Object.create(base) as WorkingCalendar;
  cal.isWorkingDay = (date: IsoDate) => {
    let w = known.get(date);
    if (w === undefined) known.set(date, (w = base.isWorkingDay(date)));
    return w;
  };
  return cal;
}

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`demo seed: missing ${what}`);
  return value;
}
