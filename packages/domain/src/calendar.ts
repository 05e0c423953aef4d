// T1: time zone, calendar dates and the working calendar of the Republic of Kazakhstan.
import Holidays from 'date-holidays';

export const ALMATY_TIME_ZONE = 'Asia/Almaty';

/**
 * The whole country has been on UTC+5 all year, without daylight saving, since 1 March 2024.
 * We use a fixed offset instead of Intl: Node's ICU data may still say +6 for older dates, and
 * the platform only handles instants from 2024-03-01 on. Instants before that date are
 * therefore read as +05:00 too (a documented simplification, not a historical claim).
 */
export const ALMATY_UTC_OFFSET_MINUTES = 5 * 60;
const OFFSET_MS = ALMATY_UTC_OFFSET_MINUTES * 60_000;
const DAY_MS = 86_400_000;

/** A calendar date in Asia/Almaty, `YYYY-MM-DD`. */
export type IsoDate = string;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HHMM_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

// firststart: the seed and the dashboards convert the same few hundred dates hundreds of thousands of times
// (a third of the demo seed's JavaScript time went to isIsoDate); the conversions are pure, so they are
// remembered (bounded: emptied when full).
const EPOCH_DAYS = new Map<string, number>();
const ISO_DATES = new Map<number, IsoDate>();
const MEMO_MAX = 20_000;

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  if (EPOCH_DAYS.has(value)) return true;
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  const t = Date.UTC(Number(y), Number(mo) - 1, Number(d));
  return new Date(t).toISOString().slice(0, 10) === value;
}

export function assertIsoDate(value: unknown, what = 'date'): asserts value is IsoDate {
  if (!isIsoDate(value)) throw new RangeError(`${what} must be a calendar date YYYY-MM-DD, got ${String(value)}`);
}

/** Days since 1970-01-01 of a calendar date (no time zone involved). */
export function epochDay(date: IsoDate): number {
  const known = EPOCH_DAYS.get(date);
  if (known !== undefined) return known;
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = Date.UTC(y, m - 1, d) / DAY_MS;
  if (EPOCH_DAYS.size >= MEMO_MAX) EPOCH_DAYS.clear();
  EPOCH_DAYS.set(date, day);
  return day;
}

export function fromEpochDay(day: number): IsoDate {
  const known = ISO_DATES.get(day);
  if (known !== undefined) return known;
  const date = new Date(day * DAY_MS).toISOString().slice(0, 10);
  if (Number.isInteger(day)) {
    if (ISO_DATES.size >= MEMO_MAX) ISO_DATES.clear();
    ISO_DATES.set(day, date);
  }
  return date;
}

export function addDays(date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`a number of days must be an integer, got ${n}`);
  return fromEpochDay(epochDay(date) + n);
}

/** Negative when a < b, 0 when equal, positive when a > b. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return epochDay(a) - epochDay(b);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: IsoDate): number {
  return new Date(epochDay(date) * DAY_MS).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const w = weekday(date);
  return w === 0 || w === 6;
}

/**
 * The same day `months` later; when that month is shorter, its last day (30 November + 3 months
 * = 28/29 February), the usual reading of a period counted in months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be an integer, got ${months}`);
  assertIsoDate(date);
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12;
  const lastDay = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return new Date(Date.UTC(ty, tm, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The Almaty calendar date of an instant (T1). */
