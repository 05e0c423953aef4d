// Attestation of candidates for private bailiff (000, Appendix 1): A2, A6, A7, A8, A9.
import { addMonths, almatyDate, assertIsoDate, isIsoDate, type IsoDate } from './calendar.ts';
import { PERIODS } from './deadlines.ts';

// ---------------------------------------------------------------- A2: the application form

export interface AttestationApplicationForm {
  diploma?: { institution?: string; specialtyCode?: string; number?: string; issuedOn?: IsoDate; foreign?: boolean };
  nostrification?: { series?: string; number?: string } | null;
  internship?: { conclusionApprovedOn?: IsoDate; regionalChamber?: string; supervisor?: string; startedOn?: IsoDate; endedOn?: IsoDate };
  address?: string;
  email?: string;
  phone?: string;
  /** the confirmations of the form (official contacts, no court ban, data true, personal-data consent) */
  confirmations?: boolean;
  /** consent to requests to the narcology and mental-health registries */
  healthRegistryConsent?: boolean;
  /** signed with the candidate's EDS */
  signedWithEds?: boolean;
}

const text = (v: string | undefined): boolean => typeof v === 'string' && v.trim().length > 0;

/**
 * A2 (App.1 Appendix 2): the fields a complete application has; returns the missing ones (empty =
 * complete). The nostrification document is needed only for a foreign diploma. Identity and
 * registry data are NOT asked: they come from state systems (A3). Dates must be real dates and the
 * internship cannot end before it starts.
 */
export function missingAttestationFields(form: AttestationApplicationForm): string[] {
  const missing: string[] = [];
  const need = (ok: boolean, field: string) => {
    if (!ok) missing.push(field);
  };
  const d = form.diploma ?? {};
  need(text(d.institution), 'diploma.institution');
  need(text(d.specialtyCode), 'diploma.specialtyCode');
  need(text(d.number), 'diploma.number');
  need(isIsoDate(d.issuedOn), 'diploma.issuedOn');
  if (d.foreign) {
    need(text(form.nostrification?.series), 'nostrification.series');
    need(text(form.nostrification?.number), 'nostrification.number');
  }
  const i = form.internship ?? {};
  need(isIsoDate(i.conclusionApprovedOn), 'internship.conclusionApprovedOn');
  need(text(i.regionalChamber), 'internship.regionalChamber');
  need(text(i.supervisor), 'internship.supervisor');
  need(isIsoDate(i.startedOn), 'internship.startedOn');
  need(isIsoDate(i.endedOn) && (!isIsoDate(i.startedOn) || i.endedOn! >= i.startedOn), 'internship.endedOn');
  need(text(form.address), 'address');
  need(text(form.email) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(form.email!), 'email');
  need(text(form.phone), 'phone');
  need(form.confirmations === true, 'confirmations');
  need(form.healthRegistryConsent === true, 'healthRegistryConsent');
  need(form.signedWithEds === true, 'signedWithEds');
  return missing;
}

// ---------------------------------------------------------------- A6: suspension for using aids

/**
 * A6 (App.1 p.10): a candidate suspended for using aids may apply again three months after the
 * Commission's decision. Where the law is silent: from the same date three months later (the last
 * day of a shorter month when that date does not exist).
 */
export function reapplyAllowedFrom(decidedOn: IsoDate): IsoDate {
  return addMonths(decidedOn, 3);
}

export function mayReapply(decidedOn: IsoDate, appliedAt: Date): boolean {
  return almatyDate(appliedAt) >= reapplyAllowedFrom(decidedOn);
}

// ---------------------------------------------------------------- A7: the two stages

export const TEST_QUESTIONS = 100;
export const TEST_PASS_MARK = 70;
export const TEST_MINUTES = PERIODS.attestationTest.count;
export const INTERVIEW_MIN_QUESTIONS = 3;
export const TEST_RESULT_COPIES = 2;
export type TestLanguage = 'KK' | 'RU';

