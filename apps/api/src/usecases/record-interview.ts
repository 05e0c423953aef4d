// A7: the oral interview, at least 3 questions, only for a candidate who passed the test.
import { validateInterview, INTERVIEW_MIN_QUESTIONS } from '@oryndau/domain';
import { requireCommissionMemberOf } from '../access.ts';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { addStage, lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { inTransaction } from './transaction.ts';

export async function recordInterview(ctx: AttestationContext, input: { applicationId: string; questions: string[] }) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireCommissionMemberOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['IN_REVIEW'], 'The interview');
    if (app.interview) throw new DomainError('CONFLICT', 'The interview is already recorded.', ['input', 'applicationId'], { key: 'attestation.interviewAlreadyRecorded', rule: 'A7' });
    const questions = input.questions.map((q) => q.trim()).filter((q) => q.length > 0);
    const testPassed = !!app.testResult && !app.testResult.suspended && app.testResult.correct >= 70;
    const errors = validateInterview({ testPassed, questionsAsked: questions.length });
    if (errors.length) {
      throw new DomainError(errors.map((e): UserErrorShape => e === 'TEST_NOT_PASSED'
        ? { code: 'INVALID_STATE' as const, field: ['input', 'applicationId'], message: 'Only a candidate who passed the test is interviewed (A7).', key: 'attestation.testNotPassed', rule: 'A7', params: {} }
        : { code: 'INVALID_INPUT' as const, field: ['input', 'questions'], message: `The interview has at least ${INTERVIEW_MIN_QUESTIONS} questions (A7).`, key: 'attestation.tooFewQuestions', rule: 'A7', params: { min: INTERVIEW_MIN_QUESTIONS, given: questions.length } }));
    }
    const interview = await tx.interview.create({ data: { applicationId: app.id, questions, heldAt: ctx.now() } });
    await addStage(tx, ctx, app.id, app.status, 'INTERVIEW_HELD', `${questions.length} questions (A7).`);
    await audit({ action: 'attestation.interview', entityType: 'ServiceApplication', entityId: app.id, data: { questions: questions.length } });
    return interview;
  });
}
