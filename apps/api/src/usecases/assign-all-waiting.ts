// CH2: a chamber official assigns every document waiting in the queue, oldest first, in one operation.
import { requireChamberOfficial } from '../access.ts';
import { DomainError } from '../errors.ts';
import { ChamberAssigner, type AssignerContext, type AssignmentResult, type PlannedAssignment } from './chamber-assigner.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

export interface AssignAllResult {
  assigned: AssignmentResult[];
  skipped: { documentId: string; reason: string }[];
}

/** Assigns every document waiting in the chamber's queue, oldest first (at most `limit`, 1–5000), in one transaction. */
export async function assignAllWaiting(ctx: AssignerContext, input: { chamberId: string; limit?: number | null }): Promise<AssignAllResult> {
  const { chamberId } = input;
  const limit = Math.min(Math.max(input.limit ?? 500, 1), 5000);
  requireChamberOfficial(ctx.viewer, chamberId);
  return inTransaction(ctx, (tx, audit) => assignWaiting(ctx, tx, audit, chamberId, limit), { timeoutMs: 120_000 });
}

async function assignWaiting(ctx: AssignerContext, tx: Tx, audit: Audit, chamberId: string, limit: number): Promise<AssignAllResult> {
  const assigner = await ChamberAssigner.open(tx, ctx, audit, chamberId);
  const terms = assigner.proceedingTerms();
  const waiting = await tx.executiveDocument.findMany({
    where: { status: 'AWAITING_ASSIGNMENT', routing: 'CHAMBER', originalReceivedAt: { not: null }, district: { region: { chamber: { id: chamberId } } } },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  const docs = await assigner.readDocuments(waiting.map((d) => d.id), { lock: true });
  const result: AssignAllResult = { assigned: [], skipped: [] };
  const plans: PlannedAssignment[] = [];
  for (const doc of docs) {
    if (doc.status !== 'AWAITING_ASSIGNMENT') continue; // taken by someone else meanwhile
    try {
      plans.push(await assigner.plan({ ...doc, ...terms }, { kind: 'INITIAL', reason: '' }));
    } catch (e) {
      if (e instanceof DomainError && e.errors[0]?.code === 'NO_ELIGIBLE_BAILIFF') {
        result.skipped.push({ documentId: doc.id, reason: e.message });
        continue;
      }
      throw e;
    }
  }
  for (let i = 0; i < plans.length; i += 500) result.assigned.push(...(await assigner.write(plans.slice(i, i + 500))));
  if (!result.assigned.length && !result.skipped.length) throw new DomainError('INVALID_STATE', 'No document is waiting for assignment.');
  if (!result.assigned.length) await audit({ action: 'assignment.assignAll.none', entityType: 'Chamber', entityId: chamberId, data: { skipped: result.skipped.length } });
  return result;
}
