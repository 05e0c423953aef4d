// CH2: the open cases of a bailiff who can no longer act move to the others evenly, in the transaction of the
// change that stops them (a licence suspended or revoked, a suspension, an absence of more than a month, begun).
import { addDays, EXECUTIVE_DOCUMENT } from '@oryndau/domain';
import { moveTo } from '../transitions.ts';
import type { AvailabilityKind } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { ChamberAssigner, type AssignerContext, type PlannedAssignment } from './chamber-assigner.ts';
import type { Audit, Tx } from './transaction.ts';

/** An absence longer than this moves the bailiff's open cases to others (Rules No. 652, as reported). */
export const LONG_ABSENCE_DAYS = 31;

/** A suspension, or leave or sickness of more than a month: the bailiff's open cases move (a pause only stops new cases). */
export function isLongAbsence(kind: AvailabilityKind, startsOn: string, endsOn: string | null | undefined): boolean {
  if (kind === 'SUSPENSION') return true;
  if (kind !== 'LEAVE' && kind !== 'SICKNESS') return false; // a pause only stops new cases
  return !endsOn || endsOn >= addDays(startsOn, LONG_ABSENCE_DAYS);
}

/**
 * Redistribution: the open cases of a bailiff who can no longer act (licence suspended or revoked, suspended,
 * absent more than a month, expelled) go to the others evenly, in one operation. Caller holds a transaction.
 */
export async function redistributeOpenCases(ctx: AssignerContext, tx: Tx, audit: Audit, bailiffId: string, reason: string) {
  const bailiff = await tx.privateBailiff.findUnique({ where: { id: bailiffId }, select: { chamberId: true } });
  if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.');
  const assigner = await ChamberAssigner.open(tx, ctx, audit, bailiff.chamberId);
  const open = await tx.assignment.findMany({
    where: { bailiffId, activeDocumentId: { not: null }, document: { status: 'ASSIGNED', proceeding: { status: { in: ['AWAITING_DECISION', 'INITIATED'] } } } },
    select: { id: true, documentId: true },
    orderBy: { assignedAt: 'asc' },
  });
  const docs = await assigner.readDocuments(open.map((a) => a.documentId), { lock: true });
  const stranded: string[] = [];
  await tx.assignment.updateMany({ where: { id: { in: open.map((a) => a.id) } }, data: { activeDocumentId: null, endedAt: ctx.now(), endReason: reason } });
  const plans: PlannedAssignment[] = [];
  for (const doc of docs) {
    try {
      plans.push(await assigner.plan(doc, { kind: 'REDISTRIBUTION', reason: `Redistributed: ${reason}.`, excludeBailiffId: bailiffId }));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      stranded.push(doc.id);
    }
  }
  if (stranded.length) {
    // nobody can take these now: back to the queue, to be assigned when someone can
    await tx.executiveDocument.updateMany({ where: { id: { in: stranded } }, data: { status: moveTo(EXECUTIVE_DOCUMENT, 'ASSIGNED', 'AWAITING_ASSIGNMENT') } }); // CH2: stranded, back to the queue
    await tx.enforcementProceeding.updateMany({ where: { documentId: { in: stranded } }, data: { bailiffId: null } });
  }
  const moved = await assigner.write(plans);
  await audit({ action: 'assignment.redistribute', entityType: 'PrivateBailiff', entityId: bailiffId, data: { reason, moved: moved.length, stranded } });
  return { moved, stranded };
}
