// CH2: a chamber official records a bailiff's leave, sickness, suspension or pause (a chamber head may pause the
// distribution to themself). One that has begun and moves the open cases moves them in the same transaction;
// one recorded in advance, on the day it begins (redistribute-begun-absences.ts).
import { almatyDate } from '@oryndau/domain';
import type { AvailabilityKind } from '@oryndau/db';
import { requireMayRecordAvailability } from '../access.ts';
import { DomainError, invalid, type UserErrorShape } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import type { AssignerContext } from './chamber-assigner.ts';
import { isLongAbsence, redistributeOpenCases } from './redistribute-open-cases.ts';
import { inTransaction } from './transaction.ts';

export interface SetAvailabilityInput {
  bailiffId: string;
  kind: AvailabilityKind;
  startsOn: string;
  endsOn?: string | null;
  reason?: string | null;
  idempotencyKey?: string | null;
}

export async function setBailiffAvailability(ctx: AssignerContext, input: SetAvailabilityInput) {
  const errors: UserErrorShape[] = [];
  if (!isValidIsoDate(input.startsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'startsOn'], message: 'Start must be YYYY-MM-DD.', key: 'input.dateFormat' });
  if (input.endsOn != null && !isValidIsoDate(input.endsOn)) errors.push({ code: 'INVALID_INPUT', field: ['input', 'endsOn'], message: 'End must be YYYY-MM-DD.', key: 'input.dateFormat' });
  else if (input.endsOn && input.endsOn < input.startsOn) errors.push({ code: 'INVALID_INPUT', field: ['input', 'endsOn'], message: 'The end cannot be before the start.', key: 'input.endBeforeStart' });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const bailiff = await tx.privateBailiff.findUnique({ where: { id: input.bailiffId }, select: { id: true, chamberId: true, userId: true, isChamberHead: true } });
    if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.', ['input', 'bailiffId']);
    requireMayRecordAvailability(ctx.viewer, bailiff, input.kind);
    const overlapping = await tx.bailiffAvailability.findFirst({
      where: {
        bailiffId: bailiff.id,
        kind: input.kind,
        startsOn: { lte: input.endsOn ? dbDate(input.endsOn) : dbDate('9999-12-31') },
        OR: [{ endsOn: null }, { endsOn: { gte: dbDate(input.startsOn) } }],
      },
    });
    if (overlapping) throw invalid(['input', 'startsOn'], 'An overlapping record of the same kind exists; end it first.', { key: 'availability.overlapping' });
    const row = await tx.bailiffAvailability.create({
      data: { bailiffId: bailiff.id, kind: input.kind, startsOn: dbDate(input.startsOn), endsOn: input.endsOn ? dbDate(input.endsOn) : null, reason: input.reason ?? null, recordedById: ctx.viewer!.id },
    });
    await audit({ action: 'bailiff.availability', entityType: 'PrivateBailiff', entityId: bailiff.id, data: { kind: input.kind, startsOn: input.startsOn, endsOn: input.endsOn ?? null } });
    const today = almatyDate(ctx.now());
    const redistribution = isLongAbsence(input.kind, input.startsOn, input.endsOn) && input.startsOn <= today
      ? await redistributeOpenCases(ctx, tx, audit, bailiff.id, `${input.kind.toLowerCase()} from ${input.startsOn}${input.endsOn ? ` to ${input.endsOn}` : ''}`)
      : null;
    return { availability: row, redistributed: redistribution?.moved.length ?? 0, stranded: redistribution?.stranded.length ?? 0 };
  }, {
    idempotency: {
      mutation: 'setBailiffAvailability', key: input.idempotencyKey, input,
      save: (r) => ({ id: r.availability.id, redistributed: r.redistributed, stranded: r.stranded }),
      load: async (tx, saved) => {
        const s = saved as { id: string; redistributed: number; stranded: number };
        return { availability: await tx.bailiffAvailability.findUniqueOrThrow({ where: { id: s.id } }), redistributed: s.redistributed, stranded: s.stranded };
      },
    },
  });
}
