// Q1 (5): a quality-control inspector records that the provider implemented a monitoring recommendation, on the
// day the provider reports (it has no account here). Once, and never before the recommendation; an
// implementation after the due day is recorded as late (the recommendation counted as not implemented for any
// plan approved in between).
import { implementationDateProblems } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { requireQualityInspector } from '../access.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { today } from './quality-inspection-common.ts';
import { refuseProblems } from './monitoring-common.ts';

export interface RecordMonitoringImplementationInput {
  recommendationId: string;
  implementedOn: string;
}

export async function recordMonitoringImplementation(ctx: UseCaseContext, input: RecordMonitoringImplementationInput) {
  requireQualityInspector(ctx.viewer);
  if (!isValidIsoDate(input.implementedOn)) throw new DomainError('INVALID_INPUT', 'A date must be YYYY-MM-DD.', ['input', 'implementedOn'], { key: 'input.dateFormat' });
  return inTransaction(ctx, async (tx, audit) => {
    // two inspectors recording at once: one after the other, the second refused
    await tx.$executeRaw`SELECT 1 FROM "MonitoringRecommendation" WHERE "id" = ${input.recommendationId} FOR UPDATE`;
    const row = await tx.monitoringRecommendation.findUnique({ where: { id: input.recommendationId } });
    if (!row) throw new DomainError('NOT_FOUND', 'Unknown monitoring recommendation.', ['input', 'recommendationId']);
    const dates = { issuedOn: isoDate(row.issuedOn), dueOn: isoDate(row.dueOn), implementedOn: row.implementedOn ? isoDate(row.implementedOn) : null };
    refuseProblems(implementationDateProblems(dates, input.implementedOn, today(ctx)));
    const updated = await tx.monitoringRecommendation.update({ where: { id: row.id }, data: { implementedOn: dbDate(input.implementedOn) } });
    await audit({ action: 'monitoringRecommendation.implemented', entityType: 'MonitoringRecommendation', entityId: row.id, data: { implementedOn: input.implementedOn, dueOn: dates.dueOn, late: input.implementedOn > dates.dueOn } });
    return updated;
  });
}
