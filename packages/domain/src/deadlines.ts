// T5 and the periods of every service: working days, calendar days and minutes are different rules.
import { addDays, almatyDate, type IsoDate, type WorkingCalendar } from './calendar.ts';
import type { Registration } from './registration.ts';

export type DayPeriod = { unit: 'WORKING_DAYS' | 'CALENDAR_DAYS'; count: number };
export type MinutesPeriod = { unit: 'MINUTES'; count: number };
export type Period = DayPeriod | MinutesPeriod;

const wd = (count: number) => ({ unit: 'WORKING_DAYS', count }) as const;
const cd = (count: number) => ({ unit: 'CALENDAR_DAYS', count }) as const;
const min = (count: number) => ({ unit: 'MINUTES', count }) as const;

export const PERIODS = {
  /** A1: apply no later than 5 working days before the attestation */
  attestationApplyBefore: wd(5),
  /** A4, L3: completeness checked within 2 working days of receipt */
  completenessCheck: wd(2),
  /** A10: result signed within 1 working day of the Commission's decision */
  attestationResultSigned: wd(1),
  /** A12: attestation service, 10 working days from the closing date for documents */
  attestationService: wd(10),
  /** A7: the test lasts 90 minutes */
  attestationTest: min(90),
  /** A11: hearing notice at least 3 working days before the service period ends */
  hearingNoticeBeforeEnd: wd(3),
  /** A11: hearing no later than 2 working days after the notice */
  hearingAfterNotice: wd(2),
  /** L7: licence issued within 10 working days */
  licenceIssue: wd(10),
  /** L8: reissue applied for within 30 calendar days of the new identity document */
  licenceReissueApplyWithin: cd(30),
  /** L8: reissue processed within 20 minutes on a working day */
  licenceReissueMinutes: min(20),
  /** E4: decision to initiate or refuse within 3 working days */
  enforcementDecision: wd(3),
  /** C2: complaint to the provider, the Ministry or the State Corporation */
  complaintProvider: wd(5),
  /** C2: complaint to the quality-control body */
  complaintQualityBody: wd(15),
  /** C3: a single extension of at most 10 working days */
  complaintExtensionMax: wd(10),
  /** C3: the complainant told of the extension within 3 working days */
  complaintExtensionNotice: wd(3),
  /** Q3: scheduled inspection at most 20 working days */
  inspectionScheduledMax: wd(20),
  /** Q3: unscheduled inspection at most 10 working days */
  inspectionUnscheduledMax: wd(10),
  /** Q3: notice at least 3 working days before a scheduled inspection */
  inspectionScheduledNotice: wd(3),
  /** Q3: notice at least 1 day before an unscheduled inspection ("one day", not "one working day") */
  inspectionUnscheduledNotice: cd(1),
  /** Q3: suspension, resumption and change of inspectors notified within 1 working day */
  inspectionChangeNotice: wd(1),
  /** Q4: draft certificate at least 3 working days before the end */
  draftCertificateBeforeEnd: wd(3),
  /** Q4: objections within 2 working days of receipt of the draft */
  objectionsWithin: wd(2),
  /** Q4: recommendation acted on within 30 calendar days */
  recommendationAct: cd(30),
  /** Q4: result of the recommendation reported within 2 working days */
  recommendationReport: wd(2),
} as const satisfies Record<string, Period>;

export interface DueOptions {
  /**
   * Calendar-day periods whose last day is not a working day end on the next working day (the
   * general rule of the Civil Code on periods). Default true; working-day periods always end on
   * a working day anyway.
   */
  rollForward?: boolean;
}

/**
 * T6, T5: the last day of a period of `count` days counted from the date or event `start` — the one place
 * every period of every service is computed. T6 (Civil Code art. 175 p.1): the period begins on the day
 * AFTER `start`, so `start` itself is never day 1:
 * - WORKING_DAYS: the count-th working day after start (3 working days from a Monday: the Thursday);
 * - CALENDAR_DAYS: start + count calendar days, moved to the next working day when that is a day off;
 * - MINUTES: a limit that runs within one working day, so the day is the first working day after
 *   start; use `dueAt` for the instant.
 * For a service, pass `Registration.periodStartsAfter` (the registration day, T3, T4; see `serviceDueOn`);
 * for a period counted from an event (a decision, a notice, a complaint's registration), the event's date.
 * Periods counted back ("no later than N days before D") are not periods from an event: they use
 * `WorkingCalendar.addWorkingDays(D, -N)`.
 */
