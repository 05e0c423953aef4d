// CH3: the Chamber received the original paper decision; the document joins the queue for assignment.
import { APPLICATION, EXECUTIVE_DOCUMENT, unchangedStatus } from '@oryndau/domain';
import { requireChamberOfficial } from '../access.ts';
import { moveTo } from '../transitions.ts';
import { DomainError } from '../errors.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { actingRole } from './stages.ts';

export async function markOriginalReceived(ctx: UseCaseContext, input: { documentId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ExecutiveDocument" WHERE "id" = ${input.documentId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
    const doc = await tx.executiveDocument.findUniqueOrThrow({ where: { id: input.documentId }, include: { district: { include: { region: { include: { chamber: true } } } } } });
    const chamberId = doc.district.region.chamber?.id;
    if (!chamberId || doc.routing !== 'CHAMBER') throw new DomainError('INVALID_STATE', 'This document does not go through a Chamber (CH1).');
    requireChamberOfficial(ctx.viewer, chamberId);
    // CH3: only a document awaiting its original joins the queue this way (the table's ASSIGNED → AWAITING_ASSIGNMENT
    // edge is a redistribution's, for a document nobody could take: never the receipt of an original)
    if (doc.status !== 'AWAITING_ORIGINAL') throw new DomainError('INVALID_STATE', 'The original was already received.', ['input', 'documentId'], { key: 'document.originalAlreadyReceived', rule: 'CH3' });
    const status = moveTo(EXECUTIVE_DOCUMENT, doc.status, 'AWAITING_ASSIGNMENT', undefined, ['input', 'documentId']);
    const now = ctx.now();
    const updated = await tx.executiveDocument.update({ where: { id: doc.id }, data: { status, originalReceivedAt: now } });
    if (doc.applicationId) {
      const app = await tx.serviceApplication.findUniqueOrThrow({ where: { id: doc.applicationId }, select: { status: true } });
      await tx.applicationStage.create({ data: { applicationId: doc.applicationId, status: unchangedStatus(APPLICATION, app.status), stage: 'ORIGINAL_RECEIVED', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['CHAMBER_OFFICIAL']), at: now, note: 'The Chamber received the original paper decision (CH3); a bailiff will be appointed.' } });
    }
    await audit({ action: 'document.originalReceived', entityType: 'ExecutiveDocument', entityId: doc.id });
    return updated;
  });
}
