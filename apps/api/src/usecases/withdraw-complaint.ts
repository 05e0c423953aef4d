// complaints (issue 10): the complainant withdraws a complaint not yet decided (the law is silent; the table's
// edge to WITHDRAWN).
import { COMPLAINT } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { recordComplaintStage } from './complaint-stages.ts';

export async function withdrawComplaint(ctx: UseCaseContext, input: { complaintId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "id" = ${input.complaintId} FOR UPDATE`;
    const c = rows.length ? await tx.complaint.findUniqueOrThrow({ where: { id: input.complaintId } }) : null;
    if (!c || c.complainantId !== ctx.viewer?.id) throw new DomainError('NOT_FOUND', 'No such complaint of yours.', ['input', 'complaintId']);
    const status = moveTo(COMPLAINT, c.status, 'WITHDRAWN', undefined, ['input', 'complaintId']);
    const now = ctx.now();
    await tx.complaint.update({ where: { id: c.id }, data: { status, decidedAt: now } });
    await recordComplaintStage(tx, { complaintId: c.id, stage: 'WITHDRAWN', status, at: now, actorRole: 'APPLICANT', actorId: ctx.viewer!.id });
    await audit({ action: 'complaint.withdraw', entityType: 'Complaint', entityId: c.id });
    return { complaintId: c.id };
  });
}
