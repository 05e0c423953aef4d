import { CalendarDayKind, type Channel } from '@oryndau/db';
import { dueOn, register, type DayInfo } from '@oryndau/domain';
import { z } from 'zod';
import { builder } from '../builder.ts';
import { isoDate } from '../dates.ts';
import { removeCalendarCorrection, setCalendarCorrection } from '../usecases/calendar.ts';
import { runForPayload, UserErrorRef } from './errors.ts';
import { ChannelEnum } from './channel.ts';

const MAX_RANGE_DAYS = 400;

export const CalendarDayKindEnum = builder.enumType(CalendarDayKind, {
  name: 'CalendarCorrectionKind',
  description: 'A correction ministry staff make to the holiday library (T1).',
  values: {
    HOLIDAY: { description: 'An extra day off the library does not know (e.g. a government-declared transfer).' },
    WORKING_DAY: { description: 'A day declared working (e.g. a Saturday made a working day by a transfer).' },
  } as const,
});

const DayReasonEnum = builder.enumType('DayReason', {
  description: 'Why a day is or is not a working day.',
  values: {
    WEEKDAY: { description: 'Monday to Friday, no holiday.' },
    WEEKEND: { description: 'Saturday or Sunday.' },
    PUBLIC_HOLIDAY: { description: 'A public holiday (from the holiday library).' },
    SUBSTITUTE_DAY_OFF: { description: 'The day off moved from a holiday that fell on a weekend.' },
    CORRECTION_HOLIDAY: { description: 'A day off declared by a correction.' },
    CORRECTION_WORKING_DAY: { description: 'A working day declared by a correction (transferred working day).' },
  } as const,
});

const CalendarDay = builder.objectRef<DayInfo>('CalendarDay').implement({
  description: 'One day of the working calendar in Asia/Almaty (T1).',
  fields: (t) => ({
    date: t.field({ type: 'Date', resolve: (d) => d.date }),
    working: t.exposeBoolean('working'),
    reason: t.field({ type: DayReasonEnum, resolve: (d) => d.reason }),
    name: t.exposeString('name', { nullable: true, description: 'The holiday or correction, when there is one.' }),
  }),
});

builder.prismaObject('CalendarCorrection', {
  description: 'A correction of the working calendar by ministry staff (T1).',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    kind: t.expose('kind', { type: CalendarDayKindEnum }),
    name: t.exposeString('name'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  calendar: t.field({
    type: [CalendarDay],
    description: `The working calendar between two dates, inclusive (at most ${MAX_RANGE_DAYS} days).`,
    args: { from: t.arg({ type: 'Date' }), to: t.arg({ type: 'Date' }) },
    validate: z.object({ from: z.string(), to: z.string() }).refine((a) => {
      const span = (Date.parse(a.to) - Date.parse(a.from)) / 86_400_000;
      return span >= 0 && span <= MAX_RANGE_DAYS;
    }, `"to" must be on or after "from", at most ${MAX_RANGE_DAYS} days later.`),
    resolve: async (_root, { from, to }, ctx) => (await ctx.calendar.get(ctx.db.prisma)).days(from, to),
  }),
  calendarCorrections: t.prismaField({
    type: ['CalendarCorrection'],
    description: 'Every correction ministry staff made to the holiday library, by date.',
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.calendarCorrection.findMany({ ...query, orderBy: { date: 'asc' } }),
  }),
  addWorkingDays: t.field({
    type: 'Date',
    description: 'The N-th working day after a date (T5): how every "within N working days" deadline is computed.',
    args: { date: t.arg({ type: 'Date' }), days: t.arg.int({ validate: z.number().int().min(0).max(400) }) },
    resolve: async (_root, { date, days }, ctx) =>
      dueOn(date, { unit: 'WORKING_DAYS', count: days }, await ctx.calendar.get(ctx.db.prisma)),
  }),
  registrationPreview: t.field({
    type: RegistrationPreview,
    description: 'When an application received at an instant through a channel is registered and its period starts (T3, T4).',
    args: { receivedAt: t.arg({ type: 'DateTime' }), channel: t.arg({ type: ChannelEnum }) },
    resolve: async (_root, { receivedAt, channel }, ctx) => register(receivedAt, channel as Channel, await ctx.calendar.get(ctx.db.prisma)),
  }),
}));

const RegistrationPreview = builder.simpleObject('RegistrationPreview', {
  description: 'How an application is registered (T3) and from when its service period counts (T4).',
  fields: (t) => ({
    registeredOn: t.field({ type: 'Date' }),
    registeredAt: t.field({ type: 'DateTime' }),
    periodStartsAfter: t.field({ type: 'Date', description: 'The period counts from the day after this date.' }),
    afterHours: t.boolean({ description: 'Received outside acceptance hours, on a weekend or a holiday.' }),
  }),
});

const SetCalendarCorrectionInput = builder.inputType('SetCalendarCorrectionInput', {
  fields: (t) => ({
    date: t.field({ type: 'Date' }),
    kind: t.field({ type: CalendarDayKindEnum }),
    name: t.string({ description: 'What declares it, e.g. "Government decree No. 123 of 2026-10-01: transfer of 4 January".' }),
  }),
});

const CalendarCorrectionPayload = builder.simpleObject('CalendarCorrectionPayload', {
  fields: (t) => ({
    userErrors: t.field({ type: [UserErrorRef] }),
    day: t.field({ type: CalendarDay, nullable: true, description: 'The day as the calendar now sees it.' }),
  }),
});

builder.mutationFields((t) => ({
  setCalendarCorrection: t.field({
    type: CalendarCorrectionPayload,
    description: 'Ministry administrators: declare a day off or a transferred working day (T1). Used at once.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: SetCalendarCorrectionInput }) },
    resolve: (_root, { input }, ctx) =>
      runForPayload(async () => {
        const row = await setCalendarCorrection(ctx, input);
        return { day: (await ctx.calendar.get(ctx.db.prisma)).dayInfo(isoDate(row.date)) };
      }),
  }),
  removeCalendarCorrection: t.field({
    type: CalendarCorrectionPayload,
    description: 'Ministry administrators: withdraw a correction; the holiday library applies again.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType('RemoveCalendarCorrectionInput', { fields: (f) => ({ date: f.field({ type: 'Date' }) }) }) }) },
    resolve: (_root, { input }, ctx) =>
      runForPayload(async () => {
        const row = await removeCalendarCorrection(ctx, input);
        return { day: (await ctx.calendar.get(ctx.db.prisma)).dayInfo(isoDate(row.date)) };
      }),
  }),
}));
