// A11: the hearing on a preliminary decision to refuse, held no later than 2 working days after the notice; then
// the final decision: the refusal stands (a reasoned refusal, G1, in the candidate's account) or the provider
// accepts the candidate's objections and the attestation is passed (the signed decision, A10, and for a one
// application the licence part, A13). A hearing after its latest day is still held and its stage says so.
// This is the attestation's own hearing until the general hearing mechanism (licence branch) is merged.
import { almatyDate, APPLICATION } from '@oryndau/domain';
import { requireAttestationStaffOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { addStage, issueDocument, lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { issueAttestationResult } from './sign-attestation-minutes.ts';
import { askHandedOverChecks, endLicencePart } from './licence-part-hand-over.ts';
import { inTransaction } from './transaction.ts';

export async function holdAttestationHearing(ctx: AttestationContext, input: { applicationId: string; outcome: string; refusalStands: boolean }) {
  let child: string | null = null;
  const result = await inTransaction(ctx, async (tx, audit) => {
    child = null;
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireAttestationStaffOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['HEARING'], 'The hearing');
    const outcome = input.outcome.trim();
    if (outcome.length < 5) throw new DomainError('INVALID_INPUT', 'Record what the hearing found (A11).', ['input', 'outcome'], { key: 'attestation.reasonRequired', rule: 'A11' });
    const hearing = await tx.hearing.findFirst({ where: { applicationId: app.id, heldOn: null }, orderBy: { noticeSentAt: 'desc' } });
    if (!hearing) throw new DomainError('INVALID_STATE', 'No hearing is pending.', ['input', 'applicationId'], { key: 'attestation.noHearing', rule: 'A11' });
    const now = ctx.now();
    const today = almatyDate(now);
    const late = today > isoDate(hearing.latestOn);
    await tx.hearing.update({ where: { id: hearing.id }, data: { heldOn: dbDate(today), record: outcome, outcome: input.refusalStands ? 'REFUSED' : 'RECONSIDERED', decidedAt: now } });
    await addStage(tx, ctx, app.id, app.status, 'HEARING_HELD', `${outcome}${late ? ` (held after its latest day ${isoDate(hearing.latestOn)})` : ''} (A11).`);
    await audit({ action: 'attestation.hearingHeld', entityType: 'ServiceApplication', entityId: app.id, data: { hearingId: hearing.id, refusalStands: input.refusalStands, late } });
    if (input.refusalStands) {
      const status = moveTo(APPLICATION, app.status, 'REFUSED', { service: app.kind });
      const reason = `${hearing.preliminaryDecision.replace(/^Preliminary decision to refuse: /, 'Refused: ')} Hearing of ${today}: ${outcome}`;
      const doc = await issueDocument(tx, ctx, app.id, 'REFUSAL', app.attestationSession.region.code, reason);
      await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now, refusalReason: reason } });
      await addStage(tx, ctx, app.id, status, 'REFUSED', `Final decision ${doc.number} (A11, G1).`);
      await audit({ action: 'attestation.refused', entityType: 'ServiceApplication', entityId: app.id, data: { document: doc.number } });
      // A13: a one application's licence part ends with the attestation's refusal
      await endLicencePart(tx, ctx, audit, app, `${reason} (${doc.number}).`);
    } else {
      child = (await issueAttestationResult(tx, ctx, audit, app, app.attestationSession.region, today)).child?.id ?? null;
    }
    return tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
  });
  if (child) await askHandedOverChecks(ctx, [child]);
  return result;
}
