// A11: the hearing on a preliminary decision to refuse an attestation, held and decided at once at the desk
// (holdAttestationHearing): what the hearing found is its record; then the final decision — the refusal stands
// (a reasoned refusal, G1, in the candidate's account; a one application's licence part ends with it, A13) or the
// provider accepts the candidate's objections and the attestation is passed (the signed decision, A10, and for a
// one application the licence part, A13). handover: it is the general hearing (hold-hearing.ts,
// decide-after-hearing.ts) in one transaction, not a hearing of its own; the same hearing can also be held and
// decided step by step through holdHearing and decideAfterHearing.
import { almatyDate } from '@oryndau/domain';
import { requireAttestationStaffOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { issueAttestationResult } from './sign-attestation-minutes.ts';
import { holdHearingIn } from './hold-hearing.ts';
import { decideAfterHearingIn } from './decide-after-hearing.ts';
import { askHandedOverChecks } from './licence-part-hand-over.ts';
import { withApplicant } from './service-provider.ts';
import { inTransaction } from './transaction.ts';

export async function holdAttestationHearing(ctx: AttestationContext, input: { applicationId: string; outcome: string; refusalStands: boolean }) {
  const outcome = input.outcome.trim();
  if (outcome.length < 10) throw new DomainError('INVALID_INPUT', 'Record what the hearing found (at least 10 characters, A11).', ['input', 'outcome'], { key: 'attestation.reasonRequired', rule: 'A11' });
  let child: string | null = null;
  const result = await inTransaction(ctx, async (tx, audit) => {
    child = null;
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireAttestationStaffOf(ctx.viewer, app.attestationSession.regionId);
    requireStatus(app, ['HEARING'], 'The hearing');
    const hearing = await tx.hearing.findFirst({ where: { applicationId: app.id, decidedAt: null }, orderBy: { noticeSentAt: 'desc' } });
    if (!hearing) throw new DomainError('INVALID_STATE', 'No hearing is pending.', ['input', 'applicationId'], { key: 'attestation.noHearing', rule: 'A11' });
    const provided = await tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id }, include: withApplicant });
    // the desk records what the candidate said: the candidate was heard
    const held = hearing.heldOn ? hearing : (await holdHearingIn(tx, ctx, audit, provided, hearing, { applicantAttended: true, record: outcome })).held;
    const today = almatyDate(ctx.now());
    if (input.refusalStands) {
      const reason = `${hearing.preliminaryDecision.replace(/^Preliminary decision to refuse: /, 'Refused: ')} Hearing of ${today}: ${outcome}`;
      await decideAfterHearingIn(tx, ctx, audit, provided, held, { decision: 'REFUSE', reason });
    } else {
      await decideAfterHearingIn(tx, ctx, audit, provided, held, { decision: 'RECONSIDER', reason: outcome });
      child = (await issueAttestationResult(tx, ctx, audit, { ...app, status: 'HEARING' }, app.attestationSession.region, today)).child?.id ?? null;
    }
    return tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
  });
  if (child) await askHandedOverChecks(ctx, [child]);
  return result;
}
