// Licence area (issue 9): the pure rules of the licence service — which state systems each service asks (A3, L2),
// what a negative answer means for a licence (L4), the retry schedule of an unavailable system, the deadlines of
// an application (L3, L7, A11, L8; T3, T5, T6), the fee (L6) and the grounds a licence application supports.
import { describe, expect, it } from 'vitest';
import {
  LICENCE_AREA_TABLES,
  LICENCE_REFUSAL_GROUNDS,
  WorkingCalendar,
  licenceDeadlines,
  licenceFeeTenge,
  licenceGroundsFromAnswers,
  nextStateQueryAttempt,
  requiredLicenceItems,
  stateChecksFor,
  suggestedLicenceGrounds,
  waitingFor,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('state systems', () => {
  it('A3, L2: an attestation asks identity and the two health registers; a licence adds the four other registers; a reissue asks identity and "Individuals"', () => {
    expect(stateChecksFor('ATTESTATION')).toEqual(['IDENTITY', 'MENTAL_HEALTH_REGISTER', 'NARCOLOGY_REGISTER']);
    expect([...stateChecksFor('LICENCE')].sort()).toEqual(['CORRUPTION_OFFENCES', 'CRIMINAL_RECORD', 'IDENTITY', 'LICENCE_DEPRIVATION', 'MENTAL_HEALTH_REGISTER', 'NARCOLOGY_REGISTER', 'NEGATIVE_DISMISSALS']);
    expect(stateChecksFor('LICENCE_REISSUE')).toEqual(['IDENTITY', 'INDIVIDUALS']);
    expect(stateChecksFor('ENFORCEMENT_INITIATION')).toEqual([]);
    expect(Object.keys(LICENCE_AREA_TABLES)).toEqual(['stateQuery']);
  });

  it('L4: each negative answer supports its ground; an identity not found makes the data unreliable; a waiting system supports nothing yet', () => {
    const a = (system: string, o: Partial<{ status: 'ANSWERED' | 'WAITING'; negative: boolean; found: boolean }> = {}) => ({ system: system as never, status: 'ANSWERED' as const, negative: false, found: true, ...o });
    expect(licenceGroundsFromAnswers([a('CRIMINAL_RECORD', { negative: true }), a('LICENCE_DEPRIVATION', { negative: true }), a('NARCOLOGY_REGISTER', { negative: true })])).toEqual(['ACTIVITY_PROHIBITED', 'NEGATIVE_APPROVAL', 'COURT_BAN']);
    expect(licenceGroundsFromAnswers([a('IDENTITY', { found: false })])).toEqual(['UNRELIABLE_DATA']);
    expect(licenceGroundsFromAnswers([a('CRIMINAL_RECORD', { status: 'WAITING', negative: true })])).toEqual([]);
    expect(waitingFor([a('CRIMINAL_RECORD', { status: 'WAITING' }), a('IDENTITY')])).toEqual(['CRIMINAL_RECORD']);
  });

  it('L2, L8: an unavailable system is asked again after 1, 2, 4, 8, then every 15 minutes (the first four within the 20 minutes of a reissue)', () => {
    const t0 = new Date('2026-12-07T05:00:00Z');
    expect([1, 2, 3, 4, 5, 9].map((n) => (nextStateQueryAttempt(t0, n).getTime() - t0.getTime()) / 60_000)).toEqual([1, 2, 4, 8, 15, 15]);
  });
});

describe('the licence application', () => {
  it('L3, L7, A11 (T3, T6): registration on the day of receipt, completeness within 2 working days, the term 10 working days, the notice 3 working days before it, each hearing 2 working days after its notice', () => {
    // Monday 7 December 2026, 10:00 Almaty; 16–17 December are public holidays (Independence Day)
    const d = licenceDeadlines({ kind: 'LICENCE', receivedAt: new Date('2026-12-07T05:00:00Z'), hearingNoticesOn: ['2026-12-08'] }, cal);
    expect(Object.fromEntries(d.map((x) => [x.kind, x.dueOn]))).toEqual({
      REGISTRATION: '2026-12-07',
      COMPLETENESS_CHECK: '2026-12-09',
      SERVICE_PERIOD: cal.addWorkingDays('2026-12-07', 10),
      HEARING_NOTICE: cal.addWorkingDays(cal.addWorkingDays('2026-12-07', 10), -3),
      HEARING: '2026-12-10',
    });
    // T3: received on Saturday, registered on Monday
    expect(licenceDeadlines({ kind: 'LICENCE', receivedAt: new Date('2026-12-05T10:00:00Z') }, cal)[0]!.dueOn).toBe('2026-12-07');
  });

  it('L7: a licence is issued within 10 working days of registration — the term skips the weekends and Independence Day (T5, T6)', () => {
    // registered on Monday 7 December 2026; the 10 working days begin on the 8th (T6) and skip 12–13, 16 and 19–20 December
    const term = licenceDeadlines({ kind: 'LICENCE', receivedAt: new Date('2026-12-07T05:00:00Z') }, cal).find((x) => x.kind === 'SERVICE_PERIOD')!;
    expect(term.dueOn).toBe('2026-12-22'); // 8, 9, 10, 11, 14, 15, 17, 18, 21, 22 December
    expect(cal.isWorkingDay('2026-12-16')).toBe(false);
  });

  it('L8, T5: the reissue is due 20 minutes after registration; at night, at 09:20 of the next working day', () => {
    const day = licenceDeadlines({ kind: 'LICENCE_REISSUE', receivedAt: new Date('2026-12-07T05:00:00Z') }, cal);
    expect(day.map((x) => x.kind)).toEqual(['REGISTRATION', 'REISSUE_RESULT']);
    expect(day[1]!.dueAt?.toISOString()).toBe('2026-12-07T05:20:00.000Z');
    const night = licenceDeadlines({ kind: 'LICENCE_REISSUE', receivedAt: new Date('2026-12-07T17:00:00Z') }, cal);
    expect(night[1]!.dueAt?.toISOString()).toBe('2026-12-08T04:20:00.000Z');
  });

  it('L6: 6 MCI for an issue (25,950 tenge in 2026), 10 % of it for a reissue; a gateway payment needs no receipt in the package (L3)', () => {
    expect(licenceFeeTenge('LICENCE', 4325)).toBe(25_950);
    expect(licenceFeeTenge('LICENCE_REISSUE', 4325)).toBe(2_595);
    expect(requiredLicenceItems('EGOV_GATEWAY')).toEqual(['APPLICATION_FORM', 'BASIS_DOCUMENT']);
    expect(requiredLicenceItems('BANK_RECEIPT')).toContain('FEE_RECEIPT');
  });

  it('L4, L5, L6: the grounds a licence application supports — qualification from the basis, the fee, the registers — in the order of L4', () => {
    const short = { labourRecord: [{ position: 'INVESTIGATOR' as const, organisation: 'x', startedOn: '2022-01-01', endedOn: '2023-01-01', dismissedForNegativeReasons: false }] };
    expect(suggestedLicenceGrounds({ answers: [{ system: 'CRIMINAL_RECORD', status: 'ANSWERED', negative: true, found: true }], basis: short, payments: [], feeTenge: 25_950 })).toEqual(['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID', 'QUALIFICATION_NOT_MET']);
    expect(suggestedLicenceGrounds({ answers: [], basis: { attestationDecision: { number: '1', date: '2026-01-01', region: 'ALA' } }, payments: [{ amountTenge: 25_950, method: 'EGOV_GATEWAY' }], feeTenge: 25_950 })).toEqual([]);
    expect(LICENCE_REFUSAL_GROUNDS).toHaveLength(7);
  });
});
