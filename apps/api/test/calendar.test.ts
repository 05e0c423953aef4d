// T1 through the API: the working calendar comes from the holiday library, ministry administrators correct it,
// and the correction is used at once by every deadline; T3/T4 registration as the API computes it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const DAYS = `query($from: Date!, $to: Date!) { calendar(from: $from, to: $to) { date working reason name } }`;
const ADD = `query($date: Date!, $days: Int!) { addWorkingDays(date: $date, days: $days) }`;
const SET = `mutation($input: SetCalendarCorrectionInput!) { setCalendarCorrection(input: $input) { day { date working reason name } userErrors { code field message } } }`;
const REMOVE = `mutation($date: Date!) { removeCalendarCorrection(input: { date: $date }) { day { working reason } userErrors { code } } }`;

type Day = { date: string; working: boolean; reason: string; name: string | null };

describe('the working calendar through the API', () => {
  it('T1: weekends and public holidays are not working days, with the library’s holidays named', async () => {
    const r = await api.gql<{ calendar: Day[] }>(DAYS, { from: '2026-12-14', to: '2026-12-20' });
    const byDate = Object.fromEntries(r.data!.calendar.map((d) => [d.date, d]));
    expect(byDate['2026-12-14']).toMatchObject({ working: true, reason: 'WEEKDAY' });
    expect(byDate['2026-12-16']).toMatchObject({ working: false, reason: 'PUBLIC_HOLIDAY' }); // Independence Day
    expect(byDate['2026-12-19']).toMatchObject({ working: false, reason: 'WEEKEND' });
  });

  it('T1: a ministry administrator declares a day off and a transferred working Saturday; every deadline uses them at once', async () => {
    const admin = await api.login('admin');
    // Monday 7 December 2026 + 3 working days = Thursday 10 December
    expect((await api.gql<{ addWorkingDays: string }>(ADD, { date: '2026-12-07', days: 3 })).data!.addWorkingDays).toBe('2026-12-10');
    const off = await api.gql<{ setCalendarCorrection: { day: Day; userErrors: unknown[] } }>(SET, { input: { date: '2026-12-08', kind: 'HOLIDAY', name: 'Government decree: transfer of a day off' } }, admin);
    expect(off.data!.setCalendarCorrection).toMatchObject({ userErrors: [], day: { date: '2026-12-08', working: false, reason: 'CORRECTION_HOLIDAY' } });
    expect((await api.gql<{ addWorkingDays: string }>(ADD, { date: '2026-12-07', days: 3 })).data!.addWorkingDays).toBe('2026-12-11');
    const sat = await api.gql<{ setCalendarCorrection: { day: Day } }>(SET, { input: { date: '2026-12-12', kind: 'WORKING_DAY', name: 'Government decree: Saturday made a working day' } }, admin);
    expect(sat.data!.setCalendarCorrection.day).toMatchObject({ working: true, reason: 'CORRECTION_WORKING_DAY' });
    expect((await api.gql<{ addWorkingDays: string }>(ADD, { date: '2026-12-10', days: 2 })).data!.addWorkingDays).toBe('2026-12-12');
    // withdrawn: the library applies again
    await api.gql(REMOVE, { date: '2026-12-08' }, admin);
    await api.gql(REMOVE, { date: '2026-12-12' }, admin);
    expect((await api.gql<{ addWorkingDays: string }>(ADD, { date: '2026-12-07', days: 3 })).data!.addWorkingDays).toBe('2026-12-10');
    const audit = await api.database.db.prisma.auditLog.count({ where: { action: { in: ['calendar.setCorrection', 'calendar.removeCorrection'] } } });
    expect(audit).toBe(4);
  });

  it('only ministry administrators correct the calendar; a pointless correction is refused with a typed error', async () => {
    const r = await api.gql<{ setCalendarCorrection: { userErrors: { code: string }[] } }>(SET, { input: { date: '2026-12-09', kind: 'HOLIDAY', name: 'Not allowed to do this' } }, await api.login('inspector'));
    expect(r.data!.setCalendarCorrection.userErrors[0]?.code).toBe('FORBIDDEN');
    const pointless = await api.gql<{ setCalendarCorrection: { userErrors: { code: string; field: string[] }[] } }>(SET, { input: { date: '2026-12-19', kind: 'HOLIDAY', name: 'Saturday is already off' } }, await api.login('admin'));
    expect(pointless.data!.setCalendarCorrection.userErrors[0]).toMatchObject({ code: 'INVALID_INPUT', field: ['input', 'kind'] });
    const noToken = await api.gql(SET, { input: { date: '2026-12-09', kind: 'HOLIDAY', name: 'Anonymous attempt' } });
    expect(noToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('T3: registrationPreview — a portal application at 17:31 on Friday is registered on Monday at 09:00; T4: via the State Corporation the receipt day is not counted, T6: nor the registration day anywhere', async () => {
    const Q = `query($at: DateTime!, $ch: Channel!) { registrationPreview(receivedAt: $at, channel: $ch) { registeredOn registeredAt periodStartsAfter afterHours } }`;
    const late = await api.gql<{ registrationPreview: { registeredOn: string; registeredAt: string; afterHours: boolean } }>(Q, { at: '2026-11-27T12:31:00Z', ch: 'PORTAL' });
    expect(late.data!.registrationPreview).toMatchObject({ registeredOn: '2026-11-30', registeredAt: '2026-11-30T04:00:00.000Z', afterHours: true });
    const office = await api.gql<{ registrationPreview: { periodStartsAfter: string } }>(Q, { at: '2026-11-24T05:00:00Z', ch: 'JUSTICE_OFFICE' });
    const corp = await api.gql<{ registrationPreview: { periodStartsAfter: string } }>(Q, { at: '2026-11-24T05:00:00Z', ch: 'STATE_CORPORATION' });
    // T6: a period counted from registration begins the next day on every channel, so the office's period also
    // starts after Tuesday 24 (it counted the registration day before T6); via the State Corporation, T4
    expect(office.data!.registrationPreview.periodStartsAfter).toBe('2026-11-24');
    expect(corp.data!.registrationPreview.periodStartsAfter).toBe('2026-11-24');
  });

  it('a range over 400 days or malformed dates are refused as bad input', async () => {
    const r = await api.gql(DAYS, { from: '2026-01-01', to: '2028-01-01' });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await api.gql(DAYS, { from: '2026-02-30', to: '2026-03-01' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('an internal failure is masked to the client (no SQL, no stack) and logged in full', async () => {
    const logged: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void logged.push(args);
    try {
      await api.database.db.prisma.$executeRawUnsafe('DROP TABLE "CalendarCorrection"'); // this test's own database
      const r = await api.gql<{ calendarCorrections: unknown }>('{ calendarCorrections { date } }');
      expect(r.errors?.[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(r)).not.toMatch(/"CalendarCorrection"|relation|does not exist|stacktrace|\.ts:/i);
      expect(JSON.stringify(logged)).toMatch(/CalendarCorrection/);
    } finally {
      console.error = original;
    }
  });
});
