import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  canReplaceBailiff,
  checkReadyForAssignment,
  classifyStateClaim,
  decisionRecipients,
  ENFORCEMENT_CHANNELS,
  ENFORCEMENT_INITIATION_FEE_TENGE,
  enforcementDecisionDueOn,
  register,
  route,
  routeDocument,
  WorkingCalendar,
} from '../src/index.ts';

const cal = new WorkingCalendar();

describe('CH1 routing', () => {
  it('CH1: private claims, alimony and non-property decisions go to the Chamber', () => {
    expect(route('PRIVATE_CLAIM', 50_000_000)).toBe('CHAMBER');
    expect(route('ALIMONY')).toBe('CHAMBER');
    expect(route('NON_PROPERTY')).toBe('CHAMBER');
  });

  it('CH1: state claims up to 4,300,000 tenge go to the Chamber, above that to a state bailiff', () => {
    expect(classifyStateClaim(4_300_000)).toBe('STATE_CLAIM_SMALL');
    expect(classifyStateClaim(4_300_000.01)).toBe('STATE_CLAIM_LARGE');
    expect(route('STATE_CLAIM_SMALL', 4_300_000)).toBe('CHAMBER');
    expect(route('STATE_CLAIM_LARGE', 4_300_001)).toBe('STATE_BAILIFF');
    expect(route('STATE_CLAIM_LARGE')).toBe('STATE_BAILIFF');
    // the amount decides a state claim's category
    expect(routeDocument('STATE_CLAIM_SMALL', 5_000_000)).toMatchObject({ routing: 'STATE_BAILIFF', category: 'STATE_CLAIM_LARGE' });
    expect(routeDocument('STATE_CLAIM_LARGE', 1_000)).toMatchObject({ routing: 'CHAMBER', category: 'STATE_CLAIM_SMALL' });
    expect(() => classifyStateClaim(-1)).toThrow(RangeError);
    expect(routeDocument('ALIMONY').reason).toMatch(/Chamber/);
  });

  it('CH3: the paper original must be with the Chamber before assignment', () => {
    expect(checkReadyForAssignment({ category: 'ALIMONY', originalReceived: true })).toEqual({ ok: true });
    expect(checkReadyForAssignment({ category: 'ALIMONY', originalReceived: false })).toMatchObject({
      ok: false,
      errors: [{ code: 'ORIGINAL_NOT_RECEIVED' }],
    });
    expect(checkReadyForAssignment({ category: 'STATE_CLAIM_LARGE', amountTenge: 9e6, originalReceived: true })).toMatchObject({
      ok: false,
      errors: [{ code: 'NOT_FOR_CHAMBER' }],
    });
  });

  it('CH4: a bailiff is replaced only after a final decision confirming a breach', () => {
    const d = { authority: 'COURT' as const, confirmsBreach: true, legallyEffective: true, bailiffId: 'b1' };
    expect(canReplaceBailiff('b1', d)).toBe(true);
    expect(canReplaceBailiff('b1', { ...d, legallyEffective: false })).toBe(false);
    expect(canReplaceBailiff('b1', { ...d, confirmsBreach: false })).toBe(false);
    expect(canReplaceBailiff('b1', { ...d, bailiffId: 'b2' })).toBe(false);
    expect(canReplaceBailiff('b1', null)).toBe(false);
  });
});

describe('enforcement initiation', () => {
  it('E1: free of charge, through the justice office, the State Corporation or the portal', () => {
    expect(ENFORCEMENT_INITIATION_FEE_TENGE).toBe(0);
    expect([...ENFORCEMENT_CHANNELS].sort()).toEqual(['JUSTICE_OFFICE', 'PORTAL', 'STATE_CORPORATION']);
  });

  it('E4: the bailiff decides within 3 working days; the State Corporation gets the decision when it came that way', () => {
    // T6: registered Thursday, day 1 is Friday → Fri, Mon, Tue (as through the State Corporation, T4)
    const office = register(at('2026-04-09', '15:00'), 'JUSTICE_OFFICE', cal); // Thursday
    expect(enforcementDecisionDueOn(office, cal)).toBe('2026-04-14');
    const sc = register(at('2026-04-09', '15:00'), 'STATE_CORPORATION', cal);
    expect(enforcementDecisionDueOn(sc, cal)).toBe('2026-04-14');
    expect(decisionRecipients('STATE_CORPORATION')).toEqual(['CLAIMANT', 'STATE_CORPORATION']);
    expect(decisionRecipients('PORTAL')).toEqual(['CLAIMANT']);
  });
});
