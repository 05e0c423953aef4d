// Q3 (art. 27-1 p.3): the composition of the inspectors may change by decision of the body; the subject is
// notified no later than 1 working day from the decision (a later notice is recorded and flagged late).
import { changeNoticeDueOn, INSPECTION, unchangedStatus } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { decisionDate, loadForWrite, recordStage, today } from './quality-inspection-common.ts';
import type { NoticePerson } from './send-inspection-notice.ts';

export async function changeInspectionInspectors(ctx: UseCaseContext, input: { inspectionId: string; inspectors: NoticePerson[]; decidedOn?: string | null }) {
  const inspectors = input.inspectors.map((x) => ({ name: x.name.trim(), position: x.position.trim() })).filter((x) => x.name && x.position);
  if (!inspectors.length) throw new DomainError('INVALID_INPUT', 'Name at least one inspector with their position.', ['input', 'inspectors'], { key: 'input.required', rule: 'Q3' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    if (row.status === 'COMPLETED' || row.status === 'INVALID') throw new DomainError('INVALID_STATE', 'The inspection is over.', ['input', 'inspectionId'], { key: 'inspection.over' });
    const decidedOn = decisionDate(ctx, input.decidedOn, ['input', 'decidedOn']);
    const cal = await ctx.calendar.get(tx);
    const notifyDueOn = changeNoticeDueOn(decidedOn, cal);
    const late = today(ctx) > notifyDueOn;
    await tx.inspectionInspectorChange.create({ data: { inspectionId: row.id, decidedOn: dbDate(decidedOn), notifiedAt: ctx.now(), notifyDueOn: dbDate(notifyDueOn), inspectors } });
    const notice = row.notice && typeof row.notice === 'object' ? { ...(row.notice as Record<string, unknown>), inspectors } : row.notice;
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { notice: notice ?? undefined } });
    await recordStage(ctx, tx, { inspectionId: row.id, status: unchangedStatus(INSPECTION, row.status), stage: 'INSPECTORS_CHANGED', dueOn: notifyDueOn, late, note: inspectors.map((i) => `${i.name} (${i.position})`).join('; ') });
    await audit({ action: 'inspection.inspectors', entityType: 'Inspection', entityId: row.id, data: { decidedOn, notifyDueOn, late, inspectors } });
    return updated;
  });
}
