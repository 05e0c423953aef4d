// State quality control: inspections (001 art. 27-1 … 27-4): Q1–Q5.
import { addDays, addMonths, almatyDate, assertIsoDate, compareDates, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueOn, PERIODS } from './deadlines.ts';

export type InspectionKind = 'SCHEDULED' | 'UNSCHEDULED';

// ---------------------------------------------------------------- Q1: the semi-annual plan

/** Q1 (art. 27-1 p.3): the plan for the first half is approved by 10 December of the year before, the second by 10 May. */
export function planApprovalDeadline(year: number, half: 1 | 2): IsoDate {
  if (!Number.isInteger(year) || year < 1001 || year > 9999) throw new RangeError(`invalid year ${year}`);
  return half === 1 ? `${year - 1}-12-10` : `${year}-05-10`;
}

export interface SubjectStatistics {
  /** services provided in the six months before the plan's approval */
  servicesLast6Months: number;
  /** a recommendation to remove violations found by an earlier inspection, in those six months */
  violationRecommendationLast6Months: boolean;
  /** appeals of individuals or legal entities about the subject, in those six months */
  appealsLast6Months: number;
  /** officials fined under art. 465 of the Administrative Code in the last year */
  art465FinesLastYear: number;
  /** a monitoring recommendation not implemented, in those six months */
  monitoringRecommendationNotImplemented: boolean;
  /** unscheduled inspections of the subject in the last year */
  unscheduledInspectionsLastYear: number;
  /** start of the last scheduled inspection, null if never */
  lastScheduledInspectionOn: IsoDate | null;
}

export type PlanCriterion =
  | 'MORE_THAN_1000_SERVICES'
  | 'VIOLATION_RECOMMENDATION'
  | 'APPEAL_RECEIVED'
  | 'ART_465_FINE'
  | 'MONITORING_RECOMMENDATION_NOT_IMPLEMENTED'
  | 'THREE_UNSCHEDULED_INSPECTIONS'
  | 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS';

/**
 * Q1 (art. 27-1 p.4): the criteria a subject meets for the plan approved on `approvalOn` (empty = the
 * subject does not enter the plan). Where the law is silent: a subject never inspected meets the
 * three-year criterion; "the past three years" runs back from the approval date.
 */
export function planInclusionCriteria(stats: SubjectStatistics, approvalOn: IsoDate): PlanCriterion[] {
  assertIsoDate(approvalOn);
  const c: PlanCriterion[] = [];
  if (stats.servicesLast6Months > 1000) c.push('MORE_THAN_1000_SERVICES');
  if (stats.violationRecommendationLast6Months) c.push('VIOLATION_RECOMMENDATION');
  if (stats.appealsLast6Months > 0) c.push('APPEAL_RECEIVED');
  if (stats.art465FinesLastYear > 0) c.push('ART_465_FINE');
  if (stats.monitoringRecommendationNotImplemented) c.push('MONITORING_RECOMMENDATION_NOT_IMPLEMENTED');
  if (stats.unscheduledInspectionsLastYear >= 3) c.push('THREE_UNSCHEDULED_INSPECTIONS');
  if (stats.lastScheduledInspectionOn === null || stats.lastScheduledInspectionOn <= addMonths(approvalOn, -36)) {
    c.push('NO_SCHEDULED_INSPECTION_FOR_3_YEARS');
  }
  return c;
}

/**
 * Q1 (art. 27-1 p.5): at most one scheduled inspection a year per subject. Where the law is silent:
 * "a year" is the calendar year, the unit of the plans.
 */
export function canScheduleInspection(previousScheduledStarts: readonly IsoDate[], proposedStartsOn: IsoDate): boolean {
  assertIsoDate(proposedStartsOn);
  const year = proposedStartsOn.slice(0, 4);
  return !previousScheduledStarts.some((d) => d.slice(0, 4) === year);
}

// ---------------------------------------------------------------- Q2: grounds of an unscheduled inspection

