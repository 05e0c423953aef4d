// T2: opening and acceptance hours of each channel.
import { almatyDate, almatyMinutes, parseHhmm, weekday, type IsoDate, type WorkingCalendar } from './calendar.ts';

export type ServiceChannel = 'PORTAL' | 'JUSTICE_OFFICE' | 'STATE_CORPORATION';
export const SERVICE_CHANNELS: readonly ServiceChannel[] = ['PORTAL', 'JUSTICE_OFFICE', 'STATE_CORPORATION'];

/** A half-open window of local (Almaty) wall time, [from, to). */
export interface TimeWindow {
  readonly from: string;
  readonly to: string;
}

/**
 * Service providers (territorial justice bodies, the Ministry): Monday–Friday 09:00–18:30 with lunch
 * 13:00–14:30; applications are accepted 09:00–17:30 (App.1, App.2 and App.3, List p.7).
 */
export const PROVIDER_HOURS = {
  working: { from: '09:00', to: '18:30' },
  lunch: { from: '13:00', to: '14:30' },
  acceptance: { from: '09:00', to: '17:30' },
} as const satisfies Record<string, TimeWindow>;

/**
 * In person at a territorial justice body (App.3, List p.7): "acceptance of applications … from
 * 9.00 am to 5.30 pm with a lunch break from 1.00 pm to 2.30 pm".
 */
export const JUSTICE_OFFICE_ACCEPTANCE: readonly TimeWindow[] = [
  { from: PROVIDER_HOURS.acceptance.from, to: PROVIDER_HOURS.lunch.from },
  { from: PROVIDER_HOURS.lunch.to, to: PROVIDER_HOURS.acceptance.to },
];

/**
 * The State Corporation "Government for Citizens" (App.3, List p.7): Monday–Friday 09:00–18:00
 * without a break; its duty departments Monday–Friday 09:00–20:00 and Saturday 09:00–13:00, except
 * holidays.
 */
export const STATE_CORPORATION_HOURS = {
  weekday: { from: '09:00', to: '18:00' },
  dutyWeekday: { from: '09:00', to: '20:00' },
  dutySaturday: { from: '09:00', to: '13:00' },
} as const satisfies Record<string, TimeWindow>;

export interface HoursOptions {
  /** the State Corporation's duty department rather than an ordinary office */
  dutyOffice?: boolean;
}

const ROUND_THE_CLOCK: readonly TimeWindow[] = [{ from: '00:00', to: '24:00' }];

/** The windows in which `channel` accepts applications on `date` (empty when closed). */
export function acceptanceWindows(
  date: IsoDate,
  channel: ServiceChannel,
  cal: WorkingCalendar,
  opts: HoursOptions = {},
): readonly TimeWindow[] {
  if (channel === 'PORTAL') return ROUND_THE_CLOCK; // round the clock (technical breaks are not modelled)
  const info = cal.dayInfo(date);
  if (channel === 'JUSTICE_OFFICE') return info.working ? JUSTICE_OFFICE_ACCEPTANCE : [];
  if (info.working) return [opts.dutyOffice ? STATE_CORPORATION_HOURS.dutyWeekday : STATE_CORPORATION_HOURS.weekday];
  // Duty departments open on an ordinary Saturday; a Saturday that is a holiday (or a declared day
  // off) stays closed. A Saturday made a working day is covered above by the weekday hours.
  if (opts.dutyOffice && weekday(date) === 6 && info.reason === 'WEEKEND') return [STATE_CORPORATION_HOURS.dutySaturday];
  return [];
}

/** T2: can this channel accept an application at this instant? */
export function isWithinAcceptanceHours(
  instant: Date,
  channel: ServiceChannel,
  cal: WorkingCalendar,
  opts: HoursOptions = {},
): boolean {
  const minutes = almatyMinutes(instant);
  return acceptanceWindows(almatyDate(instant), channel, cal, opts).some((w) => inWindow(minutes, w));
}

/** Is a service provider at work (working day, 09:00–18:30 outside lunch)? */
export function isWithinProviderWorkingHours(instant: Date, cal: WorkingCalendar): boolean {
  if (!cal.isWorkingDay(almatyDate(instant))) return false;
  const m = almatyMinutes(instant);
  return inWindow(m, PROVIDER_HOURS.working) && !inWindow(m, PROVIDER_HOURS.lunch);
}

export function inWindow(minutes: number, w: TimeWindow): boolean {
  const to = w.to === '24:00' ? 24 * 60 : parseHhmm(w.to);
  return minutes >= parseHhmm(w.from) && minutes < to;
}
