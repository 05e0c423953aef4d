import { describe, expect, it } from 'vitest';
import {
  APPLICATION_STATUSES,
  assertProceedingTransition,
  assertTransition,
  ATTESTATION_REFUSAL_GROUNDS,
  canTransition,
  canTransitionProceeding,
  ENFORCEMENT_REFUSAL_GROUNDS,
  GENERAL_REFUSAL_GROUNDS,
  isTerminal,
  refusalGroundsFor,
  validateRefusal,
  validateServiceRefusal,
} from '../src/index.ts';

describe('refusal grounds', () => {
  it('A5: attestation is refused only for unreliable data, an art. 140 restriction or internship non-compliance', () => {
    expect(ATTESTATION_REFUSAL_GROUNDS.map((g) => g.code)).toEqual(['UNRELIABLE_DATA', 'ARTICLE_140_RESTRICTION', 'INTERNSHIP_NONCOMPLIANCE']);
    expect(validateServiceRefusal('ATTESTATION', { grounds: ['FEE_NOT_PAID'], reason: 'The fee was not paid on time.' })).toMatchObject({
      ok: false,
      errors: [{ code: 'UNKNOWN_GROUND', ground: 'FEE_NOT_PAID' }],
    });
  });

  it('E5: initiation is refused only for unreliable data or non-compliance with art. 38', () => {
    expect(ENFORCEMENT_REFUSAL_GROUNDS.map((g) => g.code)).toEqual(['UNRELIABLE_DATA', 'ARTICLE_38_NONCOMPLIANCE']);
    expect(refusalGroundsFor('ENFORCEMENT_INITIATION')).toEqual(['UNRELIABLE_DATA', 'ARTICLE_38_NONCOMPLIANCE']);
    expect(validateServiceRefusal('ENFORCEMENT_INITIATION', { grounds: ['ARTICLE_38_NONCOMPLIANCE'], reason: 'The writ lacks the debtor’s IIN.' })).toEqual({ ok: true });
    expect(validateServiceRefusal('ENFORCEMENT_INITIATION', { grounds: ['COURT_BAN'], reason: 'A court ban applies here.' }).ok).toBe(false);
  });

  it('L4: licence refusals use the seven licence grounds only (art. 19-1 p.2 does not apply to licences)', () => {
    expect(refusalGroundsFor('LICENCE')).toHaveLength(7);
    expect(refusalGroundsFor('LICENCE_REISSUE')).toEqual(refusalGroundsFor('LICENCE'));
    expect(refusalGroundsFor('LICENCE')).not.toContain('NO_PERSONAL_DATA_CONSENT');
  });

  it('A13, A5, L4: the one application is refused as an attestation; L4 grounds belong to its licence part', () => {
    expect(refusalGroundsFor('ATTESTATION_AND_LICENCE')).toEqual(refusalGroundsFor('ATTESTATION'));
    expect(refusalGroundsFor('ATTESTATION_AND_LICENCE')).toContain('INTERNSHIP_NONCOMPLIANCE');
    expect(refusalGroundsFor('ATTESTATION_AND_LICENCE')).not.toContain('FEE_NOT_PAID');
    expect(validateServiceRefusal('ATTESTATION_AND_LICENCE', { grounds: ['FEE_NOT_PAID'], reason: 'The licence fee was not paid on time.' }).ok).toBe(false);
    expect(validateServiceRefusal('LICENCE', { grounds: ['FEE_NOT_PAID'], reason: 'The licence fee was not paid on time.' })).toEqual({ ok: true });
  });

  it('G1: a refusal must cite at least one ground and state its reasons', () => {
    expect(GENERAL_REFUSAL_GROUNDS).toHaveLength(6);
    expect(validateRefusal({ grounds: [], reason: '' }, ['UNRELIABLE_DATA'])).toEqual({
      ok: false,
      errors: [
        { code: 'NO_GROUND', message: 'A refusal must cite at least one ground.' },
        { code: 'EMPTY_REASON', message: 'A refusal must state its reasons.' },
      ],
    });
    expect(validateRefusal({ grounds: ['UNRELIABLE_DATA'], reason: '   -   ' }, ['UNRELIABLE_DATA'])).toMatchObject({
      ok: false,
      errors: [{ code: 'EMPTY_REASON' }],
    });
    expect(
      validateRefusal({ grounds: ['UNRELIABLE_DATA', 'UNRELIABLE_DATA'], reason: 'The diploma number does not exist.' }, ['UNRELIABLE_DATA']),
    ).toMatchObject({ ok: false, errors: [{ code: 'DUPLICATE_GROUND' }] });
    expect(validateRefusal({ grounds: ['UNRELIABLE_DATA'], reason: 'The diploma number does not exist.' }, ['UNRELIABLE_DATA'])).toEqual({ ok: true });
  });
});