/** Q2 (art. 27-1 p.6): the five grounds; the scheduled inspection's only ground is the plan. */
export const UNSCHEDULED_GROUNDS = [
  'APPEAL_OF_PERSON',
  'APPEAL_OF_STATE_BODY',
  'CONTROL_OF_RECOMMENDATIONS',
  'MONITORING_FINDINGS',
  'MEDIA_REPORT',
] as const;
export type UnscheduledGround = (typeof UNSCHEDULED_GROUNDS)[number];
export type InspectionGround = 'PLAN' | UnscheduledGround;

export type GroundError = { code: 'NO_GROUND' } | { code: 'NOT_A_LAWFUL_GROUND'; ground: string } | { code: 'ANONYMOUS_SOURCE' };

/**
 * Q2 (art. 27-1 p.6–7): an unscheduled inspection has one of five grounds and is never based on an
 * anonymous appeal; a scheduled one's ground is the plan. Where the law is silent: an anonymous
 * source is refused whatever ground it is filed under, so that an anonymous appeal cannot be
 * relabelled "monitoring findings".
 */
export function validateInspectionGround(input: { kind: InspectionKind; ground: string | null; anonymousSource?: boolean }): GroundError[] {
  const errors: GroundError[] = [];
  if (!input.ground) errors.push({ code: 'NO_GROUND' });
  else if (input.kind === 'SCHEDULED' ? input.ground !== 'PLAN' : !(UNSCHEDULED_GROUNDS as readonly string[]).includes(input.ground)) {
    errors.push({ code: 'NOT_A_LAWFUL_GROUND', ground: input.ground });
  }
  if (input.kind === 'UNSCHEDULED' && input.anonymousSource) errors.push({ code: 'ANONYMOUS_SOURCE' });
  return errors;
}

// ---------------------------------------------------------------- Q3: length, notice, suspension

export interface Suspension {
  /** the day the count stops (not counted) */
  fromOn: IsoDate;
  /** the day the count resumes (counted again); null while suspended */
  resumedOn: IsoDate | null;
}

export function maxInspectionWorkingDays(kind: InspectionKind): number {
  return (kind === 'SCHEDULED' ? PERIODS.inspectionScheduledMax : PERIODS.inspectionUnscheduledMax).count;
}

/**
 * Q3 (art. 27-2 p.1, p.4): the last day an inspection may run: 20 working days (scheduled) or 10
 * (unscheduled), with the days of suspension not counted and the count continuing from the day of
 * resumption. Returns null while a suspension is open (the end is not yet known).
 *
 * Where the law is silent: the start day is day 1 (the inspection works on it) — a length of the
 * inspection itself, not a period counted from an event, so T6 does not move it; the day a
 * suspension is decided is not counted, the day of resumption is.
 */
export function inspectionLatestEndOn(
  startsOn: IsoDate,
  kind: InspectionKind,
  cal: WorkingCalendar,
  suspensions: readonly Suspension[] = [],
): IsoDate | null {
  assertIsoDate(startsOn);
  for (const s of suspensions) {
    assertIsoDate(s.fromOn);
    if (s.resumedOn !== null && compareDates(s.resumedOn, s.fromOn) < 0) throw new RangeError('a suspension resumes before it starts');
  }
  const suspended = (d: IsoDate) => suspensions.some((s) => d >= s.fromOn && (s.resumedOn === null || d < s.resumedOn));
  const max = maxInspectionWorkingDays(kind);
  let counted = 0;
  let d = startsOn;
  for (let guard = 0; guard < 20_000; guard++, d = addDays(d, 1)) {
    if (suspended(d)) {
      if (suspensions.some((s) => s.resumedOn === null && d >= s.fromOn)) return null;
      continue;
    }
    if (cal.isWorkingDay(d) && ++counted === max) return d;
  }
  throw new RangeError('inspection period does not end');
}

/**
 * Q3 (art. 27-2 p.2): the last day to send the notice of start: 3 working days before a scheduled
 * inspection, 1 (calendar) day before an unscheduled one — the law says "one day", against "three
 * working days" in the same sentence.
 */
export function inspectionNoticeLatestOn(startsOn: IsoDate, kind: InspectionKind, cal: WorkingCalendar): IsoDate {
  return kind === 'SCHEDULED'
    ? cal.addWorkingDays(startsOn, -PERIODS.inspectionScheduledNotice.count)
    : addDays(startsOn, -PERIODS.inspectionUnscheduledNotice.count);
}

