// CH4: a chamber official records a final decision (disciplinary commission or court) confirming a breach of duty.
import type { BreachAuthority } from '@oryndau/db';
import { requireChamberOfficial } from '../access.ts';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';

export interface BreachDecisionInput {
  bailiffId: string;
  authority: BreachAuthority;
  number: string;
  decidedOn: string;
  effectiveOn: string;
  summary: string;
  idempotencyKey?: string | null;
}

/** CH4: records a decision (of the Chamber's disciplinary commission or a court) confirming a breach of duty. */
export async function recordBreachDecision(ctx: UseCaseContext, input: BreachDecisionInput) {
  const errors: UserErrorShape[] = [];
  if (!isValidIsoDate(input.decidedOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'decidedOn'], message: 'Decision date must be YYYY-MM-DD.', key: 'input.dateFormat' });
  if (!isValidIsoDate(input.effectiveOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'effectiveOn'], message: 'Date of legal effect must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.effectiveOn < input.decidedOn) errors.push({ code: 'INVALID_INPUT', field: ['input', 'effectiveOn'], message: 'A decision takes effect on or after the day it is made.', key: 'breach.effectiveBeforeDecided', rule: 'CH4' });
  if (input.number.trim().length < 1) errors.push({ code: 'INVALID_INPUT', field: ['input', 'number'], message: 'The decision number is required.', key: 'input.required' });
  if (input.summary.trim().length < 10) errors.push({ code: 'INVALID_INPUT', field: ['input', 'summary'], message: 'Summarise the breach confirmed (at least 10 characters).', key: 'input.tooShort', params: { min: 10 } });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const bailiff = await tx.privateBailiff.findUnique({ where: { id: input.bailiffId } });
    if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.', ['input', 'bailiffId']);
    requireChamberOfficial(ctx.viewer, bailiff.chamberId);
    const row = await tx.breachDecision.create({
      data: { bailiffId: bailiff.id, authority: input.authority, number: input.number.trim(), decidedOn: dbDate(input.decidedOn), effectiveOn: dbDate(input.effectiveOn), summary: input.summary.trim(), recordedById: ctx.viewer!.id },
    });
    await audit({ action: 'bailiff.breachDecision', entityType: 'BreachDecision', entityId: row.id, data: { bailiffId: bailiff.id, number: row.number } });
    return row;
  }, { idempotency: rowById('recordBreachDecision', input, (tx, id) => tx.breachDecision.findUniqueOrThrow({ where: { id } })) });
}
