// Q1 (4) and (5): the records behind two criteria of the semi-annual plan — officials of a provider fined under
// art. 465 of the Administrative Code, and recommendations the quality-control body sent on the basis of its
// analysis and monitoring (art. 27-1 p.4). The plan reads them (inspection-plan.ts); the quality-control
// inspectors record them as they come (the fines are decided by a court or the body itself, outside the
// platform; the subject reports an implementation, it has no account here).
import { assertIsoDate, type IsoDate } from './calendar.ts';

/** Where a monitoring recommendation stands on `today`. */
export type MonitoringRecommendationState = 'OPEN' | 'OVERDUE' | 'IMPLEMENTED' | 'IMPLEMENTED_LATE';

export interface MonitoringRecommendationDates {
  issuedOn: IsoDate;
  dueOn: IsoDate;
  implementedOn: IsoDate | null;
}

/**
 * Q1 (5): open until its due day; overdue (the plan's "not implemented") once the due day passed without an
 * implementation; implemented — late when after the due day. The due day itself is still in time.
 */
export function monitoringRecommendationState(r: MonitoringRecommendationDates, today: IsoDate): MonitoringRecommendationState {
  assertIsoDate(today);
  if (r.implementedOn) return r.implementedOn > r.dueOn ? 'IMPLEMENTED_LATE' : 'IMPLEMENTED';
  return today > r.dueOn ? 'OVERDUE' : 'OPEN';
}

/** A problem with the dates of a monitoring record, for the use case to name as a user error. */
export interface MonitoringDateProblem {
  field: 'decidedOn' | 'issuedOn' | 'dueOn' | 'implementedOn';
  key: 'monitoring.dateInFuture' | 'monitoring.dueNotAfterIssue' | 'monitoring.implementedBeforeIssue' | 'monitoring.alreadyImplemented';
  params: Record<string, string>;
}

/** Q1 (4): a fine is recorded once decided: its day is today at the latest. */
export function fineDateProblems(decidedOn: IsoDate, today: IsoDate): MonitoringDateProblem[] {
  assertIsoDate(decidedOn);
  return decidedOn > today ? [{ field: 'decidedOn', key: 'monitoring.dateInFuture', params: { today } }] : [];
}

/** Q1 (5): a recommendation is issued today at the latest and is due after the day it was issued. */
export function recommendationDateProblems(issuedOn: IsoDate, dueOn: IsoDate, today: IsoDate): MonitoringDateProblem[] {
  assertIsoDate(issuedOn);
  assertIsoDate(dueOn);
  const p: MonitoringDateProblem[] = [];
  if (issuedOn > today) p.push({ field: 'issuedOn', key: 'monitoring.dateInFuture', params: { today } });
  if (dueOn <= issuedOn) p.push({ field: 'dueOn', key: 'monitoring.dueNotAfterIssue', params: { issuedOn } });
  return p;
}

/** Q1 (5): an implementation is recorded once, on a day from the issue to today. */
export function implementationDateProblems(r: MonitoringRecommendationDates, implementedOn: IsoDate, today: IsoDate): MonitoringDateProblem[] {
  assertIsoDate(implementedOn);
  if (r.implementedOn) return [{ field: 'implementedOn', key: 'monitoring.alreadyImplemented', params: { implementedOn: r.implementedOn } }];
  if (implementedOn > today) return [{ field: 'implementedOn', key: 'monitoring.dateInFuture', params: { today } }];
  if (implementedOn < r.issuedOn) return [{ field: 'implementedOn', key: 'monitoring.implementedBeforeIssue', params: { issuedOn: r.issuedOn } }];
  return [];
}
