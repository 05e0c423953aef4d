// A national-scale data set for benchmarks (PostgreSQL only): at scale 1 about 1,700 private bailiffs in the
// 20 chambers, 3,000,000 executive documents each with its enforcement proceeding, 500,000 service
// applications of every kind with their stages, 100,000 complaints, and `awaitingPerChamber` documents per
// chamber waiting for the Chamber's assignment (original received, no proceeding yet: assignment opens it).
//
// Shape of the data (written down because the assignment engine's invariants shape it):
//  - Before Rules No. 652 took effect (2 March 2026) the claimant chose the bailiff: the Chamber's documents
//    of that time name their bailiff and have no assignment. From then on every document the Chamber receives
//    is assigned by its chamber's chain (national-chains.ts: the platform's own policy, pools, rosters, seeds
//    and hash chain, replay-verifiable), after its original is handed over (CH3); its proceeding is opened then
//    and decided within 3 working days (E4), some late, a few still open (overdue). Chamber.sequence/headHash
//    and BailiffLoad are the chains' tips and counts. State bailiffs' documents span the whole period.
//  - Terms: applications, proceedings and complaints are mostly decided within their terms, some after them,
//    and a few are still open past them (the dashboards' overdue items); the Ministry inspects the chambers (CH5).
//  - `awaitingPerChamber` more documents per chamber wait for the Chamber's assignment (original received).
//  - Every row is a pure function of (seed, table, index): rows refer to each other by index (ids from
//    makeId), so nothing large is held in memory and every run with the same options writes the same rows.
//  - One transaction: the secondary indexes and the foreign keys of the big tables are dropped, the rows
//    are streamed with COPY, then the same indexes and constraints (as pg_get_indexdef /
//    pg_get_constraintdef printed them) are recreated, which also checks every reference and unique key.
import { once } from 'node:events';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { epochDay, fromEpochDay, proceedingNumber, proceedingSeries, WorkingCalendar } from '@oryndau/domain';
import { createAdapterFactory } from '../client.ts';
import { applyMigrations } from '../migrate.ts';
import { checkDigit, makeBin } from './iin.ts';
import {
  caseloadWeight,
  chamberName,
  DEFAULT_POLICY_CONFIG,
  justiceBodyName,
  licenceFee,
  MONTHLY_CALCULATION_INDEX,
  REGIONS,
  RULES_652_IN_FORCE,
} from './reference.ts';
import { derivedTriggerStatements, fullNameRu, makeId, mix32, randomName, Rng } from './util.ts';
import { writeChains, writeInspections } from './national-chains.ts';

// ---------------------------------------------------------------- options and summary

export interface NationalOptions {
  /** fraction of the national volumes (1 = 3,000,000 documents) */
  scale: number;
  /** documents waiting for assignment in each chamber (not scaled); default 200 */
  awaitingPerChamber?: number;
  /** PRNG seed; default 1 */
  seed?: number;
  /** the generator's "today"; default 2026-11-20 12:00 Asia/Almaty, so that runs are reproducible */
  now?: Date;
  log?: (line: string) => void;
}

export interface TableLoad {
  table: string;
  rows: number;
  ms: number;
  rowsPerSecond: number;
}

export interface NationalSummary {
  scale: number;
  seed: number;
  now: string;
  bailiffs: number;
  documents: number;
  awaitingAssignment: number;
  /** national: assignments of the Chamber's chains (documents since Rules No. 652) */
  assignments: number;
  inspections: number;
  applications: number;
  stages: number;
  complaints: number;
  users: number;
  tables: TableLoad[];
  /** dropping and recreating indexes and foreign keys, ANALYZE */
  indexMs: number;
  totalMs: number;
}

export const NATIONAL_VOLUMES = { bailiffs: 1700, documents: 3_000_000, applications: 500_000, complaints: 100_000 } as const;
export const DEFAULT_NATIONAL_NOW = new Date('2026-11-20T07:00:00.000Z'); // 12:00 in Almaty

/** The big tables: their secondary indexes and foreign keys are rebuilt after the load. */
const BULK_TABLES = ['Person', 'User', 'RoleGrant', 'ServiceApplication', 'ApplicationStage', 'ExecutiveDocument', 'EnforcementProceeding', 'Complaint', 'Assignment'];

export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//.test(url);
}

/** Generates the national data set into the (empty, or fresh) PostgreSQL database at `url`. */
export async function generateNational(url: string, opts: NationalOptions): Promise<NationalSummary> {
  if (!isPostgresUrl(url)) {
    throw new Error('The national data set needs PostgreSQL (a postgres:// URL): PGlite is not supported at this scale.');
  }
  if (!(opts.scale > 0 && opts.scale <= 10)) throw new RangeError(`scale must be in (0, 10], got ${opts.scale}`);
  const log = opts.log ?? (() => {});
  const started = Date.now();

  const applied = await migrateAndRelease(url);
  if (applied.length) log(`migrations applied: ${applied.join(', ')}`);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>('SELECT ((SELECT count(*) FROM "Region") + (SELECT count(*) FROM "User"))::text AS n');
    if (rows[0]?.n !== '0') throw new Error('The national data set is generated into an empty database: this one already has regions or users (drop it, create it anew).');
    const plan = new NationalPlan(opts);
    log(
      `national data set: scale ${opts.scale}, ${plan.B} bailiffs, ${plan.D} documents + ${plan.W * 20} waiting, ` +
        `${plan.A} applications, ${plan.C} complaints, ${plan.U} applicant accounts`,
    );
    const tables: TableLoad[] = [];
    let indexMs = 0;
    await client.query('BEGIN');
    await client.query("SET LOCAL maintenance_work_mem = '512MB'");
    await client.query('SET LOCAL synchronous_commit = off');
    let t = Date.now();
    const saved = await dropIndexesAndForeignKeys(client, BULK_TABLES);
    // dashboards (issue 11): the counters' triggers are off during the bulk load and the counters recounted once after it
    await setDashboardTriggers(client, false);
    indexMs += Date.now() - t;
    const load = async (table: string, columns: readonly string[], count: number, row: RowFn) => {
      const t0 = Date.now();
      const n = await copyRows(client, table, columns, count, row);
      const ms = Date.now() - t0;
      const entry = { table, rows: n, ms, rowsPerSecond: Math.round((n * 1000) / Math.max(ms, 1)) };
      tables.push(entry);
      log(`${table.padEnd(24)} ${String(n).padStart(9)} rows ${String(ms).padStart(7)} ms ${String(entry.rowsPerSecond).padStart(9)} rows/s`);
    };
    await plan.write(load, client);
    t = Date.now();
    await restoreIndexesAndForeignKeys(client, saved, log);
    indexMs += Date.now() - t;
    // dashboards (issue 11): triggers on again before the load commits; the counters are recounted after ANALYZE
    const dashboards = await setDashboardTriggers(client, true);
    await client.query('COMMIT');
    t = Date.now();
    await client.query(`ANALYZE ${BULK_TABLES.map((x) => `"${x}"`).join(', ')}`);
    indexMs += Date.now() - t;
    if (dashboards) {
      // dashboards (issue 11): every counter recounted from the loaded rows, with the planner's statistics in place
      t = Date.now();
      await client.query('SELECT "dashboard_rebuild"(NULL)');
      // the planner's statistics of the counters (without them a figure's read sorts instead of hashing: 4× slower)
      await client.query('ANALYZE "DashboardCounter"');
      // overdue: the open items and their counts judged once, set-based (skipped on a database migrated before them)
      if ((await client.query(`SELECT 1 FROM pg_proc WHERE proname = 'dashboard_open_rebuild'`)).rows.length) {
        await client.query('SELECT "dashboard_open_rebuild"()');
        await client.query('ANALYZE "DashboardOpenItem", "DashboardOpenCount"');
      }
      log(`dashboard counters recounted: ${Date.now() - t} ms`);
    }
    const totalMs = Date.now() - started;
    const rowsOf = (name: string) => tables.filter((x) => x.table === name).reduce((s, x) => s + x.rows, 0);
    const summary: NationalSummary = {
      scale: opts.scale,
      seed: plan.seed,
      now: plan.now.toISOString(),
      bailiffs: plan.B,
      documents: plan.D,
      awaitingAssignment: plan.W * 20,
      assignments: rowsOf('Assignment'),
      inspections: rowsOf('Inspection'),
      applications: rowsOf('ServiceApplication'),
      stages: rowsOf('ApplicationStage'),
      complaints: rowsOf('Complaint'),
      users: rowsOf('User'),
      tables,
      indexMs,
      totalMs,
    };
    const totalRows = tables.reduce((s, x) => s + x.rows, 0);
    log(`indexes, foreign keys, ANALYZE: ${indexMs} ms; total ${totalRows} rows in ${totalMs} ms (${Math.round((totalRows * 1000) / totalMs)} rows/s overall)`);
    return summary;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    await client.end();
  }
}

// dashboards (issue 11): the derived tables' triggers (util.ts); skipped on a database migrated before them
async function setDashboardTriggers(client: pg.Client, on: boolean): Promise<boolean> {
  const { rows } = await client.query<{ t: string }>(`SELECT 1 AS t FROM pg_proc WHERE proname = 'dashboard_rebuild'`);
  if (!rows.length) return false; // a database migrated before the dashboards
  const openItems = (await client.query(`SELECT 1 FROM pg_proc WHERE proname = 'dashboard_open_rebuild'`)).rows.length > 0;
  for (const sql of derivedTriggerStatements(on, { openItems })) await client.query(sql);
  return true;
}

