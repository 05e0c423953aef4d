import { describe, expect, it } from 'vitest';
import {
  addMonths,
  ALMATY_TIME_ZONE,
  almatyDate,
  almatyInstant,
  almatyMinutes,
  isIsoDate,
  weekday,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('time zone', () => {
  it('T1: an instant is read in Asia/Almaty at UTC+5 (no daylight saving)', () => {
    expect(ALMATY_TIME_ZONE).toBe('Asia/Almaty');
    expect(almatyDate(new Date('2026-04-07T18:59:59Z'))).toBe('2026-04-07');
    expect(almatyDate(new Date('2026-04-07T19:00:00Z'))).toBe('2026-04-08');
    expect(almatyMinutes(new Date('2026-04-07T04:00:00Z'))).toBe(9 * 60);
    // the same offset in winter and summer
    expect(almatyInstant('2026-01-15', '09:00').toISOString()).toBe('2026-01-15T04:00:00.000Z');
    expect(almatyInstant('2026-07-15', '09:00').toISOString()).toBe('2026-07-15T04:00:00.000Z');
  });

  it('T1: local wall time and instants convert both ways', () => {
    for (const hhmm of ['00:00', '08:59', '13:00', '17:30', '23:59']) {
      const i = almatyInstant('2026-03-01', hhmm);
      expect(almatyDate(i)).toBe('2026-03-01');
      const [h, m] = hhmm.split(':').map(Number) as [number, number];
      expect(almatyMinutes(i)).toBe(h * 60 + m);
    }
    expect(() => almatyInstant('2026-03-01', '24:00')).toThrow(RangeError);
    expect(() => almatyInstant('2026-02-30')).toThrow(RangeError);
  });

  it('validates calendar dates strictly', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-4-7')).toBe(false);
    expect(() => cal.dayInfo('2026-13-01')).toThrow(RangeError);
  });

  it('adds months to the same date, or the last day of a shorter month', () => {
    expect(addMonths('2026-03-10', 3)).toBe('2026-06-10');
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', -2)).toBe('2025-11-30');
  });
});