export function almatyDate(instant: Date): IsoDate {
  return new Date(checkInstant(instant) + OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since local (Almaty) midnight, 0…1439. */
export function almatyMinutes(instant: Date): number {
  const local = checkInstant(instant) + OFFSET_MS;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

/** Local wall time in Almaty → instant. `hhmm` defaults to midnight. */
export function almatyInstant(date: IsoDate, hhmm = '00:00'): Date {
  return new Date(epochDay(date) * DAY_MS + parseHhmm(hhmm) * 60_000 - OFFSET_MS);
}

/** 'HH:MM' → minutes since midnight. */
export function parseHhmm(hhmm: string): number {
  const m = HHMM_RE.exec(hhmm);
  if (!m) throw new RangeError(`time must be HH:MM (00:00–23:59), got ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

export function formatHhmm(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function checkInstant(instant: Date): number {
  const t = instant.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid instant');
  return t;
}

// ---------------------------------------------------------------- the working calendar

export type CalendarCorrectionKind = 'HOLIDAY' | 'WORKING_DAY'; // HOLIDAY = an extra day off; WORKING_DAY = a transferred working day
export interface CalendarCorrection {
  date: IsoDate;
  kind: CalendarCorrectionKind;
  name: string;
}
export type DayReason =
  | 'WEEKDAY'
  | 'WEEKEND'
  | 'PUBLIC_HOLIDAY'
  | 'SUBSTITUTE_DAY_OFF'
  | 'CORRECTION_HOLIDAY'
  | 'CORRECTION_WORKING_DAY';
export interface DayInfo {
  date: IsoDate;
  working: boolean;
  reason: DayReason;
  name: string | null;
}

export type HolidayLanguage = 'en' | 'ru' | 'kk';

interface LibraryDay {
  reason: 'PUBLIC_HOLIDAY' | 'SUBSTITUTE_DAY_OFF';
  name: string;
}

let library: Holidays | undefined;
const libraryCache = new Map<string, ReadonlyMap<IsoDate, LibraryDay>>();

interface LibraryHoliday {
  date: IsoDate;
  name: string;
  transferable: boolean;
}

function libraryHolidays(year: number, language: HolidayLanguage): LibraryHoliday[] {
  library ??= new Holidays('KZ');
  return library
    .getHolidays(year, language)
    .filter((h) => h.type === 'public' && !h.substitute)
    .map((h) => ({
      date: h.date.slice(0, 10),
      name: h.name,
      // The library encodes the transfer rule in the holiday's own rule ("… and if saturday then next
      // monday"). Holidays without it are the religious ones (Kurban Ait, Orthodox Christmas), which
      // the Labour Code does not transfer when they fall on a weekend.
      transferable: /\bif\b.*\bthen next\b/.test(h.rule),
    }));
}

/**
 * Public holidays of `year` from the date-holidays library, plus the days off they move to.
 *
 * We take the holiday DATES from the library but compute the substitute days ourselves
 * (Labour Code: when a day off coincides with a holiday, the day off moves to the next working
 * day after the holiday). The library's own substitutes are fixed weekday shifts ("if sunday then
 * next tuesday") that collide with adjacent holidays: for Nauryz 2026 (21 Sat, 22 Sun, 23 Mon) it
 * yields 23 and 24 March, although 23 March is itself a holiday; the rule gives 24 and 25 March.
 */
function libraryYear(year: number, language: HolidayLanguage): ReadonlyMap<IsoDate, LibraryDay> {
  const key = `${language}:${year}`;
  const cached = libraryCache.get(key);
  if (cached) return cached;

  // A holiday at the end of December may move its day off into January: look at the year before too.
  const all = [...libraryHolidays(year - 1, language), ...libraryHolidays(year, language)].sort((a, b) =>
    compareDates(a.date, b.date),
  );
  const holidayDates = new Set(all.map((h) => h.date));
  const substitutes = new Map<IsoDate, string>();
  for (const h of all) {
    if (!h.transferable || !isWeekend(h.date)) continue;
    let d = addDays(h.date, 1);
    while (isWeekend(d) || holidayDates.has(d) || substitutes.has(d)) d = addDays(d, 1);
    substitutes.set(d, h.name);
  }

  const days = new Map<IsoDate, LibraryDay>();
  const prefix = `${String(year).padStart(4, '0')}-`;
  for (const h of all) {
    if (h.date.startsWith(prefix) && !days.has(h.date)) days.set(h.date, { reason: 'PUBLIC_HOLIDAY', name: h.name });
  }
  for (const [d, name] of substitutes) {
    if (d.startsWith(prefix)) days.set(d, { reason: 'SUBSTITUTE_DAY_OFF', name });
  }
  libraryCache.set(key, days);
  return days;
}

/** Monday–Friday days from Monday 29 December 1969 up to epoch day `day` (a difference counts the weekdays between). */
function weekdaysUpTo(day: number): number {
  const k = day + 3; // 1970-01-01 was a Thursday
  const weeks = Math.floor(k / 7);
  return weeks * 5 + Math.min(k - weeks * 7 + 1, 5);
}

/** A bound for loops that walk the calendar: no run of days off is this long. */
const MAX_WALK_DAYS = 3660;

/**
 * T1: the working calendar. Monday–Friday are working days except public holidays and the days
 * off they move to (both from the date-holidays library, seeded, never a hard-coded list); the
 * ministry's corrections (an extra day off, a transferred working day) override the library and
 * take effect for every calculation made with a calendar built from them.
 * Substitute days are derived from the library's holidays alone; where the government moves days
 * otherwise (a decree on transfers), staff record it as corrections, which always win.
 */
export class WorkingCalendar {
  readonly corrections: ReadonlyMap<IsoDate, CalendarCorrection>;
  readonly language: HolidayLanguage;

  constructor(corrections: readonly CalendarCorrection[] = [], options: { language?: HolidayLanguage } = {}) {
    const map = new Map<IsoDate, CalendarCorrection>();
    for (const c of corrections) {
      assertIsoDate(c.date, 'correction date');
      if (c.kind !== 'HOLIDAY' && c.kind !== 'WORKING_DAY') throw new RangeError(`unknown correction kind ${String(c.kind)}`);
      // The database keys corrections by date; should a list hold two for one date, the later wins.
      map.set(c.date, { ...c });
    }
    this.corrections = map;
    this.language = options.language ?? 'en';
  }

  /** A new calendar with more corrections on top of this one's (the later win on the same date). */
  withCorrections(more: readonly CalendarCorrection[]): WorkingCalendar {
    return new WorkingCalendar([...this.corrections.values(), ...more], { language: this.language });
  }

  dayInfo(date: IsoDate): DayInfo {
    assertIsoDate(date);
    const correction = this.corrections.get(date);
    if (correction) {
      return correction.kind === 'HOLIDAY'
        ? { date, working: false, reason: 'CORRECTION_HOLIDAY', name: correction.name }
        : { date, working: true, reason: 'CORRECTION_WORKING_DAY', name: correction.name };
    }
    const lib = libraryYear(Number(date.slice(0, 4)), this.language).get(date);
    if (lib) return { date, working: false, reason: lib.reason, name: lib.name };
    if (isWeekend(date)) return { date, working: false, reason: 'WEEKEND', name: null };
    return { date, working: true, reason: 'WEEKDAY', name: null };
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.dayInfo(date).working;
  }

  /** The first working day after `date` (or `date` itself when `inclusive` and it is working). */
  nextWorkingDay(date: IsoDate, opts: { inclusive?: boolean } = {}): IsoDate {
    let d = opts.inclusive ? date : addDays(date, 1);
    for (let i = 0; i < MAX_WALK_DAYS; i++) {
      if (this.isWorkingDay(d)) return d;
      d = addDays(d, 1);
    }
    throw new RangeError(`no working day within ${MAX_WALK_DAYS} days after ${date}`);
  }

  /** The last working day before `date` (or `date` itself when `inclusive` and it is working). */
  previousWorkingDay(date: IsoDate, opts: { inclusive?: boolean } = {}): IsoDate {
    let d = opts.inclusive ? date : addDays(date, -1);
    for (let i = 0; i < MAX_WALK_DAYS; i++) {
      if (this.isWorkingDay(d)) return d;
      d = addDays(d, -1);
    }
    throw new RangeError(`no working day within ${MAX_WALK_DAYS} days before ${date}`);
  }

  /**
   * The n-th working day after `start` (start itself is not counted); n = 0 → start.
   * A negative n counts back: the |n|-th working day before `start`.
   */
  addWorkingDays(start: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n)) throw new RangeError(`a number of working days must be an integer, got ${n}`);
    assertIsoDate(start);
    let d = start;
    for (let i = 0; i < Math.abs(n); i++) {
      d = n > 0 ? this.nextWorkingDay(d) : this.previousWorkingDay(d);
    }
    return d;
  }

  addCalendarDays(start: IsoDate, n: number): IsoDate {
    return addDays(start, n);
  }

  /** Working days in (from, to]; negative when `to` is before `from`. */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const span = compareDates(to, from);
    if (span < 0) return -this.workingDaysBetween(to, from);
    let count = 0;
    if (span <= 31) {
      for (let i = 1; i <= span; i++) if (this.isWorkingDay(addDays(from, i))) count++;
      return count;
    }
    // national (issue 11): long spans (an item months overdue) counted as the SQL dashboard_working_days does —
    // Monday–Friday arithmetically, then every library day off and correction in (from, to] that differs from a
    // plain weekday or weekend — the same number as the day-by-day walk (calendar.test.ts compares them)
    count = weekdaysUpTo(epochDay(to)) - weekdaysUpTo(epochDay(from));
    const special = new Set<IsoDate>();
    for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
      for (const d of libraryYear(y, this.language).keys()) if (d > from && d <= to) special.add(d);
    }
    for (const d of this.corrections.keys()) if (d > from && d <= to) special.add(d);
    for (const d of special) count += (this.isWorkingDay(d) ? 1 : 0) - (isWeekend(d) ? 0 : 1);
    return count;
  }

  /** Every day of [from, to], for a calendar view. */
  days(from: IsoDate, to: IsoDate): DayInfo[] {
    const span = compareDates(to, from);
    const out: DayInfo[] = [];
    for (let i = 0; i <= span; i++) out.push(this.dayInfo(addDays(from, i)));
    return out;
  }

  /**
   * The days of a year that are not plain weekdays or plain weekends: public holidays (also those
   * falling on a weekend, so that a view can show why the Monday after is off), substitute days
   * off, and both kinds of correction. Sorted by date.
   */
  holidays(year: number): DayInfo[] {
    if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`invalid year ${year}`);
    const y = String(year).padStart(4, '0');
    return this.days(`${y}-01-01`, `${y}-12-31`).filter((d) => d.reason !== 'WEEKDAY' && d.reason !== 'WEEKEND');
  }
}
