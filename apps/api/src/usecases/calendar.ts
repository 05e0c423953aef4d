// T1: ministry staff correct the working calendar (an extra holiday, a transferred working day); the correction
// is stored and used at once (CalendarService re-reads corrections on every use).
import { requireMinistryAdmin } from '../access.ts';
import { DomainError, invalid } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import type { CalendarDayKind } from '@oryndau/db';

export interface SetCorrectionInput {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export async function setCalendarCorrection(ctx: UseCaseContext, input: SetCorrectionInput) {
  requireMinistryAdmin(ctx.viewer);
  const name = input.name.trim();
  const errors = [];
  if (!isValidIsoDate(input.date)) errors.push({ code: 'INVALID_INPUT' as const, field: ['input', 'date'], message: 'Date must be YYYY-MM-DD.' });
  if (name.length < 3 || name.length > 200) errors.push({ code: 'INVALID_INPUT' as const, field: ['input', 'name'], message: 'Name the correction (3–200 characters), e.g. the government decree.' });
  if (errors.length) throw new DomainError(errors);
  return inTransaction(ctx, async (tx, audit) => {
    const calendar = await ctx.calendar.get(tx);
    const before = calendar.dayInfo(input.date);
    // A correction must change something: a HOLIDAY on a day that is already off, or a WORKING_DAY on a day
    // already working, would be noise in the record.
    if (input.kind === 'HOLIDAY' && !before.working && before.reason !== 'CORRECTION_WORKING_DAY' && before.reason !== 'CORRECTION_HOLIDAY') {
      throw invalid(['input', 'kind'], `${input.date} is already a day off (${before.reason.toLowerCase().replace(/_/g, ' ')}).`);
    }
    if (input.kind === 'WORKING_DAY' && before.working && before.reason !== 'CORRECTION_HOLIDAY' && before.reason !== 'CORRECTION_WORKING_DAY') {
      throw invalid(['input', 'kind'], `${input.date} is already a working day.`);
    }
    const row = await tx.calendarCorrection.upsert({
      where: { date: dbDate(input.date) },
      create: { date: dbDate(input.date), kind: input.kind, name, createdById: ctx.viewer?.id },
      update: { kind: input.kind, name, createdById: ctx.viewer?.id },
    });
    await audit({ action: 'calendar.setCorrection', entityType: 'CalendarCorrection', entityId: input.date, data: { kind: input.kind, name, before: before.reason } });
    return row;
  });
}

export async function removeCalendarCorrection(ctx: UseCaseContext, input: { date: string }) {
  requireMinistryAdmin(ctx.viewer);
  if (!isValidIsoDate(input.date)) throw invalid(['input', 'date'], 'Date must be YYYY-MM-DD.');
  return inTransaction(ctx, async (tx, audit) => {
    const existing = await tx.calendarCorrection.findUnique({ where: { date: dbDate(input.date) } });
    if (!existing) throw new DomainError('NOT_FOUND', `There is no correction on ${input.date}.`, ['input', 'date']);
    await tx.calendarCorrection.delete({ where: { date: existing.date } });
    await audit({ action: 'calendar.removeCorrection', entityType: 'CalendarCorrection', entityId: input.date, data: { kind: existing.kind, name: existing.name } });
    return existing;
  });
}
