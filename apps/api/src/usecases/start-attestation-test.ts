// A7: the candidate takes the test in the applicant portal, signed in as themself (so the answers are the
// candidate's own acts, under their identity; at the venue they sign in on the computer provided). On the
// attestation's day, from its announced time: 100 distinct questions drawn for this candidate from the bank in the
// language chosen (Kazakh or Russian), 90 minutes counted by the server from the start. Starting again returns the
// same sitting (a lost connection loses nothing).
import { randomInt } from 'node:crypto';
import { drawQuestions, testEndsAt, testMayStart, TEST_QUESTIONS, type TestLanguage } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { requireApplicantAccount } from '../access.ts';
import { addStage, lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { markSessionHeld } from './record-test-result.ts';
import { inTransaction } from './transaction.ts';

const cryptoRandom = () => randomInt(0, 2 ** 47) / 2 ** 47;

export async function startAttestationTest(ctx: AttestationContext, input: { applicationId: string; language: TestLanguage }) {
  requireApplicantAccount(ctx.viewer);
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    if (app.applicantId !== ctx.viewer!.id) throw new DomainError('NOT_FOUND', 'Unknown application.', ['input', 'applicationId']);
    const existing = await tx.attestationTestSitting.findUnique({ where: { applicationId: app.id } });
    if (existing) return existing;
    requireStatus(app, ['IN_REVIEW'], 'The test');
    if (app.testResult) throw new DomainError('CONFLICT', 'The test result is already recorded.', ['input', 'applicationId'], { key: 'attestation.testAlreadyRecorded', rule: 'A7' });
    const now = ctx.now();
    const session = app.attestationSession;
    if (!testMayStart(session.heldAt, now)) {
      throw new DomainError('INVALID_STATE', 'The test opens on the day of the attestation, at its announced time (A7).', ['input', 'applicationId'], {
        key: 'attestation.testNotOpen', rule: 'A7', params: { opensAt: session.heldAt.toISOString() },
      });
    }
    const bank = await tx.attestationQuestion.findMany({ where: { language: input.language, active: true }, select: { id: true }, orderBy: { id: 'asc' } });
    if (bank.length < TEST_QUESTIONS) throw new DomainError('INVALID_STATE', `The question bank in ${input.language} holds fewer than ${TEST_QUESTIONS} questions.`, ['input', 'language'], { key: 'attestation.bankTooSmall', rule: 'A7' });
    const drawn = drawQuestions(bank.map((q) => q.id), cryptoRandom);
    await markSessionHeld(tx, audit, session);
    const sitting = await tx.attestationTestSitting.create({
      data: { applicationId: app.id, language: input.language, questionIds: drawn, answers: drawn.map(() => -1), startedAt: now, endsAt: testEndsAt(now) },
    });
    await addStage(tx, ctx, app.id, app.status, 'TEST_STARTED', `${TEST_QUESTIONS} questions in ${input.language}, until ${sitting.endsAt.toISOString()} (A7).`);
    await audit({ action: 'attestation.testStarted', entityType: 'AttestationTestSitting', entityId: sitting.id, data: { applicationId: app.id, language: input.language } });
    return sitting;
  });
}
