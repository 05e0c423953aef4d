// A7: the test's result — recorded from the testing centre's sheet by a member of the Commission, or scored by the
// platform when the candidate took the test in the app (submit-attestation-test.ts, through `recordScore`). 100
// questions in 90 minutes, Kazakh or Russian, passed with 70 or more; only those who pass reach the interview. A
// test not passed ends the attestation: the preliminary decision to refuse goes out with the hearing notice (A11).
import { ATTESTATION_SESSION, evaluateTest, TEST_PASS_MARK, type TestLanguage } from '@oryndau/domain';
import { requireCommissionMemberOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { addStage, lockAttestationApplication, requireStatus, sendPreliminaryDecision, type AttestationApp, type AttestationContext } from './attestation-common.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

export interface RecordTestResultInput {
  applicationId: string;
  language: TestLanguage;
  correct: number;
  questions?: number | null;
  startedAt: Date;
  finishedAt: Date;
}

/** The session moves to HELD when its first test is taken (A7). */
export async function markSessionHeld(tx: Tx, audit: Audit, session: { id: string; status: 'ANNOUNCED' | 'HELD' | 'MINUTES_SIGNED' }) {
  if (session.status !== 'ANNOUNCED') return;
  const status = moveTo(ATTESTATION_SESSION, session.status, 'HELD');
  await tx.attestationSession.update({ where: { id: session.id }, data: { status } });
  await audit({ action: 'attestation.sessionHeld', entityType: 'AttestationSession', entityId: session.id });
}

/** A7: stores a valid result; a test not passed goes to the preliminary refusal (A11). */
export async function recordScore(tx: Tx, ctx: AttestationContext, audit: Audit, app: AttestationApp & { attestationSession: NonNullable<AttestationApp['attestationSession']> }, r: RecordTestResultInput, source: 'TESTING_CENTRE' | 'IN_APP') {
  const check = evaluateTest({ correct: r.correct, questions: r.questions ?? undefined, language: r.language, startedAt: r.startedAt, finishedAt: r.finishedAt });
  if (!check.valid) {
    throw new DomainError(check.errors.map((e) => ({
      code: 'INVALID_INPUT' as const,
      field: ['input', e.code === 'WRONG_QUESTION_COUNT' ? 'questions' : e.code === 'INVALID_SCORE' ? 'correct' : e.code === 'INVALID_LANGUAGE' ? 'language' : 'finishedAt'],
      message: `The test sheet is not valid (A7): ${e.code}.`,
      key: `attestation.test.${e.code}`,
      rule: 'A7',
      params: { ...e },
    })));
  }
  await markSessionHeld(tx, audit, app.attestationSession);
  const result = await tx.testResult.create({ data: { applicationId: app.id, language: r.language, questions: r.questions ?? 100, correct: r.correct, startedAt: r.startedAt, finishedAt: r.finishedAt } });
  await addStage(tx, ctx, app.id, app.status, 'TEST_TAKEN', `${r.correct} of ${r.questions ?? 100} (${r.language}); ${check.passed ? 'passed, admitted to the interview' : `not passed: the pass mark is ${TEST_PASS_MARK}`} (A7, ${source === 'IN_APP' ? 'taken in the app' : 'testing centre'}).`);
  await audit({ action: 'attestation.testResult', entityType: 'ServiceApplication', entityId: app.id, data: { correct: r.correct, passed: check.passed, source } });
  if (!check.passed) {
    await sendPreliminaryDecision(tx, ctx, audit, app, `Preliminary decision to refuse: the test was not passed, ${r.correct} correct answers of ${r.questions ?? 100}, below the pass mark of ${TEST_PASS_MARK} (A7).`);
  }
  return { result, passed: check.passed };
}

export async function recordTestResult(ctx: AttestationContext, input: RecordTestResultInput) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireCommissionMemberOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['IN_REVIEW'], 'Recording the test');
    if (app.testResult) throw new DomainError('CONFLICT', 'The test result is already recorded.', ['input', 'applicationId'], { key: 'attestation.testAlreadyRecorded', rule: 'A7' });
    if (await tx.attestationTestSitting.findUnique({ where: { applicationId: app.id } })) {
      throw new DomainError('CONFLICT', 'The candidate is taking the test in the app; its score is recorded automatically.', ['input', 'applicationId'], { key: 'attestation.testInApp', rule: 'A7' });
    }
    return (await recordScore(tx, ctx, audit, app, input, 'TESTING_CENTRE')).result;
  });
}
