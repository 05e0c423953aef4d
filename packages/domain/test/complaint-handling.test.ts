// complaints (issue 10): who handles a complaint (C1), the decision (G1), the proposals' term (C4), the public
// status check's rate limit and access codes.
import { describe, expect, it } from 'vitest';
import {
  ACCESS_CODE_ALPHABET, STATUS_CHECK_LIMITS, WorkingCalendar, accessCodeFrom, complaintHandler, currentComplaintDueOn, decideComplaint,
  inactionFacts, mayDirectProposals, normaliseAccessCode, proposalDueOn, statusCheckWindow, withinLimit, COMPLAINT, COMPLAINT_PROPOSAL, transition,
} from '../src/index.ts';

const cal = new WorkingCalendar([]);
const item = { about: 'DECISION' as const, serviceKind: 'ATTESTATION', providerRegionId: 'r1', chamberId: null };

describe('complaint handling (issue 10)', () => {
  it('C1: the provider’s head is the territorial justice body; for a licence the Ministry’s licensing unit; for a bailiff’s action the Chamber', () => {
    expect(complaintHandler('PROVIDER_HEAD', item)).toEqual({ ok: true, handler: { role: 'JUSTICE_OFFICER', regionId: 'r1', chamberId: null } });
    expect(complaintHandler('PROVIDER_HEAD', { ...item, serviceKind: 'LICENCE_REISSUE' })).toEqual({ ok: true, handler: { role: 'LICENSING_OFFICER', regionId: null, chamberId: null } });
    expect(complaintHandler('PROVIDER_HEAD', { about: 'BAILIFF_ACTION', serviceKind: 'ENFORCEMENT_INITIATION', providerRegionId: null, chamberId: 'c1' })).toEqual({ ok: true, handler: { role: 'CHAMBER_OFFICIAL', regionId: null, chamberId: 'c1' } });
    expect(complaintHandler('PROVIDER_HEAD', { ...item, providerRegionId: null })).toEqual({ ok: false, code: 'NO_PROVIDER' });
  });

  it('C1: the Ministry’s inspectors, the quality-control body’s inspectors; the State Corporation is not handled on the platform', () => {
    expect(complaintHandler('MINISTRY', item)).toMatchObject({ ok: true, handler: { role: 'MINISTRY_INSPECTOR' } });
    expect(complaintHandler('QUALITY_CONTROL_BODY', item)).toMatchObject({ ok: true, handler: { role: 'QUALITY_INSPECTOR' } });
    expect(complaintHandler('STATE_CORPORATION', item)).toEqual({ ok: false, code: 'NOT_HANDLED_ON_PLATFORM' });
  });

  it('G1: a decision states its reasons, whatever the outcome; on time on the last day, late the day after (C2)', () => {
    expect(decideComplaint({ outcome: 'UPHELD', reasons: 'ok', decidedOn: '2026-12-22', dueOn: '2026-12-22' })).toEqual({ ok: false, code: 'REASONS_REQUIRED', min: 20 });
    expect(decideComplaint({ outcome: 'PARTLY_UPHELD', reasons: 'The period was missed; the rest is outside the service.', decidedOn: '2026-12-22', dueOn: '2026-12-22' })).toEqual({ ok: true, onTime: true });
    expect(decideComplaint({ outcome: 'REJECTED', reasons: 'The refusal named its ground (E5) correctly.', decidedOn: '2026-12-23', dueOn: '2026-12-22' })).toEqual({ ok: true, onTime: false });
  });

  it('G1: upheld in part is a decision of the table: from REGISTERED and from EXTENDED, and final', () => {
    expect(transition(COMPLAINT, 'REGISTERED', 'PARTLY_UPHELD').ok).toBe(true);
    expect(transition(COMPLAINT, 'EXTENDED', 'PARTLY_UPHELD').ok).toBe(true);
    expect(transition(COMPLAINT, 'PARTLY_UPHELD', 'UPHELD').ok).toBe(false);
  });

  it('C3: the last day now is the extended one', () => {
    expect(currentComplaintDueOn({ dueOn: '2026-12-22', extendedDueOn: null })).toBe('2026-12-22');
    expect(currentComplaintDueOn({ dueOn: '2026-12-22', extendedDueOn: '2027-01-08' })).toBe('2027-01-08');
  });

  it('C4: proposals only by the quality-control body with an upheld complaint; 30 calendar days from the next day (T6), moved off a day off; checked once', () => {
    expect(mayDirectProposals('QUALITY_CONTROL_BODY', 'UPHELD')).toBe(true);
    expect(mayDirectProposals('QUALITY_CONTROL_BODY', 'PARTLY_UPHELD')).toBe(true);
    expect(mayDirectProposals('QUALITY_CONTROL_BODY', 'REJECTED')).toBe(false);
    expect(mayDirectProposals('PROVIDER_HEAD', 'UPHELD')).toBe(false);
    expect(proposalDueOn('2027-01-11', cal)).toBe('2027-02-10');
    expect(proposalDueOn('2026-11-02', cal)).toBe('2026-12-02'); // a Wednesday
    expect(proposalDueOn('2026-11-07', cal)).toBe('2026-12-07'); // 7 December is a Monday
    expect(proposalDueOn('2026-11-14', cal)).toBe('2026-12-14'); // Monday
    expect(proposalDueOn('2026-11-15', cal)).toBe('2026-12-15'); // Tuesday; 16 December a holiday
    expect(proposalDueOn('2026-11-16', cal)).toBe('2026-12-17'); // 16 December is Independence Day: the next working day
    expect(transition(COMPLAINT_PROPOSAL, 'DIRECTED', 'FULFILLED').ok).toBe(true);
    expect(transition(COMPLAINT_PROPOSAL, 'FULFILLED', 'NOT_FULFILLED').ok).toBe(false);
  });

  it('C1: "complain about inaction" offers the facts only once the service period has ended', () => {
    expect(inactionFacts({ number: 'ATT-2026-000001', dueOn: '2026-12-11' }, '2026-12-11')).toBeNull();
    expect(inactionFacts({ number: 'ATT-2026-000001', dueOn: '2026-12-11' }, '2026-12-14')).toEqual({
      subject: 'Inaction: application ATT-2026-000001 not decided within its service period',
      text: 'The service period of application ATT-2026-000001 ended on 2026-12-11; no decision had been issued by 2026-12-14.',
    });
  });
});