export function dueOn(start: IsoDate, period: Period, cal: WorkingCalendar, opts: DueOptions = {}): IsoDate {
  checkCount(period);
  switch (period.unit) {
    case 'WORKING_DAYS':
      return cal.addWorkingDays(start, period.count);
    case 'CALENDAR_DAYS': {
      const end = addDays(start, period.count);
      return (opts.rollForward ?? true) ? cal.nextWorkingDay(end, { inclusive: true }) : end;
    }
    case 'MINUTES':
      return cal.nextWorkingDay(start);
  }
}

/** The instant a minutes period ends. */
export function dueAt(start: Date, period: MinutesPeriod): Date {
  checkCount(period);
  return new Date(start.getTime() + period.count * 60_000);
}

/** The last day of a service's period, counted from its registration (T3, T4). */
export function serviceDueOn(registration: Registration, period: Period, cal: WorkingCalendar): IsoDate {
  // T5: a minutes limit is a real-time limit from the registration instant, on the registration day (a working
  // day by T3); T6 concerns periods of days
  if (period.unit === 'MINUTES') return registration.registeredOn;
  return dueOn(registration.periodStartsAfter, period, cal);
}

/** Is `date` on or before the last day of the period? */
export function isOnTime(date: IsoDate, due: IsoDate): boolean {
  return date <= due; // ISO dates compare as strings
}

function checkCount(period: Period): void {
  if (!Number.isInteger(period.count) || period.count < 0) {
    throw new RangeError(`a period's count must be a non-negative integer, got ${period.count}`);
  }
}

/**
 * T4 (001 art. 5.2(5)): the provider hands the result of a service requested through the State
 * Corporation to it no later than one day before the period ends, except for services provided
 * within one working day.
 *
 * Where the law is silent: "one day" is read as one WORKING day, i.e. the last working day before
 * the period's end. The hand-over is between a provider working Monday–Friday and the corporation,
 * so a calendar day before a Monday deadline (a Sunday) could not be complied with.
 */
export function stateCorporationHandOverBy(
  periodEnd: IsoDate,
  cal: WorkingCalendar,
  opts: { period?: Period } = {},
): IsoDate {
  const p = opts.period;
  if (p && p.unit === 'WORKING_DAYS' && p.count <= 1) return periodEnd;
  if (p && p.unit === 'MINUTES') return periodEnd;
  return cal.previousWorkingDay(periodEnd);
}

export interface HearingSchedule {
  /** the last day the notice of the preliminary decision may go out */
  noticeLatestOn: IsoDate;
  /** the last day of the hearing for a notice sent on `noticeOn` */
  hearingLatestAfterNotice: (noticeOn: IsoDate) => IsoDate;
}

/**
 * A11 (App.1 p.14, App.2 p.11): before a refusal, the notice of the preliminary decision goes out
 * at least 3 working days before the service period ends, and the hearing is held no later than
 * 2 working days after the notice. "3 working days before D" is D minus 3 working days.
 */
export function hearingSchedule(serviceDueOn: IsoDate, cal: WorkingCalendar): HearingSchedule {
  return {
    noticeLatestOn: cal.addWorkingDays(serviceDueOn, -PERIODS.hearingNoticeBeforeEnd.count),
    hearingLatestAfterNotice: (noticeOn: IsoDate) => dueOn(noticeOn, PERIODS.hearingAfterNotice, cal),
  };
}

/** A1 (App.1 p.4): the last day to apply for an attestation held on `heldOn`. */
export function attestationApplicationsCloseOn(heldOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return cal.addWorkingDays(heldOn, -PERIODS.attestationApplyBefore.count);
}

/**
 * A1: an application sent through the portal at `submittedAt` is on time for an attestation held on
 * `heldOn`. The portal accepts round the clock and the rule binds the sending, so the Almaty date
 * of submission counts, not the (possibly later) registration date.
 */
export function isAttestationApplicationOnTime(submittedAt: Date, heldOn: IsoDate, cal: WorkingCalendar): boolean {
  return almatyDate(submittedAt) <= attestationApplicationsCloseOn(heldOn, cal);
}

/** A12 (App.1 List p.3): the attestation's result is due 10 working days from the closing date. */
export function attestationServiceDueOn(heldOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(attestationApplicationsCloseOn(heldOn, cal), PERIODS.attestationService, cal);
}

/** A10 (App.1 p.14): the result is signed within 1 working day of the Commission's decision. */
export function attestationResultSignedBy(decidedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(decidedOn, PERIODS.attestationResultSigned, cal);
}

/** A4, L3: the completeness check is due within 2 working days of receipt (from registration). */
export function completenessCheckDueOn(registration: Registration, cal: WorkingCalendar): IsoDate {
  return serviceDueOn(registration, PERIODS.completenessCheck, cal);
}
