// A9: a candidate who did not come is listed in the minutes as "did not show up"; the attestation ends for them
// with the preliminary decision and the hearing notice (A11), as every refusal does.
import { almatyDate } from '@oryndau/domain';
import { requireCommissionMemberOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { addStage, heldOnOf, lockAttestationApplication, requireStatus, sendPreliminaryDecision, type AttestationContext } from './attestation-common.ts';
import { markSessionHeld } from './record-test-result.ts';
import { inTransaction } from './transaction.ts';

export async function recordAttestationNoShow(ctx: AttestationContext, input: { applicationId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireCommissionMemberOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['IN_REVIEW'], 'Recording a no-show');
    if (almatyDate(ctx.now()) < heldOnOf(app.attestationSession)) throw new DomainError('INVALID_STATE', 'A no-show is recorded on the day of the attestation.', ['input', 'applicationId'], { key: 'attestation.notYetHeld', rule: 'A9' });
    if (app.testResult || (await tx.attestationTestSitting.findUnique({ where: { applicationId: app.id } }))) {
      throw new DomainError('INVALID_STATE', 'The candidate took the test.', ['input', 'applicationId'], { key: 'attestation.candidateAppeared', rule: 'A9' });
    }
    await markSessionHeld(tx, audit, app.attestationSession);
    await addStage(tx, ctx, app.id, app.status, 'DID_NOT_SHOW_UP', 'The candidate did not appear at the attestation (A9).');
    await audit({ action: 'attestation.noShow', entityType: 'ServiceApplication', entityId: app.id });
    await sendPreliminaryDecision(tx, ctx, audit, app, 'Preliminary decision to refuse: you did not appear at the attestation (A9).');
    return tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
  });
}