/** Q3: suspension, resumption and a change of inspectors are notified within 1 working day of the decision. */
export function changeNoticeDueOn(decidedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(decidedOn, PERIODS.inspectionChangeNotice, cal);
}

/** Q3 (art. 27-2 p.3): the nine items of a notice of start. */
export const NOTICE_ITEMS = [
  'inspectors', // names and positions of those authorised
  'specialists', // specialists, consultants and experts involved
  'subject', // the inspected subject and its location
  'matter', // the subject-matter of the inspection
  'duration',
  'periodUnderInspection',
  'kind',
  'grounds',
  'signature',
] as const;
export type NoticeItem = (typeof NOTICE_ITEMS)[number];

/** Q3: the items a notice lacks (empty string, empty list or absent). "specialists" may be an explicit empty list ("none"). */
export function missingNoticeItems(notice: Partial<Record<NoticeItem, unknown>>): NoticeItem[] {
  return NOTICE_ITEMS.filter((item) => {
    const v = notice[item];
    if (item === 'specialists') return !Array.isArray(v);
    if (Array.isArray(v)) return v.length === 0;
    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
  });
}

// ---------------------------------------------------------------- Q4: certificate and recommendation

/** Q4 (art. 27-2 p.5): the draft certificate goes out at least 3 working days before the end. */
export function draftCertificateLatestOn(endsOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return cal.addWorkingDays(endsOn, -PERIODS.draftCertificateBeforeEnd.count);
}

/** Q4 (art. 27-2 p.6): objections to the draft within 2 working days of its receipt. */
export function objectionsDueOn(draftReceivedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(draftReceivedOn, PERIODS.objectionsWithin, cal);
}

/** Q4 (art. 27-2 p.7): the inspection is completed on the day the certificate is sent. */
export function inspectionCompletedOn(certificateSentAt: Date): IsoDate {
  return almatyDate(certificateSentAt);
}

/** Q4 (art. 27-2 p.9): a recommendation is considered and acted on within 30 calendar days of receipt. */
export function recommendationDueOn(receivedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(receivedOn, PERIODS.recommendationAct, cal);
}

/** Q4 (art. 27-2 p.10): the result is reported within 2 working days of the consideration. */
export function recommendationReportDueOn(consideredOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(consideredOn, PERIODS.recommendationReport, cal);
}

// ---------------------------------------------------------------- Q5: invalidity

export type GrossViolation = 'NO_GROUNDS' | 'NO_NOTICE' | 'OUTSIDE_COMPETENCE';
export type OtherViolation = 'LATE_NOTICE' | 'INCOMPLETE_NOTICE';

export interface InspectionFacts {
  kind: InspectionKind;
  ground: string | null;
  anonymousSource?: boolean;
  startsOn: IsoDate;
  /** when the notice of start was sent, null if never */
  noticeSentAt: Date | null;
  notice?: Partial<Record<NoticeItem, unknown>>;
  /** the matter is within the competence of the authorised body (or its territorial division) */
  withinCompetence: boolean;
}

/**
 * Q5 (art. 27-4 p.3–4): an inspection is invalid if conducted with a gross violation: no grounds, no
 * notice of start, or a matter outside the body's competence. A late or incomplete notice is a
 * violation too but, not being listed as gross, does not by itself invalidate the inspection.
 */
export function inspectionValidity(
  facts: InspectionFacts,
  cal: WorkingCalendar,
): { valid: boolean; gross: GrossViolation[]; other: OtherViolation[] } {
  const gross: GrossViolation[] = [];
  const other: OtherViolation[] = [];
  if (validateInspectionGround(facts).length) gross.push('NO_GROUNDS');
  if (!facts.noticeSentAt) gross.push('NO_NOTICE');
  else {
    if (almatyDate(facts.noticeSentAt) > inspectionNoticeLatestOn(facts.startsOn, facts.kind, cal)) other.push('LATE_NOTICE');
    if (facts.notice && missingNoticeItems(facts.notice).length) other.push('INCOMPLETE_NOTICE');
  }
  if (!facts.withinCompetence) gross.push('OUTSIDE_COMPETENCE');
  return { valid: gross.length === 0, gross, other };
}