describe('working calendar', () => {
  it('T1: Monday to Friday are working days, Saturday and Sunday are not', () => {
    // 6–12 April 2026: no holidays
    const week = cal.days('2026-04-06', '2026-04-12');
    expect(week.map((d) => weekday(d.date))).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(week.map((d) => d.working)).toEqual([true, true, true, true, true, false, false]);
    expect(week.map((d) => d.reason)).toEqual(['WEEKDAY', 'WEEKDAY', 'WEEKDAY', 'WEEKDAY', 'WEEKDAY', 'WEEKEND', 'WEEKEND']);
  });

  it('T1: public holidays come from the holiday library, for any year', () => {
    expect(cal.dayInfo('2026-12-16')).toEqual({ date: '2026-12-16', working: false, reason: 'PUBLIC_HOLIDAY', name: 'Independence Day' });
    expect(cal.dayInfo('2026-05-01').reason).toBe('PUBLIC_HOLIDAY'); // a Friday
    // not a hard-coded list: a far year is known too
    const y2031 = cal.holidays(2031).map((d) => d.date);
    expect(y2031).toContain('2031-01-01');
    expect(y2031).toContain('2031-03-22');
    expect(y2031).toContain('2031-12-16');
  });

  it('T1: a holiday falling on a weekend moves the day off to the next working day', () => {
    // 8 March 2026 is a Sunday → Monday 9 March off
    expect(weekday('2026-03-08')).toBe(0);
    expect(cal.dayInfo('2026-03-09')).toMatchObject({ working: false, reason: 'SUBSTITUTE_DAY_OFF', name: "International Women's Day" });
    // 9 May 2026 is a Saturday → Monday 11 May off
    expect(cal.dayInfo('2026-05-11')).toMatchObject({ working: false, reason: 'SUBSTITUTE_DAY_OFF' });
    // 2 January 2027 is a Saturday → Monday 4 January off
    expect(cal.dayInfo('2027-01-04')).toMatchObject({ working: false, reason: 'SUBSTITUTE_DAY_OFF', name: "New Year's Day" });
  });

  it('T1: a moved day off skips the holidays that follow (Nauryz 2026: 21–25 March off)', () => {
    // 21 Sat, 22 Sun, 23 Mon are Nauryz; the two weekend days move past 23 March to 24 and 25 March
    // (the library's fixed "next Monday/Tuesday" rule would put one of them on 23 March itself)
    const days = cal.days('2026-03-20', '2026-03-26');
    expect(days.map((d) => [d.date, d.working, d.reason])).toEqual([
      ['2026-03-20', true, 'WEEKDAY'],
      ['2026-03-21', false, 'PUBLIC_HOLIDAY'],
      ['2026-03-22', false, 'PUBLIC_HOLIDAY'],
      ['2026-03-23', false, 'PUBLIC_HOLIDAY'],
      ['2026-03-24', false, 'SUBSTITUTE_DAY_OFF'],
      ['2026-03-25', false, 'SUBSTITUTE_DAY_OFF'],
      ['2026-03-26', true, 'WEEKDAY'],
    ]);
  });

  it('T1: a Sunday Independence Day moves the day off to Monday, not Tuesday (2029)', () => {
    expect(weekday('2029-12-16')).toBe(0);
    expect(cal.dayInfo('2029-12-17').reason).toBe('SUBSTITUTE_DAY_OFF');
    expect(cal.isWorkingDay('2029-12-18')).toBe(true);
  });

  it('T1: religious holidays on a weekend are not transferred (Orthodox Christmas, Kurban Ait)', () => {
    expect(weekday('2029-01-07')).toBe(0); // Orthodox Christmas on a Sunday
    expect(cal.dayInfo('2029-01-07').reason).toBe('PUBLIC_HOLIDAY');
    expect(cal.isWorkingDay('2029-01-08')).toBe(true);
    const kurbanAit2027 = cal.holidays(2027).find((d) => d.name === 'Eid al-Adha');
    expect(kurbanAit2027?.date).toBe('2027-05-16'); // a Sunday
    expect(weekday('2027-05-16')).toBe(0);
    expect(cal.isWorkingDay('2027-05-17')).toBe(true);
  });

  it('T1: a transferred working day (a Saturday) counts as a working day', () => {
    const withSaturday = new WorkingCalendar([{ date: '2026-04-11', kind: 'WORKING_DAY', name: 'Working Saturday' }]);
    expect(cal.isWorkingDay('2026-04-11')).toBe(false);
    expect(withSaturday.dayInfo('2026-04-11')).toEqual({ date: '2026-04-11', working: true, reason: 'CORRECTION_WORKING_DAY', name: 'Working Saturday' });
    // Friday + 1 working day is that Saturday
    expect(cal.addWorkingDays('2026-04-10', 1)).toBe('2026-04-13');
    expect(withSaturday.addWorkingDays('2026-04-10', 1)).toBe('2026-04-11');
  });

  it('T1: a correction HOLIDAY takes effect at once for every calculation', () => {
    const base = new WorkingCalendar();
    const corrected = base.withCorrections([{ date: '2026-04-08', kind: 'HOLIDAY', name: 'Declared day off' }]);
    expect(base.addWorkingDays('2026-04-06', 3)).toBe('2026-04-09');
    expect(corrected.addWorkingDays('2026-04-06', 3)).toBe('2026-04-10');
    expect(corrected.dayInfo('2026-04-08')).toMatchObject({ working: false, reason: 'CORRECTION_HOLIDAY', name: 'Declared day off' });
    expect(corrected.holidays(2026).map((d) => d.date)).toContain('2026-04-08');
  });

  it('T1: corrections override the library (a moved Kurban Ait date)', () => {
    const corrected = new WorkingCalendar([
      { date: '2026-05-27', kind: 'WORKING_DAY', name: 'Kurban Ait moved' },
      { date: '2026-05-26', kind: 'HOLIDAY', name: 'Kurban Ait' },
    ]);
    expect(cal.isWorkingDay('2026-05-27')).toBe(false);
    expect(corrected.isWorkingDay('2026-05-27')).toBe(true);
    expect(corrected.isWorkingDay('2026-05-26')).toBe(false);
  });

  it('T1: across the year boundary, 1–2 January are days off', () => {
    // Wed 31 Dec 2025 → Thu 1, Fri 2 holidays, weekend → Mon 5 Jan; Wed 7 Jan is Orthodox Christmas
    expect(cal.nextWorkingDay('2025-12-31')).toBe('2026-01-05');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-06');
    expect(cal.addWorkingDays('2025-12-31', 3)).toBe('2026-01-08');
    expect(cal.workingDaysBetween('2025-12-30', '2026-01-09')).toBe(5); // 31, 5, 6, 8, 9
    expect(cal.addWorkingDays('2026-01-05', -1)).toBe('2025-12-31');
  });

  it('T1: working-day arithmetic is consistent', () => {
    expect(cal.addWorkingDays('2026-04-08', 0)).toBe('2026-04-08');
    expect(cal.nextWorkingDay('2026-04-11', { inclusive: true })).toBe('2026-04-13');
    expect(cal.nextWorkingDay('2026-04-08', { inclusive: true })).toBe('2026-04-08');
    expect(cal.nextWorkingDay('2026-04-08')).toBe('2026-04-09');
    for (const n of [1, 5, 10, 22]) {
      const end = cal.addWorkingDays('2026-02-27', n);
      expect(cal.workingDaysBetween('2026-02-27', end)).toBe(n);
      expect(cal.addWorkingDays(end, -n)).toBe(cal.previousWorkingDay('2026-02-28', { inclusive: true }));
    }
    expect(cal.workingDaysBetween('2026-04-10', '2026-04-06')).toBe(-4);
    expect(cal.addCalendarDays('2026-02-27', 2)).toBe('2026-03-01');
  });

  it('T1: the year view lists holidays, substitutes and corrections in order', () => {
    const c = new WorkingCalendar([{ date: '2026-01-03', kind: 'WORKING_DAY', name: 'Working Saturday' }]);
    const list = c.holidays(2026);
    expect(list.map((d) => d.date)).toEqual([...list.map((d) => d.date)].sort());
    expect(list.every((d) => d.reason !== 'WEEKDAY' && d.reason !== 'WEEKEND')).toBe(true);
    expect(list[0]?.date).toBe('2026-01-01');
    expect(list.find((d) => d.date === '2026-01-03')?.reason).toBe('CORRECTION_WORKING_DAY');
    expect(c.holidays(2026).filter((d) => !d.working && d.reason !== 'PUBLIC_HOLIDAY').length).toBeGreaterThan(0);
  });

  it('offers day names in Russian and Kazakh too', () => {
    expect(new WorkingCalendar([], { language: 'ru' }).dayInfo('2026-12-16').name).toMatch(/[А-Яа-я]/);
    expect(new WorkingCalendar([], { language: 'kk' }).dayInfo('2026-12-16').name).toMatch(/[А-Яа-яӘәҚқҢңӨөҰұҮүІі]/);
  });
});

