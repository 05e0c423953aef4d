import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  checkCompleteness,
  checkReissueApplication,
  isFeePaid,
  isReissueOnTime,
  licenceIssueFeeTenge,
  licenceReissueFeeTenge,
  LICENCE_REFUSAL_GROUNDS,
  mciForYear,
  reissueApplyLatestOn,
  reissueResultDueAt,
  requiredDays,
  validateLicenceBasis,
  WorkingCalendar,
  type LabourEntry,
} from '../src/index.ts';

const cal = new WorkingCalendar();

const entry = (position: LabourEntry['position'], startedOn: string, endedOn: string, negative = false): LabourEntry => ({
  position,
  organisation: 'Org',
  startedOn,
  endedOn,
  dismissedForNegativeReasons: negative,
});

describe('L3 completeness', () => {
  it('L3: an incomplete package or an expired document ends consideration', () => {
    const required = ['APPLICATION', 'QUALIFICATION_FORM', 'FEE_RECEIPT'];
    expect(checkCompleteness(required, [{ kind: 'APPLICATION' }, { kind: 'QUALIFICATION_FORM' }, { kind: 'FEE_RECEIPT' }], '2026-04-07')).toEqual({
      complete: true,
      missing: [],
      expired: [],
    });
    expect(
      checkCompleteness(required, [{ kind: 'APPLICATION' }, { kind: 'QUALIFICATION_FORM', validUntil: '2026-04-06' }], '2026-04-07'),
    ).toEqual({ complete: false, missing: ['FEE_RECEIPT'], expired: ['QUALIFICATION_FORM'] });
    // valid through the day of the check
    expect(checkCompleteness(['X'], [{ kind: 'X', validUntil: '2026-04-07' }], '2026-04-07').complete).toBe(true);
  });
});

describe('L4 refusal grounds', () => {
  it('L4: a licence can be refused on exactly seven grounds', () => {
    expect(LICENCE_REFUSAL_GROUNDS.map((g) => g.code)).toEqual([
      'ACTIVITY_PROHIBITED',
      'FEE_NOT_PAID',
      'QUALIFICATION_NOT_MET',
      'NEGATIVE_APPROVAL',
      'COURT_BAN',
      'COURT_TEMPORARY_PROHIBITION',
      'UNRELIABLE_DATA',
    ]);
    expect(new Set(LICENCE_REFUSAL_GROUNDS.map((g) => g.code)).size).toBe(7);
  });
});

describe('L5 basis', () => {
  it('L5: an attestation decision with number, date and region is a basis', () => {
    expect(validateLicenceBasis({ attestationDecision: { number: '12/26', date: '2026-04-27', region: 'Almaty' } })).toEqual({
      ok: true,
      basis: 'ATTESTATION',
    });
    expect(validateLicenceBasis({ attestationDecision: { number: '', date: '2026-02-30', region: 'Almaty' } })).toEqual({
      ok: false,
      errors: [{ code: 'INCOMPLETE_ATTESTATION_DECISION', missing: ['number', 'date'] }],
    });
  });

  it('L5: exactly one basis — neither or both is refused', () => {
    expect(validateLicenceBasis({})).toEqual({ ok: false, errors: [{ code: 'NO_BASIS' }] });
    expect(validateLicenceBasis({ labourRecord: [] })).toEqual({ ok: false, errors: [{ code: 'NO_BASIS' }] });
    expect(
      validateLicenceBasis({
        labourRecord: [entry('PROSECUTOR', '2010-01-01', '2020-01-01')],
        attestationDecision: { number: '1', date: '2026-01-10', region: 'Astana' },
      }),
    ).toEqual({ ok: false, errors: [{ code: 'MORE_THAN_ONE_BASIS' }] });
  });

  it('L5: five years as a prosecutor or investigator qualify, one day less does not', () => {
    expect(requiredDays(5)).toBe(1826);
    expect(validateLicenceBasis({ labourRecord: [entry('PROSECUTOR', '2015-01-01', '2019-12-31')] })).toEqual({
      ok: true,
      basis: 'LABOUR_RECORD',
      qualifiesAs: 'PROSECUTOR_OR_INVESTIGATOR',
    });
    const short = validateLicenceBasis({ labourRecord: [entry('PROSECUTOR', '2015-01-02', '2019-12-31')] });
    expect(short).toMatchObject({ ok: false, errors: [{ code: 'INSUFFICIENT_EXPERIENCE', prosecutorInvestigatorDays: 1825 }] });
    // prosecutor and investigator years add up; an overlap counts once
    expect(
      validateLicenceBasis({
        labourRecord: [entry('INVESTIGATOR', '2012-01-01', '2014-12-31'), entry('PROSECUTOR', '2014-06-01', '2016-12-31')],
      }),
    ).toMatchObject({ ok: true, qualifiesAs: 'PROSECUTOR_OR_INVESTIGATOR' });
    expect(
      validateLicenceBasis({
        labourRecord: [entry('INVESTIGATOR', '2012-01-01', '2014-12-31'), entry('INVESTIGATOR', '2012-01-01', '2014-12-31')],
      }),
    ).toMatchObject({ ok: false });
  });

  it('L5: two years in a state enforcement body qualify; other work does not count', () => {
    expect(validateLicenceBasis({ labourRecord: [entry('STATE_ENFORCEMENT_BODY', '2022-03-01', '2024-02-29')] })).toMatchObject({
      ok: true,
      qualifiesAs: 'STATE_ENFORCEMENT_BODY',
    });
    expect(
      validateLicenceBasis({ labourRecord: [entry('STATE_ENFORCEMENT_BODY', '2023-01-01', '2024-06-30'), entry('OTHER', '2010-01-01', '2022-12-31')] }),
    ).toMatchObject({ ok: false, errors: [{ code: 'INSUFFICIENT_EXPERIENCE' }] });
  });

  it('L5: a dismissal for negative reasons disqualifies the labour record', () => {
    expect(validateLicenceBasis({ labourRecord: [entry('PROSECUTOR', '2005-01-01', '2015-12-31', true)] })).toEqual({
      ok: false,
      errors: [{ code: 'DISMISSED_FOR_NEGATIVE_REASONS', index: 0 }],
    });
    expect(validateLicenceBasis({ labourRecord: [entry('PROSECUTOR', '2016-01-01', '2015-12-31')] })).toMatchObject({
      ok: false,
      errors: [{ code: 'INVALID_ENTRY', index: 0 }],
    });
  });
});

