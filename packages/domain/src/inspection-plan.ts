// Q1: building the semi-annual plan from the figures the platform holds (area `inspections`, issue 10).
// The criteria themselves are `planInclusionCriteria` (inspections.ts); here: which plan is being prepared,
// the windows the figures are counted in, and the figure behind each criterion, so that the app shows it.
import { addMonths, assertIsoDate, type IsoDate } from './calendar.ts';
import { planApprovalDeadline, planInclusionCriteria, type PlanCriterion, type SubjectStatistics } from './inspections.ts';

export interface PlanPeriod {
  year: number;
  half: 1 | 2;
}

/**
 * Q1: the plan being prepared on `today`: the next half-year that has not begun (in January–June the plan of
 * the second half, approved by 10 May; in July–December the plan of the first half of next year, by 10 December).
 */
export function nextPlanPeriod(today: IsoDate): PlanPeriod {
  assertIsoDate(today);
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month <= 6 ? { year, half: 2 } : { year: year + 1, half: 1 };
}

/** The first and last day of a plan's half-year. */
export function planPeriodDays(p: PlanPeriod): { fromOn: IsoDate; toOn: IsoDate } {
  return p.half === 1 ? { fromOn: `${p.year}-01-01`, toOn: `${p.year}-06-30` } : { fromOn: `${p.year}-07-01`, toOn: `${p.year}-12-31` };
}

/**
 * Q1 (art. 27-1 p.4): the windows the figures are counted in, back from the reference day: "the last six months
 * preceding the approval" and "the last year". Where the law is silent: the reference day is the approval (the
 * day the plan is approved, or today while it is being prepared, but never after the approval deadline); a
 * window includes its first day and excludes the reference day itself.
 */
export function planWindows(referenceOn: IsoDate): { sixMonthsFromOn: IsoDate; yearFromOn: IsoDate; threeYearsFromOn: IsoDate; untilOn: IsoDate } {
  assertIsoDate(referenceOn);
  return { sixMonthsFromOn: addMonths(referenceOn, -6), yearFromOn: addMonths(referenceOn, -12), threeYearsFromOn: addMonths(referenceOn, -36), untilOn: referenceOn };
}

/** Q1: the reference day of a plan's figures: today while prepared, but no later than the approval deadline. */
export function planReferenceOn(p: PlanPeriod, today: IsoDate): IsoDate {
  const deadline = planApprovalDeadline(p.year, p.half);
  return today < deadline ? today : deadline;
}

/** Q1: a plan approved after its deadline is flagged late (the approval is still recorded). */
export function planApprovedLate(p: PlanPeriod, approvedOn: IsoDate): boolean {
  return approvedOn > planApprovalDeadline(p.year, p.half);
}

export interface CriterionFinding {
  criterion: PlanCriterion;
  /** the figure behind it: services, recommendations, appeals, fines, unscheduled inspections, or years since the last scheduled one (null: never inspected) */
  figure: number | null;
}

/** Q1: the criteria a subject meets, each with the figure behind it. */
export function planFindings(stats: SubjectStatistics & { violationRecommendations?: number; monitoringNotImplemented?: number }, referenceOn: IsoDate): CriterionFinding[] {
  return planInclusionCriteria(stats, referenceOn).map((criterion) => ({ criterion, figure: figureOf(criterion, stats, referenceOn) }));
}

function figureOf(c: PlanCriterion, s: SubjectStatistics & { violationRecommendations?: number; monitoringNotImplemented?: number }, ref: IsoDate): number | null {
  switch (c) {
    case 'MORE_THAN_1000_SERVICES':
      return s.servicesLast6Months;
    case 'VIOLATION_RECOMMENDATION':
      return s.violationRecommendations ?? 1;
    case 'APPEAL_RECEIVED':
      return s.appealsLast6Months;
    case 'ART_465_FINE':
      return s.art465FinesLastYear;
    case 'MONITORING_RECOMMENDATION_NOT_IMPLEMENTED':
      return s.monitoringNotImplemented ?? 1;
    case 'THREE_UNSCHEDULED_INSPECTIONS':
      return s.unscheduledInspectionsLastYear;
    case 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS':
      return s.lastScheduledInspectionOn === null ? null : Math.floor(monthsBetween(s.lastScheduledInspectionOn, ref) / 12);
  }
}

function monthsBetween(a: IsoDate, b: IsoDate): number {
  const [ay, am, ad] = a.split('-').map(Number) as [number, number, number];
  const [by, bm, bd] = b.split('-').map(Number) as [number, number, number];
  return (by - ay) * 12 + (bm - am) - (bd < ad ? 1 : 0);
}
