// CH3: the Chamber received the original paper decision; the document joins the queue for assignment.
import { requireChamberOfficial } from '../access.ts';
import { DomainError } from '../errors.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function markOriginalReceived(ctx: UseCaseContext, input: { documentId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ExecutiveDocument" WHERE "id" = ${input.documentId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
    const doc = await tx.executiveDocument.findUniqueOrThrow({ where: { id: input.documentId }, include: { district: { include: { region: { include: { chamber: true } } } } } });
    const chamberId = doc.district.region.chamber?.id;
    if (!chamberId || doc.routing !== 'CHAMBER') throw new DomainError('INVALID_STATE', 'This document does not go through a Chamber (CH1).');
    requireChamberOfficial(ctx.viewer, chamberId);
    if (doc.status !== 'AWAITING_ORIGINAL') throw new DomainError('INVALID_STATE', 'The original was already received.');
    const now = ctx.now();
    const updated = await tx.executiveDocument.update({ where: { id: doc.id }, data: { status: 'AWAITING_ASSIGNMENT', originalReceivedAt: now } });
    if (doc.applicationId) {
      await tx.applicationStage.create({ data: { applicationId: doc.applicationId, status: 'REGISTERED', stage: 'original-received', actorId: ctx.viewer?.id, at: now, note: 'The Chamber received the original paper decision (CH3); a bailiff will be appointed.' } });
    }
    await audit({ action: 'document.originalReceived', entityType: 'ExecutiveDocument', entityId: doc.id });
    return updated;
  });
}