describe('application life cycle', () => {
  it('moves from draft through registration and review to a result', () => {
    expect(canTransition('DRAFT', 'REGISTERED')).toBe(true);
    expect(canTransition('REGISTERED', 'IN_REVIEW')).toBe(true);
    expect(canTransition('IN_REVIEW', 'APPROVED')).toBe(true);
    expect(canTransition('DRAFT', 'APPROVED')).toBe(false);
    expect(canTransition('REGISTERED', 'APPROVED')).toBe(false);
  });

  it('A11: a refusal of attestation or licence passes through the hearing', () => {
    expect(canTransition('IN_REVIEW', 'REFUSED', { service: 'LICENCE' })).toBe(false);
    expect(canTransition('IN_REVIEW', 'HEARING', { service: 'LICENCE' })).toBe(true);
    expect(canTransition('HEARING', 'REFUSED', { service: 'ATTESTATION' })).toBe(true);
    expect(canTransition('HEARING', 'APPROVED', { service: 'ATTESTATION' })).toBe(true);
    const r = assertTransition('IN_REVIEW', 'REFUSED', { service: 'ATTESTATION' });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.code).toBe('INVALID_TRANSITION');
    expect(!r.ok && r.error.message).toMatch(/hearing/);
    // enforcement initiation has no hearing: the bailiff refuses directly (E4)
    expect(canTransition('IN_REVIEW', 'REFUSED', { service: 'ENFORCEMENT_INITIATION' })).toBe(true);
  });

  it('E3: an incomplete package is refused at acceptance, before registration', () => {
    expect(canTransition('DRAFT', 'REJECTED_INCOMPLETE')).toBe(true);
  });

  it('A4: the completeness check after registration may end consideration', () => {
    expect(canTransition('REGISTERED', 'REJECTED_INCOMPLETE')).toBe(true);
    expect(canTransition('IN_REVIEW', 'REJECTED_INCOMPLETE')).toBe(true);
    expect(canTransition('HEARING', 'REJECTED_INCOMPLETE')).toBe(false);
  });

  it('results are final', () => {
    for (const s of ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'] as const) {
      expect(isTerminal(s)).toBe(true);
      for (const to of APPLICATION_STATUSES) expect(canTransition(s, to)).toBe(false);
    }
    expect(assertTransition('APPROVED', 'IN_REVIEW')).toEqual({
      ok: false,
      error: {
        code: 'INVALID_TRANSITION', entity: 'application', from: 'APPROVED', to: 'IN_REVIEW', allowed: [], rule: null,
        message: 'An application cannot move from APPROVED to IN_REVIEW. APPROVED is final.',
      },
    });
  });

  it('E4: proceedings await a decision to initiate or refuse; initiated ones end completed or terminated', () => {
    expect(canTransitionProceeding('AWAITING_DECISION', 'INITIATED')).toBe(true);
    expect(canTransitionProceeding('AWAITING_DECISION', 'REFUSED')).toBe(true);
    expect(canTransitionProceeding('AWAITING_DECISION', 'COMPLETED')).toBe(false);
    expect(canTransitionProceeding('INITIATED', 'COMPLETED')).toBe(true);
    expect(canTransitionProceeding('INITIATED', 'TERMINATED')).toBe(true);
    expect(canTransitionProceeding('REFUSED', 'INITIATED')).toBe(false);
    expect(assertProceedingTransition('COMPLETED', 'INITIATED')).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', allowed: [] } });
    expect(assertProceedingTransition('INITIATED', 'TERMINATED')).toEqual({ ok: true });
  });
});

// handover (issue 9): the attestation's automatic outcomes are refused through the hearing on their own ground
import { ATTESTATION_OUTCOME_GROUND, hearingGroundsFor } from '../src/refusals.ts';
describe('handover: the ground of the attestation outcomes', () => {
  it('A11, A5: ATTESTATION_NOT_PASSED may end a hearing on an attestation but is never a staff refusal ground', () => {
    expect(refusalGroundsFor('ATTESTATION')).not.toContain(ATTESTATION_OUTCOME_GROUND);
    expect(hearingGroundsFor('ATTESTATION')).toEqual([...refusalGroundsFor('ATTESTATION'), ATTESTATION_OUTCOME_GROUND]);
    expect(hearingGroundsFor('ATTESTATION_AND_LICENCE')).toContain(ATTESTATION_OUTCOME_GROUND);
    expect(hearingGroundsFor('LICENCE')).toEqual(refusalGroundsFor('LICENCE'));
  });
});
