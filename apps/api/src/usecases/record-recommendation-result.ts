// Q4 (art. 27-2 p.9–10): the follow-up of a recommendation — the subject considers it and acts within 30
// calendar days of receipt, and reports the result within 2 working days of the consideration. The inspector
// records the report as received (the subject has no account on the platform); a late consideration or a late
// report is recorded and flagged.
import { recommendationReportDueOn, INSPECTION, unchangedStatus } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { decisionDate, loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export async function recordRecommendationResult(ctx: UseCaseContext, input: { inspectionId: string; consideredOn: string; measures: string }) {
  if (input.measures.trim().length < 10) throw new DomainError('INVALID_INPUT', 'Record the measures taken (at least 10 characters).', ['input', 'measures'], { key: 'inspection.measuresRequired', rule: 'Q4' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    if (row.status !== 'COMPLETED' || !row.recommendation || !row.recommendationReceivedOn) {
      throw new DomainError('INVALID_STATE', 'Only a completed inspection’s recommendation is followed up.', ['input', 'inspectionId'], { key: 'inspection.noRecommendation', rule: 'Q4' });
    }
    if (row.recommendationReportedAt) throw new DomainError('CONFLICT', 'The result is recorded already.', ['input', 'inspectionId'], { key: 'inspection.resultRecorded', rule: 'Q4' });
    const consideredOn = decisionDate(ctx, input.consideredOn, ['input', 'consideredOn']);
    if (consideredOn < isoDate(row.recommendationReceivedOn)) throw new DomainError('INVALID_INPUT', 'Considered before it was received.', ['input', 'consideredOn'], { key: 'inspection.consideredBeforeReceipt', rule: 'Q4' });
    const cal = await ctx.calendar.get(tx);
    const reportDueOn = recommendationReportDueOn(consideredOn, cal);
    const actDue = row.recommendationDueOn ? isoDate(row.recommendationDueOn) : null;
    const consideredLate = !!actDue && consideredOn > actDue;
    const reportLate = today(ctx) > reportDueOn;
    const updated = await tx.inspection.update({
      where: { id: row.id },
      data: { recommendationConsideredOn: dbDate(consideredOn), recommendationMeasures: input.measures.trim(), recommendationReportDueOn: dbDate(reportDueOn), recommendationReportedAt: ctx.now() },
    });
    await recordStage(ctx, tx, { inspectionId: row.id, status: unchangedStatus(INSPECTION, row.status), stage: 'RECOMMENDATION_REPORTED', dueOn: reportDueOn, late: consideredLate || reportLate, note: input.measures.trim().slice(0, 300) });
    await audit({ action: 'inspection.recommendationResult', entityType: 'Inspection', entityId: row.id, data: { consideredOn, actDue, consideredLate, reportDueOn, reportLate } });
    return updated;
  });
}
