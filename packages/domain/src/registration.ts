// T3, T4: when an application is registered and from which day its service period runs.
import { almatyDate, almatyInstant, almatyMinutes, parseHhmm, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { PROVIDER_HOURS, type ServiceChannel } from './hours.ts';

export interface Registration {
  /** the working day the provider registers the application */
  registeredOn: IsoDate;
  /** the receipt instant when registered at once, otherwise 09:00 of `registeredOn` */
  registeredAt: Date;
  /**
   * T6: the service period's day 1 is the first working day AFTER this date, so the period's last day
   * is `dueOn(periodStartsAfter, period)`. It is the registration day for every channel: the period runs
   * from registration (T3) and, counted from a date, begins on the next day (T6, Civil Code art. 175 p.1).
   * "From the moment of application to the portal" (App.2 List p.3) says when the term starts to run,
   * not that the registration day counts. Through the State Corporation the day of receipt is not counted
   * either (T4); the provider registers on or after that day, so the same date serves both rules.
   */
  periodStartsAfter: IsoDate;
  /** received outside the provider's acceptance hours (before 09:00, after 17:30, on a day off) */
  afterHours: boolean;
}

const OPENS = parseHhmm(PROVIDER_HOURS.acceptance.from);
const CLOSES = parseHhmm(PROVIDER_HOURS.acceptance.to);

/**
 * T3: an application is registered on the day of receipt when it arrives within the provider's
 * acceptance hours (09:00–17:30 on a working day); after them, on a weekend or a holiday, on the
 * next working day at 09:00. The portal accepts round the clock but the provider registers only
 * within these hours (App.1 p.6, App.2 p.9 and p.15, App.3 p.7).
 *
 * Where the law is silent:
 * - 17:30 itself is after acceptance (the window is [09:00, 17:30)).
 * - An application arriving before 09:00 on a working day is registered that same day at 09:00:
 *   "the next working day" is read as the next working period, not as skipping a whole day.
 * - The lunch break does not end the working day: an application arriving through the portal at
 *   13:30 is registered the same day.
 * - Through the State Corporation the provider registers on the same hours (the corporation passes
 *   documents on through the monitoring information system, 001 art. 20.4).
 */
export function register(receivedAt: Date, channel: ServiceChannel, cal: WorkingCalendar): Registration {
  const receivedOn = almatyDate(receivedAt);
  const minutes = almatyMinutes(receivedAt);
  const working = cal.isWorkingDay(receivedOn);

  let registeredOn: IsoDate;
  let registeredAt: Date;
  let afterHours: boolean;
  if (working && minutes >= OPENS && minutes < CLOSES) {
    registeredOn = receivedOn;
    registeredAt = receivedAt;
    afterHours = false;
  } else {
    registeredOn = working && minutes < OPENS ? receivedOn : cal.nextWorkingDay(receivedOn);
    registeredAt = almatyInstant(registeredOn, PROVIDER_HOURS.acceptance.from);
    afterHours = true;
  }

  return { registeredOn, registeredAt, periodStartsAfter: periodStartsAfterRegistration(receivedOn, registeredOn, channel), afterHours };
}

/**
 * T6 with T3 and T4, in one place: the date after which a service period counted from registration runs.
 * - T3, T6: from registration, beginning the next day;
 * - T4: through the State Corporation the day of receipt is not counted — never later than registration,
 *   since the provider registers on or after the day of receipt; the later of the two dates is taken so
 *   that both rules hold should the two ever differ.
 */
export function periodStartsAfterRegistration(receivedOn: IsoDate, registeredOn: IsoDate, channel: ServiceChannel): IsoDate {
  return channel === 'STATE_CORPORATION' && receivedOn > registeredOn ? receivedOn : registeredOn;
}