export type TestError =
  | { code: 'WRONG_QUESTION_COUNT'; questions: number }
  | { code: 'INVALID_SCORE'; correct: number }
  | { code: 'INVALID_LANGUAGE'; language: string }
  | { code: 'OVERTIME'; minutes: number };

export interface TestInput {
  correct: number;
  questions?: number;
  language: TestLanguage;
  startedAt: Date;
  finishedAt: Date;
}

/**
 * A7 (App.1 p.11–12): 100 questions in 90 minutes, in Kazakh or Russian, passed with 70 or more
 * correct answers; passing admits to the interview. Where the law is silent: answers given after
 * the 90 minutes make the sheet invalid (OVERTIME) rather than being silently ignored.
 */
export function evaluateTest(input: TestInput): { valid: true; passed: boolean; admittedToInterview: boolean } | { valid: false; errors: TestError[] } {
  const errors: TestError[] = [];
  const questions = input.questions ?? TEST_QUESTIONS;
  if (questions !== TEST_QUESTIONS) errors.push({ code: 'WRONG_QUESTION_COUNT', questions });
  if (!Number.isInteger(input.correct) || input.correct < 0 || input.correct > questions) errors.push({ code: 'INVALID_SCORE', correct: input.correct });
  if (input.language !== 'KK' && input.language !== 'RU') errors.push({ code: 'INVALID_LANGUAGE', language: String(input.language) });
  const minutes = (input.finishedAt.getTime() - input.startedAt.getTime()) / 60_000;
  if (!(minutes >= 0 && minutes <= TEST_MINUTES)) errors.push({ code: 'OVERTIME', minutes });
  if (errors.length) return { valid: false, errors };
  const passed = input.correct >= TEST_PASS_MARK;
  return { valid: true, passed, admittedToInterview: passed };
}

/** A7: the test closes 90 minutes after it starts. */
export function testEndsAt(startedAt: Date): Date {
  return new Date(startedAt.getTime() + TEST_MINUTES * 60_000);
}

/** A7: an interview needs a passed test and at least three questions. */
export function validateInterview(input: { testPassed: boolean; questionsAsked: number }): Array<'TEST_NOT_PASSED' | 'TOO_FEW_QUESTIONS'> {
  const errors: Array<'TEST_NOT_PASSED' | 'TOO_FEW_QUESTIONS'> = [];
  if (!input.testPassed) errors.push('TEST_NOT_PASSED');
  if (!(input.questionsAsked >= INTERVIEW_MIN_QUESTIONS)) errors.push('TOO_FEW_QUESTIONS');
  return errors;
}

// ---------------------------------------------------------------- A8: the Commission's decision

export type CommissionVote = 'PASS' | 'FAIL';

export interface VoteInput {
  memberId: string;
  vote: CommissionVote | null; // null = did not vote (abstention is not allowed)
  isChair?: boolean;
  dissentingOpinion?: string | null;
}

export type CommissionError =
  | { code: 'ABSTENTION'; memberId: string }
  | { code: 'MEMBER_DID_NOT_VOTE'; memberId: string }
  | { code: 'NOT_A_MEMBER'; memberId: string }
  | { code: 'DUPLICATE_VOTE'; memberId: string }
  | { code: 'NO_CHAIR' }
  | { code: 'MORE_THAN_ONE_CHAIR' }
  | { code: 'NO_VOTES' };

export interface CommissionDecision {
  result: CommissionVote;
  pass: number;
  fail: number;
  decidedByChair: boolean;
  /** members who voted against the result */
  dissenters: string[];
  /** the dissenting opinions written, kept with the minutes */
  dissentingOpinions: Array<{ memberId: string; text: string }>;
  /** dissenters who have not (yet) written their opinion */
  dissentersWithoutOpinion: string[];
}

/**
 * A8 (App.1 p.13): the Commission decides by majority; members may not abstain; on a tie the chair's
 * vote decides; a member who disagrees expresses a dissenting opinion, which is kept. `members`, when
 * given, is the composition: every member must vote and nobody else may.
 */
