// A7: the candidate's answers, saved as they go and finished with `finish`; the server scores them against the
// bank. Where the law is silent: at the end of the 90 minutes the test closes — answers sent later are not counted,
// and the test is scored on those saved in time (the first request after the end finishes it).
import { acceptsAnswers, scoreAnswers } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { requireApplicantAccount } from '../access.ts';
import { lockAttestationApplication, type AttestationContext } from './attestation-common.ts';
import { recordScore } from './record-test-result.ts';
import { inTransaction } from './transaction.ts';

export interface SubmitAttestationTestInput {
  sittingId: string;
  answers: ReadonlyArray<{ questionId: string; option: number }>;
  finish: boolean;
}

export async function submitAttestationTest(ctx: AttestationContext, input: SubmitAttestationTestInput) {
  requireApplicantAccount(ctx.viewer);
  return inTransaction(ctx, async (tx, audit) => {
    const found = await tx.attestationTestSitting.findUnique({ where: { id: input.sittingId }, select: { applicationId: true } });
    if (!found) throw new DomainError('NOT_FOUND', 'Unknown test.', ['input', 'sittingId']);
    const app = await lockAttestationApplication(tx, found.applicationId, ['input', 'sittingId']);
    if (app.applicantId !== ctx.viewer!.id) throw new DomainError('NOT_FOUND', 'Unknown test.', ['input', 'sittingId']);
    const sitting = await tx.attestationTestSitting.findUniqueOrThrow({ where: { id: input.sittingId } });
    if (sitting.finishedAt) throw new DomainError('INVALID_STATE', 'This test is finished.', ['input', 'sittingId'], { key: 'attestation.testFinished', rule: 'A7' });
    const now = ctx.now();
    const open = acceptsAnswers(sitting.endsAt, now);
    const questions = await tx.attestationQuestion.findMany({ where: { id: { in: sitting.questionIds } }, select: { id: true, options: true, correctOption: true } });
    const byId = new Map(questions.map((q) => [q.id, q]));
    const answers = [...sitting.answers];
    let ignored = 0;
    for (const [i, a] of input.answers.entries()) {
      const pos = sitting.questionIds.indexOf(a.questionId);
      const q = byId.get(a.questionId);
      if (pos < 0 || !q) throw new DomainError('INVALID_INPUT', 'This question is not in your test.', ['input', 'answers', String(i), 'questionId'], { key: 'attestation.questionNotInTest', rule: 'A7' });
      if (!Number.isInteger(a.option) || a.option < -1 || a.option >= q.options.length) throw new DomainError('INVALID_INPUT', 'No such option.', ['input', 'answers', String(i), 'option'], { key: 'input.outOfRange', params: { max: q.options.length - 1 } });
      if (open) answers[pos] = a.option;
      else ignored++;
    }
    const finishing = input.finish || !open;
    if (!finishing) {
      await tx.attestationTestSitting.update({ where: { id: sitting.id }, data: { answers } });
      await audit({ action: 'attestation.testAnswersSaved', entityType: 'AttestationTestSitting', entityId: sitting.id, data: { count: input.answers.length } });
      return { sitting: await tx.attestationTestSitting.findUniqueOrThrow({ where: { id: sitting.id } }), ignored };
    }
    const correct = scoreAnswers(sitting.questionIds.map((id) => byId.get(id)!.correctOption), answers);
    const finishedAt = open ? now : sitting.endsAt;
    await tx.attestationTestSitting.update({ where: { id: sitting.id }, data: { answers, finishedAt, correct } });
    await recordScore(tx, ctx, audit, app, { applicationId: app.id, language: sitting.language, correct, questions: sitting.questionIds.length, startedAt: sitting.startedAt, finishedAt }, 'IN_APP');
    await audit({ action: 'attestation.testFinished', entityType: 'AttestationTestSitting', entityId: sitting.id, data: { correct, ignoredLateAnswers: ignored } });
    return { sitting: await tx.attestationTestSitting.findUniqueOrThrow({ where: { id: sitting.id } }), ignored };
  });
}