describe('L6 fee', () => {
  it('L6: the issue fee is 6 MCI and the reissue fee 10 % of it (2026: MCI 4,325 tenge)', () => {
    const mci = mciForYear(2026);
    expect(mci).toBe(4325);
    expect(licenceIssueFeeTenge(mci)).toBe(25_950);
    expect(licenceReissueFeeTenge(mci)).toBe(2_595);
    expect(licenceIssueFeeTenge(mciForYear(2025))).toBe(23_592);
    expect(licenceReissueFeeTenge(mciForYear(2025))).toBe(2_359); // 2,359.2 rounded
    expect(() => mciForYear(1999)).toThrow(RangeError);
    expect(() => licenceIssueFeeTenge(0)).toThrow(RangeError);
  });

  it('L6: the fee is paid through the e-gov gateway or with a bank receipt', () => {
    expect(isFeePaid([{ amountTenge: 25_950, method: 'EGOV_GATEWAY' }], 25_950)).toBe(true);
    expect(isFeePaid([{ amountTenge: 20_000, method: 'BANK_RECEIPT' }, { amountTenge: 5_950, method: 'EGOV_GATEWAY' }], 25_950)).toBe(true);
    expect(isFeePaid([{ amountTenge: 25_949, method: 'BANK_RECEIPT' }], 25_950)).toBe(false);
  });
});

describe('L8 reissue', () => {
  it('L8: a reissue is applied for within 30 calendar days of the new identity document', () => {
    // new document Mon 6 April → Wed 6 May is the last day
    expect(reissueApplyLatestOn('2026-04-06', cal)).toBe('2026-05-06');
    const ok = checkReissueApplication({ newDocumentIssuedOn: '2026-04-06', appliedAt: at('2026-05-06', '22:00'), nameChangeConfirmed: true }, cal);
    expect(ok).toEqual({ ok: true, errors: [] });
    const late = checkReissueApplication({ newDocumentIssuedOn: '2026-04-06', appliedAt: at('2026-05-07', '10:00'), nameChangeConfirmed: true }, cal);
    expect(late).toEqual({ ok: false, errors: [{ code: 'APPLIED_TOO_LATE', latestOn: '2026-05-06' }] });
  });

  it('L8: without confirmation from the "Individuals" database the application cannot be completed', () => {
    const r = checkReissueApplication({ newDocumentIssuedOn: '2026-04-06', appliedAt: at('2026-04-08', '10:00'), nameChangeConfirmed: false }, cal);
    expect(r).toEqual({ ok: false, errors: [{ code: 'NAME_CHANGE_NOT_CONFIRMED' }] });
  });

  it('L8: the automatic reissue is due 20 minutes after the application on a working day', () => {
    expect(reissueResultDueAt(at('2026-04-07', '10:00'), cal)).toEqual(at('2026-04-07', '10:20'));
    // on a Saturday the 20 minutes run from the Monday's opening
    expect(reissueResultDueAt(at('2026-04-11', '10:00'), cal)).toEqual(at('2026-04-13', '09:20'));
    expect(isReissueOnTime(at('2026-04-07', '10:00'), at('2026-04-07', '10:20'), cal)).toBe(true);
    expect(isReissueOnTime(at('2026-04-07', '10:00'), new Date(at('2026-04-07', '10:20').getTime() + 1000), cal)).toBe(false);
  });
});
