// Issue 11: the aggregation rules of the dashboards, by rule id.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  almatyInstant as at,
  dueOn,
  effectiveDueOn,
  monthsBetween,
  openItemStanding,
  percentileOf,
  PERIODS,
  shareWithinTerm,
  termOutcome,
  WorkingCalendar,
  workingDaysTaken,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('within the term', () => {
  it('E4: a decision on the third working day after registration (Monday → Thursday) is within the term', () => {
    const due = dueOn('2026-03-02', PERIODS.enforcementDecision, cal); // Monday 2 March 2026
    expect(due).toBe('2026-03-05');
    expect(termOutcome(at('2026-03-05', '18:29'), due)).toBe('MET');
    expect(termOutcome(at('2026-03-05', '23:59'), due)).toBe('MET'); // the whole last day counts (T1: Almaty date)
    expect(termOutcome(at('2026-03-06', '00:00'), due)).toBe('MISSED');
    expect(termOutcome(null, due)).toBe('OPEN');
  });

  it('T1: the day of a decision is the Almaty date, not the UTC one (20:00 UTC is 01:00 the next day)', () => {
    expect(termOutcome(new Date('2026-03-05T20:00:00Z'), '2026-03-05')).toBe('MISSED');
    expect(termOutcome(new Date('2026-03-05T18:59:00Z'), '2026-03-05')).toBe('MET');
  });

  it('C2: a complaint to the provider decided on the 5th working day is within the term, on the 6th it is not', () => {
    const registered = '2026-03-02';
    const due = dueOn(registered, PERIODS.complaintProvider, cal);
    expect(termOutcome(at(due, '12:00'), due)).toBe('MET');
    expect(termOutcome(at(cal.addWorkingDays(due, 1), '09:00'), due)).toBe('MISSED');
    expect(dueOn(registered, PERIODS.complaintQualityBody, cal) > due).toBe(true);
  });

  it('shareWithinTerm: met / (met + missed); nothing decided is no share, not 0 %', () => {
    expect(shareWithinTerm(9, 1)).toBe(0.9);
    expect(shareWithinTerm(0, 0)).toBeNull();
  });
});

describe('time taken in working days', () => {
  it('T6: the registration day is not counted; a decision on the day of registration took 0 working days', () => {
    expect(workingDaysTaken(at('2026-03-02', '10:00'), at('2026-03-02', '17:00'), cal)).toBe(0);
    expect(workingDaysTaken(at('2026-03-02', '10:00'), at('2026-03-05', '09:00'), cal)).toBe(3);
  });

  it('T5, T1: weekends and public holidays are not working days (8 March 2026 is a Sunday: the Monday is off)', () => {
    // Friday 6 March → Tuesday 10 March: Saturday, Sunday, and Monday 9 March (the holiday moved from Sunday) are off
    expect(workingDaysTaken(at('2026-03-06', '10:00'), at('2026-03-10', '10:00'), cal)).toBe(1);
    expect(cal.isWorkingDay('2026-03-09')).toBe(false);
  });

  it('T1: a correction (a Saturday made a working day) counts in the time taken', () => {
    const corrected = new WorkingCalendar([{ date: '2026-05-16', kind: 'WORKING_DAY', name: 'decree' }]);
    expect(workingDaysTaken(at('2026-05-15', '10:00'), at('2026-05-18', '10:00'), cal)).toBe(1);
    expect(workingDaysTaken(at('2026-05-15', '10:00'), at('2026-05-18', '10:00'), corrected)).toBe(2);
  });

  it('T6, T1: a holiday declared on the registration day changes nothing, on the decision day one day less, removed again back', () => {
    // Monday 7 June 2027 → Monday 14 June: 8, 9, 10, 11 and 14 June
    const taken = (c: WorkingCalendar) => workingDaysTaken(at('2027-06-07', '10:00'), at('2027-06-14', '10:00'), c);
    expect(taken(cal)).toBe(5);
    expect(taken(new WorkingCalendar([{ date: '2027-06-07', kind: 'HOLIDAY', name: 'decree' }]))).toBe(5);
    expect(taken(new WorkingCalendar([{ date: '2027-06-14', kind: 'HOLIDAY', name: 'decree' }]))).toBe(4);
    expect(taken(new WorkingCalendar([]))).toBe(5);
  });

  it('T1, T6: a decision at 23:30 in Almaty on the last day is within the term, at 00:10 the next day it is not', () => {
    expect(termOutcome(new Date('2026-03-13T18:30:00Z'), '2026-03-13')).toBe('MET');
    expect(termOutcome(new Date('2026-03-13T19:10:00Z'), '2026-03-13')).toBe('MISSED');
  });

  it('median and p90 by nearest rank over a histogram', () => {
    const h = [{ days: 1, count: 5 }, { days: 2, count: 3 }, { days: 7, count: 2 }];
    expect(percentileOf(h, 0.5)).toBe(1);
    expect(percentileOf(h, 0.9)).toBe(7);
    expect(percentileOf(h, 0.8)).toBe(2);
    expect(percentileOf([], 0.5)).toBeNull();
  });

  it('percentiles equal those of the sorted list of values (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 200 }), fc.constantFrom(0.5, 0.9, 0.95, 1), (values, p) => {
        const sorted = [...values].sort((a, b) => a - b);
        const expected = sorted[Math.ceil(p * sorted.length) - 1];
        const buckets = new Map<number, number>();
        for (const v of values) buckets.set(v, (buckets.get(v) ?? 0) + 1);
        expect(percentileOf([...buckets].map(([days, count]) => ({ days, count })), p)).toBe(expected);
      }),
    );
  });
});