/**
 * applyMigrations, then closes the connections the migration engine opened: left open, the engine's
 * session keeps Prisma Migrate's advisory lock until the pool's idle timeout, and the next migration of
 * the same database (another run, a test) waits 10 s for it.
 */
export async function migrateAndRelease(url: string): Promise<string[]> {
  const { factory, close } = await createAdapterFactory({ kind: 'postgres', url, max: 2 });
  try {
    return await applyMigrations(factory);
  } finally {
    await close();
  }
}

// ---------------------------------------------------------------- COPY plumbing

/** One COPY text-format line per row (no newline), several lines, or null to skip. */
type RowFn = (i: number) => string | string[] | null;
type Load = (table: string, columns: readonly string[], count: number, row: RowFn) => Promise<void>;

const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
/** a text value in COPY's text format */
function t(v: string | null | undefined): string {
  if (v === null || v === undefined) return NULL;
  return SPECIAL.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}
const ts = (ms: number | null) => (ms === null ? NULL : new Date(ms).toISOString());
const arr = (items: readonly string[]) => `{${items.join(',')}}`; // items are plain codes, no quoting needed
const line = (...fields: (string | number | boolean)[]) => fields.join('\t');

async function copyRows(client: pg.Client, table: string, columns: readonly string[], count: number, row: RowFn): Promise<number> {
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) FROM STDIN`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', () => resolve());
    stream.on('error', reject);
  });
  let chunk: string[] = [];
  let size = 0;
  let rows = 0;
  const flush = async () => {
    if (!chunk.length) return;
    const ok = stream.write(chunk.join('\n') + '\n');
    chunk = [];
    size = 0;
    if (!ok) await Promise.race([once(stream, 'drain'), done]);
  };
  for (let i = 0; i < count; i++) {
    const r = row(i);
    if (r === null) continue;
    if (typeof r === 'string') {
      chunk.push(r);
      size += r.length;
      rows++;
    } else {
      for (const x of r) {
        chunk.push(x);
        size += x.length;
      }
      rows += r.length;
    }
    if (size > 1 << 20) await flush();
  }
  await flush();
  stream.end();
  await done;
  return rows;
}

interface SavedDdl {
  indexes: { name: string; def: string }[];
  foreignKeys: { table: string; name: string; def: string }[];
}

async function dropIndexesAndForeignKeys(client: pg.Client, tables: string[]): Promise<SavedDdl> {
  const fks = await client.query<{ table: string; name: string; def: string }>(
    `SELECT c.conrelid::regclass::text AS table, c.conname AS name, pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c WHERE c.contype = 'f' AND c.conrelid = ANY($1::regclass[])`,
    [tables.map((x) => `"${x}"`)],
  );
  const idx = await client.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i WHERE i.indrelid = ANY($1::regclass[]) AND NOT i.indisprimary`,
    [tables.map((x) => `"${x}"`)],
  );
  for (const f of fks.rows) await client.query(`ALTER TABLE ${f.table} DROP CONSTRAINT "${f.name}"`);
  for (const i of idx.rows) await client.query(`DROP INDEX ${i.name}`);
  return { indexes: idx.rows, foreignKeys: fks.rows };
}

async function restoreIndexesAndForeignKeys(client: pg.Client, saved: SavedDdl, log: (s: string) => void): Promise<void> {
  let t = Date.now();
  for (const i of saved.indexes) await client.query(i.def);
  log(`recreated ${saved.indexes.length} indexes in ${Date.now() - t} ms`);
  t = Date.now();
  for (const f of saved.foreignKeys) await client.query(`ALTER TABLE ${f.table} ADD CONSTRAINT "${f.name}" ${f.def}`);
  log(`recreated and checked ${saved.foreignKeys.length} foreign keys in ${Date.now() - t} ms`);
}

// ---------------------------------------------------------------- the working calendar, as arrays

const DAY_MS = 86_400_000;
const OFFSET_MS = 5 * 3_600_000; // Asia/Almaty, UTC+5 (T1)

/** WorkingCalendar (T1) precomputed over a range of days, for millions of look-ups. */
class DayTable {
  private readonly working: Uint8Array;
  /** working days strictly before each day */
  private readonly before: Int32Array;
  private readonly list: Int32Array;
  private readonly iso: string[];
  constructor(cal: WorkingCalendar, readonly first: number, readonly last: number) {
    const n = last - first + 1;
    this.working = new Uint8Array(n);
    this.before = new Int32Array(n + 1);
    this.iso = new Array<string>(n);
    const list: number[] = [];
    for (let i = 0; i < n; i++) {
      const iso = fromEpochDay(first + i);
      this.iso[i] = iso;
      this.before[i] = list.length;
      if (cal.isWorkingDay(iso)) {
        this.working[i] = 1;
        list.push(first + i);
      }
    }
    this.before[n] = list.length;
    this.list = Int32Array.from(list);
  }
  private at(day: number): number {
    const i = day - this.first;
    if (i < 0 || i > this.last - this.first) throw new RangeError(`day ${fromEpochDay(day)} outside the generator's calendar`);
    return i;
  }
  isWorking(day: number): boolean {
    return this.working[this.at(day)] === 1;
  }
  /** the n-th working day after `day` (n >= 1) */
  addWorkingDays(day: number, n: number): number {
    const i = this.at(day);
    const k = (this.before[i] as number) + (this.working[i] as number) + n - 1;
    const d = this.list[k];
    if (d === undefined) throw new RangeError('past the end of the generator calendar');
    return d;
  }
  /** the n-th working day before `day` (n >= 1) */
  subWorkingDays(day: number, n: number): number {
    const d = this.list[(this.before[this.at(day)] as number) - n];
    if (d === undefined) throw new RangeError('before the start of the generator calendar');
    return d;
  }
  /** a uniformly chosen working day in [from, to] */
  randomWorkingDay(rng: Rng, from: number, to: number): number {
    const a = this.before[this.at(from)] as number;
    const b = (this.before[this.at(to) + 1] as number) - 1;
    return this.list[a + Math.floor(rng.next() * (b - a + 1))] as number;
  }
  isoOf(day: number): string {
    return this.iso[this.at(day)] as string;
  }
}

/** An instant from an Almaty day and minutes after local midnight. */
const instant = (day: number, minutes: number) => day * DAY_MS + minutes * 60_000 - OFFSET_MS;
const OPEN = 9 * 60;
const CLOSE = 17 * 60 + 30;

// ---------------------------------------------------------------- the plan

type Category = 'PRIVATE_CLAIM' | 'ALIMONY' | 'STATE_CLAIM_SMALL' | 'STATE_CLAIM_LARGE' | 'NON_PROPERTY';
type ChannelCode = 'PORTAL' | 'JUSTICE_OFFICE' | 'STATE_CORPORATION';
type AppStatus = 'DRAFT' | 'REGISTERED' | 'IN_REVIEW' | 'HEARING' | 'APPROVED' | 'REFUSED' | 'REJECTED_INCOMPLETE' | 'WITHDRAWN';
type ProcStatus = 'AWAITING_DECISION' | 'INITIATED' | 'REFUSED' | 'COMPLETED' | 'TERMINATED';

interface Case {
  region: number;
  district: number;
  category: Category;
  routing: 'CHAMBER' | 'STATE_BAILIFF';
  channel: ChannelCode;
  receivedAt: number;
  registeredAt: number;
  regDay: number;
  decisionDueOn: number;
  proceeding: ProcStatus | null;
  decidedAt: number | null;
  docStatus: 'AWAITING_ASSIGNMENT' | 'ASSIGNED' | 'WITH_STATE_BAILIFF' | 'CLOSED';
  appStatus: AppStatus;
  bailiff: number; // -1: none
  stateBailiff: number; // staff index, -1: none
  claimant: number; // applicant account index, -1: a claimant without an account
  originalReceivedAt: number | null;
  /** national: when the Chamber's chain assigned it (documents after Rules No. 652), else null */
  assignedAt: number | null;
}

interface Identity {
  isOrg: boolean;
  name: string;
  latin: string;
  idNumber: string;
  lastName: string;
  firstName: string;
  patronymic: string | null;
  birthIso: string | null;
  address: string;
  phone: string;
  email: string;
}

// row PRNG streams
const S_USER = 1, S_CASE = 2, S_UNLINKED = 3, S_AWAIT = 4, S_ENFNODOC = 5, S_OTHER = 6, S_COMPLAINT = 7, S_BAILIFF = 8, S_DEBTOR = 9;

const IIN_DAYS = 20_088; // 1950-01-01 … 2004-12-31
const IIN_FIRST_DAY = epochDay('1950-01-01');

/** "YYMMDD" + century/gender digit base of every day in the IIN range (the digit is 1, 3 or 5 for a man). */
const IIN_PREFIX: string[] = [];
const IIN_CENTURY: number[] = [];
for (let i = 0; i < IIN_DAYS; i++) {
  const d = new Date((IIN_FIRST_DAY + i) * DAY_MS);
  const y = d.getUTCFullYear();
  IIN_PREFIX.push(`${String(y % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`);
  IIN_CENTURY.push(Math.floor((y - 1800) / 100) * 2 + 1);
}

/**
 * A distinct, valid IIN for every person number below 100,000,000: the number picks the birth day, the
 * gender and a slot of four serials; the first serial of the slot that can be issued is used (the same
 * result as makeIin, computed without building dates).
 */
