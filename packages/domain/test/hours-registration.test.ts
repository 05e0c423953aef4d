import { describe, expect, it } from 'vitest';
import {
  acceptanceWindows,
  almatyInstant as at,
  dueOn,
  isWithinAcceptanceHours,
  isWithinProviderWorkingHours,
  PERIODS,
  register,
  serviceDueOn,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();
// Tue 7 April 2026 is an ordinary working day; Sat 11, Sun 12 April a weekend; Fri 1 May a holiday.

describe('T2 hours', () => {
  it('T2: a justice office accepts 09:00–17:30 on working days, not during lunch 13:00–14:30', () => {
    const ok = (hhmm: string, date = '2026-04-07') => isWithinAcceptanceHours(at(date, hhmm), 'JUSTICE_OFFICE', cal);
    expect(ok('08:59')).toBe(false);
    expect(ok('09:00')).toBe(true);
    expect(ok('12:59')).toBe(true);
    expect(ok('13:00')).toBe(false);
    expect(ok('14:29')).toBe(false);
    expect(ok('14:30')).toBe(true);
    expect(ok('17:29')).toBe(true);
    expect(ok('17:30')).toBe(false);
    expect(ok('10:00', '2026-04-11')).toBe(false); // Saturday
    expect(ok('10:00', '2026-05-01')).toBe(false); // holiday
  });

  it('T2: providers work 09:00–18:30 with lunch 13:00–14:30', () => {
    expect(isWithinProviderWorkingHours(at('2026-04-07', '18:29'), cal)).toBe(true);
    expect(isWithinProviderWorkingHours(at('2026-04-07', '18:30'), cal)).toBe(false);
    expect(isWithinProviderWorkingHours(at('2026-04-07', '13:45'), cal)).toBe(false);
    expect(isWithinProviderWorkingHours(at('2026-04-11', '10:00'), cal)).toBe(false);
  });

  it('T2: the State Corporation works 09:00–18:00 without a break; duty offices to 20:00', () => {
    const sc = (hhmm: string, dutyOffice = false) => isWithinAcceptanceHours(at('2026-04-07', hhmm), 'STATE_CORPORATION', cal, { dutyOffice });
    expect(sc('13:30')).toBe(true);
    expect(sc('17:59')).toBe(true);
    expect(sc('18:00')).toBe(false);
    expect(sc('19:59', true)).toBe(true);
    expect(sc('20:00', true)).toBe(false);
  });

  it('T2: State Corporation duty offices open on Saturday 09:00–13:00, but not on a holiday Saturday or Sunday', () => {
    const sat = (date: string, hhmm: string, dutyOffice = true) =>
      isWithinAcceptanceHours(at(date, hhmm), 'STATE_CORPORATION', cal, { dutyOffice });
    expect(sat('2026-04-11', '09:00')).toBe(true);
    expect(sat('2026-04-11', '12:59')).toBe(true);
    expect(sat('2026-04-11', '13:00')).toBe(false);
    expect(sat('2026-04-11', '10:00', false)).toBe(false); // ordinary office
    expect(sat('2026-04-12', '10:00')).toBe(false); // Sunday
    expect(sat('2026-05-09', '10:00')).toBe(false); // Victory Day, a Saturday
    expect(acceptanceWindows('2026-05-09', 'STATE_CORPORATION', cal, { dutyOffice: true })).toEqual([]);
    // a Saturday made a working day has weekday hours
    const c = new WorkingCalendar([{ date: '2026-04-11', kind: 'WORKING_DAY', name: 'Working Saturday' }]);
    expect(isWithinAcceptanceHours(at('2026-04-11', '17:00'), 'STATE_CORPORATION', c)).toBe(true);
  });

  it('T2: the portal accepts round the clock', () => {
    for (const [d, t] of [['2026-04-07', '03:00'], ['2026-04-12', '23:59'], ['2026-05-01', '12:00']] as const) {
      expect(isWithinAcceptanceHours(at(d, t), 'PORTAL', cal)).toBe(true);
    }
  });
});

describe('T3 registration', () => {
  it('T3: an application received at 17:29 is registered the same day', () => {
    const r = register(at('2026-04-07', '17:29'), 'PORTAL', cal);
    // T6: the period counts from the day after registration, so periodStartsAfter is the registration day
    expect(r).toEqual({ registeredOn: '2026-04-07', registeredAt: at('2026-04-07', '17:29'), periodStartsAfter: '2026-04-07', afterHours: false });
  });

  it('T3: an application received at 17:31 is registered on the next working day at 09:00', () => {
    const r = register(at('2026-04-07', '17:31'), 'PORTAL', cal);
    expect(r.registeredOn).toBe('2026-04-08');
    expect(r.registeredAt).toEqual(at('2026-04-08', '09:00'));
    expect(r.afterHours).toBe(true);
    expect(register(at('2026-04-07', '17:30'), 'PORTAL', cal).registeredOn).toBe('2026-04-08');
  });

  it('T3: Friday evening and the weekend are registered on Monday', () => {
    for (const [d, t] of [['2026-04-10', '18:00'], ['2026-04-11', '11:00'], ['2026-04-12', '23:59']] as const) {
      const r = register(at(d, t), 'PORTAL', cal);
      expect(r.registeredOn).toBe('2026-04-13');
      expect(r.registeredAt).toEqual(at('2026-04-13', '09:00'));
    }
  });

  it('T3: on a holiday eve the application waits for the first working day after the holidays', () => {
    // Thu 30 April 17:45 → Fri 1 May holiday, weekend → Mon 4 May
    expect(register(at('2026-04-30', '17:45'), 'PORTAL', cal).registeredOn).toBe('2026-05-04');
    // Wed 31 December 2025 evening → Mon 5 January 2026
    expect(register(at('2025-12-31', '20:00'), 'JUSTICE_OFFICE', cal).registeredOn).toBe('2026-01-05');
  });

  it('T3: before 09:00 on a working day the application is registered that day at 09:00', () => {
    const r = register(at('2026-04-07', '07:15'), 'PORTAL', cal);
    expect(r.registeredOn).toBe('2026-04-07');
    expect(r.registeredAt).toEqual(at('2026-04-07', '09:00'));
    expect(r.afterHours).toBe(true);
  });

  it('T3, T6: the service period runs from registration, beginning the next day', () => {
    // 3 working days (E4): registered Friday 17:45 → Monday; T6: Tuesday is day 1 → due Thursday
    const late = register(at('2026-04-10', '17:45'), 'PORTAL', cal);
    expect(serviceDueOn(late, PERIODS.enforcementDecision, cal)).toBe('2026-04-16');
    // registered Friday 17:00: day 1 is Monday → due Wednesday
    const inTime = register(at('2026-04-10', '17:00'), 'PORTAL', cal);
    expect(serviceDueOn(inTime, PERIODS.enforcementDecision, cal)).toBe('2026-04-15');
  });
});

describe('T4 State Corporation', () => {
  it('T4: through the State Corporation the day of receipt is not counted', () => {
    const portal = register(at('2026-04-07', '10:00'), 'PORTAL', cal);
    const sc = register(at('2026-04-07', '10:00'), 'STATE_CORPORATION', cal);
    expect(sc.registeredOn).toBe('2026-04-07');
    expect(sc.periodStartsAfter).toBe('2026-04-07');
    // T6: the registration day is not counted on any channel, so the two agree: Wed, Thu, Fri
    expect(portal.periodStartsAfter).toBe('2026-04-07');
    expect(serviceDueOn(portal, PERIODS.enforcementDecision, cal)).toBe('2026-04-10');
    expect(serviceDueOn(sc, PERIODS.enforcementDecision, cal)).toBe('2026-04-10');
  });

  it('T4, T6: a Saturday receipt at a duty office: registered Monday, Tuesday is day 1', () => {
    // T4: Saturday (the day of receipt) is not counted; T3: registered Monday; T6: the period runs from the day after
    const sc = register(at('2026-04-11', '10:00'), 'STATE_CORPORATION', cal);
    expect(sc.registeredOn).toBe('2026-04-13');
    expect(sc.periodStartsAfter).toBe('2026-04-13');
    expect(dueOn(sc.periodStartsAfter, PERIODS.enforcementDecision, cal)).toBe('2026-04-16');
  });
});
