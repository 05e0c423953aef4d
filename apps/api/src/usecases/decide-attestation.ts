// A8: the chair records the Commission's decision on a candidate: by majority of the votes of every member of the
// region's commission; on a tie the chair's vote decides; the votes against the result are the dissent, kept with
// their opinions. A pass waits for the minutes and the signed result (A9, A10); a fail ends the attestation with
// the preliminary decision and the hearing notice (A11).
import { commissionDecision } from '@oryndau/domain';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { addStage, commissionOf, lockAttestationApplication, requireStatus, sendPreliminaryDecision, type AttestationContext } from './attestation-common.ts';
import { inTransaction } from './transaction.ts';

export async function decideAttestation(ctx: AttestationContext, input: { applicationId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await lockAttestationApplication(tx, input.applicationId);
    if (!ctx.viewer || app.attestationSession.chairId !== ctx.viewer.id) {
      throw new DomainError('FORBIDDEN', 'The chair of the Commission records its decision (A8).', ['input', 'applicationId'], { key: 'attestation.onlyChair', rule: 'A8' });
    }
    requireStatus(app, ['IN_REVIEW'], 'The decision');
    if (await tx.applicationStage.findFirst({ where: { applicationId: app.id, stage: 'COMMISSION_DECIDED' }, select: { id: true } })) {
      throw new DomainError('INVALID_STATE', 'The Commission has already decided.', ['input', 'applicationId'], { key: 'attestation.alreadyDecided', rule: 'A8' });
    }
    const members = await commissionOf(tx, app.attestationSession.regionId);
    const votes = await tx.commissionVote.findMany({ where: { applicationId: app.id }, orderBy: { castAt: 'asc' } });
    const r = commissionDecision(votes.map((v) => ({ memberId: v.memberId, vote: v.vote, isChair: v.memberId === app.attestationSession.chairId, dissentingOpinion: v.dissentingOpinion })), members);
    if (!r.ok) {
      const names = await tx.user.findMany({ where: { id: { in: r.errors.flatMap((e) => ('memberId' in e ? [e.memberId] : [])) } }, select: { id: true, displayName: true } });
      throw new DomainError(r.errors.map((e): UserErrorShape => ({
        code: 'INVALID_STATE' as const,
        field: ['input', 'applicationId'],
        message: e.code === 'MEMBER_DID_NOT_VOTE' ? `${names.find((n) => n.id === e.memberId)?.displayName ?? 'A member'} has not voted; every member votes (A8).` : `The votes cannot be counted: ${e.code} (A8).`,
        key: `attestation.vote.${e.code}`,
        rule: 'A8',
        params: 'memberId' in e ? { member: names.find((n) => n.id === e.memberId)?.displayName ?? null } : {},
      })));
    }
    const d = r.decision;
    const note = `${d.result === 'PASS' ? 'Passed' : 'Not passed'}: ${d.pass} for, ${d.fail} against${d.decidedByChair ? ', a tie decided by the chair\'s vote' : ''}; ${d.dissenters.length} dissenting${d.dissentingOpinions.length ? `, ${d.dissentingOpinions.length} opinion(s) kept` : ''} (A8).`;
    await addStage(tx, ctx, app.id, app.status, 'COMMISSION_DECIDED', note);
    await audit({ action: 'attestation.decided', entityType: 'ServiceApplication', entityId: app.id, data: { result: d.result, pass: d.pass, fail: d.fail, decidedByChair: d.decidedByChair, dissenters: d.dissenters } });
    if (d.result === 'FAIL') {
      await sendPreliminaryDecision(tx, ctx, audit, app, `Preliminary decision to refuse: the Commission decided that the attestation was not passed, ${d.fail} votes to ${d.pass} (A8).`);
    }
    return { application: await tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } }), decision: d };
  });
}
