// Q3: the inspection starts on (or after) the start day its notice named; an inspection with a gross violation
// (no grounds, no notice, outside competence: Q5) cannot start — it is declared invalid instead.
import { INSPECTION } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today, validityOf } from './quality-inspection-common.ts';

export async function startInspection(ctx: UseCaseContext, input: { inspectionId: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const cal = await ctx.calendar.get(tx);
    const on = today(ctx);
    const v = validityOf(row, cal, on);
    if (!v.valid) {
      throw new DomainError('INVALID_STATE', `The inspection is invalid (${v.gross.join(', ')}) and cannot start.`, ['input', 'inspectionId'], { key: 'inspection.invalidCannotStart', rule: 'Q5', params: { violations: v.gross.join(', ') } });
    }
    const status = moveTo(INSPECTION, row.status, 'IN_PROGRESS', {}, ['input', 'inspectionId']);
    if (on < isoDate(row.startsOn)) {
      throw new DomainError('INVALID_STATE', `The inspection starts on ${isoDate(row.startsOn)}, as notified.`, ['input', 'inspectionId'], { key: 'inspection.notYetStartDay', rule: 'Q3', params: { startsOn: isoDate(row.startsOn) } });
    }
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { status, startedOn: dbDate(on) } });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'STARTED', dueOn: isoDate(row.endsOn) });
    await audit({ action: 'inspection.start', entityType: 'Inspection', entityId: row.id, data: { startedOn: on, endsOn: isoDate(row.endsOn) } });
    return updated;
  });
}
