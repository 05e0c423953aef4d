import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  attestationApplicationsCloseOn,
  attestationResultSignedBy,
  attestationServiceDueOn,
  completenessCheckDueOn,
  dueAt,
  dueOn,
  hearingSchedule,
  isAttestationApplicationOnTime,
  PERIODS,
  register,
  serviceDueOn,
  stateCorporationHandOverBy,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('T5 working vs calendar days', () => {
  it('T5: working days and calendar days differ across a weekend', () => {
    // from Friday 10 April 2026
    expect(dueOn('2026-04-10', { unit: 'WORKING_DAYS', count: 3 }, cal)).toBe('2026-04-15');
    expect(dueOn('2026-04-10', { unit: 'CALENDAR_DAYS', count: 3 }, cal)).toBe('2026-04-13');
    expect(dueOn('2026-04-06', { unit: 'WORKING_DAYS', count: 10 }, cal)).toBe('2026-04-20');
    expect(dueOn('2026-04-06', { unit: 'CALENDAR_DAYS', count: 10 }, cal)).toBe('2026-04-16');
  });

  it('T5: a calendar-day period ending on a day off ends on the next working day', () => {
    // 6 April + 30 days = Wed 6 May; 2 April + 30 = Sat 2 May → Mon 4 May
    expect(dueOn('2026-04-02', { unit: 'CALENDAR_DAYS', count: 30 }, cal)).toBe('2026-05-04');
    expect(dueOn('2026-04-02', { unit: 'CALENDAR_DAYS', count: 30 }, cal, { rollForward: false })).toBe('2026-05-02');
    expect(dueOn('2026-04-06', { unit: 'CALENDAR_DAYS', count: 30 }, cal)).toBe('2026-05-06');
  });

  it('T5: "within 20 minutes" is a real-time limit that runs on a working day', () => {
    const start = at('2026-04-07', '10:00');
    expect(dueAt(start, PERIODS.licenceReissueMinutes)).toEqual(at('2026-04-07', '10:20'));
    // the minutes run on the first working day of the period
    expect(dueOn('2026-04-06', PERIODS.licenceReissueMinutes, cal)).toBe('2026-04-07');
    expect(dueOn('2026-04-10', PERIODS.licenceReissueMinutes, cal)).toBe('2026-04-13');
  });

  it('rejects negative or fractional counts', () => {
    expect(() => dueOn('2026-04-06', { unit: 'WORKING_DAYS', count: -1 }, cal)).toThrow(RangeError);
    expect(() => dueOn('2026-04-06', { unit: 'CALENDAR_DAYS', count: 1.5 }, cal)).toThrow(RangeError);
  });
});

describe('T4 hand-over to the State Corporation', () => {
  it('T4: the result reaches the State Corporation no later than one working day before the period ends', () => {
    expect(stateCorporationHandOverBy('2026-04-09', cal)).toBe('2026-04-08'); // Thursday → Wednesday
    expect(stateCorporationHandOverBy('2026-04-13', cal)).toBe('2026-04-10'); // Monday → Friday
    expect(stateCorporationHandOverBy('2026-05-04', cal)).toBe('2026-04-30'); // after 1 May and the weekend
  });

  it('T4: services provided within one working day are exempt from the early hand-over', () => {
    expect(stateCorporationHandOverBy('2026-04-09', cal, { period: { unit: 'WORKING_DAYS', count: 1 } })).toBe('2026-04-09');
    expect(stateCorporationHandOverBy('2026-04-09', cal, { period: PERIODS.enforcementDecision })).toBe('2026-04-08');
  });

  it('T4: end to end — E4 through the State Corporation', () => {
    const reg = register(at('2026-04-07', '11:00'), 'STATE_CORPORATION', cal);
    const end = serviceDueOn(reg, PERIODS.enforcementDecision, cal);
    expect(end).toBe('2026-04-10');
    expect(stateCorporationHandOverBy(end, cal)).toBe('2026-04-09');
  });
});

