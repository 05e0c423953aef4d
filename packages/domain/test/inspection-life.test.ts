// Inspections (issue 10): the life of a quality-control inspection, to the working day (Q1, Q3, Q4), and the
// plan's period, windows and figures (Q1). Kazakhstan's calendar: 16 December (Independence Day) and 7 January
// (Orthodox Christmas) are days off.
import { describe, expect, it } from 'vitest';
import {
  changeNoticeDueOn,
  draftCertificateLatestOn,
  inspectionLatestEndOn,
  inspectionNoticeLatestOn,
  nextPlanPeriod,
  objectionsDueOn,
  planApprovedLate,
  planFindings,
  planPeriodDays,
  planReferenceOn,
  planWindows,
  recommendationDueOn,
  recommendationReportDueOn,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('inspection life (Q3, Q4)', () => {
  it('Q3: a suspension across a weekend stops only its working days; the count continues from the resumption', () => {
    // unscheduled, starts Monday 7 December 2026: 10 working days, 16 December a holiday → Monday 21 December
    expect(inspectionLatestEndOn('2026-12-07', 'UNSCHEDULED', cal)).toBe('2026-12-21');
    // suspended Friday 11th (not counted) to Tuesday 15th (counted again): Friday and Monday are lost, the weekend was never counted
    expect(inspectionLatestEndOn('2026-12-07', 'UNSCHEDULED', cal, [{ fromOn: '2026-12-11', resumedOn: '2026-12-15' }])).toBe('2026-12-23');
    // suspended Saturday to Monday: no working day lost, the end does not move
    expect(inspectionLatestEndOn('2026-12-07', 'UNSCHEDULED', cal, [{ fromOn: '2026-12-12', resumedOn: '2026-12-14' }])).toBe('2026-12-21');
    // while suspended the end is not known
    expect(inspectionLatestEndOn('2026-12-07', 'UNSCHEDULED', cal, [{ fromOn: '2026-12-11', resumedOn: null }])).toBeNull();
  });

  it('Q3: the suspension decided on a Friday is notified by the Monday (1 working day, T6)', () => {
    expect(changeNoticeDueOn('2026-12-11', cal)).toBe('2026-12-14');
    // decided the day before the holiday: Thursday 17th
    expect(changeNoticeDueOn('2026-12-15', cal)).toBe('2026-12-17');
  });

  it('Q3: notice lead times — 3 working days before a scheduled start (7 January a holiday), 1 calendar day before an unscheduled one', () => {
    expect(inspectionNoticeLatestOn('2027-01-11', 'SCHEDULED', cal)).toBe('2027-01-05');
    expect(inspectionNoticeLatestOn('2026-12-14', 'UNSCHEDULED', cal)).toBe('2026-12-13'); // a Sunday: "one day", not a working day
  });

  it('Q4: the draft certificate at least 3 working days before the end; objections within 2 working days of receipt', () => {
    expect(draftCertificateLatestOn('2026-12-23', cal)).toBe('2026-12-18');
    expect(objectionsDueOn('2026-12-18', cal)).toBe('2026-12-22'); // Friday → Monday, Tuesday
    expect(objectionsDueOn('2026-12-15', cal)).toBe('2026-12-18'); // across the 16 December holiday
  });

  it('Q4: the recommendation is acted on within 30 calendar days; the report within 2 working days of the consideration', () => {
    expect(recommendationDueOn('2026-12-23', cal)).toBe('2027-01-22');
    expect(recommendationReportDueOn('2027-01-22', cal)).toBe('2027-01-26'); // Friday → Monday, Tuesday
    expect(recommendationReportDueOn('2027-01-05', cal)).toBe('2027-01-08'); // across 7 January
  });
});

describe('the semi-annual plan (Q1)', () => {
  it('Q1: in December the plan prepared is the first half of next year, approved by 10 December; a later approval is flagged', () => {
    expect(nextPlanPeriod('2026-12-02')).toEqual({ year: 2027, half: 1 });
    expect(nextPlanPeriod('2026-03-02')).toEqual({ year: 2026, half: 2 });
    expect(planPeriodDays({ year: 2027, half: 1 })).toEqual({ fromOn: '2027-01-01', toOn: '2027-06-30' });
    expect(planReferenceOn({ year: 2027, half: 1 }, '2026-12-02')).toBe('2026-12-02');
    expect(planReferenceOn({ year: 2027, half: 1 }, '2026-12-15')).toBe('2026-12-10');
    expect(planApprovedLate({ year: 2027, half: 1 }, '2026-12-10')).toBe(false);
    expect(planApprovedLate({ year: 2027, half: 1 }, '2026-12-11')).toBe(true);
    expect(planApprovedLate({ year: 2026, half: 2 }, '2026-05-11')).toBe(true);
  });

  it('Q1: the windows run back six months, a year and three years from the reference day', () => {
    expect(planWindows('2026-12-02')).toEqual({ sixMonthsFromOn: '2026-06-02', yearFromOn: '2025-12-02', threeYearsFromOn: '2023-12-02', untilOn: '2026-12-02' });
  });

  it('Q1: each criterion is shown with the figure behind it', () => {
    const none = { servicesLast6Months: 10, violationRecommendationLast6Months: false, appealsLast6Months: 0, art465FinesLastYear: 0, monitoringRecommendationNotImplemented: false, unscheduledInspectionsLastYear: 0, lastScheduledInspectionOn: '2025-03-02' };
    expect(planFindings(none, '2026-12-02')).toEqual([]);
    expect(planFindings({ ...none, servicesLast6Months: 1001 }, '2026-12-02')).toEqual([{ criterion: 'MORE_THAN_1000_SERVICES', figure: 1001 }]);
    expect(planFindings({ ...none, servicesLast6Months: 1000 }, '2026-12-02')).toEqual([]);
    expect(planFindings({ ...none, appealsLast6Months: 2, unscheduledInspectionsLastYear: 3 }, '2026-12-02')).toEqual([
      { criterion: 'APPEAL_RECEIVED', figure: 2 },
      { criterion: 'THREE_UNSCHEDULED_INSPECTIONS', figure: 3 },
    ]);
    expect(planFindings({ ...none, lastScheduledInspectionOn: '2022-10-05' }, '2026-12-02')).toEqual([{ criterion: 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS', figure: 4 }]);
    expect(planFindings({ ...none, lastScheduledInspectionOn: null }, '2026-12-02')).toEqual([{ criterion: 'NO_SCHEDULED_INSPECTION_FOR_3_YEARS', figure: null }]);
  });
});