function iinOf(pn: number): { iin: string; dayIndex: number; gender: 'MALE' | 'FEMALE' } {
  const dayIndex = pn % IIN_DAYS;
  const female = Math.floor(pn / IIN_DAYS) % 2;
  const k = Math.floor(pn / (2 * IIN_DAYS));
  const head = `${IIN_PREFIX[dayIndex] as string}${(IIN_CENTURY[dayIndex] as number) + female}`;
  for (let slot = 0; slot < 4; slot++) {
    const body = head + String(k * 4 + slot).padStart(4, '0');
    const check = checkDigit(body);
    if (check !== undefined) return { iin: body + check, dayIndex, gender: female ? 'FEMALE' : 'MALE' };
  }
  throw new RangeError(`no IIN for person number ${pn}`);
}

function binOf(n: number): string {
  const month = n % 240; // 2005–2024
  const reg = new Date(Date.UTC(2005 + Math.floor(month / 12), month % 12, 1));
  const k = Math.floor(n / 240);
  for (let slot = 0; slot < 4; slot++) {
    try {
      return makeBin(reg, k * 4 + slot);
    } catch {
      // next serial
    }
  }
  throw new RangeError(`no BIN for ${n}`);
}

const COMPANY_WORDS = ['Алатау', 'Жетысу', 'Сарыарка', 'Каспий', 'Орда', 'Астана', 'Тараз', 'Береке', 'Нур', 'Altyn', 'Steppe', 'Qazaq'];
const COMPANY_KINDS = ['Строй', 'Трейд', 'Логистик', 'Агро', 'Сервис', 'Маркет', 'Инвест', 'Транс', 'Energy', 'Group'];
const STREET = ['ул. Абая', 'ул. Толе би', 'пр. Республики', 'ул. Байтурсынова', 'ул. Сатпаева', 'ул. Кунаева', 'ул. Жамбыла', 'ул. Абылай хана', 'мкр. Восток', 'ул. Желтоксан'];
const COURT_SUFFIX = ['районный суд', 'районный суд № 2', 'специализированный межрайонный экономический суд', 'межрайонный суд по делам несовершеннолетних'];
const PHONE_PREFIX = ['701', '702', '705', '707', '747', '771', '775', '777', '778'];

class NationalPlan {
  readonly seed: number;
  readonly now: Date;
  readonly B: number;
  readonly D: number;
  readonly A: number;
  readonly C: number;
  readonly U: number;
  readonly W: number;
  /** ENF applications with a document and a proceeding: documents [0, L) belong to applications [0, L) */
  readonly L: number;
  /** ENF applications without a document (draft, refused at acceptance, withdrawn) */
  readonly E0: number;
  readonly cal: DayTable;
  readonly startDay = epochDay('2019-01-02');
  readonly reformDay = epochDay(RULES_652_IN_FORCE);
  readonly today: number;
  readonly endDay: number;
  private readonly cumWeights: number[];
  /** per region: global district indexes */
  readonly regionDistricts: number[][] = [];
  readonly districtRegion: number[] = [];
  readonly districts: { code: string; nameRu: string; nameKk: string; nameEn: string }[] = [];
  /** per chamber (= region): bailiff index range */
  readonly chamberBailiffs: { from: number; count: number }[] = [];
  /** per district: the bailiffs competent for it */
  readonly districtBailiffs: number[][] = [];
  readonly bailiffDistricts: number[][] = [];
  /** staff accounts, index 0.. (their user index is U + s) */
  readonly staff: { login: string; display: Identity; role: string; region: number | null; chamber: number | null; bailiff: number | null }[] = [];
  readonly stateBailiffs: number[][] = [];
  readonly justiceOfficer: number[] = [];
  private readonly seqs = new Map<string, number>();
  /** national: the bailiff the Chamber's chain gave each document it assigned (national-chains.ts) */
  readonly chainedTo = new Map<number, number>();
  chainsBuilt = false;
  chainSummary: { assignments: number; unassigned: number } = { assignments: 0, unassigned: 0 };
  readonly scale: number;

  constructor(opts: NationalOptions) {
    this.seed = opts.seed ?? 1;
    this.now = opts.now ?? DEFAULT_NATIONAL_NOW;
    const s = opts.scale;
    this.scale = s;
    this.D = Math.max(20, Math.round(NATIONAL_VOLUMES.documents * s));
    this.A = Math.max(40, Math.round(NATIONAL_VOLUMES.applications * s));
    this.C = Math.max(5, Math.round(NATIONAL_VOLUMES.complaints * s));
    this.W = Math.max(0, Math.round(opts.awaitingPerChamber ?? 200));
    this.U = Math.max(40, Math.round(this.A / 4));
    this.L = Math.min(this.D, Math.round(this.A * 0.96 * 0.9));
    this.E0 = Math.round(this.A * 0.96) - this.L;
    this.today = Math.floor((this.now.getTime() + OFFSET_MS) / DAY_MS);
    this.cal = new DayTable(new WorkingCalendar(), this.startDay - 400, this.today + 200);
    this.endDay = this.cal.subWorkingDays(this.today, 1);

    const weights = REGIONS.map(caseloadWeight);
    const total = weights.reduce((a, b) => a + b, 0);
    let acc = 0;
    this.cumWeights = weights.map((w) => (acc += w / total));
    let b = 0;
    REGIONS.forEach((ref, r) => {
      const list: number[] = [];
      for (const d of ref.districts) {
        list.push(this.districts.length);
        this.districtRegion.push(r);
        this.districts.push(d);
        this.districtBailiffs.push([]);
      }
      this.regionDistricts.push(list);
      const count = Math.max(2, Math.round(NATIONAL_VOLUMES.bailiffs * s * ((weights[r] as number) / total)));
      this.chamberBailiffs.push({ from: b, count });
      for (let i = 0; i < count; i++) {
        const rng = this.rng(S_BAILIFF, b + i);
        const own = new Set(list.filter((_, j) => j % count === i));
        if (own.size === 0) own.add(list[i % list.length] as number);
        while (own.size < 3 && rng.chance(0.3)) own.add(rng.pick(list));
        this.bailiffDistricts.push([...own]);
        for (const d of own) this.districtBailiffs[d]?.push(b + i);
      }
      b += count;
    });
    this.B = b;

    // staff accounts, for using the data set through the API
    const person = (k: number): Identity => this.personIdentity(this.U + k, this.rng(S_USER, this.U + k));
    const add = (login: string, role: string, region: number | null, chamber: number | null, bailiff: number | null = null) => {
      const k = this.staff.length;
      this.staff.push({ login, display: person(k), role, region, chamber, bailiff });
      return k;
    };
    REGIONS.forEach((ref, r) => {
      const code = ref.code.toLowerCase();
      this.justiceOfficer.push(add(`justice.${code}`, 'JUSTICE_OFFICER', r, null));
      add(`commission.${code}`, 'COMMISSION_MEMBER', r, null);
      add(`chamber.${code}`, 'CHAMBER_OFFICIAL', null, r);
      // the account of a bailiff who is not the chamber's head (the head is the first member)
      const members = this.chamberBailiffs[r] ?? { from: 0, count: 1 };
      add(`bailiff.${code}`, 'PRIVATE_BAILIFF', null, r, members.from + (members.count > 1 ? 1 : 0));
      const n = Math.max(1, Math.round(((weights[r] as number) / total) * 60 * Math.min(1, s * 10)));
      const sb: number[] = [];
      for (let i = 1; i <= n; i++) sb.push(add(`statebailiff.${code}.${i}`, 'STATE_BAILIFF', r, null));
      this.stateBailiffs.push(sb);
    });
    add('licensing', 'LICENSING_OFFICER', null, null);
    add('inspector', 'MINISTRY_INSPECTOR', null, null);
    add('quality', 'QUALITY_INSPECTOR', null, null);
    add('admin', 'MINISTRY_ADMIN', null, null);
  }

  rng(stream: number, i: number): Rng {
    return new Rng(mix32(mix32(this.seed * 7919 + stream) + i));
  }

  private pickRegion(u: number): number {
    for (let r = 0; r < this.cumWeights.length; r++) if (u < (this.cumWeights[r] as number)) return r;
    return this.cumWeights.length - 1;
  }

  // ------------------------------------------------------------ people

  personIdentity(pn: number, rng: Rng): Identity {
    const { iin, dayIndex, gender } = iinOf(pn);
    const n = randomName(rng, gender);
    const region = REGIONS[this.pickRegion(rng.next())];
    const digits = String(rng.int(0, 9_999_999)).padStart(7, '0');
    return {
      isOrg: false,
      name: fullNameRu(n),
      latin: n.latin,
      idNumber: iin,
      lastName: n.lastName,
      firstName: n.firstName,
      patronymic: n.patronymic,
      birthIso: fromEpochDay(IIN_FIRST_DAY + dayIndex),
      address: `г. ${region?.centreRu ?? 'Астана'}, ${rng.pick(STREET)}, д. ${rng.int(1, 140)}, кв. ${rng.int(1, 180)}`,
      phone: `+7 ${rng.pick(PHONE_PREFIX)} ${digits.slice(0, 3)} ${digits.slice(3, 5)} ${digits.slice(5)}`,
      email: `${n.latin.replace(' ', '.').toLowerCase()}${pn % 1000}@mail.kz`,
    };
  }

