// A6: a candidate who uses any aid during the attestation is suspended, and the suspension is recorded in the
// minutes; they may apply again 3 months after the decision. A test in progress in the app is closed at once.
// Suspension ends this attestation: the preliminary decision to refuse goes out with the hearing notice (A11).
// Where the law is silent: the decision's date is the day of the suspension (recorded that day in the minutes).
import { almatyDate, reapplyAllowedFrom, scoreAnswers } from '@oryndau/domain';
import { requireCommissionMemberOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { addStage, lockAttestationApplication, requireStatus, sendPreliminaryDecision, type AttestationContext } from './attestation-common.ts';
import { markSessionHeld } from './record-test-result.ts';
import { inTransaction } from './transaction.ts';

export async function suspendAttestationCandidate(ctx: AttestationContext, input: { applicationId: string; note: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireCommissionMemberOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['IN_REVIEW'], 'A suspension');
    const note = input.note.trim();
    if (note.length < 5) throw new DomainError('INVALID_INPUT', 'Say which aid was used (A6).', ['input', 'note'], { key: 'attestation.reasonRequired', rule: 'A6' });
    const now = ctx.now();
    await markSessionHeld(tx, audit, app.attestationSession);
    if (app.testResult) {
      await tx.testResult.update({ where: { id: app.testResult.id }, data: { suspended: true, suspensionNote: note } });
    } else {
      const sitting = await tx.attestationTestSitting.findUnique({ where: { applicationId: app.id } });
      let correct = 0;
      if (sitting && !sitting.finishedAt) {
        const qs = await tx.attestationQuestion.findMany({ where: { id: { in: sitting.questionIds } }, select: { id: true, correctOption: true } });
        const byId = new Map(qs.map((q) => [q.id, q.correctOption]));
        correct = scoreAnswers(sitting.questionIds.map((id) => byId.get(id)!), sitting.answers);
        await tx.attestationTestSitting.update({ where: { id: sitting.id }, data: { finishedAt: now, correct } });
      }
      await tx.testResult.create({
        data: { applicationId: app.id, language: sitting?.language ?? 'RU', questions: 100, correct, startedAt: sitting?.startedAt ?? now, finishedAt: now, suspended: true, suspensionNote: note },
      });
    }
    const from = reapplyAllowedFrom(almatyDate(now));
    await addStage(tx, ctx, app.id, app.status, 'CANDIDATE_SUSPENDED', `Suspended for using an aid: ${note}. May apply again from ${from} (A6).`);
    await audit({ action: 'attestation.suspended', entityType: 'ServiceApplication', entityId: app.id, data: { note, reapplyFrom: from } });
    await sendPreliminaryDecision(tx, ctx, audit, app, `Preliminary decision to refuse: suspended from the attestation for using an aid (${note}), recorded in the minutes; you may apply again from ${from} (A6).`);
    return tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
  });
}
