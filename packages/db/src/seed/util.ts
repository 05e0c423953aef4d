// Helpers shared by the demo seed and the national data set: a seeded PRNG, id factories, people's names,
// dates in Asia/Almaty, and a weekend-skipping working-day count.
import { randomBytes } from 'node:crypto';

/** splitmix32 finaliser: a well-mixed 32-bit hash of an integer. */
export function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** A small deterministic PRNG (mulberry32). Same seed, same sequence, on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = mix32(seed) || 1;
  }
  /** uniform in [0, 1) */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** integer in [min, max] */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** an item chosen with the given weights */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items.at(-1);
    if (!last) throw new Error('weighted pick from an empty list');
    return last[0];
  }
  /** `k` distinct items (k <= items.length), in random order */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, k);
  }
}

/**
 * An id nobody can guess, shaped like Prisma's cuid (25 lowercase characters starting with "c"): "c" and 24
 * base-36 digits of 124 random bits from the operating system's CSPRNG. The demo seed's ids (the API's global ids
 * are base64 of "Type:id", so a formula behind them would let anyone name another user's record).
 */
export function randomId(): string {
  if (randomOffset >= randomPool.length) {
    randomPool = randomBytes(16 * 1024); // one system call for a thousand ids
    randomOffset = 0;
  }
  const bits = BigInt(`0x${randomPool.toString('hex', randomOffset, (randomOffset += 16))}`) >> 4n;
  return `c${bits.toString(36).padStart(24, '0')}`;
}
let randomPool = Buffer.alloc(0);
let randomOffset = 0;

/** A source of {@link randomId} ids (the demo seed's), counting what it issued. */
export class RandomIds {
  private counter = 0;
  next(): string {
    this.counter++;
    return randomId();
  }
  get issued(): number {
    return this.counter;
  }
}

/**
 * Ids for the national benchmark data set only (never for data a user signs in to: they can be guessed):
 * shaped like Prisma's cuid (25 lowercase characters starting with "c"): "c", a two-letter tag, ten base-36
 * digits of `n` (so ids of one tag sort in the order they were made, which keeps primary-key indexes
 * append-only), twelve pseudo-random base-36 characters. A pure function of (tag, n): rows can point at each
 * other by index without keeping ids in memory.
 */
export function makeId(tag: string, n: number): string {
  const a = mix32(n ^ 0x5bd1e995);
  const b = mix32(a ^ n ^ 0x27d4eb2f);
  const tail = (a.toString(36) + b.toString(36) + '0000000000000').slice(0, 12);
  return `c${tag}${n.toString(36).padStart(10, '0')}${tail}`;
}

/** Consecutive {@link makeId} ids of one tag. */
export class IdFactory {
  private counter = 0;
  constructor(private readonly tag: string) {
    if (!/^[a-z]{2}$/.test(tag)) throw new Error('an id tag is two lowercase letters');
  }
  next(): string {
    return makeId(this.tag, this.counter++);
  }
  get issued(): number {
    return this.counter;
  }
}

// ---------------------------------------------------------------- names

export type Name = readonly [cyrillic: string, latin: string];

export const MALE_NAMES: readonly Name[] = [
  ['Айдар', 'Aidar'], ['Ерлан', 'Yerlan'], ['Нурлан', 'Nurlan'], ['Бауыржан', 'Bauyrzhan'], ['Ержан', 'Yerzhan'],
  ['Асхат', 'Askhat'], ['Даурен', 'Dauren'], ['Тимур', 'Timur'], ['Арман', 'Arman'], ['Берик', 'Berik'],
  ['Марат', 'Marat'], ['Руслан', 'Ruslan'], ['Серик', 'Serik'], ['Канат', 'Kanat'], ['Алмас', 'Almas'],
  ['Дархан', 'Darkhan'], ['Жандос', 'Zhandos'], ['Мади', 'Madi'], ['Санжар', 'Sanzhar'], ['Ильяс', 'Ilyas'],
  ['Азамат', 'Azamat'], ['Болат', 'Bolat'], ['Ринат', 'Rinat'], ['Олжас', 'Olzhas'], ['Андрей', 'Andrei'],
  ['Сергей', 'Sergei'], ['Дмитрий', 'Dmitry'], ['Виктор', 'Viktor'], ['Аслан', 'Aslan'], ['Нурсултан', 'Nursultan'],
];

