import { describe, expect, it } from 'vitest';
import {
  almatyInstant as at,
  commissionDecision,
  evaluateTest,
  mayReapply,
  minutesSummary,
  missingAttestationFields,
  reapplyAllowedFrom,
  testEndsAt,
  validateInterview,
  type AttestationApplicationForm,
  type VoteInput,
} from '../src/index.ts';

const complete: AttestationApplicationForm = {
  diploma: { institution: 'Al-Farabi KazNU', specialtyCode: '6B04201', number: 'JB-0123456', issuedOn: '2019-06-30', foreign: false },
  internship: {
    conclusionApprovedOn: '2025-12-20',
    regionalChamber: 'Almaty city',
    supervisor: 'A. Serikov',
    startedOn: '2025-06-01',
    endedOn: '2025-11-30',
  },
  address: 'Almaty, Abay Ave 10',
  email: 'candidate@example.kz',
  phone: '+7 701 000 0000',
  confirmations: true,
  healthRegistryConsent: true,
  signedWithEds: true,
};

describe('A2 application form', () => {
  it('A2: a complete application has nothing missing (identity and registry data are not asked of the candidate)', () => {
    expect(missingAttestationFields(complete)).toEqual([]);
    expect(missingAttestationFields({})).toHaveLength(15);
  });

  it('A2: a foreign diploma needs the nostrification document', () => {
    const foreign = { ...complete, diploma: { ...complete.diploma, foreign: true } };
    expect(missingAttestationFields(foreign)).toEqual(['nostrification.series', 'nostrification.number']);
    expect(missingAttestationFields({ ...foreign, nostrification: { series: 'NB', number: '000123' } })).toEqual([]);
  });

  it('A2: missing internship data, consent and signature are listed', () => {
    const form: AttestationApplicationForm = {
      ...complete,
      internship: { ...complete.internship, supervisor: ' ', endedOn: '2025-05-01' },
      healthRegistryConsent: false,
      signedWithEds: undefined,
      email: 'not-an-email',
    };
    expect(missingAttestationFields(form)).toEqual([
      'internship.supervisor',
      'internship.endedOn',
      'email',
      'healthRegistryConsent',
      'signedWithEds',
    ]);
  });
});

describe('A6 suspension', () => {
  it('A6: a suspended candidate may apply again three months after the Commission decision', () => {
    expect(reapplyAllowedFrom('2026-03-10')).toBe('2026-06-10');
    expect(reapplyAllowedFrom('2026-11-30')).toBe('2027-02-28');
    expect(mayReapply('2026-03-10', at('2026-06-09', '23:59'))).toBe(false);
    expect(mayReapply('2026-03-10', at('2026-06-10', '00:00'))).toBe(true);
  });
});

describe('A7 test and interview', () => {
  const start = at('2026-04-20', '10:00');
  const test = (correct: number, minutes = 85, language: 'KK' | 'RU' = 'KK') =>
    evaluateTest({ correct, language, startedAt: start, finishedAt: new Date(start.getTime() + minutes * 60_000) });

  it('A7: a score of 69 of 100 fails the test stage', () => {
    expect(test(69)).toEqual({ valid: true, passed: false, admittedToInterview: false });
  });

  it('A7: a score of 70 of 100 passes and admits to the interview', () => {
    expect(test(70, 90, 'RU')).toEqual({ valid: true, passed: true, admittedToInterview: true });
    expect(test(100)).toMatchObject({ passed: true });
  });

  it('A7: the test has 100 questions, lasts 90 minutes and is taken in Kazakh or Russian', () => {
    expect(testEndsAt(start)).toEqual(at('2026-04-20', '11:30'));
    expect(test(80, 91)).toEqual({ valid: false, errors: [{ code: 'OVERTIME', minutes: 91 }] });
    expect(evaluateTest({ correct: 40, questions: 50, language: 'RU', startedAt: start, finishedAt: start })).toMatchObject({
      valid: false,
      errors: [{ code: 'WRONG_QUESTION_COUNT' }],
    });
    expect(evaluateTest({ correct: 80, language: 'EN' as 'KK', startedAt: start, finishedAt: start })).toMatchObject({
      valid: false,
      errors: [{ code: 'INVALID_LANGUAGE' }],
    });
    expect(test(101)).toMatchObject({ valid: false, errors: [{ code: 'INVALID_SCORE' }] });
  });

  it('A7: only a candidate who passed the test is interviewed, with at least three questions', () => {
    expect(validateInterview({ testPassed: true, questionsAsked: 3 })).toEqual([]);
    expect(validateInterview({ testPassed: true, questionsAsked: 2 })).toEqual(['TOO_FEW_QUESTIONS']);
    expect(validateInterview({ testPassed: false, questionsAsked: 5 })).toEqual(['TEST_NOT_PASSED']);
  });
});

