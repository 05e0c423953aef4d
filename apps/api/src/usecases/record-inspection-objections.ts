// Q4 (art. 27-2 p.6): the subject's objections to the draft certificate, within 2 working days of its receipt;
// later ones are refused. The subject may also answer that it has none, which ends the period early.
import { INSPECTION, unchangedStatus } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export async function recordInspectionObjections(ctx: UseCaseContext, input: { inspectionId: string; text?: string | null; none: boolean }) {
  const text = input.text?.trim() ?? '';
  if (!input.none && text.length < 10) throw new DomainError('INVALID_INPUT', 'Record the objections (at least 10 characters), or that there are none.', ['input', 'text'], { key: 'inspection.objectionsRequired', rule: 'Q4' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    if (row.status !== 'DRAFT_CERTIFICATE_SENT' || !row.objectionsDueOn) {
      throw new DomainError('INVALID_STATE', 'Objections answer a draft certificate that was sent.', ['input', 'inspectionId'], { key: 'inspection.noDraft', rule: 'Q4' });
    }
    if (row.objectionsReceivedAt) throw new DomainError('CONFLICT', 'The subject has answered already.', ['input', 'inspectionId'], { key: 'inspection.objectionsRecorded', rule: 'Q4' });
    const due = isoDate(row.objectionsDueOn);
    if (today(ctx) > due) {
      throw new DomainError('DEADLINE_PASSED', `Objections were due by ${due} (2 working days from the draft's receipt).`, ['input', 'inspectionId'], { key: 'inspection.objectionsLate', rule: 'Q4', params: { dueOn: due } });
    }
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { objections: input.none ? null : text, objectionsReceivedAt: ctx.now() } });
    await recordStage(ctx, tx, { inspectionId: row.id, status: unchangedStatus(INSPECTION, row.status), stage: input.none ? 'NO_OBJECTIONS' : 'OBJECTIONS_RECEIVED', dueOn: due, note: input.none ? null : text.slice(0, 300) });
    await audit({ action: 'inspection.objections', entityType: 'Inspection', entityId: row.id, data: { none: input.none, dueOn: due } });
    return updated;
  });
}
