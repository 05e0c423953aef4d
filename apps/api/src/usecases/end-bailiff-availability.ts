// CH2: a chamber official ends a bailiff's period of absence, suspension or pause (a pause also the bailiff it pauses).
import { requireMayEndAvailability } from '../access.ts';
import { DomainError, invalid } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function endBailiffAvailability(ctx: UseCaseContext, input: { availabilityId: string; endsOn: string }) {
  if (!isValidIsoDate(input.endsOn)) throw invalid(['input', 'endsOn'], 'End must be YYYY-MM-DD.', { key: 'input.dateFormat' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await tx.bailiffAvailability.findUnique({ where: { id: input.availabilityId }, include: { bailiff: true } });
    if (!row) throw new DomainError('NOT_FOUND', 'Unknown availability record.', ['input', 'availabilityId']);
    requireMayEndAvailability(ctx.viewer, row);
    if (dbDate(input.endsOn) < row.startsOn) throw invalid(['input', 'endsOn'], 'The end cannot be before the start.', { key: 'input.endBeforeStart' });
    const updated = await tx.bailiffAvailability.update({ where: { id: row.id }, data: { endsOn: dbDate(input.endsOn) } });
    await audit({ action: 'bailiff.availabilityEnded', entityType: 'PrivateBailiff', entityId: row.bailiffId, data: { availabilityId: row.id, endsOn: input.endsOn } });
    return updated;
  });
}
