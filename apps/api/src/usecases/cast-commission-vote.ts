// A8: each member of the Commission votes on a candidate after the interview, as themself (from the token). A
// member may not abstain: a vote without PASS or FAIL is refused. A member who votes against the result may write
// a dissenting opinion, which is kept with the vote. A member may change their vote until the chair records the
// decision (decide-attestation.ts).
import { requireCommissionMemberOf } from '../access.ts';
import { DomainError } from '../errors.ts';
import { lockAttestationApplication, requireStatus, type AttestationContext } from './attestation-common.ts';
import { inTransaction } from './transaction.ts';

export interface CastCommissionVoteInput {
  applicationId: string;
  /** null is an abstention, which A8 forbids */
  vote: 'PASS' | 'FAIL' | null;
  dissentingOpinion?: string | null;
}

export async function castCommissionVote(ctx: AttestationContext, input: CastCommissionVoteInput) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    requireCommissionMemberOf(ctx.viewer, app.attestationSession.regionId);
    if (input.vote !== 'PASS' && input.vote !== 'FAIL') {
      throw new DomainError('INVALID_INPUT', 'Members of the Commission may not abstain: vote PASS or FAIL (A8).', ['input', 'vote'], { key: 'attestation.abstentionNotAllowed', rule: 'A8' });
    }
    requireStatus(app, ['IN_REVIEW'], 'Voting');
    if (!app.interview) throw new DomainError('INVALID_STATE', 'The Commission votes after the interview (A7, A8).', ['input', 'applicationId'], { key: 'attestation.noInterview', rule: 'A8' });
    if (await tx.applicationStage.findFirst({ where: { applicationId: app.id, stage: 'COMMISSION_DECIDED' }, select: { id: true } })) {
      throw new DomainError('INVALID_STATE', 'The Commission has decided; votes are closed.', ['input', 'applicationId'], { key: 'attestation.alreadyDecided', rule: 'A8' });
    }
    const memberId = ctx.viewer!.id;
    const isChair = app.attestationSession.chairId === memberId;
    const dissent = input.dissentingOpinion?.trim() || null;
    const vote = await tx.commissionVote.upsert({
      where: { applicationId_memberId: { applicationId: app.id, memberId } },
      create: { applicationId: app.id, memberId, vote: input.vote, isChair, dissentingOpinion: dissent, castAt: ctx.now() },
      update: { vote: input.vote, isChair, dissentingOpinion: dissent, castAt: ctx.now() },
    });
    await audit({ action: 'attestation.vote', entityType: 'ServiceApplication', entityId: app.id, data: { memberId, vote: input.vote, isChair, dissent: !!dissent } });
    return vote;
  });
}