  orgIdentity(n: number, rng: Rng): Identity {
    const name = `ТОО «${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_KINDS)}-${n % 997}»`;
    const region = REGIONS[this.pickRegion(rng.next())];
    return {
      isOrg: true, name, latin: name, idNumber: binOf(n), lastName: '', firstName: '', patronymic: null, birthIso: null,
      address: `г. ${region?.centreRu ?? 'Астана'}, ${rng.pick(STREET)}, д. ${rng.int(1, 140)}, офис ${rng.int(1, 60)}`,
      phone: `+7 727 ${rng.int(200, 399)} ${rng.int(10, 99)} ${rng.int(10, 99)}`, email: `office${n}@company.kz`,
    };
  }

  /** applicant account u: every tenth is a company's */
  applicant(u: number): Identity {
    const rng = this.rng(S_USER, u);
    return u % 10 === 9 ? this.orgIdentity(u, rng) : this.personIdentity(u, rng);
  }

  /** name and IIN/BIN of applicant account u, as in its Person or Organisation row, without the rest */
  applicantName(u: number): { name: string; idNumber: string } {
    const rng = this.rng(S_USER, u);
    if (u % 10 === 9) return { name: `ТОО «${rng.pick(COMPANY_WORDS)} ${rng.pick(COMPANY_KINDS)}-${u % 997}»`, idNumber: binOf(u) };
    const { iin, gender } = iinOf(u);
    return { name: fullNameRu(randomName(rng, gender)), idNumber: iin };
  }

  claimantWithoutAccount(rng: Rng): { name: string; idNumber: string } {
    const { iin, gender } = iinOf(30_000_000 + rng.int(0, 19_000_000));
    return { name: fullNameRu(randomName(rng, gender)), idNumber: iin };
  }

  debtor(rng: Rng, region: number): { name: string; id: string; address: string } {
    const centre = REGIONS[region]?.centreRu ?? 'Астана';
    if (rng.chance(0.3)) {
      const org = this.orgIdentity(1_000_000 + rng.int(0, 4_000_000), rng);
      return { name: org.name, id: org.idNumber, address: org.address };
    }
    const pn = 50_000_000 + rng.int(0, 45_000_000);
    const { iin, gender } = iinOf(pn);
    return { name: fullNameRu(randomName(rng, gender)), id: iin, address: `г. ${centre}, ${rng.pick(STREET)}, д. ${rng.int(1, 140)}, кв. ${rng.int(1, 180)}` };
  }

  // ------------------------------------------------------------ enforcement cases

  /** A private bailiff's full name, as their Person row has it (the API names candidates so). */
  bailiffName(b: number): string {
    const pn = this.U + this.staff.length + b;
    return this.personIdentity(pn, this.rng(S_USER, pn)).name;
  }

  /** The user id of chamber r's official (who assigns). */
  chamberOfficial(r: number): string {
    return makeId('us', this.U + this.staff.findIndex((s) => s.role === 'CHAMBER_OFFICIAL' && s.chamber === r));
  }

  /** The claimant and debtor of document d (its PRNG stream, left where the document's row continues it). */
  parties(d: number, c: Case) {
    const rng = this.rng(S_DEBTOR, d);
    const claimant =
      c.claimant >= 0 ? this.applicantName(c.claimant)
      : c.category === 'STATE_CLAIM_LARGE' || c.category === 'STATE_CLAIM_SMALL' ? { name: `РГУ «Департамент государственных доходов — ${REGIONS[c.region]?.nameRu ?? ''}»`, idNumber: binOf(5_900_000 + c.region) }
      : this.claimantWithoutAccount(rng);
    const debtor = this.debtor(rng, c.region);
    return { rng, claimant, debtor };
  }

  /** The party a bailiff declared a conflict with (BailiffConflict), or null. */
  conflictOf(b: number, region: number): string | null {
    return b % 13 === 5 ? this.debtor(this.rng(S_BAILIFF, 3_000_000 + b), region).id : null;
  }

  private category(rng: Rng): Category {
    const x = rng.next();
    return x < 0.55 ? 'PRIVATE_CLAIM' : x < 0.7 ? 'ALIMONY' : x < 0.88 ? 'STATE_CLAIM_SMALL' : x < 0.92 ? 'STATE_CLAIM_LARGE' : 'NON_PROPERTY';
  }

  private channel(rng: Rng): ChannelCode {
    const x = rng.next();
    return x < 0.62 ? 'PORTAL' : x < 0.9 ? 'JUSTICE_OFFICE' : 'STATE_CORPORATION';
  }

  /** Receipt and registration (T3, T4): some portal claims arrive in the evening, registered next working day. */
  private receipt(rng: Rng, day: number, channel: ChannelCode) {
    // (never on the last day: its next working day may still be ahead of `now`)
    const evening = rng.chance(0.12) && channel === 'PORTAL' && day < this.endDay;
    const receivedAt = evening ? instant(day, 18 * 60 + rng.int(0, 330)) : instant(day, OPEN + rng.int(0, CLOSE - OPEN - 1));
    const regDay = evening ? this.cal.addWorkingDays(day, 1) : day;
    const registeredAt = evening ? instant(regDay, OPEN) : receivedAt;
    const periodStartsAfter = channel === 'STATE_CORPORATION' ? day : regDay - 1;
    return { receivedAt, registeredAt, regDay, decisionDueOn: this.cal.addWorkingDays(periodStartsAfter, 3) };
  }

  /** document j: linked (j < L: application j) or received from a court directly */
  caseOf(j: number, linked: boolean): Case {
    const rng = this.rng(linked ? S_CASE : S_UNLINKED, j);
    const region = this.pickRegion(rng.next());
    const district = rng.pick(this.regionDistricts[region] as number[]);
    const category = this.category(rng);
    const routing = category === 'STATE_CLAIM_LARGE' || rng.chance(0.03) ? 'STATE_BAILIFF' : 'CHAMBER';
    const channel = linked ? this.channel(rng) : 'JUSTICE_OFFICE';
    // national (issue 11): the Chamber's documents span the whole period; before Rules No. 652 (2 March 2026)
    // the claimant chose the bailiff, from then on the Chamber's chain assigns them (national-chains.ts)
    const lastDay = this.endDay;
    const day = this.cal.randomWorkingDay(rng, this.startDay, lastDay);
    const rc = this.receipt(rng, day, channel);
    const chained = routing === 'CHAMBER' && rc.regDay >= this.reformDay;
    let proceeding: ProcStatus;
    let decidedAt: number | null = null;
    let originalReceivedAt: number | null = null;
    let assignedAt: number | null = null;
    let registeredAt = rc.registeredAt;
    let decisionDueOn = rc.decisionDueOn;
    let pending = false;
    if (chained) {
      // CH3: the original handed over on the registration day or the next; assigned within the hour (CH2);
      // E4: the proceeding registered when the bailiff receives it, decided within 3 working days
      const originalDay = Math.min(rng.chance(0.5) ? rc.regDay : this.cal.addWorkingDays(rc.regDay, 1), this.endDay);
      originalReceivedAt = Math.max(instant(originalDay, 10 * 60 + rng.int(0, 360)), rc.registeredAt + 60_000);
      assignedAt = originalReceivedAt + rng.int(1, 50) * 60_000;
      registeredAt = assignedAt;
      decisionDueOn = this.cal.addWorkingDays(originalDay - 1, 3);
      // open overdue (the bailiff has not decided) and, near today, open within the term or due soon
      pending = rng.chance(0.004);
    } else if (routing === 'STATE_BAILIFF') {
      pending = rc.regDay >= this.cal.subWorkingDays(this.endDay, 2) || rng.chance(0.002);
    }
    const regDay = Math.floor((registeredAt + OFFSET_MS) / DAY_MS);
    if (pending) {
      proceeding = 'AWAITING_DECISION';
    } else {
      // E4: decided within 3 working days (the registration day is day 1), mostly
      const late = rng.chance(0.07);
      const decisionDay = late ? this.cal.addWorkingDays(decisionDueOn, rng.int(1, 4)) : rng.chance(0.3) ? regDay : this.cal.addWorkingDays(regDay, 1);
      const decisionAt = Math.max(instant(decisionDay, 10 * 60 + rng.int(0, 480)), registeredAt + rng.int(20, 240) * 60_000);
      decidedAt = decisionAt < this.now.getTime() ? decisionAt : null;
      const x = rng.next();
      if (decidedAt === null) proceeding = 'AWAITING_DECISION';
      else if (x < 0.06) proceeding = 'REFUSED';
      else if ((routing === 'STATE_BAILIFF' || chained) && rc.regDay > this.today - 365 && x < 0.66) proceeding = 'INITIATED';
      else if (routing === 'STATE_BAILIFF' && x < 0.16) proceeding = 'INITIATED';
      else proceeding = x < 0.78 ? 'COMPLETED' : 'TERMINATED';
    }
    const bailiffs = this.districtBailiffs[district] as number[];
    const sb = this.stateBailiffs[region] as number[];
    const picked = routing === 'CHAMBER' ? rng.pick(bailiffs) : -1;
    const open = proceeding === 'AWAITING_DECISION' || proceeding === 'INITIATED';
    const chainedBailiff = chained ? (this.chainedTo.get(j) ?? -1) : -1;
    if (chained && this.chainsBuilt && chainedBailiff < 0) {
      // nobody could lawfully take it on its day (CH2): it waits in the chamber's queue
      return {
        region, district, category, routing, channel, ...rc, decisionDueOn, proceeding: null, decidedAt: null, docStatus: 'AWAITING_ASSIGNMENT', appStatus: 'REGISTERED',
        bailiff: -1, stateBailiff: -1, claimant: linked ? rng.int(0, this.U - 1) : rng.chance(0.4) ? rng.int(0, this.U - 1) : -1, originalReceivedAt, assignedAt: null,
      };
    }
    return {
      region, district, category, routing, channel, ...rc, decisionDueOn, proceeding, decidedAt,
      docStatus: chained ? (open ? 'ASSIGNED' : 'CLOSED') : open ? 'WITH_STATE_BAILIFF' : 'CLOSED',
      appStatus: proceeding === 'AWAITING_DECISION' ? 'IN_REVIEW' : proceeding === 'REFUSED' ? 'REFUSED' : 'APPROVED',
      bailiff: chained ? chainedBailiff : picked,
      stateBailiff: routing === 'STATE_BAILIFF' ? rng.pick(sb) : -1,
      claimant: linked ? rng.int(0, this.U - 1) : rng.chance(0.4) ? rng.int(0, this.U - 1) : -1,
      originalReceivedAt,
      assignedAt,
    };
  }

