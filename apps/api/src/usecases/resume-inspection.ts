// Q3 (art. 27-2 p.4): the count continues from the day of resumption; the days of suspension do not count, so
// the last day of the inspection moves by the working days the suspension took. Notified within 1 working day.
import { changeNoticeDueOn, INSPECTION, inspectionLatestEndOn } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { decisionDate, loadForWrite, recordStage, suspensionsOf, today } from './quality-inspection-common.ts';

export async function resumeInspection(ctx: UseCaseContext, input: { inspectionId: string; decidedOn?: string | null }) {
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'IN_PROGRESS', {}, ['input', 'inspectionId']);
    const open = row.suspensions.find((s) => !s.toOn);
    if (!open) throw new DomainError('INVALID_STATE', 'No open suspension.', ['input', 'inspectionId']);
    const resumedOn = decisionDate(ctx, input.decidedOn, ['input', 'decidedOn']);
    if (resumedOn < isoDate(open.fromOn)) throw new DomainError('INVALID_INPUT', 'The resumption precedes the suspension.', ['input', 'decidedOn'], { key: 'inspection.resumeBeforeSuspension', rule: 'Q3' });
    const cal = await ctx.calendar.get(tx);
    const suspensions = suspensionsOf(row).map((s) => (s.resumedOn === null ? { ...s, resumedOn } : s));
    const started = row.startedOn ? isoDate(row.startedOn) : isoDate(row.startsOn);
    const endsOn = inspectionLatestEndOn(started, row.kind, cal, suspensions)!;
    const notifyDueOn = changeNoticeDueOn(resumedOn, cal);
    const late = today(ctx) > notifyDueOn;
    await tx.inspectionSuspension.update({ where: { id: open.id }, data: { toOn: dbDate(resumedOn), resumeNotifiedAt: ctx.now() } });
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { status, endsOn: dbDate(endsOn) } });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'RESUMED', dueOn: notifyDueOn, late, note: `ends ${endsOn}` });
    await audit({ action: 'inspection.resume', entityType: 'Inspection', entityId: row.id, data: { resumedOn, endsOn, previousEndsOn: isoDate(row.endsOn), notifyDueOn, late } });
    return updated;
  });
}