export function commissionDecision(
  votes: readonly VoteInput[],
  members?: readonly string[],
): { ok: true; decision: CommissionDecision } | { ok: false; errors: CommissionError[] } {
  const errors: CommissionError[] = [];
  if (votes.length === 0) errors.push({ code: 'NO_VOTES' });
  const seen = new Set<string>();
  for (const v of votes) {
    if (seen.has(v.memberId)) errors.push({ code: 'DUPLICATE_VOTE', memberId: v.memberId });
    seen.add(v.memberId);
    if (v.vote !== 'PASS' && v.vote !== 'FAIL') errors.push({ code: 'ABSTENTION', memberId: v.memberId });
    if (members && !members.includes(v.memberId)) errors.push({ code: 'NOT_A_MEMBER', memberId: v.memberId });
  }
  for (const m of members ?? []) if (!seen.has(m)) errors.push({ code: 'MEMBER_DID_NOT_VOTE', memberId: m });
  const chairs = votes.filter((v) => v.isChair);
  if (votes.length && chairs.length === 0) errors.push({ code: 'NO_CHAIR' });
  if (chairs.length > 1) errors.push({ code: 'MORE_THAN_ONE_CHAIR' });
  if (errors.length) return { ok: false, errors };

  const pass = votes.filter((v) => v.vote === 'PASS').length;
  const fail = votes.length - pass;
  const decidedByChair = pass === fail;
  const result: CommissionVote = decidedByChair ? (chairs[0]!.vote as CommissionVote) : pass > fail ? 'PASS' : 'FAIL';
  const against = votes.filter((v) => v.vote !== result);
  const dissentingOpinions = against
    .filter((v) => typeof v.dissentingOpinion === 'string' && v.dissentingOpinion.trim() !== '')
    .map((v) => ({ memberId: v.memberId, text: v.dissentingOpinion!.trim() }));
  return {
    ok: true,
    decision: {
      result,
      pass,
      fail,
      decidedByChair,
      dissenters: against.map((v) => v.memberId),
      dissentingOpinions,
      dissentersWithoutOpinion: against.filter((v) => !dissentingOpinions.some((o) => o.memberId === v.memberId)).map((v) => v.memberId),
    },
  };
}

// ---------------------------------------------------------------- A9: the minutes

export type AttestationOutcome = 'PASSED' | 'NOT_PASSED' | 'DID_NOT_SHOW_UP' | 'SUSPENDED';

export interface MinutesInput {
  heldOn: IsoDate;
  candidates: ReadonlyArray<{ candidateId: string; outcome: AttestationOutcome }>;
  chairSigned: boolean;
  membersSigned: readonly string[];
  members: readonly string[];
  secretarySigned: boolean;
}

/**
 * A9 (App.1 Appendix 4): the minutes list who passed, who did not and who did not show up, and are
 * signed by the chair, every member and the secretary. A suspended candidate (A6) is listed under
 * "not passed" with the suspension recorded.
 */
export function minutesSummary(input: MinutesInput): {
  passed: string[];
  notPassed: string[];
  didNotShowUp: string[];
  suspended: string[];
  fullySigned: boolean;
  missingSignatures: string[];
} {
  assertIsoDate(input.heldOn);
  const ids = (o: AttestationOutcome) => input.candidates.filter((c) => c.outcome === o).map((c) => c.candidateId);
  const suspended = ids('SUSPENDED');
  const missingSignatures = [
    ...(input.chairSigned ? [] : ['chair']),
    ...input.members.filter((m) => !input.membersSigned.includes(m)),
    ...(input.secretarySigned ? [] : ['secretary']),
  ];
  return {
    passed: ids('PASSED'),
    notPassed: [...ids('NOT_PASSED'), ...suspended],
    didNotShowUp: ids('DID_NOT_SHOW_UP'),
    suspended,
    fullySigned: missingSignatures.length === 0,
    missingSignatures,
  };
}
