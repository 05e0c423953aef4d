// The private-bailiff licence: fee (L6), basis (L5), completeness (L3), reissue (L8).
import { almatyDate, assertIsoDate, compareDates, epochDay, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueAt, dueOn, PERIODS } from './deadlines.ts';
import { register } from './registration.ts';

// ---------------------------------------------------------------- L6: fee

/**
 * The monthly calculation index (MCI) in tenge, set each year by the budget law: dated data, to be
 * extended every year (the database's MonthlyCalculationIndex table is the editable source).
 */
export const MCI_TENGE: Readonly<Record<number, number>> = { 2024: 3692, 2025: 3932, 2026: 4325 };

export function mciForYear(year: number, table: Readonly<Record<number, number>> = MCI_TENGE): number {
  const v = table[year];
  if (v === undefined) throw new RangeError(`no monthly calculation index known for ${year}`);
  return v;
}

export const LICENCE_ISSUE_FEE_MCI = 6;
export const LICENCE_REISSUE_FEE_SHARE = 0.1;

/** L6: the issue fee, 6 MCI (Tax Code art. 554). */
export function licenceIssueFeeTenge(mciTenge: number): number {
  checkMci(mciTenge);
  return LICENCE_ISSUE_FEE_MCI * mciTenge;
}

/**
 * L6: the reissue fee, 10 % of the issue rate. Where the law is silent: rounded to whole tenge,
 * half up (payments are in whole tenge); the MCI passed is the one in force on the day of payment.
 */
export function licenceReissueFeeTenge(mciTenge: number): number {
  checkMci(mciTenge);
  return Math.round((LICENCE_ISSUE_FEE_MCI * mciTenge) / 10); // exact integer arithmetic for 10 %
}

function checkMci(mci: number): void {
  if (!Number.isInteger(mci) || mci <= 0) throw new RangeError(`the MCI must be a positive whole number of tenge, got ${mci}`);
}

export type PaymentMethod = 'EGOV_GATEWAY' | 'BANK_RECEIPT';

/** L6: is a payment enough for the fee? (paid through the e-gov gateway or with a bank receipt) */
export function isFeePaid(payments: ReadonlyArray<{ amountTenge: number; method: PaymentMethod }>, feeTenge: number): boolean {
  const total = payments
    .filter((p) => p.method === 'EGOV_GATEWAY' || p.method === 'BANK_RECEIPT')
    .reduce((s, p) => s + p.amountTenge, 0);
  return total >= feeTenge;
}

// ---------------------------------------------------------------- L5: basis, exactly one

export type LabourPosition = 'PROSECUTOR' | 'INVESTIGATOR' | 'STATE_ENFORCEMENT_BODY' | 'OTHER';

export interface LabourEntry {
  position: LabourPosition;
  organisation: string;
  startedOn: IsoDate;
  endedOn: IsoDate;
  /** dismissed for negative reasons (as pulled from state systems, L2) */
  dismissedForNegativeReasons: boolean;
}

export interface AttestationDecisionRef {
  number: string;
  date: IsoDate;
  region: string;
}

export interface LicenceBasisInput {
  labourRecord?: readonly LabourEntry[] | null;
  attestationDecision?: AttestationDecisionRef | null;
}

export type LicenceBasisError =
  | { code: 'NO_BASIS' }
  | { code: 'MORE_THAN_ONE_BASIS' }
  | { code: 'INVALID_ENTRY'; index: number; message: string }
  | { code: 'INSUFFICIENT_EXPERIENCE'; prosecutorInvestigatorDays: number; enforcementBodyDays: number }
  | { code: 'DISMISSED_FOR_NEGATIVE_REASONS'; index: number }
  | { code: 'INCOMPLETE_ATTESTATION_DECISION'; missing: Array<keyof AttestationDecisionRef> };

export type LicenceBasisResult =
  | { ok: true; basis: 'LABOUR_RECORD'; qualifiesAs: 'PROSECUTOR_OR_INVESTIGATOR' | 'STATE_ENFORCEMENT_BODY' }
  | { ok: true; basis: 'ATTESTATION' }
  | { ok: false; errors: LicenceBasisError[] };

