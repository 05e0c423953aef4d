import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  canScheduleInspection,
  changeNoticeDueOn,
  COMPLAINT_ADDRESSEES,
  complaintDueOn,
  draftCertificateLatestOn,
  extendComplaint,
  inspectionCompletedOn,
  inspectionLatestEndOn,
  inspectionNoticeLatestOn,
  inspectionValidity,
  missingNoticeItems,
  NOTICE_ITEMS,
  objectionsDueOn,
  planApprovalDeadline,
  planInclusionCriteria,
  recommendationDueOn,
  recommendationReportDueOn,
  UNSCHEDULED_GROUNDS,
  validateInspectionGround,
  WorkingCalendar,
  type ExtensionInput,
  type SubjectStatistics,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('complaints', () => {
  it('C1: a complaint goes to the provider’s head, the Ministry, the State Corporation or the quality-control body', () => {
    expect(COMPLAINT_ADDRESSEES).toEqual(['PROVIDER_HEAD', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY']);
  });

  it('C2: 5 working days for the provider, the Ministry or the State Corporation; 15 for the quality-control body', () => {
    // registered Tuesday 7 April 2026
    expect(complaintDueOn('2026-04-07', 'PROVIDER_HEAD', cal)).toBe('2026-04-14');
    expect(complaintDueOn('2026-04-07', 'MINISTRY', cal)).toBe('2026-04-14');
    expect(complaintDueOn('2026-04-07', 'STATE_CORPORATION', cal)).toBe('2026-04-14');
    expect(complaintDueOn('2026-04-07', 'QUALITY_CONTROL_BODY', cal)).toBe('2026-04-28');
    // across 1 May and 7 May
    expect(complaintDueOn('2026-04-29', 'MINISTRY', cal)).toBe('2026-05-08');
  });

  const ext = (over: Partial<ExtensionInput> = {}): ExtensionInput => ({
    addressee: 'QUALITY_CONTROL_BODY',
    dueOn: '2026-04-28',
    extendedOn: '2026-04-24',
    workingDays: 10,
    reason: 'ON_SITE_CHECK',
    alreadyExtended: false,
    ...over,
  });

  it('C3: the term is extended once by at most 10 working days, the complainant told within 3 working days', () => {
    // 1, 7 and 11 May 2026 (Victory Day moved from Saturday 9 May) are days off
    expect(extendComplaint(ext(), cal)).toEqual({ ok: true, newDueOn: '2026-05-15', notifyBy: '2026-04-29' });
    expect(cal.workingDaysBetween('2026-04-28', '2026-05-15')).toBe(10);
    expect(extendComplaint(ext({ workingDays: 11 }), cal)).toEqual({ ok: false, errors: [{ code: 'TOO_LONG', max: 10 }] });
    expect(extendComplaint(ext({ alreadyExtended: true }), cal)).toEqual({ ok: false, errors: [{ code: 'ALREADY_EXTENDED' }] });
    expect(extendComplaint(ext({ workingDays: 0 }), cal)).toEqual({ ok: false, errors: [{ code: 'INVALID_LENGTH' }] });
  });

  it('C3: only for a further study, an on-site check or more information, while the term runs', () => {
    expect(extendComplaint(ext({ reason: 'WORKLOAD' as 'ON_SITE_CHECK' }), cal)).toEqual({ ok: false, errors: [{ code: 'NOT_A_LAWFUL_REASON' }] });
    expect(extendComplaint(ext({ extendedOn: '2026-04-29' }), cal)).toEqual({ ok: false, errors: [{ code: 'TERM_ALREADY_EXPIRED' }] });
    expect(extendComplaint(ext({ addressee: 'STATE_CORPORATION', dueOn: '2026-04-14', extendedOn: '2026-04-10' }), cal)).toEqual({
      ok: false,
      errors: [{ code: 'ADDRESSEE_MAY_NOT_EXTEND' }],
    });
    expect(extendComplaint(ext({ addressee: 'MINISTRY', dueOn: '2026-04-14', extendedOn: '2026-04-10', workingDays: 3, reason: 'MORE_INFORMATION' }), cal)).toEqual({
      ok: true,
      newDueOn: '2026-04-17',
      notifyBy: '2026-04-15',
    });
  });
});

describe('inspections', () => {
  const quiet: SubjectStatistics = {
    servicesLast6Months: 1000,
    violationRecommendationLast6Months: false,
    appealsLast6Months: 0,
    art465FinesLastYear: 0,
    monitoringRecommendationNotImplemented: false,
    unscheduledInspectionsLastYear: 2,
    lastScheduledInspectionOn: '2024-06-01',
  };

  it('Q1: the semi-annual plans are approved by 10 December and 10 May', () => {
    expect(planApprovalDeadline(2027, 1)).toBe('2026-12-10');
    expect(planApprovalDeadline(2027, 2)).toBe('2027-05-10');
  });

  it('Q1: a subject enters the plan only on one of the seven criteria', () => {
    const on = '2026-12-10';
    expect(planInclusionCriteria(quiet, on)).toEqual([]);
    expect(planInclusionCriteria({ ...quiet, servicesLast6Months: 1001 }, on)).toEqual(['MORE_THAN_1000_SERVICES']);
    expect(planInclusionCriteria({ ...quiet, violationRecommendationLast6Months: true }, on)).toEqual(['VIOLATION_RECOMMENDATION']);
    expect(planInclusionCriteria({ ...quiet, appealsLast6Months: 1 }, on)).toEqual(['APPEAL_RECEIVED']);
    expect(planInclusionCriteria({ ...quiet, art465FinesLastYear: 1 }, on)).toEqual(['ART_465_FINE']);
    expect(planInclusionCriteria({ ...quiet, monitoringRecommendationNotImplemented: true }, on)).toEqual(['MONITORING_RECOMMENDATION_NOT_IMPLEMENTED']);
    expect(planInclusionCriteria({ ...quiet, unscheduledInspectionsLastYear: 3 }, on)).toEqual(['THREE_UNSCHEDULED_INSPECTIONS']);
    expect(planInclusionCriteria({ ...quiet, lastScheduledInspectionOn: '2023-12-10' }, on)).toEqual(['NO_SCHEDULED_INSPECTION_FOR_3_YEARS']);
    expect(planInclusionCriteria({ ...quiet, lastScheduledInspectionOn: '2023-12-11' }, on)).toEqual([]);
    expect(planInclusionCriteria({ ...quiet, lastScheduledInspectionOn: null }, on)).toEqual(['NO_SCHEDULED_INSPECTION_FOR_3_YEARS']);
  });

  it('Q1: at most one scheduled inspection a year per subject', () => {
    expect(canScheduleInspection(['2026-02-10'], '2026-09-01')).toBe(false);
    expect(canScheduleInspection(['2025-11-10'], '2026-03-01')).toBe(true);
    expect(canScheduleInspection([], '2026-03-01')).toBe(true);
  });

  it('Q2: an unscheduled inspection has one of five grounds and never an anonymous source', () => {
    expect(UNSCHEDULED_GROUNDS).toHaveLength(5);
    for (const g of UNSCHEDULED_GROUNDS) expect(validateInspectionGround({ kind: 'UNSCHEDULED', ground: g })).toEqual([]);
    expect(validateInspectionGround({ kind: 'UNSCHEDULED', ground: 'APPEAL_OF_PERSON', anonymousSource: true })).toEqual([{ code: 'ANONYMOUS_SOURCE' }]);
    expect(validateInspectionGround({ kind: 'UNSCHEDULED', ground: 'MONITORING_FINDINGS', anonymousSource: true })).toEqual([{ code: 'ANONYMOUS_SOURCE' }]);
    expect(validateInspectionGround({ kind: 'UNSCHEDULED', ground: 'PLAN' })).toEqual([{ code: 'NOT_A_LAWFUL_GROUND', ground: 'PLAN' }]);
    expect(validateInspectionGround({ kind: 'UNSCHEDULED', ground: null })).toEqual([{ code: 'NO_GROUND' }]);
    expect(validateInspectionGround({ kind: 'SCHEDULED', ground: 'PLAN' })).toEqual([]);
  });

  it('Q3: a scheduled inspection lasts at most 20 working days, an unscheduled one 10', () => {
    // starting Monday 6 April 2026 (the start day is day 1)
    expect(inspectionLatestEndOn('2026-04-06', 'UNSCHEDULED', cal)).toBe('2026-04-17');
    expect(inspectionLatestEndOn('2026-04-06', 'SCHEDULED', cal)).toBe('2026-05-04'); // 1 May is a holiday
    expect(cal.workingDaysBetween('2026-04-05', '2026-05-04')).toBe(20);
  });

  it('Q3: a suspension pauses the count, which continues from the day of resumption', () => {
    // suspended from Wed 8 April (not counted) to resumption on Wed 15 April (counted)
    const s = [{ fromOn: '2026-04-08', resumedOn: '2026-04-15' }];
    expect(inspectionLatestEndOn('2026-04-06', 'UNSCHEDULED', cal, s)).toBe('2026-04-24');
    // 6, 7 April + 15, 16, 17, 20, 21, 22, 23, 24 April = 10 working days
    expect(inspectionLatestEndOn('2026-04-06', 'UNSCHEDULED', cal, [{ fromOn: '2026-04-08', resumedOn: null }])).toBeNull();
  });

  it('Q3: notice at least 3 working days before a scheduled inspection, 1 day before an unscheduled one', () => {
    expect(inspectionNoticeLatestOn('2026-04-13', 'SCHEDULED', cal)).toBe('2026-04-08');
    expect(inspectionNoticeLatestOn('2026-04-13', 'UNSCHEDULED', cal)).toBe('2026-04-12');
    expect(changeNoticeDueOn('2026-04-10', cal)).toBe('2026-04-13');
  });

  it('Q3: the notice of start names nine items', () => {
    expect(NOTICE_ITEMS).toHaveLength(9);
    const full = {
      inspectors: ['A. Inspector, chief specialist'],
      specialists: [],
      subject: 'Justice Department of Almaty, Abay Ave 1',
      matter: 'Provision of enforcement initiation',
      duration: '10 working days',
      periodUnderInspection: '2025-07-01 — 2025-12-31',
      kind: 'UNSCHEDULED',
      grounds: 'APPEAL_OF_PERSON',
      signature: 'EDS',
    };
    expect(missingNoticeItems(full)).toEqual([]);
    expect(missingNoticeItems({ ...full, inspectors: [], specialists: undefined, signature: ' ' })).toEqual(['inspectors', 'specialists', 'signature']);
  });

  it('Q4: draft certificate 3 working days before the end, objections within 2 working days', () => {
    expect(draftCertificateLatestOn('2026-04-17', cal)).toBe('2026-04-14');
    expect(objectionsDueOn('2026-04-14', cal)).toBe('2026-04-16');
    expect(objectionsDueOn('2026-04-09', cal)).toBe('2026-04-13');
    expect(inspectionCompletedOn(at('2026-04-17', '16:00'))).toBe('2026-04-17');
  });

  it('Q4: a recommendation is acted on within 30 calendar days and reported within 2 working days', () => {
    expect(recommendationDueOn('2026-04-17', cal)).toBe('2026-05-18'); // 17 May is a Sunday
    expect(recommendationDueOn('2026-04-06', cal)).toBe('2026-05-06');
    expect(recommendationReportDueOn('2026-05-06', cal)).toBe('2026-05-12'); // 7 and 11 May are days off
  });

  it('Q5: an inspection without grounds, without notice or outside competence is invalid', () => {
    const ok = {
      kind: 'UNSCHEDULED' as const,
      ground: 'APPEAL_OF_PERSON',
      startsOn: '2026-04-13',
      noticeSentAt: at('2026-04-10', '10:00'),
      withinCompetence: true,
    };
    expect(inspectionValidity(ok, cal)).toEqual({ valid: true, gross: [], other: [] });
    expect(inspectionValidity({ ...ok, ground: null }, cal)).toEqual({ valid: false, gross: ['NO_GROUNDS'], other: [] });
    expect(inspectionValidity({ ...ok, anonymousSource: true }, cal)).toEqual({ valid: false, gross: ['NO_GROUNDS'], other: [] });
    expect(inspectionValidity({ ...ok, noticeSentAt: null }, cal)).toEqual({ valid: false, gross: ['NO_NOTICE'], other: [] });
    expect(inspectionValidity({ ...ok, withinCompetence: false }, cal)).toEqual({ valid: false, gross: ['OUTSIDE_COMPETENCE'], other: [] });
    // a late notice is a violation, but not a gross one
    expect(inspectionValidity({ ...ok, noticeSentAt: at('2026-04-13', '08:00') }, cal)).toEqual({ valid: true, gross: [], other: ['LATE_NOTICE'] });
    expect(inspectionValidity({ ...ok, kind: 'SCHEDULED', ground: 'PLAN', noticeSentAt: at('2026-04-09', '10:00') }, cal).other).toEqual(['LATE_NOTICE']);
  });
});