describe('A8 Commission decision', () => {
  const v = (memberId: string, vote: 'PASS' | 'FAIL' | null, extra: Partial<VoteInput> = {}): VoteInput => ({ memberId, vote, ...extra });

  it('A8: the majority decides and the dissenting opinion is kept', () => {
    const r = commissionDecision(
      [v('chair', 'FAIL', { isChair: true, dissentingOpinion: 'The interview answers were weak.' }), v('m1', 'PASS'), v('m2', 'PASS')],
      ['chair', 'm1', 'm2'],
    );
    expect(r).toEqual({
      ok: true,
      decision: {
        result: 'PASS',
        pass: 2,
        fail: 1,
        decidedByChair: false,
        dissenters: ['chair'],
        dissentingOpinions: [{ memberId: 'chair', text: 'The interview answers were weak.' }],
        dissentersWithoutOpinion: [],
      },
    });
  });

  it('A8: on a tie the chair’s vote decides', () => {
    const votes = [v('chair', 'FAIL', { isChair: true }), v('m1', 'PASS'), v('m2', 'PASS'), v('m3', 'FAIL')];
    const r = commissionDecision(votes);
    expect(r.ok && r.decision.result).toBe('FAIL');
    expect(r.ok && r.decision.decidedByChair).toBe(true);
    expect(r.ok && r.decision.dissentersWithoutOpinion).toEqual(['m1', 'm2']);
    const flipped = commissionDecision(votes.map((x) => (x.memberId === 'chair' ? { ...x, vote: 'PASS' as const } : x)));
    expect(flipped.ok && flipped.decision.result).toBe('PASS');
  });

  it('A8: members may not abstain, and every member votes once', () => {
    expect(commissionDecision([v('chair', 'PASS', { isChair: true }), v('m1', null)])).toEqual({
      ok: false,
      errors: [{ code: 'ABSTENTION', memberId: 'm1' }],
    });
    expect(commissionDecision([v('chair', 'PASS', { isChair: true }), v('m1', 'PASS')], ['chair', 'm1', 'm2'])).toEqual({
      ok: false,
      errors: [{ code: 'MEMBER_DID_NOT_VOTE', memberId: 'm2' }],
    });
    const dup = commissionDecision([v('chair', 'PASS', { isChair: true }), v('m1', 'PASS'), v('m1', 'FAIL')]);
    expect(dup.ok).toBe(false);
    expect(!dup.ok && dup.errors).toContainEqual({ code: 'DUPLICATE_VOTE', memberId: 'm1' });
    expect(commissionDecision([v('m1', 'PASS'), v('m2', 'FAIL')])).toEqual({ ok: false, errors: [{ code: 'NO_CHAIR' }] });
  });
});

describe('A9 minutes', () => {
  it('A9: the minutes list passed, not passed and no-shows, signed by chair, members and secretary', () => {
    const m = minutesSummary({
      heldOn: '2026-04-20',
      candidates: [
        { candidateId: 'c1', outcome: 'PASSED' },
        { candidateId: 'c2', outcome: 'NOT_PASSED' },
        { candidateId: 'c3', outcome: 'DID_NOT_SHOW_UP' },
        { candidateId: 'c4', outcome: 'SUSPENDED' },
      ],
      chairSigned: true,
      members: ['m1', 'm2'],
      membersSigned: ['m1'],
      secretarySigned: false,
    });
    expect(m).toEqual({
      passed: ['c1'],
      notPassed: ['c2', 'c4'],
      didNotShowUp: ['c3'],
      suspended: ['c4'],
      fullySigned: false,
      missingSignatures: ['m2', 'secretary'],
    });
  });
});