/**
 * Length of service as a day count. Where the law is silent: a year is 365 days plus one leap day
 * every four years (5 years = 1826 days, 2 years = 730 days), counting both end days; overlapping
 * entries are counted once.
 */
export function requiredDays(years: number): number {
  return 365 * years + Math.floor(years / 4);
}

export const PROSECUTOR_OR_INVESTIGATOR_YEARS = 5;
export const STATE_ENFORCEMENT_BODY_YEARS = 2;

function serviceDays(entries: readonly LabourEntry[]): number {
  const intervals = entries
    .map((e) => [epochDay(e.startedOn), epochDay(e.endedOn)] as const)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let curStart = Number.NaN;
  let curEnd = Number.NaN;
  for (const [s, e] of intervals) {
    if (Number.isNaN(curStart) || s > curEnd + 1) {
      if (!Number.isNaN(curStart)) total += curEnd - curStart + 1;
      curStart = s;
      curEnd = e;
    } else {
      curEnd = Math.max(curEnd, e);
    }
  }
  if (!Number.isNaN(curStart)) total += curEnd - curStart + 1;
  return total;
}

/**
 * L5 (App.2 Appendix 3): exactly one basis — (a) a labour record with at least 5 years as a
 * prosecutor or investigator, or at least 2 years in state bodies enforcing executive documents,
 * without a dismissal for negative reasons; or (b) an attestation decision (number, date, region).
 *
 * Where the law is silent: prosecutor and investigator years add up; any dismissal for negative
 * reasons in a counted position disqualifies the record.
 */
export function validateLicenceBasis(input: LicenceBasisInput): LicenceBasisResult {
  const hasLabour = input.labourRecord != null && input.labourRecord.length > 0;
  const hasAttestation = input.attestationDecision != null;
  if (hasLabour && hasAttestation) return { ok: false, errors: [{ code: 'MORE_THAN_ONE_BASIS' }] };
  if (!hasLabour && !hasAttestation) return { ok: false, errors: [{ code: 'NO_BASIS' }] };

  if (input.attestationDecision) {
    const d = input.attestationDecision;
    const missing: Array<keyof AttestationDecisionRef> = [];
    if (!d.number?.trim()) missing.push('number');
    if (!d.region?.trim()) missing.push('region');
    try {
      assertIsoDate(d.date);
    } catch {
      missing.push('date');
    }
    return missing.length ? { ok: false, errors: [{ code: 'INCOMPLETE_ATTESTATION_DECISION', missing }] } : { ok: true, basis: 'ATTESTATION' };
  }

  const entries = input.labourRecord ?? [];
  const errors: LicenceBasisError[] = [];
  entries.forEach((e, index) => {
    try {
      assertIsoDate(e.startedOn, 'startedOn');
      assertIsoDate(e.endedOn, 'endedOn');
      if (compareDates(e.endedOn, e.startedOn) < 0) throw new RangeError('the entry ends before it starts');
    } catch (err) {
      errors.push({ code: 'INVALID_ENTRY', index, message: (err as Error).message });
    }
  });
  if (errors.length) return { ok: false, errors };

  const counted = (e: LabourEntry) => e.position !== 'OTHER';
  entries.forEach((e, index) => {
    if (counted(e) && e.dismissedForNegativeReasons) errors.push({ code: 'DISMISSED_FOR_NEGATIVE_REASONS', index });
  });
  const piDays = serviceDays(entries.filter((e) => e.position === 'PROSECUTOR' || e.position === 'INVESTIGATOR'));
  const ebDays = serviceDays(entries.filter((e) => e.position === 'STATE_ENFORCEMENT_BODY'));
  const piOk = piDays >= requiredDays(PROSECUTOR_OR_INVESTIGATOR_YEARS);
  const ebOk = ebDays >= requiredDays(STATE_ENFORCEMENT_BODY_YEARS);
  if (!piOk && !ebOk) {
    errors.push({ code: 'INSUFFICIENT_EXPERIENCE', prosecutorInvestigatorDays: piDays, enforcementBodyDays: ebDays });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, basis: 'LABOUR_RECORD', qualifiesAs: piOk ? 'PROSECUTOR_OR_INVESTIGATOR' : 'STATE_ENFORCEMENT_BODY' };
}

