// Q1 (4), (5): the state of a monitoring recommendation and the dates the quality-control body may record.
import { describe, expect, it } from 'vitest';
import { fineDateProblems, implementationDateProblems, monitoringRecommendationState, planInclusionCriteria, recommendationDateProblems, type SubjectStatistics } from '../src/index.ts';

const rec = { issuedOn: '2026-09-01', dueOn: '2026-10-01', implementedOn: null };

describe('monitoring recommendations (Q1 (5))', () => {
  it('Q1: open up to and on its due day, overdue the day after; implemented late only after the due day', () => {
    expect(monitoringRecommendationState(rec, '2026-09-15')).toBe('OPEN');
    expect(monitoringRecommendationState(rec, '2026-10-01')).toBe('OPEN');
    expect(monitoringRecommendationState(rec, '2026-10-02')).toBe('OVERDUE');
    expect(monitoringRecommendationState({ ...rec, implementedOn: '2026-10-01' }, '2027-01-01')).toBe('IMPLEMENTED');
    expect(monitoringRecommendationState({ ...rec, implementedOn: '2026-10-02' }, '2027-01-01')).toBe('IMPLEMENTED_LATE');
    expect(() => monitoringRecommendationState(rec, '2026-13-01')).toThrow();
  });

  it('Q1: issued today at the latest, due after the day of issue; implemented once, from the issue to today', () => {
    expect(recommendationDateProblems('2026-12-01', '2026-12-31', '2026-12-01')).toEqual([]);
    expect(recommendationDateProblems('2026-12-02', '2026-12-02', '2026-12-01').map((p) => [p.field, p.key])).toEqual([
      ['issuedOn', 'monitoring.dateInFuture'],
      ['dueOn', 'monitoring.dueNotAfterIssue'],
    ]);
    expect(implementationDateProblems(rec, '2026-09-01', '2026-12-01')).toEqual([]);
    expect(implementationDateProblems(rec, '2026-08-31', '2026-12-01')).toEqual([{ field: 'implementedOn', key: 'monitoring.implementedBeforeIssue', params: { issuedOn: '2026-09-01' } }]);
    expect(implementationDateProblems(rec, '2026-12-02', '2026-12-01')[0]!.key).toBe('monitoring.dateInFuture');
    expect(implementationDateProblems({ ...rec, implementedOn: '2026-09-20' }, '2026-09-21', '2026-12-01')[0]!.key).toBe('monitoring.alreadyImplemented');
  });
});

describe('art. 465 fines (Q1 (4))', () => {
  it('Q1: a fine is dated today at the latest, and one fine in the last year puts the subject into the plan', () => {
    expect(fineDateProblems('2026-12-01', '2026-12-01')).toEqual([]);
    expect(fineDateProblems('2026-12-02', '2026-12-01')).toEqual([{ field: 'decidedOn', key: 'monitoring.dateInFuture', params: { today: '2026-12-01' } }]);
    const quiet: SubjectStatistics = {
      servicesLast6Months: 10, violationRecommendationLast6Months: false, appealsLast6Months: 0, art465FinesLastYear: 0,
      monitoringRecommendationNotImplemented: false, unscheduledInspectionsLastYear: 0, lastScheduledInspectionOn: '2025-06-01',
    };
    expect(planInclusionCriteria(quiet, '2026-12-10')).toEqual([]);
    expect(planInclusionCriteria({ ...quiet, art465FinesLastYear: 1 }, '2026-12-10')).toEqual(['ART_465_FINE']);
    expect(planInclusionCriteria({ ...quiet, monitoringRecommendationNotImplemented: true }, '2026-12-10')).toEqual(['MONITORING_RECOMMENDATION_NOT_IMPLEMENTED']);
  });
});