  /** waiting document w: chamber floor(w / W), received in the last two weeks, original handed over */
  awaitingCase(w: number): Case {
    const rng = this.rng(S_AWAIT, w);
    const region = Math.floor(w / this.W);
    const district = rng.pick(this.regionDistricts[region] as number[]);
    const x = rng.next();
    const category: Category = x < 0.6 ? 'PRIVATE_CLAIM' : x < 0.8 ? 'ALIMONY' : x < 0.93 ? 'STATE_CLAIM_SMALL' : 'NON_PROPERTY';
    const channel = this.channel(rng);
    const day = this.cal.randomWorkingDay(rng, this.cal.subWorkingDays(this.endDay, 9), this.cal.subWorkingDays(this.endDay, 1));
    const rc = this.receipt(rng, day, channel);
    const originalDay = rng.chance(0.5) ? rc.regDay : this.cal.addWorkingDays(rc.regDay, 1);
    return {
      region, district, category, routing: 'CHAMBER', channel, ...rc, proceeding: null, decidedAt: null,
      docStatus: 'AWAITING_ASSIGNMENT', appStatus: 'REGISTERED', bailiff: -1, stateBailiff: -1,
      claimant: rng.int(0, this.U - 1),
      originalReceivedAt: Math.max(Math.min(instant(originalDay, 14 * 60 + rng.int(0, 200)), this.now.getTime() - 60_000), rc.registeredAt + 60_000),
      assignedAt: null,
    };
  }

  number(series: string, ms: number, width = 6): string {
    const year = new Date(ms + OFFSET_MS).getUTCFullYear();
    return `${series}-${year}-${String(this.nextIn(`${series}-${year}`)).padStart(width, '0')}`;
  }

  /** A proceeding's number: the API's series per region and year (proceedingNumber). */
  proceedingNumber(regionCode: string, ms: number): string {
    const year = new Date(ms + OFFSET_MS).getUTCFullYear();
    return proceedingNumber(regionCode, year, this.nextIn(proceedingSeries(regionCode, year)));
  }

  private nextIn(key: string): number {
    const n = (this.seqs.get(key) ?? 0) + 1;
    this.seqs.set(key, n);
    return n;
  }

  // ------------------------------------------------------------ writing

