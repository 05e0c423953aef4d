// A4: the territorial justice body checks completeness within 2 working days of registration; an incomplete
// application gets a reasoned refusal, a document in the candidate's personal account (A4 "signed with the
// provider's EDS": the platform's signature once the signed-documents service is merged). A check made after the
// 2 working days is still recorded (the candidate is better served late than never), and its stage says so.
import { almatyDate, APPLICATION, dueOn, PERIODS } from '@oryndau/domain';
import { requireJusticeOfficerOfRegion } from '../access.ts';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { addStage, issueDocument, lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { endLicencePart } from './licence-part-hand-over.ts';
import { inTransaction } from './transaction.ts';

export interface CheckAttestationCompletenessInput {
  applicationId: string;
  complete: boolean;
  /** required when incomplete: the reasons, shown to the candidate */
  reason?: string | null;
}

export async function checkAttestationCompleteness(ctx: AttestationContext, input: CheckAttestationCompletenessInput) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireJusticeOfficerOfRegion(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['REGISTERED'], 'The completeness check');
    const now = ctx.now();
    const cal = await ctx.calendar.get(tx);
    const due = dueOn(almatyDate(app.registeredAt ?? now), PERIODS.completenessCheck, cal);
    const late = almatyDate(now) > due ? ` Checked after the due date ${due} (A4).` : '';
    if (input.complete) {
      const status = moveTo(APPLICATION, app.status, 'IN_REVIEW', { service: app.kind });
      await tx.serviceApplication.update({ where: { id: app.id }, data: { status } });
      await addStage(tx, ctx, app.id, status, 'COMPLETENESS_CHECKED', `The application is complete (A4).${late}`);
      await audit({ action: 'attestation.completenessChecked', entityType: 'ServiceApplication', entityId: app.id, data: { complete: true, due } });
    } else {
      const reason = input.reason?.trim() ?? '';
      if (reason.length < 10) throw new DomainError('INVALID_INPUT', 'A refusal states its reasons (A4, G1).', ['input', 'reason'], { key: 'attestation.reasonRequired', rule: 'A4' });
      const status = moveTo(APPLICATION, app.status, 'REJECTED_INCOMPLETE', { service: app.kind });
      const doc = await issueDocument(tx, ctx, app.id, 'INCOMPLETE_REFUSAL', app.attestationSession.region.code, reason);
      await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now, refusalReason: reason } });
      await addStage(tx, ctx, app.id, status, 'COMPLETENESS_CHECK_FAILED', `${reason} (A4, ${doc.number}).${late}`);
      await audit({ action: 'attestation.completenessRefused', entityType: 'ServiceApplication', entityId: app.id, data: { complete: false, due, document: doc.number } });
      // A13: a one application's licence part ends with it
      await endLicencePart(tx, ctx, audit, app, `The attestation application was incomplete: ${reason} (A4, ${doc.number}).`);
    }
    return tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
  });
}