// ---------------------------------------------------------------- L3 / E3: completeness

export interface SubmittedDocument {
  kind: string;
  /** last day of validity, when the document expires */
  validUntil?: IsoDate | null;
}

export interface CompletenessResult {
  complete: boolean;
  missing: string[];
  expired: string[];
}

/**
 * L3 (App.2 p.10), E3, A4: a package is complete when every required kind is present and none of
 * them has expired on `checkedOn`. An incomplete package, or one with expired documents, ends
 * consideration (App.2 p.10; 001 art. 19).
 */
export function checkCompleteness(
  required: readonly string[],
  submitted: readonly SubmittedDocument[],
  checkedOn: IsoDate,
): CompletenessResult {
  assertIsoDate(checkedOn);
  const missing: string[] = [];
  const expired: string[] = [];
  for (const kind of required) {
    const docs = submitted.filter((d) => d.kind === kind);
    if (docs.length === 0) missing.push(kind);
    else if (docs.every((d) => d.validUntil != null && d.validUntil < checkedOn)) expired.push(kind);
  }
  return { complete: missing.length === 0 && expired.length === 0, missing, expired };
}

// ---------------------------------------------------------------- L8: reissue

export type ReissueError =
  | { code: 'APPLIED_TOO_LATE'; latestOn: IsoDate }
  | { code: 'APPLIED_BEFORE_NEW_DOCUMENT' }
  | { code: 'NAME_CHANGE_NOT_CONFIRMED' };

/** L8: the last day to apply for reissue: 30 calendar days from the new identity document. */
export function reissueApplyLatestOn(newDocumentIssuedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(newDocumentIssuedOn, PERIODS.licenceReissueApplyWithin, cal);
}

/**
 * L8 (App.2 p.13): a reissue application is acceptable when sent within 30 calendar days of the
 * new identity document, and the change of name is confirmed by the "Individuals" database —
 * without that confirmation the application cannot be completed.
 */
export function checkReissueApplication(
  input: { newDocumentIssuedOn: IsoDate; appliedAt: Date; nameChangeConfirmed: boolean },
  cal: WorkingCalendar,
): { ok: boolean; errors: ReissueError[] } {
  const errors: ReissueError[] = [];
  const appliedOn = almatyDate(input.appliedAt);
  const latestOn = reissueApplyLatestOn(input.newDocumentIssuedOn, cal);
  if (appliedOn < input.newDocumentIssuedOn) errors.push({ code: 'APPLIED_BEFORE_NEW_DOCUMENT' });
  if (appliedOn > latestOn) errors.push({ code: 'APPLIED_TOO_LATE', latestOn });
  if (!input.nameChangeConfirmed) errors.push({ code: 'NAME_CHANGE_NOT_CONFIRMED' });
  return { ok: errors.length === 0, errors };
}

/**
 * L8, T5: the automatic reissue is due 20 minutes after the application on a working day. The
 * clock starts at registration ("from the moment of application to the portal, taking into account
 * the work schedule and time of acceptance of documents", App.2 List p.3): an application sent at
 * night or on a day off is due at 09:20 on the next working day.
 */
export function reissueResultDueAt(appliedAt: Date, cal: WorkingCalendar): Date {
  return dueAt(register(appliedAt, 'PORTAL', cal).registeredAt, PERIODS.licenceReissueMinutes);
}

/** L8: was the automatic reissue finished in time? */
export function isReissueOnTime(appliedAt: Date, completedAt: Date, cal: WorkingCalendar): boolean {
  return completedAt.getTime() <= reissueResultDueAt(appliedAt, cal).getTime();
}
