// Q5 (art. 27-4): an inspection conducted without grounds, without notice or outside the body's competence is
// invalid. The violations are those the record shows (validityOf), or one found elsewhere (on the subject's
// objection, by a court) that the inspector names; without any the declaration is refused.
import { INSPECTION, type GrossViolation } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today, validityOf } from './quality-inspection-common.ts';

export async function declareInspectionInvalid(ctx: UseCaseContext, input: { inspectionId: string; violations: GrossViolation[]; note?: string | null }) {
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'INVALID', {}, ['input', 'inspectionId']);
    const cal = await ctx.calendar.get(tx);
    const found = validityOf(row, cal, today(ctx)).gross;
    const reasons = [...new Set([...found, ...input.violations])];
    if (!reasons.length) {
      throw new DomainError('INVALID_INPUT', 'Name the gross violation (no grounds, no notice, outside competence).', ['input', 'violations'], { key: 'inspection.noGrossViolation', rule: 'Q5' });
    }
    if (input.violations.length && !found.length && !(input.note && input.note.trim().length >= 10)) {
      throw new DomainError('INVALID_INPUT', 'Say where the violation was found (at least 10 characters).', ['input', 'note'], { key: 'inspection.reasonRequired', rule: 'Q5' });
    }
    const updated = await tx.inspection.update({ where: { id: row.id }, data: { status, invalidReasons: reasons } });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'DECLARED_INVALID', note: [reasons.join(', '), input.note?.trim()].filter(Boolean).join(' — ') });
    await audit({ action: 'inspection.invalid', entityType: 'Inspection', entityId: row.id, data: { reasons, found } });
    return updated;
  });
}
