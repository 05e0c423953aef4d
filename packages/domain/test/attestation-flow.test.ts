import { describe, expect, it } from 'vitest';
import {
  acceptsAnswers,
  admissionRefusals,
  almatyInstant as at,
  attestationDeadlines,
  drawQuestions,
  scoreAnswers,
  testMayStart,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('attestation flow (issue 9)', () => {
  it('A1: on the closing day an application is admissible; the next day it is refused with the next open session', () => {
    // held Monday 2026-12-21: 5 working days before is Friday 2026-12-11 (16–17 December are Independence Day holidays)
    const session = { heldOn: '2026-12-21', status: 'ANNOUNCED' } as const;
    expect(cal.addWorkingDays('2026-12-21', -5)).toBe('2026-12-11');
    const others = [{ id: 'closed', heldOn: '2026-12-17' }, { id: 'next', heldOn: '2027-01-20' }];
    expect(admissionRefusals({ now: at('2026-12-11', '23:59'), session, otherSessions: others, suspensions: [] }, cal)).toEqual([]);
    const r = admissionRefusals({ now: at('2026-12-14', '09:00'), session, otherSessions: others, suspensions: [] }, cal);
    expect(r).toEqual([{ code: 'TOO_LATE', rule: 'A1', lastDay: '2026-12-11', nextSession: { id: 'next', heldOn: '2027-01-20', closesOn: cal.addWorkingDays('2027-01-20', -5) } }]);
  });

  it('A6: suspended less than 3 months ago: refused with the reapply date; from that date admissible', () => {
    const session = { heldOn: '2027-04-20', status: 'ANNOUNCED' } as const;
    expect(admissionRefusals({ now: at('2027-03-14', '10:00'), session, otherSessions: [], suspensions: ['2026-12-15'] }, cal)).toEqual([
      { code: 'SUSPENDED', rule: 'A6', suspendedOn: '2026-12-15', reapplyFrom: '2027-03-15' },
    ]);
    expect(admissionRefusals({ now: at('2027-03-15', '10:00'), session, otherSessions: [], suspensions: ['2026-12-15'] }, cal)).toEqual([]);
  });

  it('A4, A10, A11, A12, T3: every deadline of an application from the calendar', () => {
    const d = attestationDeadlines({ heldOn: '2026-12-21', receivedOn: '2026-12-05', registeredOn: '2026-12-07', completenessCheckedOn: '2026-12-08', noticeOn: '2026-12-21', hearingOn: null, decidedOn: '2026-12-21', signedOn: null, resultOn: null }, cal);
    const due = Object.fromEntries(d.map((x) => [x.kind, x.dueOn]));
    expect(due).toEqual({
      APPLICATIONS_CLOSE: '2026-12-11',
      REGISTRATION: '2026-12-07', // a Saturday's application is registered on Monday (T3)
      COMPLETENESS_CHECK: '2026-12-09',
      HEARING_NOTICE: cal.addWorkingDays('2026-12-28', -3),
      HEARING: cal.addWorkingDays('2026-12-21', 2),
      SIGNING: cal.addWorkingDays('2026-12-21', 1),
      SERVICE_PERIOD: '2026-12-28', // 10 working days from the closing date, the holidays skipped (A12, T5)
    });
  });

  it('A7: 100 distinct questions drawn; scored against the bank; the server closes the test at 90 minutes, on the day only', () => {
    const bank = Array.from({ length: 130 }, (_, i) => `q${i}`);
    let x = 7;
    const seeded = () => ((x = (x * 16807) % 2147483647) / 2147483647);
    const drawn = drawQuestions(bank, seeded);
    expect(drawn).toHaveLength(100);
    expect(new Set(drawn).size).toBe(100);
    expect(() => drawQuestions(bank.slice(0, 99), seeded)).toThrow(RangeError);
    expect(scoreAnswers([0, 1, 2, 3], [0, 1, 3, -1])).toBe(2);
    const start = at('2026-12-21', '10:00');
    expect(acceptsAnswers(new Date(start.getTime() + 90 * 60_000), new Date(start.getTime() + 89 * 60_000))).toBe(true);
    expect(acceptsAnswers(new Date(start.getTime() + 90 * 60_000), new Date(start.getTime() + 90 * 60_000))).toBe(false);
    expect(testMayStart(start, at('2026-12-21', '09:59'))).toBe(false);
    expect(testMayStart(start, at('2026-12-21', '10:00'))).toBe(true);
    expect(testMayStart(start, at('2026-12-22', '10:00'))).toBe(false);
  });
});