export const FEMALE_NAMES: readonly Name[] = [
  ['Айгерим', 'Aigerim'], ['Динара', 'Dinara'], ['Жанар', 'Zhanar'], ['Гульнара', 'Gulnara'], ['Асель', 'Assel'],
  ['Камила', 'Kamila'], ['Мадина', 'Madina'], ['Сауле', 'Saule'], ['Алия', 'Aliya'], ['Дана', 'Dana'],
  ['Айнур', 'Ainur'], ['Жулдыз', 'Zhuldyz'], ['Меруерт', 'Meruert'], ['Салтанат', 'Saltanat'], ['Гаухар', 'Gaukhar'],
  ['Акмарал', 'Akmaral'], ['Томирис', 'Tomiris'], ['Ботагоз', 'Botagoz'], ['Анна', 'Anna'], ['Елена', 'Yelena'],
  ['Ольга', 'Olga'], ['Наталья', 'Natalya'], ['Анель', 'Anel'], ['Карлыгаш', 'Karlygash'],
];

/** Surnames in their male form; `femaleSurname` derives the female one. */
export const SURNAMES: readonly Name[] = [
  ['Ахметов', 'Akhmetov'], ['Жумабаев', 'Zhumabayev'], ['Касымов', 'Kassymov'], ['Искаков', 'Iskakov'],
  ['Оспанов', 'Ospanov'], ['Сулейменов', 'Suleimenov'], ['Абенов', 'Abenov'], ['Ермеков', 'Yermekov'],
  ['Кенжебаев', 'Kenzhebayev'], ['Муканов', 'Mukanov'], ['Тулегенов', 'Tulegenov'], ['Байжанов', 'Baizhanov'],
  ['Садыков', 'Sadykov'], ['Омаров', 'Omarov'], ['Нургалиев', 'Nurgaliyev'], ['Смагулов', 'Smagulov'],
  ['Жаксылыков', 'Zhaksylykov'], ['Бекмухамбетов', 'Bekmukhambetov'], ['Иванов', 'Ivanov'], ['Ким', 'Kim'],
  ['Сапар', 'Sapar'], ['Нурпеисов', 'Nurpeisov'], ['Алиев', 'Aliyev'], ['Есенов', 'Yessenov'],
  ['Утегенов', 'Utegenov'], ['Темирханов', 'Temirkhanov'], ['Кудайбергенов', 'Kudaibergenov'], ['Шаймерденов', 'Shaimerdenov'],
  ['Петров', 'Petrov'], ['Рахимов', 'Rakhimov'],
];

/** Fathers' names used for patronymics (they all end in a consonant). */
const PATRONYMIC_ROOTS: readonly Name[] = MALE_NAMES.filter(([c]) => /[бвгджзклмнпрстфхцчшщ]$/.test(c));

export function femaleSurname([c, l]: Name): Name {
  return /(ов|ев|ин)$/.test(c) ? [`${c}а`, `${l}a`] : [c, l];
}

export interface PersonName {
  lastName: string;
  firstName: string;
  patronymic: string | null;
  /** "Firstname Lastname" in Latin letters */
  latin: string;
  latinFirst: string;
  latinLast: string;
}

export function randomName(rng: Rng, gender: 'MALE' | 'FEMALE'): PersonName {
  const first = rng.pick(gender === 'MALE' ? MALE_NAMES : FEMALE_NAMES);
  const sur = rng.pick(SURNAMES);
  const last = gender === 'MALE' ? sur : femaleSurname(sur);
  const father = rng.pick(PATRONYMIC_ROOTS);
  const patronymic = rng.chance(0.9) ? `${father[0]}${gender === 'MALE' ? 'ович' : 'овна'}` : null;
  return {
    lastName: last[0],
    firstName: first[0],
    patronymic,
    latin: `${first[1]} ${last[1]}`,
    latinFirst: first[1],
    latinLast: last[1],
  };
}

/** "Фамилия Имя Отчество" as written in executive documents. */
export function fullNameRu(n: { lastName: string; firstName: string; patronymic: string | null }): string {
  return [n.lastName, n.firstName, n.patronymic].filter(Boolean).join(' ');
}

