// Complaints (001 art. 25; each Rules' last chapter): C1, C2, C3.
import { assertIsoDate, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueOn, PERIODS } from './deadlines.ts';

/** C1: where a complaint may be sent. */
export type ComplaintAddressee = 'PROVIDER_HEAD' | 'MINISTRY' | 'STATE_CORPORATION' | 'QUALITY_CONTROL_BODY';
export const COMPLAINT_ADDRESSEES: readonly ComplaintAddressee[] = ['PROVIDER_HEAD', 'MINISTRY', 'STATE_CORPORATION', 'QUALITY_CONTROL_BODY'];

/** C2: 5 working days for the provider, the Ministry or the State Corporation; 15 for the quality-control body. */
export function complaintPeriod(addressee: ComplaintAddressee) {
  return addressee === 'QUALITY_CONTROL_BODY' ? PERIODS.complaintQualityBody : PERIODS.complaintProvider;
}

/** C2: the last day to consider a complaint registered on `registeredOn` ("from the date of its registration"). */
export function complaintDueOn(registeredOn: IsoDate, addressee: ComplaintAddressee, cal: WorkingCalendar): IsoDate {
  return dueOn(registeredOn, complaintPeriod(addressee), cal);
}

export type ExtensionReason = 'ADDITIONAL_STUDY' | 'ON_SITE_CHECK' | 'MORE_INFORMATION';
export const EXTENSION_REASONS: readonly ExtensionReason[] = ['ADDITIONAL_STUDY', 'ON_SITE_CHECK', 'MORE_INFORMATION'];

/**
 * Art. 25 p.4 lists the bodies that may extend: the quality-control body, central state bodies (the
 * Ministry) and local executive bodies. Where the law is silent: the head of a territorial justice
 * body acts for the Ministry (it is the Ministry's territorial body) and may extend; the State
 * Corporation is not listed and may not.
 */
export function mayExtend(addressee: ComplaintAddressee): boolean {
  return addressee !== 'STATE_CORPORATION';
}

export interface ExtensionInput {
  addressee: ComplaintAddressee;
  /** the current last day (never extended before) */
  dueOn: IsoDate;
  /** the day the extension is decided */
  extendedOn: IsoDate;
  workingDays: number;
  reason: ExtensionReason;
  /** has the term been extended before? */
  alreadyExtended: boolean;
}

export type ExtensionError =
  | { code: 'ALREADY_EXTENDED' }
  | { code: 'TOO_LONG'; max: number }
  | { code: 'INVALID_LENGTH' }
  | { code: 'NOT_A_LAWFUL_REASON' }
  | { code: 'TERM_ALREADY_EXPIRED' }
  | { code: 'ADDRESSEE_MAY_NOT_EXTEND' };

/**
 * C3 (art. 25 p.4): the term can be extended once, by at most 10 working days, for an additional study
 * or on-site check or for more information; the complainant is told, with reasons, within 3 working
 * days of the extension. Where the law is silent: the extension must be decided while the term runs
 * (on or before the current last day) and counts on from the current last day.
 */
export function extendComplaint(
  input: ExtensionInput,
  cal: WorkingCalendar,
): { ok: true; newDueOn: IsoDate; notifyBy: IsoDate } | { ok: false; errors: ExtensionError[] } {
  assertIsoDate(input.dueOn);
  assertIsoDate(input.extendedOn);
  const errors: ExtensionError[] = [];
  if (!mayExtend(input.addressee)) errors.push({ code: 'ADDRESSEE_MAY_NOT_EXTEND' });
  if (input.alreadyExtended) errors.push({ code: 'ALREADY_EXTENDED' });
  if (!Number.isInteger(input.workingDays) || input.workingDays < 1) errors.push({ code: 'INVALID_LENGTH' });
  else if (input.workingDays > PERIODS.complaintExtensionMax.count) errors.push({ code: 'TOO_LONG', max: PERIODS.complaintExtensionMax.count });
  if (!EXTENSION_REASONS.includes(input.reason)) errors.push({ code: 'NOT_A_LAWFUL_REASON' });
  if (input.extendedOn > input.dueOn) errors.push({ code: 'TERM_ALREADY_EXPIRED' });
  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    newDueOn: cal.addWorkingDays(input.dueOn, input.workingDays),
    notifyBy: dueOn(input.extendedOn, PERIODS.complaintExtensionNotice, cal),
  };
}