// national (issue 11): long spans are counted arithmetically (an item months overdue on the national data set);
// T6 — the same number as walking the calendar day by day, with corrections, across years
describe('T6: workingDaysBetween over long spans equals the day-by-day count', () => {
  it('random spans of 32–1,500 days, with and without corrections', async () => {
    const fc = (await import('fast-check')).default;
    const { WorkingCalendar, addDays, isWeekend } = await import('../src/index.ts');
    const walk = (cal: InstanceType<typeof WorkingCalendar>, from: string, to: string) => {
      let n = 0;
      for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (cal.isWorkingDay(d)) n++;
      return n;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 32, max: 1500 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 1500 }), fc.boolean()), { maxLength: 6 }), (start, span, fixes) => {
        const from = addDays('2020-01-01', start);
        const to = addDays(from, span);
        const corrections = fixes.map(([k, holiday]) => {
          const date = addDays(from, k);
          return { date, kind: holiday || isWeekend(date) === false ? ('HOLIDAY' as const) : ('WORKING_DAY' as const), name: 'test' };
        });
        const cal = new WorkingCalendar(corrections);
        expect(cal.workingDaysBetween(from, to)).toBe(walk(cal, from, to));
        expect(cal.workingDaysBetween(to, from)).toBe(-walk(cal, from, to));
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