describe('open items past or near their deadline (G2)', () => {
  it('G2: an item is overdue the day after its last day, and how late is counted in working days (T6)', () => {
    // last day Thursday 5 March 2026; Friday 6 → 1 working day late; Tuesday 10 (Mon 9 is off) → 2
    expect(openItemStanding('2026-03-05', '2026-03-05', cal).standing).toBe('DUE_SOON');
    expect(openItemStanding('2026-03-05', '2026-03-06', cal)).toEqual({ standing: 'OVERDUE', workingDaysLate: 1, workingDaysLeft: 0 });
    expect(openItemStanding('2026-03-05', '2026-03-10', cal).workingDaysLate).toBe(2);
    // a Saturday after a Friday deadline is 1 day late, though no working day passed
    expect(openItemStanding('2026-03-06', '2026-03-07', cal).workingDaysLate).toBe(1);
  });

  it('G2: due in the next 3 working days: today and the next three working days, not the fourth', () => {
    const today = '2026-03-02'; // Monday
    expect(openItemStanding('2026-03-05', today, cal).standing).toBe('DUE_SOON');
    expect(openItemStanding('2026-03-06', today, cal).standing).toBe('ON_TRACK');
    // across the holiday of 9 March: from Thursday 5 March the 3rd working day is Wednesday 11
    expect(openItemStanding('2026-03-11', '2026-03-05', cal).standing).toBe('DUE_SOON');
  });

  it('T1: a correction recorded after registration inside the period moves the effective last day; one known at registration does not', () => {
    const registeredAt = at('2026-05-12', '10:00');
    const recorded = dueOn('2026-05-12', PERIODS.complaintProvider, cal); // 5 working days: Tuesday 19 May
    expect(recorded).toBe('2026-05-19');
    const holiday = { date: '2026-05-14', kind: 'HOLIDAY' as const, name: 'decree', createdAt: at('2026-05-13', '09:00') };
    const now = new WorkingCalendar([holiday]);
    expect(effectiveDueOn({ start: '2026-05-12', recordedDueOn: recorded, registeredAt }, [holiday], now)).toBe('2026-05-20');
    // known when the item was registered: its recorded last day already counts it
    const known = { ...holiday, createdAt: at('2026-05-01', '09:00') };
    const recordedKnowing = dueOn('2026-05-12', PERIODS.complaintProvider, now);
    expect(effectiveDueOn({ start: '2026-05-12', recordedDueOn: recordedKnowing, registeredAt }, [known], now)).toBe(recordedKnowing);
    // so on 20 May the item is overdue only without the correction
    expect(openItemStanding(recorded, '2026-05-20', cal).standing).toBe('OVERDUE');
    expect(openItemStanding(effectiveDueOn({ start: '2026-05-12', recordedDueOn: recorded, registeredAt }, [holiday], now), '2026-05-20', now).standing).toBe('DUE_SOON');
  });

  it('effective last day equals a recount on the current calendar for any corrections (property)', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2026-04-01', n));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 15 }), fc.array(fc.record({ date: day, kind: fc.constantFrom('HOLIDAY' as const, 'WORKING_DAY' as const), later: fc.boolean() }), { maxLength: 4 }), (start, n, cs) => {
        const registeredAt = at(start, '10:00');
        const dated = [...new Map(cs.map((c) => [c.date, c])).values()].map((c) => ({ date: c.date, kind: c.kind, name: 'x', createdAt: c.later ? at(addDays(start, 1), '09:00') : at(addDays(start, -1), '09:00') }));
        const then = new WorkingCalendar(dated.filter((c) => !(c.createdAt > registeredAt)));
        const now = new WorkingCalendar(dated);
        const recorded = then.addWorkingDays(start, n);
        expect(effectiveDueOn({ start, recordedDueOn: recorded, registeredAt }, dated, now)).toBe(now.addWorkingDays(start, n));
      }),
    );
  });

  it('monthsBetween spans years', () => {
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
