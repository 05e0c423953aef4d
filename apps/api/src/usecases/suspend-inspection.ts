// Q3 (art. 27-2 p.4): the inspection's term is suspended while information requested from another body is
// awaited, or during a state of emergency; the subject is notified within 1 working day of the decision (a
// later notice is recorded and flagged late). The day of the decision is not counted.
import { changeNoticeDueOn, INSPECTION } from '@oryndau/domain';
import type { InspectionSuspensionReason } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { decisionDate, loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export async function suspendInspection(ctx: UseCaseContext, input: { inspectionId: string; kind: InspectionSuspensionReason; reason: string; decidedOn?: string | null }) {
  if (input.reason.trim().length < 10) throw new DomainError('INVALID_INPUT', 'State what is awaited (at least 10 characters).', ['input', 'reason'], { key: 'inspection.reasonRequired', rule: 'Q3' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'SUSPENDED', {}, ['input', 'inspectionId']);
    const decidedOn = decisionDate(ctx, input.decidedOn, ['input', 'decidedOn']);
    const started = row.startedOn ? isoDate(row.startedOn) : isoDate(row.startsOn);
    if (decidedOn < started) throw new DomainError('INVALID_INPUT', 'A suspension cannot precede the start.', ['input', 'decidedOn'], { key: 'inspection.beforeStart' });
    const cal = await ctx.calendar.get(tx);
    const notifyDueOn = changeNoticeDueOn(decidedOn, cal);
    const late = today(ctx) > notifyDueOn;
    await tx.inspectionSuspension.create({ data: { inspectionId: row.id, kind: input.kind, reason: input.reason.trim(), fromOn: dbDate(decidedOn), notifiedAt: ctx.now() } });
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { status } });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'SUSPENDED', dueOn: notifyDueOn, late, note: `${input.kind}: ${input.reason.trim()}` });
    await audit({ action: 'inspection.suspend', entityType: 'Inspection', entityId: row.id, data: { kind: input.kind, decidedOn, notifyDueOn, late } });
    return updated;
  });
}
