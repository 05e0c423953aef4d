// Q1 (5): a quality-control inspector records a recommendation the body sent to a provider on the basis of its
// analysis and monitoring, with the day it is due. Left unimplemented past that day, it makes the provider a
// subject of the next semi-annual plan.
import { recommendationDateProblems } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { requireQualityInspector } from '../access.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';
import { today } from './quality-inspection-common.ts';
import { providerForRecord, refuseProblems, requiredText } from './monitoring-common.ts';

export interface IssueMonitoringRecommendationInput {
  providerId: string;
  text: string;
  issuedOn: string;
  dueOn: string;
  idempotencyKey?: string | null;
}

export async function issueMonitoringRecommendation(ctx: UseCaseContext, input: IssueMonitoringRecommendationInput) {
  requireQualityInspector(ctx.viewer);
  const text = requiredText(input.text, 'text', 10, 4000);
  for (const field of ['issuedOn', 'dueOn'] as const) {
    if (!isValidIsoDate(input[field])) throw new DomainError('INVALID_INPUT', 'A date must be YYYY-MM-DD.', ['input', field], { key: 'input.dateFormat' });
  }
  refuseProblems(recommendationDateProblems(input.issuedOn, input.dueOn, today(ctx)));
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const provider = await providerForRecord(tx, input.providerId);
      const row = await tx.monitoringRecommendation.create({ data: { providerId: provider.id, text, issuedOn: dbDate(input.issuedOn), dueOn: dbDate(input.dueOn) } });
      await audit({ action: 'monitoringRecommendation.issue', entityType: 'MonitoringRecommendation', entityId: row.id, data: { providerId: provider.id, issuedOn: input.issuedOn, dueOn: input.dueOn } });
      return row;
    },
    { idempotency: rowById('issueMonitoringRecommendation', input, (tx, id) => tx.monitoringRecommendation.findUniqueOrThrow({ where: { id } })) },
  );
}
