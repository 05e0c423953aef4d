// Q1 (4): a quality-control inspector records that an official of a provider was fined under art. 465 of the
// Administrative Code (decided outside the platform). The semi-annual plan counts the fines of the year before
// its approval; the record, once written, is evidence for the plan and is not edited (a wrong record is
// answered by the audit trail, not by a silent change).
import { fineDateProblems } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { requireQualityInspector } from '../access.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';
import { today } from './quality-inspection-common.ts';
import { providerForRecord, refuseProblems, requiredText } from './monitoring-common.ts';

export interface RecordProviderFineInput {
  providerId: string;
  official: string;
  decidedOn: string;
  amountTenge: number;
  note?: string | null;
  idempotencyKey?: string | null;
}

/** A fine above this is surely a typing error (art. 465 fines are tens of monthly calculation indices). */
export const MAX_FINE_TENGE = 100_000_000;

export async function recordProviderFine(ctx: UseCaseContext, input: RecordProviderFineInput) {
  requireQualityInspector(ctx.viewer);
  const official = requiredText(input.official, 'official', 3, 300);
  if (!isValidIsoDate(input.decidedOn)) throw new DomainError('INVALID_INPUT', 'A date must be YYYY-MM-DD.', ['input', 'decidedOn'], { key: 'input.dateFormat' });
  if (!Number.isInteger(input.amountTenge) || input.amountTenge <= 0 || input.amountTenge > MAX_FINE_TENGE) {
    throw new DomainError('INVALID_INPUT', `The amount is a whole number of tenge from 1 to ${MAX_FINE_TENGE}.`, ['input', 'amountTenge'], { key: 'monitoring.fineAmount', rule: 'Q1', params: { max: MAX_FINE_TENGE } });
  }
  const note = input.note?.trim() ? requiredText(input.note, 'note', 1, 2000) : null;
  refuseProblems(fineDateProblems(input.decidedOn, today(ctx)));
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const provider = await providerForRecord(tx, input.providerId);
      const row = await tx.providerFine.create({
        data: { providerId: provider.id, article: '465', official, decidedOn: dbDate(input.decidedOn), amountTenge: input.amountTenge, note },
      });
      await audit({ action: 'providerFine.record', entityType: 'ProviderFine', entityId: row.id, data: { providerId: provider.id, article: '465', decidedOn: input.decidedOn, amountTenge: input.amountTenge } });
      return row;
    },
    { idempotency: rowById('recordProviderFine', input, (tx, id) => tx.providerFine.findUniqueOrThrow({ where: { id } })) },
  );
}
