// T6: one rule for counting periods — a period counted from a date or an event begins on the next day.
import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  complaintDueOn,
  dueOn,
  enforcementDecisionDueOn,
  PERIODS,
  recommendationDueOn,
  register,
  serviceDueOn,
  weekday,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('T6 counting of periods', () => {
  it('T6: a case registered on a Monday has its E4 decision due on the Thursday (3 working days begin on the Tuesday)', () => {
    for (const channel of ['PORTAL', 'JUSTICE_OFFICE', 'STATE_CORPORATION'] as const) {
      const reg = register(at('2026-04-06', '10:00'), channel, cal);
      expect(weekday(reg.registeredOn)).toBe(1); // Monday
      const due = enforcementDecisionDueOn(reg, cal);
      expect(due).toBe('2026-04-09');
      expect(weekday(due)).toBe(4); // Thursday, not Wednesday
    }
  });

  it('T6: across a holiday — registered Thursday 30 April, 1 May and the weekend are not working days: due Wednesday 6 May', () => {
    const reg = register(at('2026-04-30', '11:00'), 'PORTAL', cal);
    expect(reg.registeredOn).toBe('2026-04-30');
    expect(serviceDueOn(reg, PERIODS.enforcementDecision, cal)).toBe('2026-05-06');
  });

  it('T6: a calendar-day period — 30 calendar days from 6 April end on 6 May (day 1 is 7 April)', () => {
    expect(dueOn('2026-04-06', PERIODS.recommendationAct, cal)).toBe('2026-05-06');
    expect(recommendationDueOn('2026-04-06', cal)).toBe('2026-05-06');
    // the 30th day a Sunday (17 May): the period ends on the next working day
    expect(recommendationDueOn('2026-04-17', cal)).toBe('2026-05-18');
  });

  it('T6, T4: through the State Corporation — received Saturday, registered Monday, neither day counted: due Thursday', () => {
    const reg = register(at('2026-04-11', '10:00'), 'STATE_CORPORATION', cal);
    expect(reg.registeredOn).toBe('2026-04-13');
    expect(reg.periodStartsAfter).toBe('2026-04-13');
    expect(enforcementDecisionDueOn(reg, cal)).toBe('2026-04-16');
  });

  it('T6: after-hours receipt — registered the next working day, and counted from the day after that', () => {
    const reg = register(at('2026-04-06', '18:00'), 'PORTAL', cal); // Monday evening → Tuesday
    expect(reg.registeredOn).toBe('2026-04-07');
    expect(enforcementDecisionDueOn(reg, cal)).toBe('2026-04-10');
  });

  it('T6: every day period of every service, counted from an event, excludes the event day', () => {
    // a complaint registered on Monday: 5 working days are Tue … Mon
    expect(complaintDueOn('2026-04-06', 'PROVIDER_HEAD', cal)).toBe('2026-04-13');
    for (const [name, period] of Object.entries(PERIODS)) {
      if (period.unit === 'MINUTES' || period.count === 0) continue;
      const end = dueOn('2026-04-06', period, cal);
      expect(end > '2026-04-06', name).toBe(true);
      if (period.unit === 'WORKING_DAYS') expect(cal.workingDaysBetween('2026-04-06', end), name).toBe(period.count);
    }
  });
});

describe('T5 beside T6', () => {
  it('T5: a minutes limit (licence reissue, L8) ends on the registration day itself: T6 counts only periods of days', () => {
    const reg = register(at('2026-04-06', '10:00'), 'PORTAL', cal);
    expect(serviceDueOn(reg, PERIODS.licenceReissueMinutes, cal)).toBe('2026-04-06');
    const night = register(at('2026-04-10', '22:00'), 'PORTAL', cal); // Friday night → Monday
    expect(serviceDueOn(night, PERIODS.licenceReissueMinutes, cal)).toBe('2026-04-13');
  });
});