describe('attestation deadlines', () => {
  it('A1: applications close 5 working days before the attestation day', () => {
    // attestation on Monday 20 April 2026 → close Monday 13 April
    expect(attestationApplicationsCloseOn('2026-04-20', cal)).toBe('2026-04-13');
    expect(cal.workingDaysBetween('2026-04-13', '2026-04-20')).toBe(PERIODS.attestationApplyBefore.count);
    // across 7 May, the weekend and 1 May: attestation Friday 8 May → 6, 5, 4 May, 30, 29 April
    expect(attestationApplicationsCloseOn('2026-05-08', cal)).toBe('2026-04-29');
  });

  it('A1: a portal application sent late on the closing day is on time; the next day is not', () => {
    expect(isAttestationApplicationOnTime(at('2026-04-13', '23:30'), '2026-04-20', cal)).toBe(true);
    expect(isAttestationApplicationOnTime(at('2026-04-14', '00:10'), '2026-04-20', cal)).toBe(false);
  });

  it('A4: completeness is checked within 2 working days of receipt', () => {
    // T6: "within 2 working days of receipt" begins the day after: Thursday → Friday, Monday
    const reg = register(at('2026-04-09', '16:00'), 'PORTAL', cal); // Thursday
    expect(completenessCheckDueOn(reg, cal)).toBe('2026-04-13');
    const friday = register(at('2026-04-10', '16:00'), 'PORTAL', cal);
    expect(completenessCheckDueOn(friday, cal)).toBe('2026-04-14');
  });

  it('L3: a licence application received after hours is checked within 2 working days of its registration', () => {
    const reg = register(at('2026-04-10', '21:00'), 'PORTAL', cal); // Friday night → Monday
    expect(reg.registeredOn).toBe('2026-04-13');
    // T6: registered Monday → Tuesday, Wednesday
    expect(completenessCheckDueOn(reg, cal)).toBe('2026-04-15');
  });

  it('A10: the result is signed within 1 working day of the Commission decision', () => {
    expect(attestationResultSignedBy('2026-04-07', cal)).toBe('2026-04-08');
    expect(attestationResultSignedBy('2026-04-10', cal)).toBe('2026-04-13'); // Friday → Monday
  });

  it('A11: the hearing notice goes out at least 3 working days before the end, the hearing within 2 working days of it', () => {
    const s = hearingSchedule('2026-04-17', cal); // period ends Friday
    expect(s.noticeLatestOn).toBe('2026-04-14');
    expect(cal.workingDaysBetween(s.noticeLatestOn, '2026-04-17')).toBe(3);
    expect(s.hearingLatestAfterNotice('2026-04-14')).toBe('2026-04-16');
    expect(s.hearingLatestAfterNotice('2026-04-09')).toBe('2026-04-13'); // Thursday notice → Monday
    // the end right after a long weekend
    expect(hearingSchedule('2026-05-05', cal).noticeLatestOn).toBe('2026-04-29');
  });

  it('A12: the attestation service ends 10 working days after the closing date', () => {
    // held Monday 20 April → closing Monday 13 April → due Monday 27 April
    expect(attestationServiceDueOn('2026-04-20', cal)).toBe('2026-04-27');
    expect(cal.workingDaysBetween(attestationApplicationsCloseOn('2026-04-20', cal), '2026-04-27')).toBe(10);
  });

  it('L7, T6: a licence is issued within 10 working days of registration, across the May holidays', () => {
    const reg = register(at('2026-04-22', '10:00'), 'PORTAL', cal); // Wednesday
    // T6: "from the moment of application" says when the term runs, not that the day counts: day 1 = Thu 23 April;
    // 1 May and 7 May are holidays → the 10th working day is Fri 8 May
    expect(serviceDueOn(reg, PERIODS.licenceIssue, cal)).toBe('2026-05-08');
    expect(cal.workingDaysBetween(reg.periodStartsAfter, '2026-05-08')).toBe(10);
  });
});