  async write(load: Load, client: pg.Client): Promise<void> {
    const cal = this.cal;
    const nowIso = this.now.toISOString();
    const regionId = (r: number) => makeId('rg', r);
    const districtId = (d: number) => makeId('ds', d);
    const chamberId = (r: number) => makeId('ch', r);
    const userId = (u: number) => makeId('us', u);
    const staffUser = (k: number) => userId(this.U + k);

    await load('Region', ['id', 'code', 'kind', 'nameKk', 'nameRu', 'nameEn'], REGIONS.length, (r) => {
      const x = REGIONS[r];
      return x ? line(regionId(r), x.code, x.kind, t(x.nameKk), t(x.nameRu), t(x.nameEn)) : null;
    });
    await load('EnforcementDistrict', ['id', 'code', 'regionId', 'nameKk', 'nameRu', 'nameEn'], this.districts.length, (d) => {
      const x = this.districts[d];
      return x ? line(districtId(d), x.code, regionId(this.districtRegion[d] as number), t(x.nameKk), t(x.nameRu), t(x.nameEn)) : null;
    });
    await load('Chamber', ['id', 'regionId', 'name'], REGIONS.length, (r) => line(chamberId(r), regionId(r), t(chamberName(REGIONS[r] as (typeof REGIONS)[number]))));
    const policyFrom = new Date(`${RULES_652_IN_FORCE}T00:00:00+05:00`).toISOString();
    await load('AssignmentPolicy', ['id', 'chamberId', 'version', 'config', 'activeFrom'], REGIONS.length, (r) =>
      line(makeId('po', r), chamberId(r), 1, t(JSON.stringify(DEFAULT_POLICY_CONFIG)), policyFrom),
    );
    await load('MonthlyCalculationIndex', ['year', 'amountTenge'], MONTHLY_CALCULATION_INDEX.length, (i) => {
      const m = MONTHLY_CALCULATION_INDEX[i];
      return m ? line(m.year, m.amountTenge) : null;
    });

    // people and accounts: applicants [0, U), staff [U, U + staff), bailiffs' persons after them
    const S = this.staff.length;
    const bailiffPn = (b: number) => this.U + S + b;
    const bailiffIdentity = (b: number) => this.personIdentity(bailiffPn(b), this.rng(S_USER, bailiffPn(b)));
    const personRow = (pn: number, id: Identity, createdMs: number) =>
      line(makeId('pe', pn), id.idNumber, t(id.lastName), t(id.firstName), t(id.patronymic), id.birthIso ?? NULL, t(id.address), t(id.phone), t(id.email), ts(createdMs));
    const createdOf = (u: number) => instant(this.startDay + (u % (this.endDay - this.startDay)), 12 * 60);
    await load('Person', ['id', 'iin', 'lastName', 'firstName', 'patronymic', 'birthDate', 'address', 'phone', 'email', 'createdAt'], this.U + S + this.B, (pn) => {
      if (pn < this.U) {
        if (pn % 10 === 9) return null;
        return personRow(pn, this.applicant(pn), createdOf(pn));
      }
      if (pn < this.U + S) {
        const s = this.staff[pn - this.U] as (typeof this.staff)[number];
        return s.bailiff !== null ? null : personRow(pn, s.display, instant(this.startDay, 9 * 60)); // a bailiff's account uses the bailiff's person
      }
      return personRow(pn, bailiffIdentity(pn - this.U - S), instant(this.startDay, 9 * 60));
    });
    await load('Organisation', ['id', 'bin', 'name', 'address', 'createdAt'], this.U, (u) => {
      if (u % 10 !== 9) return null;
      const o = this.applicant(u);
      return line(makeId('or', u), o.idNumber, t(o.name), t(o.address), ts(createdOf(u)));
    });
    const locales = ['KK', 'RU', 'RU', 'EN'];
    await load('User', ['id', 'login', 'displayName', 'locale', 'personId', 'organisationId', 'createdAt'], this.U + S, (u) => {
      if (u < this.U) {
        const a = this.applicant(u);
        return line(userId(u), `id:${a.idNumber}`, t(a.isOrg ? a.name : a.latin), locales[u % 4] as string, a.isOrg ? NULL : makeId('pe', u), a.isOrg ? makeId('or', u) : NULL, ts(createdOf(u)));
      }
      const s = this.staff[u - this.U] as (typeof this.staff)[number];
      const personId = s.bailiff !== null ? makeId('pe', bailiffPn(s.bailiff)) : makeId('pe', u);
      const name = s.bailiff !== null ? bailiffIdentity(s.bailiff).latin : s.display.latin;
      return line(userId(u), s.login, t(name), locales[u % 4] as string, personId, NULL, ts(instant(this.startDay, 9 * 60)));
    });
    await load('RoleGrant', ['id', 'userId', 'role', 'regionId', 'chamberId'], this.U + S, (u) => {
      if (u < this.U) return line(makeId('gr', u), userId(u), 'APPLICANT', NULL, NULL);
      const s = this.staff[u - this.U] as (typeof this.staff)[number];
      return line(makeId('gr', u), userId(u), s.role, s.region === null ? NULL : regionId(s.region), s.chamber === null ? NULL : chamberId(s.chamber));
    });

    // private bailiffs: licences, membership, competence, a little availability
    const bailiffUserOf = new Map(this.staff.map((s, k) => [s.bailiff, k] as const).filter(([b]) => b !== null));
    const chamberOf = (b: number) => this.chamberBailiffs.findIndex((c) => b >= c.from && b < c.from + c.count);
    await load('Licence', ['id', 'number', 'holderId', 'status', 'basis', 'basisDetails', 'authorisedManager', 'placeOfIssue', 'issuedAt', 'suspendedAt'], this.B, (b) => {
      const rng = this.rng(S_BAILIFF, 1_000_000 + b);
      const year = rng.int(2010, 2024);
      const issued = instant(epochDay(`${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`), 11 * 60);
      const suspended = b % 97 === 3;
      const attested = rng.chance(0.6);
      const r = chamberOf(b);
      const details = attested
        ? { attestationDecision: { number: `АК-${year}-${rng.int(10, 99)}`, date: fromEpochDay(Math.floor((issued + OFFSET_MS) / DAY_MS) - 40), region: REGIONS[r]?.code } }
        : { labourRecord: [{ position: 'STATE_ENFORCEMENT_BODY', organisation: justiceBodyName(REGIONS[r] as (typeof REGIONS)[number]), startedOn: `${year - 6}-09-01`, endedOn: `${year - 1}-08-31`, dismissedForNegativeReasons: false }] };
      return line(
        makeId('li', b), `${String(year % 100).padStart(2, '0')}${String(100_000 + b).padStart(6, '0')}`, makeId('pe', bailiffPn(b)),
        suspended ? 'SUSPENDED' : 'ACTIVE', attested ? 'ATTESTATION' : 'LABOUR_RECORD', t(JSON.stringify(details)),
        'Zhakupov M. K., Director of the Department of Enforcement Proceedings', 'Astana', ts(issued),
        suspended ? ts(instant(this.cal.subWorkingDays(this.endDay, 5), 15 * 60)) : NULL,
      );
    });
    await load('PrivateBailiff', ['id', 'personId', 'userId', 'chamberId', 'licenceId', 'office', 'isChamberHead', 'memberSince'], this.B, (b) => {
      const r = chamberOf(b);
      const rng = this.rng(S_BAILIFF, 2_000_000 + b);
      const k = bailiffUserOf.get(b);
      const head = this.chamberBailiffs[r]?.from === b;
      return line(
        makeId('ba', b), makeId('pe', bailiffPn(b)), k === undefined ? NULL : staffUser(k), chamberId(r), makeId('li', b),
        t(`г. ${REGIONS[r]?.centreRu ?? ''}, ${rng.pick(STREET)}, д. ${rng.int(1, 140)}, офис ${rng.int(1, 30)}`), head,
        `${rng.int(2010, 2018)}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`,
      );
    });
    await load('BailiffDistrict', ['bailiffId', 'districtId'], this.B, (b) => (this.bailiffDistricts[b] ?? []).map((d) => line(makeId('ba', b), districtId(d))));
    await load('BailiffAvailability', ['id', 'bailiffId', 'kind', 'startsOn', 'endsOn', 'reason', 'recordedById'], this.B, (b) => {
      const r = chamberOf(b);
      const official = staffUser(this.staff.findIndex((s) => s.role === 'CHAMBER_OFFICIAL' && s.chamber === r));
      const members = this.chamberBailiffs[r] ?? { from: -1, count: 0 };
      if (b % 97 === 3) return line(makeId('av', b), makeId('ba', b), 'SUSPENSION', cal.isoOf(cal.subWorkingDays(this.endDay, 5)), NULL, t('Licence suspended by the Ministry of Justice (L9)'), official);
      if (b % 41 === 7) return line(makeId('av', b), makeId('ba', b), 'LEAVE', cal.isoOf(this.today - 6), cal.isoOf(this.today + 8), t('Annual paid leave'), official);
      // heads of every other chamber pause distribution to themselves (where the chamber is big enough)
      if (b === members.from && r % 2 === 0 && members.count > 3) {
        return line(makeId('av', b), makeId('ba', b), 'PAUSE', cal.isoOf(cal.subWorkingDays(this.endDay, 20)), NULL, t('Chamber head: distribution to themself paused'), official);
      }
      return null;
    });
    await load('BailiffConflict', ['id', 'bailiffId', 'partyId', 'reason'], this.B, (b) => {
      const party = this.conflictOf(b, chamberOf(b));
      return party === null ? null : line(makeId('cf', b), makeId('ba', b), party, t('Declared conflict of interest: a relative'));
    });

    // national (issue 11): the Chamber's chains since Rules No. 652 (before the rows that name their bailiffs),
    // the chamber heads they leave, and the Ministry's inspections of the chambers (CH5)
    const chains = await writeChains(this, load, line, t);
    for (const h of chains.heads) {
      await client.query(`UPDATE "Chamber" SET "sequence" = $1, "headHash" = $2 WHERE "id" = $3`, [h.sequence, h.headHash, chamberId(h.chamber)]);
    }
    this.chainSummary = chains;
    await writeInspections(this, load, line, t, (r) => chamberName(REGIONS[r] as (typeof REGIONS)[number]), this.scale);

    // attestation sessions: each region, every three months from January 2025
    const sessions: { id: string; region: number; heldDay: number; closeDay: number }[] = [];
    REGIONS.forEach((_, r) => {
      for (let q = 0; q < 12; q++) {
        const first = epochDay(`${2025 + Math.floor(q / 4)}-${String((q % 4) * 3 + 2).padStart(2, '0')}-15`);
        if (first > this.today + 120) break;
        const heldDay = cal.addWorkingDays(first, (r % 5) + 1);
        sessions.push({ id: makeId('se', sessions.length), region: r, heldDay, closeDay: cal.subWorkingDays(heldDay, 5) });
      }
    });
    await load('AttestationSession', ['id', 'regionId', 'heldAt', 'place', 'applicationsCloseOn', 'status', 'createdAt'], sessions.length, (i) => {
      const s = sessions[i];
      if (!s) return null;
      const held = instant(s.heldDay, 10 * 60);
      const status = s.heldDay >= this.today ? 'ANNOUNCED' : s.heldDay >= cal.subWorkingDays(this.today, 2) ? 'HELD' : 'MINUTES_SIGNED';
      return line(s.id, regionId(s.region), ts(held), t(`${justiceBodyName(REGIONS[s.region] as (typeof REGIONS)[number])}, assembly hall`), cal.isoOf(s.closeDay), status, ts(instant(s.closeDay - 40, 10 * 60)));
    });

    // ---------------------------------------------------------- applications
    // [0, L): ENF with a document; [L, L + 20W): ENF waiting for assignment; then ENF without a document;
    // then the other services. Each is a pure function of its index, computed twice (rows, then stages).
    const nAwait = this.W * REGIONS.length;
    const nOther = this.A - this.L - this.E0;
    const total = this.L + nAwait + this.E0 + Math.max(0, nOther);
    interface App {
      id: string; kind: string; channel: ChannelCode; status: AppStatus; applicant: number; region: number | null;
      receivedAt: number | null; registeredAt: number | null; dueOn: number | null; decidedAt: number | null;
      grounds: string[]; missing: string[]; reason: string | null; sessionId: string | null; created: number;
      stages: [AppStatus, string, number, string | null][];
      actor: string;
    }
    // the first few licence applications take every status, so that each appears at any scale
    const FORCED: AppStatus[] = ['DRAFT', 'REGISTERED', 'IN_REVIEW', 'HEARING', 'APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];
    const other = (k: number): App => {
      const rng = this.rng(S_OTHER, k);
      const x = rng.next();
      const forced = FORCED[k];
      const kind = forced ? 'LICENCE' : x < 0.3 ? 'ATTESTATION' : x < 0.5 ? 'ATTESTATION_AND_LICENCE' : x < 0.8 ? 'LICENCE' : 'LICENCE_REISSUE';
      const applicant = rng.int(0, this.U - 1);
      const attest = kind === 'ATTESTATION' || kind === 'ATTESTATION_AND_LICENCE';
      const session = attest ? sessions[rng.int(0, sessions.length - 1)] : undefined;
      const day = forced
        ? cal.subWorkingDays(this.endDay, ['REGISTERED', 'IN_REVIEW', 'HEARING'].includes(forced) ? 1 : 30)
        : session
          ? Math.min(cal.subWorkingDays(session.closeDay, rng.int(1, 15)), this.endDay)
          : cal.randomWorkingDay(rng, epochDay('2024-01-03'), this.endDay);
      const rc = this.receipt(rng, day, 'PORTAL');
      const region = session ? session.region : null;
      const dueDay = session ? cal.addWorkingDays(session.closeDay, 10) : kind === 'LICENCE_REISSUE' ? rc.regDay : cal.addWorkingDays(rc.regDay - 1, 10);
      // national: some decided after the term (L4, A7 terms missed); undecided past it, they are overdue
      const lateBy = !forced && kind !== 'LICENCE_REISSUE' && rng.chance(0.06) ? rng.int(1, 5) : 0;
      const decidedBy = lateBy ? cal.addWorkingDays(dueDay, lateBy) : session ? cal.addWorkingDays(session.heldDay, 1) : cal.addWorkingDays(rc.regDay, kind === 'LICENCE_REISSUE' ? 1 : rng.int(3, 9));
      const settled = decidedBy < this.today;
      const needsHearing = kind !== 'LICENCE_REISSUE'; // A11
      const y = rng.next();
      let status: AppStatus;
      if (forced) status = forced;
      else if (y < 0.03) status = 'DRAFT';
      else if (y < 0.08) status = 'REJECTED_INCOMPLETE';
      else if (y < 0.1) status = 'WITHDRAWN';
      else if (!settled) status = y < 0.4 ? 'REGISTERED' : y < 0.85 ? 'IN_REVIEW' : 'HEARING';
      else status = y < 0.72 ? 'APPROVED' : 'REFUSED';
      const actor = kind.startsWith('LICENCE') ? staffUser(this.staff.findIndex((s) => s.role === 'LICENSING_OFFICER')) : staffUser(this.justiceOfficer[region ?? 0] as number);
      const reg = rc.registeredAt;
      const stages: App['stages'] = [];
      let decidedAt: number | null = null;
      let grounds: string[] = [];
      let reason: string | null = null;
      if (status === 'DRAFT') {
        stages.push(['DRAFT', 'draft-saved', rc.receivedAt, null]);
      } else {
        stages.push(['REGISTERED', 'registered', reg, null]);
        const checked = instant(cal.addWorkingDays(rc.regDay, 1), 11 * 60);
        if (status === 'REJECTED_INCOMPLETE') {
          decidedAt = checked;
          reason = kind.startsWith('LICENCE') ? 'Incomplete application (L3): documents missing or expired.' : 'Incomplete application (A4): the internship conclusion is missing.';
          stages.push(['REJECTED_INCOMPLETE', 'completeness-check-failed', checked, reason]);
        } else if (status === 'WITHDRAWN') {
          decidedAt = Math.min(checked, this.now.getTime() - 60_000);
          stages.push(['WITHDRAWN', 'withdrawn', decidedAt, null]);
        } else if (status !== 'REGISTERED') {
          stages.push(['IN_REVIEW', 'completeness-checked', Math.min(checked, this.now.getTime() - 60_000), null]);
          if (status === 'HEARING' || (status === 'REFUSED' && needsHearing)) {
            const notice = Math.max(instant(cal.subWorkingDays(Math.max(decidedBy, rc.regDay + 5), 3), 10 * 60), reg + 3_600_000);
            stages.push(['HEARING', 'preliminary-decision-sent', Math.min(notice, this.now.getTime() - 60_000), null]);
          }
          if (status === 'APPROVED' || status === 'REFUSED') {
            decidedAt = kind === 'LICENCE_REISSUE' ? reg + rng.int(5, 19) * 60_000 : instant(decidedBy, 16 * 60);
            if (status === 'REFUSED') {
              grounds = kind.startsWith('LICENCE') ? [rng.pick(['FEE_NOT_PAID', 'QUALIFICATION_NOT_MET', 'UNRELIABLE_DATA'])] : attest && rng.chance(0.7) ? [] : ['INTERNSHIP_NONCOMPLIANCE'];
              reason = grounds.length ? `Refused: ${grounds.join(', ').toLowerCase().replace(/_/g, ' ')}.` : 'Attestation not passed (A7, A8).';
            }
            stages.push([status, status === 'APPROVED' ? 'result-issued' : 'refused', decidedAt, reason]);
          }
        }
      }
      return {
        id: '', kind, channel: 'PORTAL', status, applicant, region, receivedAt: status === 'DRAFT' ? null : rc.receivedAt,
        registeredAt: status === 'DRAFT' ? null : reg, dueOn: status === 'DRAFT' ? null : dueDay, decidedAt, grounds, missing: [], reason,
        sessionId: session?.id ?? null, created: rc.receivedAt, stages, actor,
      };
    };
    const enfNoDoc = (k: number): App => {
      const rng = this.rng(S_ENFNODOC, k);
      const region = this.pickRegion(rng.next());
      const channel = this.channel(rng);
      const day = cal.randomWorkingDay(rng, this.startDay, this.endDay);
      const rc = this.receipt(rng, day, channel);
      const x = rng.next();
      const status: AppStatus = channel === 'PORTAL' && x < 0.25 ? 'DRAFT' : x < 0.7 && channel !== 'PORTAL' ? 'REJECTED_INCOMPLETE' : 'WITHDRAWN';
      const actor = staffUser(this.justiceOfficer[region] as number);
      const applicant = rng.int(0, this.U - 1);
      if (status === 'DRAFT') {
        return { id: '', kind: 'ENFORCEMENT_INITIATION', channel, status, applicant, region, receivedAt: null, registeredAt: null, dueOn: null, decidedAt: null, grounds: [], missing: [], reason: null, sessionId: null, created: rc.receivedAt, stages: [['DRAFT', 'draft-saved', rc.receivedAt, null]], actor };
      }
      if (status === 'REJECTED_INCOMPLETE') {
        const missing = rng.chance(0.5) ? ['EXECUTIVE_DOCUMENT'] : ['IDENTITY_DOCUMENT'];
        return {
          id: '', kind: 'ENFORCEMENT_INITIATION', channel, status, applicant, region, receivedAt: rc.receivedAt, registeredAt: null, dueOn: null, decidedAt: rc.receivedAt,
          grounds: ['INCOMPLETE_PACKAGE'], missing, reason: `Incomplete package (E3). Missing: ${missing.join(', ')}.`, sessionId: null, created: rc.receivedAt,
          stages: [['REJECTED_INCOMPLETE', 'refused-at-acceptance', rc.receivedAt, `Receipt (Annex 4): missing ${missing.join(', ')}`]], actor,
        };
      }
      const withdrawn = Math.min(rc.registeredAt + rng.int(30, 600) * 60_000, this.now.getTime() - 60_000);
      return {
        id: '', kind: 'ENFORCEMENT_INITIATION', channel, status, applicant, region, receivedAt: rc.receivedAt, registeredAt: rc.registeredAt, dueOn: null, decidedAt: withdrawn,
        grounds: [], missing: [], reason: null, sessionId: null, created: rc.receivedAt,
        stages: [['REGISTERED', 'registered', rc.registeredAt, null], ['WITHDRAWN', 'withdrawn', withdrawn, 'Withdrawn by the applicant.']], actor,
      };
    };
    const enfOf = (c: Case, awaiting: boolean): App => {
      const actor = c.routing === 'STATE_BAILIFF' ? staffUser(c.stateBailiff) : staffUser(this.justiceOfficer[c.region] as number);
      const stages: App['stages'] = [
        ['REGISTERED', 'registered', c.registeredAt, c.registeredAt !== c.receivedAt ? 'Received after hours; registered the next working day (T3).' : null],
        ['REGISTERED', c.routing === 'STATE_BAILIFF' ? 'routed-to-state-bailiff' : awaiting || c.originalReceivedAt !== null ? 'routed-to-chamber' : 'sent-to-private-bailiff', c.registeredAt + 60_000, null],
      ];
      if (c.originalReceivedAt !== null) stages.push(['REGISTERED', 'original-received', c.originalReceivedAt, 'The paper original was handed to the Chamber (CH3).']);
      if (c.assignedAt !== null) {
        // CH2, E4: the Chamber's assignment, then the bailiff's decision
        stages.push(['IN_REVIEW', 'bailiff-assigned', c.assignedAt, 'Assigned by the Chamber (CH2).']);
        if (c.decidedAt !== null) stages.push([c.appStatus, c.appStatus === 'APPROVED' ? 'proceedings-initiated' : 'initiation-refused', c.decidedAt, null]);
      } else if (c.appStatus === 'IN_REVIEW') stages.push(['IN_REVIEW', 'with-state-bailiff', c.registeredAt + 120_000, null]);
      if (c.assignedAt === null && c.decidedAt !== null) {
        stages.push([c.appStatus, c.appStatus === 'APPROVED' ? 'proceedings-initiated' : 'refused', c.decidedAt, null]);
      }
      const refused = c.appStatus === 'REFUSED';
      return {
        id: '', kind: 'ENFORCEMENT_INITIATION', channel: c.channel, status: c.appStatus, applicant: c.claimant, region: c.region,
        receivedAt: c.receivedAt, registeredAt: c.registeredAt, dueOn: awaiting || c.proceeding === null ? null : c.decisionDueOn, decidedAt: c.decidedAt,
        grounds: refused ? ['ARTICLE_38_NONCOMPLIANCE'] : [], missing: [], reason: refused ? 'The executive document does not meet art. 38 of the Law on Enforcement Proceedings (E5).' : null,
        sessionId: null, created: c.receivedAt, stages, actor,
      };
    };
    const appAt = (i: number): App => {
      const a =
        i < this.L ? enfOf(this.caseOf(i, true), false)
        : i < this.L + nAwait ? enfOf(this.awaitingCase(i - this.L), true)
        : i < this.L + nAwait + this.E0 ? enfNoDoc(i - this.L - nAwait)
        : other(i - this.L - nAwait - this.E0);
      a.id = makeId('ap', i);
      return a;
    };
    const series: Record<string, string> = { ENFORCEMENT_INITIATION: 'ENF', ATTESTATION: 'ATT', ATTESTATION_AND_LICENCE: 'ATL', LICENCE: 'LIC', LICENCE_REISSUE: 'LRE' };
    const form = t(JSON.stringify({ requestsWrit: false, byRepresentative: false, documents: ['EXECUTIVE_DOCUMENT'] }));
    await load('ServiceApplication', [
      'id', 'number', 'kind', 'channel', 'status', 'applicantId', 'providerRegionId', 'receivedAt', 'registeredAt', 'dueOn', 'decidedAt',
      'form', 'refusalGrounds', 'missingDocuments', 'refusalReason', 'attestationSessionId', 'createdAt', 'updatedAt',
    ], total, (i) => {
      const a = appAt(i);
      const last = a.stages.reduce((m, s) => Math.max(m, s[2]), a.created);
      return line(
        a.id, this.number(series[a.kind] as string, a.receivedAt ?? a.created), a.kind, a.channel, a.status, userId(a.applicant),
        a.region === null ? NULL : regionId(a.region), ts(a.receivedAt), ts(a.registeredAt), a.dueOn === null ? NULL : cal.isoOf(a.dueOn),
        ts(a.decidedAt), a.kind === 'ENFORCEMENT_INITIATION' ? form : '{}', arr(a.grounds), arr(a.missing), t(a.reason), a.sessionId ?? NULL,
        ts(a.created), ts(last),
      );
    });
    let stageN = 0;
    // G2: the role each stage's actor acted in (the applicant for a draft or a withdrawal, else the staff member's)
    const staffRole = new Map(this.staff.map((s, k) => [staffUser(k), s.role]));
    await load('ApplicationStage', ['id', 'applicationId', 'status', 'stage', 'at', 'actorId', 'actorRole', 'note'], total, (i) => {
      const a = appAt(i);
      return a.stages.map(([status, stage, at, note]) => {
        const byApplicant = status === 'DRAFT' || stage === 'withdrawn';
        return line(makeId('st', stageN++), a.id, status, stage, ts(at), byApplicant ? userId(a.applicant) : a.actor, byApplicant ? 'APPLICANT' : (staffRole.get(a.actor) ?? NULL), t(note));
      });
    });

    // ---------------------------------------------------------- executive documents and proceedings
    const docCase = (d: number): Case => (d < this.D ? this.caseOf(d, d < this.L) : this.awaitingCase(d - this.D));
    // the courts of each district: district, second district, economic and juvenile courts
    const courts = this.districts.map((dist, d) => {
      const ref = REGIONS[this.districtRegion[d] as number] as (typeof REGIONS)[number];
      return COURT_SUFFIX.map((suffix, k) => ({
        name: t(`${suffix.replace(/^./, (ch) => ch.toUpperCase())} — ${k === 2 ? ref.nameRu : `${dist.nameRu}, ${ref.nameRu}`}`),
        code: `${ref.iso.slice(3)}${(d % 9) + 1}${k + 1}`,
      }));
    });
    const courtOf = (c: Case, rng: Rng) => {
      const k = c.category === 'ALIMONY' && rng.chance(0.5) ? 3 : c.category === 'PRIVATE_CLAIM' && rng.chance(0.3) ? 2 : rng.int(0, 1);
      return (courts[c.district] as { name: string; code: string }[])[k] as { name: string; code: string };
    };
    const nDocs = this.D + nAwait;
    await load('ExecutiveDocument', [
      'id', 'applicationId', 'court', 'caseNumber', 'issuedOn', 'category', 'amountTenge', 'claimantName', 'claimantIdNumber', 'debtorName',
      'debtorIdNumber', 'debtorAddress', 'districtId', 'routing', 'status', 'originalReceivedAt', 'receivedAt', 'createdAt',
    ], nDocs, (d) => {
      const c = docCase(d);
      const { rng, claimant, debtor } = this.parties(d, c);
      const appId = d < this.L ? makeId('ap', d) : d >= this.D ? makeId('ap', this.L + d - this.D) : null;
      const court = courtOf(c, rng);
      const issuedDay = Math.floor((c.receivedAt + OFFSET_MS) / DAY_MS) - rng.int(15, 150);
      const amount =
        c.category === 'NON_PROPERTY' ? NULL
        : c.category === 'ALIMONY' ? `${rng.int(5, 120) * 10_000}.00`
        : c.category === 'STATE_CLAIM_SMALL' ? `${rng.int(20_000, 4_300_000)}.${String(rng.int(0, 99)).padStart(2, '0')}`
        : c.category === 'STATE_CLAIM_LARGE' ? `${rng.int(4_300_001, 250_000_000)}.00`
        : `${rng.int(50_000, 30_000_000)}.00`;
      return line(
        makeId('dc', d), appId ?? NULL, court.name, `${court.code}-${cal.isoOf(issuedDay).slice(2, 4)}-00-2/${rng.int(1, 19_999)}`, cal.isoOf(issuedDay),
        c.category, amount, t(claimant.name), claimant.idNumber, t(debtor.name), debtor.id, t(debtor.address), districtId(c.district), c.routing, c.docStatus,
        ts(c.originalReceivedAt), ts(c.registeredAt), ts(c.registeredAt),
      );
    });
    await load('EnforcementProceeding', [
      'id', 'number', 'documentId', 'bailiffId', 'stateBailiffId', 'status', 'registeredAt', 'decisionDueOn', 'decidedAt', 'refusalGround', 'refusalReason',
    ], this.D, (d) => {
      const c = docCase(d);
      if (!c.proceeding) return null;
      const refused = c.proceeding === 'REFUSED';
      return line(
        makeId('pr', d), this.proceedingNumber((REGIONS[this.districtRegion[c.district] as number] as (typeof REGIONS)[number]).code, c.assignedAt ?? c.registeredAt), makeId('dc', d), c.bailiff >= 0 ? makeId('ba', c.bailiff) : NULL,
        c.stateBailiff >= 0 ? staffUser(c.stateBailiff) : NULL, c.proceeding, ts(c.assignedAt ?? c.registeredAt), cal.isoOf(c.decisionDueOn), ts(c.decidedAt),
        refused ? 'ARTICLE_38_NONCOMPLIANCE' : NULL, refused ? t('The executive document does not meet art. 38 of the Law on Enforcement Proceedings (E5).') : NULL,
      );
    });

    // ---------------------------------------------------------- complaints (C1–C3)
    // C3: the extension is decided while the term runs, the complainant told within 3 working days
    const notifiedDay = (due: number) => Math.min(cal.addWorkingDays(Math.min(cal.subWorkingDays(due, 1), this.endDay), 1), this.endDay);
    const addressees = ['PROVIDER_HEAD', 'PROVIDER_HEAD', 'PROVIDER_HEAD', 'MINISTRY', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY', 'QUALITY_CONTROL_BODY'];
    await load('Complaint', [
      'id', 'number', 'complainantId', 'addressee', 'applicationId', 'proceedingId', 'subject', 'text', 'status', 'registeredAt', 'dueOn',
      'extendedDueOn', 'extensionReason', 'extensionNotifiedAt', 'decidedAt', 'decision',
    ], this.C, (k) => {
      const rng = this.rng(S_COMPLAINT, k);
      const onProceeding = rng.chance(0.25) && this.L > 0;
      let complainant: number;
      let applicationId: string = NULL;
      let proceedingId: string = NULL;
      let from: number;
      if (onProceeding) {
        const d = rng.int(0, this.L - 1);
        const c = this.caseOf(d, true);
        complainant = c.claimant;
        proceedingId = makeId('pr', d);
        from = c.registeredAt;
      } else {
        let i = rng.int(0, total - 1);
        let a = appAt(i);
        for (let tries = 0; a.status === 'DRAFT' && tries < 5; tries++) a = appAt((i = rng.int(0, total - 1)));
        complainant = a.applicant;
        applicationId = a.id;
        from = a.registeredAt ?? a.receivedAt ?? a.created;
      }
      const fromDay = Math.floor((from + OFFSET_MS) / DAY_MS);
      const regDay = Math.min(cal.addWorkingDays(fromDay, rng.int(2, 30)), this.endDay);
      const addressee = rng.pick(addressees);
      const due = cal.addWorkingDays(regDay, addressee === 'QUALITY_CONTROL_BODY' ? 15 : 5);
      const open = due >= this.today;
      const extended = addressee !== 'STATE_CORPORATION' && rng.chance(open ? 0.25 : 0.05);
      const extendedDue = extended ? cal.addWorkingDays(due, rng.int(5, 10)) : null;
      // national: most decided within the term (C2, C3), some after it; undecided past it, they are overdue
      const lateBy = rng.chance(0.08) ? rng.int(1, 6) : 0;
      const plannedDay = lateBy ? cal.addWorkingDays(extendedDue ?? due, lateBy) : cal.subWorkingDays(extendedDue ?? due, rng.int(0, 2));
      const stillOpen = plannedDay >= this.today;
      const x = rng.next();
      const status = stillOpen ? (extended ? 'EXTENDED' : 'REGISTERED') : x < 0.3 ? 'UPHELD' : x < 0.9 ? 'REJECTED' : 'WITHDRAWN';
      const decidedDay = stillOpen ? null : plannedDay;
      return line(
        makeId('co', k), this.number('CMP', instant(regDay, 12 * 60)), userId(complainant), addressee, applicationId, proceedingId,
        onProceeding ? 'Action or inaction of the bailiff' : 'Decision on the application', t('The complainant disputes the decision and asks to restore the violated rights.'),
        status, ts(instant(regDay, 10 * 60 + rng.int(0, 420))), cal.isoOf(due), extendedDue === null ? NULL : cal.isoOf(extendedDue),
        extended ? rng.pick(['ADDITIONAL_STUDY', 'ON_SITE_CHECK', 'MORE_INFORMATION']) : NULL,
        extended ? ts(instant(notifiedDay(due), 11 * 60)) : NULL,
        decidedDay === null ? NULL : ts(instant(decidedDay, 16 * 60)),
        status === 'UPHELD' ? t('Upheld: proposals to restore the violated rights directed to the provider (C4).') : status === 'REJECTED' ? t('Rejected: no violation found.') : status === 'WITHDRAWN' ? t('Withdrawn by the complainant.') : NULL,
      );
    });

    // the API continues these series after the generated numbers
    await load('NumberSequence', ['key', 'value'], this.seqs.size, (i) => {
      const e = [...this.seqs][i];
      return e ? line(e[0], e[1]) : null;
    });
    await client.query(
      `INSERT INTO "AuditLog" ("action", "entityType", "entityId", "data") VALUES ('seed.national', 'System', 'national', $1)`,
      [JSON.stringify({ seed: this.seed, now: nowIso, bailiffs: this.B, documents: this.D, applications: total, complaints: this.C, licenceFee2026: licenceFee(2026) })],
    );
  }
}
