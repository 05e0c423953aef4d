// Issue 11: the rules behind the ministry's dashboards — what counts as "within the term", how the time taken
// is measured, which open items are past or near their deadline. Pure: the API's counters (SQL triggers,
// migration dashboard_counters) implement the same rules and a test holds them equal.
import { almatyDate, type CalendarCorrection, type IsoDate, WorkingCalendar } from './calendar.ts';

/** MET: decided on or before the recorded last day; MISSED: after it; OPEN: not decided yet. */
export type TermOutcome = 'MET' | 'MISSED' | 'OPEN';

/**
 * T5, T6, E4, C2: an item is decided within its term when the day of the decision (in Asia/Almaty, T1) is on
 * or before the last day of its period as recorded on the item (the deadline the recipient was told). A decision
 * on the last day is within the term, whatever the hour.
 */
export function termOutcome(decidedAt: Date | null, dueOn: IsoDate): TermOutcome {
  if (!decidedAt) return 'OPEN';
  return almatyDate(decidedAt) <= dueOn ? 'MET' : 'MISSED';
}

/**
 * T6, T5: the time taken, in working days: the working days in (registration day, decision day]. The day of
 * registration is not counted (a period begins the day after its event), so a decision on the registration day
 * took 0 working days, and one on the third working day after it took 3 (E4's limit).
 */
export function workingDaysTaken(registeredAt: Date, decidedAt: Date, cal: WorkingCalendar): number {
  return Math.max(0, cal.workingDaysBetween(almatyDate(registeredAt), almatyDate(decidedAt)));
}

/** One bar of a histogram of working days taken. */
export interface DaysBucket {
  days: number;
  count: number;
}

/**
 * The p-th percentile (0 < p ≤ 1) of the days in a histogram, nearest-rank: the smallest value such that at least
 * p of the items took no longer. The median is p = 0.5, the 90th percentile p = 0.9. Null for no items.
 */
export function percentileOf(buckets: readonly DaysBucket[], p: number): number | null {
  if (!(p > 0 && p <= 1)) throw new RangeError(`a percentile must be in (0, 1], got ${p}`);
  const sorted = buckets.filter((b) => b.count > 0 && b.days >= 0).sort((a, b) => a.days - b.days);
  const total = sorted.reduce((s, b) => s + b.count, 0);
  if (!total) return null;
  const rank = Math.ceil(p * total);
  let seen = 0;
  for (const b of sorted) {
    seen += b.count;
    if (seen >= rank) return b.days;
  }
  return sorted[sorted.length - 1]!.days;
}

/** The share (0–1) of decided items decided within the term; null when nothing was decided. */
export function shareWithinTerm(met: number, missed: number): number | null {
  const decided = met + missed;
  return decided ? met / decided : null;
}

/** A correction of the calendar with the instant it was recorded (CalendarCorrection.createdAt). */
export interface DatedCorrection extends CalendarCorrection {
  createdAt: Date;
}

/**
 * How a correction of the calendar changes which items are overdue (issue 11). The last day recorded on an
 * item was computed with the calendar known when it was registered. A correction recorded later that falls
 * inside its period (an extra holiday declared by the government, a Saturday made a working day) changes the
 * number of working days the period really spans, so the item's effective last day is recomputed: the same
 * number of working days from the same start, counted on today's calendar. A correction the registration already
 * knew changes nothing. (A correction later removed is not known any more: the current calendar is used.)
 */
export function effectiveDueOn(
  item: { start: IsoDate; recordedDueOn: IsoDate; registeredAt: Date },
  corrections: readonly DatedCorrection[],
  now: WorkingCalendar,
  calendarAt: (known: readonly DatedCorrection[]) => WorkingCalendar = (known) => new WorkingCalendar(known),
): IsoDate {
  const { start, recordedDueOn, registeredAt } = item;
  const unknownThen = corrections.filter((c) => c.createdAt > registeredAt && c.date > start);
  if (!unknownThen.length || recordedDueOn <= start) return recordedDueOn;
  const then = calendarAt(corrections.filter((c) => c.createdAt <= registeredAt));
  const span = then.workingDaysBetween(start, recordedDueOn);
  return now.addWorkingDays(start, span);
}

/**
 * G2 (issue 10), T6: how an open item stands against its last day `dueOn` on `today`: OVERDUE when today is after
 * it, with how late in working days (the working days in (dueOn, today], at least 1 when today is a day off);
 * DUE_SOON when its last day is within the next `window` working days (today itself included); else ON_TRACK.
 */
export function openItemStanding(dueOn: IsoDate, today: IsoDate, cal: WorkingCalendar, window = 3): { standing: 'OVERDUE' | 'DUE_SOON' | 'ON_TRACK'; workingDaysLate: number; workingDaysLeft: number } {
  if (dueOn < today) {
    return { standing: 'OVERDUE', workingDaysLate: Math.max(1, cal.workingDaysBetween(dueOn, today)), workingDaysLeft: 0 };
  }
  const left = cal.workingDaysBetween(today, dueOn);
  return { standing: dueOn <= cal.addWorkingDays(today, window) ? 'DUE_SOON' : 'ON_TRACK', workingDaysLate: 0, workingDaysLeft: left };
}

/** The months YYYY-MM from `from` to `to`, inclusive (for a period filter and for chart axes). */
export function monthsBetween(from: string, to: string): string[] {
  const re = /^(\d{4})-(0[1-9]|1[0-2])$/;
  if (!re.test(from) || !re.test(to)) throw new RangeError(`months must be YYYY-MM, got ${from}, ${to}`);
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) {
      m = 1;
      y++;
    }
    if (out.length > 1200) break;
  }
  return out;
}