describe('the public status check (issue 10)', () => {
  it('allows the limit itself and refuses limit + 1', () => {
    expect(withinLimit(STATUS_CHECK_LIMITS.perNumber, STATUS_CHECK_LIMITS.perNumber)).toBe(true);
    expect(withinLimit(STATUS_CHECK_LIMITS.perNumber + 1, STATUS_CHECK_LIMITS.perNumber)).toBe(false);
    expect(withinLimit(STATUS_CHECK_LIMITS.perAddress, STATUS_CHECK_LIMITS.perAddress)).toBe(true);
    expect(withinLimit(STATUS_CHECK_LIMITS.perAddress + 1, STATUS_CHECK_LIMITS.perAddress)).toBe(false);
  });

  it('fixed windows of 15 minutes; retry after the seconds left in the window', () => {
    expect(statusCheckWindow(new Date('2027-02-01T07:00:00Z'))).toEqual({ start: new Date('2027-02-01T07:00:00Z'), retryAfterSeconds: 900 });
    expect(statusCheckWindow(new Date('2027-02-01T07:14:59.500Z'))).toEqual({ start: new Date('2027-02-01T07:00:00Z'), retryAfterSeconds: 1 });
    expect(statusCheckWindow(new Date('2027-02-01T08:10:00Z')).retryAfterSeconds).toBe(300);
  });

  it('access codes: 8 characters without look-alikes; typed with dashes, spaces or in lower case they read the same', () => {
    const code = accessCodeFrom(new Uint8Array([0, 1, 2, 3, 30, 31, 32, 255]));
    expect(code).toHaveLength(8);
    expect([...code].every((ch) => ACCESS_CODE_ALPHABET.includes(ch))).toBe(true);
    expect(ACCESS_CODE_ALPHABET).not.toMatch(/[01IOL]/);
    expect(normaliseAccessCode(' ab2c-d3ef ')).toBe('AB2CD3EF');
    expect(() => accessCodeFrom(new Uint8Array(4))).toThrow(RangeError);
  });
});
