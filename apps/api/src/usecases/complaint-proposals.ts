// complaints (issue 10) — C4: the quality-control body directs proposals to restore violated rights (after
// upholding a complaint in whole or in part) and controls their fulfilment.
import { COMPLAINT_PROPOSAL, almatyDate, mayDirectProposals, proposalDueOn, unchangedStatus, COMPLAINT, type ComplaintStatus } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { complaintActorRole, requireComplaintHandler } from '../access.ts';
import { createAs, moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { recordComplaintStage } from './complaint-stages.ts';

export async function directComplaintProposal(ctx: UseCaseContext, input: { complaintId: string; text: string; idempotencyKey?: string | null }) {
  return inTransaction(ctx, async (tx, audit) => {
    const c = await tx.complaint.findUnique({ where: { id: input.complaintId } });
    if (!c) throw new DomainError('NOT_FOUND', 'Unknown complaint.', ['input', 'complaintId']);
    requireComplaintHandler(ctx.viewer, c);
    if (!mayDirectProposals(c.addressee, c.status)) {
      throw new DomainError('INVALID_STATE', 'Proposals to restore rights are directed by the quality-control body with an upheld complaint (C4).', ['input', 'complaintId'], { key: 'complaint.proposalsNotAllowed', rule: 'C4' });
    }
    const text = input.text.trim();
    if (text.length < 10) throw new DomainError('INVALID_INPUT', 'Say what the provider must do to restore the rights (C4).', ['input', 'text'], { key: 'input.required', rule: 'C4' });
    const now = ctx.now();
    const due = proposalDueOn(almatyDate(now), await ctx.calendar.get(tx));
    const status = createAs(COMPLAINT_PROPOSAL, 'DIRECTED');
    const p = await tx.complaintProposal.create({ data: { complaintId: c.id, text, directedAt: now, dueOn: dbDate(due), status } });
    await recordComplaintStage(tx, { complaintId: c.id, stage: 'PROPOSAL_DIRECTED', status: unchangedStatus(COMPLAINT, c.status as ComplaintStatus), at: now, actorRole: complaintActorRole(ctx.viewer, c), actorId: ctx.viewer!.id, note: `Fulfilment due by ${due} (C4).` });
    await audit({ action: 'complaint.proposal.direct', entityType: 'ComplaintProposal', entityId: p.id, data: { complaintId: c.id, dueOn: due } });
    return { complaintId: c.id, proposalId: p.id };
  }, {
    idempotency: {
      mutation: 'directComplaintProposal',
      key: input.idempotencyKey,
      input,
      save: (r) => r,
      load: async (_tx, saved) => saved as { complaintId: string; proposalId: string },
    },
  });
}

export async function checkComplaintProposal(ctx: UseCaseContext, input: { proposalId: string; fulfilled: boolean; note: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ComplaintProposal" WHERE "id" = ${input.proposalId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown proposal.', ['input', 'proposalId']);
    const p = await tx.complaintProposal.findUniqueOrThrow({ where: { id: input.proposalId }, include: { complaint: true } });
    requireComplaintHandler(ctx.viewer, p.complaint);
    const note = input.note.trim();
    if (!note) throw new DomainError('INVALID_INPUT', 'Record what the control found (C4).', ['input', 'note'], { key: 'input.required', rule: 'C4' });
    const status = moveTo(COMPLAINT_PROPOSAL, p.status, input.fulfilled ? 'FULFILLED' : 'NOT_FULFILLED', undefined, ['input', 'proposalId']);
    const now = ctx.now();
    await tx.complaintProposal.update({ where: { id: p.id }, data: { status, checkedAt: now, checkNote: note } });
    const late = almatyDate(now) > p.dueOn.toISOString().slice(0, 10);
    await recordComplaintStage(tx, {
      complaintId: p.complaintId, stage: input.fulfilled ? 'PROPOSAL_FULFILLED' : 'PROPOSAL_NOT_FULFILLED', status: unchangedStatus(COMPLAINT, p.complaint.status as ComplaintStatus), at: now,
      actorRole: complaintActorRole(ctx.viewer, p.complaint), actorId: ctx.viewer!.id, note: late ? `${note} (checked after the term of ${p.dueOn.toISOString().slice(0, 10)})` : note,
    });
    await audit({ action: 'complaint.proposal.check', entityType: 'ComplaintProposal', entityId: p.id, data: { fulfilled: input.fulfilled } });
    return { complaintId: p.complaintId, proposalId: p.id };
  });
}