const STREETS = [
  'ул. Абая', 'ул. Толе би', 'пр. Республики', 'ул. Байтурсынова', 'ул. Сатпаева', 'ул. Кунаева', 'ул. Жамбыла',
  'ул. Абылай хана', 'ул. Айтеке би', 'ул. Казыбек би', 'мкр. Восток', 'ул. Желтоксан', 'ул. Бокейханова', 'ул. Мухита',
];

export function randomAddress(rng: Rng, cityRu: string): string {
  const flat = rng.chance(0.7) ? `, кв. ${rng.int(1, 180)}` : '';
  return `${cityRu}, ${rng.pick(STREETS)}, д. ${rng.int(1, 140)}${flat}`;
}

const PHONE_PREFIXES = ['701', '702', '705', '707', '708', '747', '771', '775', '777', '778'];

export function randomPhone(rng: Rng): string {
  const n = String(rng.int(0, 9_999_999)).padStart(7, '0');
  return `+7 ${rng.pick(PHONE_PREFIXES)} ${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
}

export function emailFor(latinFirst: string, latinLast: string, rng: Rng): string {
  const domain = rng.pick(['mail.kz', 'gmail.com', 'inbox.kz', 'yandex.kz']);
  return `${latinFirst}.${latinLast}${rng.int(1, 99)}@${domain}`.toLowerCase();
}

// ---------------------------------------------------------------- dates (T1: Asia/Almaty, UTC+5 all year)

const ALMATY_OFFSET_HOURS = 5;
const DAY_MS = 86_400_000;

/** The instant of a wall-clock time in Asia/Almaty. */
export function almatyInstant(day: Date, hour: number, minute = 0): Date {
  return new Date(day.getTime() + (hour - ALMATY_OFFSET_HOURS) * 3_600_000 + minute * 60_000);
}

/** The Asia/Almaty calendar date of an instant, as a UTC-midnight Date (how Prisma writes `@db.Date`). */
export function almatyDate(instant: Date): Date {
  const shifted = new Date(instant.getTime() + ALMATY_OFFSET_HOURS * 3_600_000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

export function ymd(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}

export function addDays(day: Date, n: number): Date {
  return new Date(day.getTime() + n * DAY_MS);
}

export function isoDate(day: Date): string {
  return day.toISOString().slice(0, 10);
}

/**
 * Working days for seeding only: Monday–Friday, minus `holidays`, plus `workingDays` (transferred Saturdays),
 * both as ISO dates. The service's own calendar (T1: library holidays + ministry corrections) lives in
 * @oryndau/domain; seeded deadlines only need to be plausible, so the seed counts weekends and the calendar
 * corrections it writes itself.
 */
export class SeedCalendar {
  constructor(
    private readonly holidays: ReadonlySet<string> = new Set(),
    private readonly workingDays: ReadonlySet<string> = new Set(),
  ) {}
  isWorkingDay(day: Date): boolean {
    const iso = isoDate(day);
    if (this.workingDays.has(iso)) return true;
    if (this.holidays.has(iso)) return false;
    const dow = day.getUTCDay();
    return dow !== 0 && dow !== 6;
  }
  /** `day` itself when it is a working day, else the next one */
  onOrAfter(day: Date): Date {
    let d = day;
    while (!this.isWorkingDay(d)) d = addDays(d, 1);
    return d;
  }
  /** the working day `n` working days after `day` (the day itself not counted); negative n counts back */
  addWorkingDays(day: Date, n: number): Date {
    let d = day;
    const step = n >= 0 ? 1 : -1;
    for (let left = Math.abs(n); left > 0; ) {
      d = addDays(d, step);
      if (this.isWorkingDay(d)) left--;
    }
    return d;
  }
}

// ---------------------------------------------------------------- patterns: fast inserts for every seed file

// firststart: the derived tables' triggers off during a bulk load, every derived row recounted once after it.
// The dashboards' statement triggers (migration dashboard_counters) keep "DashboardCounter"; the open items' row
// triggers (migration dashboard_open_items) keep "DashboardOpenItem" and its counts. A bulk load (the national
// generator, the demo seed) turns them off, writes, turns them on and calls the two rebuilds, which recount from
// the base tables with the same rules (packages/db/test/dashboard-rebuild.test.ts proves rebuild = triggers).
// Row triggers per row cost the demo seed about 1.5 s of its 4 s on PGlite. ALTER TABLE … DISABLE TRIGGER is
// transactional: a load that rolls back leaves the triggers on.
const DASHBOARD_TRIGGER_TABLES = ['ServiceApplication', 'EnforcementProceeding', 'EnforcementMeasure', 'Complaint', 'Inspection', 'Assignment'];
const OPEN_ITEM_TRIGGER_TABLES = ['ServiceApplication', 'EnforcementProceeding', 'Complaint', 'ExecutiveDocument'];
/** The statements that turn the derived tables' triggers off or on (`openItems`: the open items' too). */
export function derivedTriggerStatements(on: boolean, opts: { openItems?: boolean } = {}): string[] {
  const verb = on ? 'ENABLE' : 'DISABLE';
  return [
    ...DASHBOARD_TRIGGER_TABLES.flatMap((t) => ['insert', 'update', 'delete'].map((op) => `ALTER TABLE "${t}" ${verb} TRIGGER "${t}_dashboard_${op}"`)),
    ...(opts.openItems === false ? [] : OPEN_ITEM_TRIGGER_TABLES.map((t) => `ALTER TABLE "${t}" ${verb} TRIGGER "${t}_open_item"`)),
  ];
}
/** The rebuilds that recount every derived row after a bulk load with the triggers off. */
export const DERIVED_REBUILD_STATEMENTS = ['SELECT "dashboard_rebuild"(NULL)', 'SELECT "dashboard_open_rebuild"()'] as const;

/** What `insertMany` needs of a client: a Prisma client or transaction. */
export interface RawExecutor {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
}

/**
 * The fast way for a seed to write rows: one `INSERT … SELECT FROM json_populate_recordset` per table and set
 * of columns (rows whose defined columns differ go in separate statements), inside the caller's transaction.
 * Rows are Prisma's createMany inputs (`M.<Model>CreateManyInput`): Dates as instants (UTC midnight for
 * @db.Date), Json as JSON, arrays as arrays, undefined for a column's default. It skips Prisma's query compiler,
 * whose first call of each shape costs 20–500 ms in a fresh process, and sends one round trip per group instead
 * of one per row. Enum values go in as PostgreSQL stores them: for an enum with `@map` labels (the stage kinds)
 * pass the label (`stageLabel`). Insert parents before children (foreign keys are checked per statement).
 */
export async function insertMany(tx: RawExecutor, table: string, rows: readonly object[]): Promise<void> {
  const groups = new Map<string, object[]>();
  for (const row of rows) {
    const cols = Object.entries(row).filter(([, v]) => v !== undefined).map(([k]) => k).sort().join(',');
    const group = groups.get(cols);
    if (group) group.push(row);
    else groups.set(cols, [row]);
  }
  for (const [key, group] of groups) {
    const cols = key.split(',').map((c) => `"${c}"`).join(', ');
    await tx.$executeRawUnsafe(
      `INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::"${table}", $1::json)`,
      JSON.stringify(group),
    );
  }
}

/** Wall time per phase of a seed, summed by name, printed as `build 310 ms, insert rows 1200 ms, …`. */
export class SeedPhases {
  // firststart: wall and CPU (this process's, which includes the embedded database's) of every phase
  private readonly totals = new Map<string, { ms: number; cpu: number }>();
  private last = Date.now();
  private lastCpu = process.cpuUsage();
  /** adds the time since the previous mark to `name` */
  add(name: string): void {
    const now = Date.now();
    const cpu = process.cpuUsage(this.lastCpu);
    const t = this.totals.get(name) ?? { ms: 0, cpu: 0 };
    this.totals.set(name, { ms: t.ms + now - this.last, cpu: t.cpu + Math.round((cpu.user + cpu.system) / 1000) });
    this.last = now;
    this.lastCpu = process.cpuUsage();
  }
  mark(name: string): void {
    this.add(name);
  }
  toString(): string {
    return [...this.totals].map(([name, t]) => `${name} ${t.ms} ms/${t.cpu} cpu`).join(', ');
  }
}
