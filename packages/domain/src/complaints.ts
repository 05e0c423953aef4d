// Complaints (001 art. 25; each Rules' last chapter): C1, C2, C3.
import { assertIsoDate, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueOn, PERIODS } from './deadlines.ts';
import { sha256Hex } from '#sha256';

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

// ---------------------------------------------------------------- complaints (issue 10): handlers, outcome, C4, status check

/** C1: what a complaint is about. */
export type ComplaintAbout = 'DECISION' | 'ACTION' | 'INACTION' | 'BAILIFF_ACTION';

/** The staff who consider a complaint: those holding `role`, of `regionId` / `chamberId` when set. */
export interface ComplaintHandler {
  role: 'JUSTICE_OFFICER' | 'LICENSING_OFFICER' | 'CHAMBER_OFFICIAL' | 'MINISTRY_INSPECTOR' | 'QUALITY_INSPECTOR';
  regionId: string | null;
  chamberId: string | null;
}

export interface ComplaintItem {
  about: ComplaintAbout;
  /** the service of the application complained about (null for a case's bailiff) */
  serviceKind: string | null;
  /** the provider's region (the territorial justice body) */
  providerRegionId: string | null;
  /** for a private bailiff's action: the bailiff's chamber */
  chamberId: string | null;
}

const LICENCE_SERVICES = ['LICENCE', 'LICENCE_REISSUE'];

/**
 * C1 (001 art. 25; each Rules' last chapter): who considers a complaint, by addressee. Where the law is silent
 * we chose:
 * - the head of the provider: for the licence (issue, reissue) the Ministry's licensing unit (the licensor, L1);
 *   for every other service the territorial justice body of the provider's region (its officers act for its
 *   head); for a private bailiff's action the regional Chamber of Private Bailiffs (its officials: the Chamber
 *   appoints and disciplines its bailiffs, CH4) — a private bailiff has no "head" of their own;
 * - the Ministry: its inspectors (MINISTRY_INSPECTOR, the Ministry's oversight staff);
 * - the quality-control body: its inspectors (QUALITY_INSPECTOR);
 * - the State Corporation is a lawful addressee (C2) but has no staff on the platform: refused as not handled here.
 */
export function complaintHandler(addressee: ComplaintAddressee, item: ComplaintItem): { ok: true; handler: ComplaintHandler } | { ok: false; code: 'NOT_HANDLED_ON_PLATFORM' | 'NO_PROVIDER' } {
  switch (addressee) {
    case 'MINISTRY':
      return { ok: true, handler: { role: 'MINISTRY_INSPECTOR', regionId: null, chamberId: null } };
    case 'QUALITY_CONTROL_BODY':
      return { ok: true, handler: { role: 'QUALITY_INSPECTOR', regionId: null, chamberId: null } };
    case 'STATE_CORPORATION':
      return { ok: false, code: 'NOT_HANDLED_ON_PLATFORM' };
    case 'PROVIDER_HEAD':
      if (item.about === 'BAILIFF_ACTION') return item.chamberId ? { ok: true, handler: { role: 'CHAMBER_OFFICIAL', regionId: null, chamberId: item.chamberId } } : { ok: false, code: 'NO_PROVIDER' };
      if (item.serviceKind && LICENCE_SERVICES.includes(item.serviceKind)) return { ok: true, handler: { role: 'LICENSING_OFFICER', regionId: null, chamberId: null } };
      return item.providerRegionId ? { ok: true, handler: { role: 'JUSTICE_OFFICER', regionId: item.providerRegionId, chamberId: null } } : { ok: false, code: 'NO_PROVIDER' };
  }
}

/** G1: the outcomes of a complaint. */
export type ComplaintOutcome = 'UPHELD' | 'PARTLY_UPHELD' | 'REJECTED';
export const COMPLAINT_OUTCOMES: readonly ComplaintOutcome[] = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'];

/** The least length of a decision's reasons: a word or two is not a reason (G1). */
export const MIN_DECISION_REASONS = 20;

/**
 * G1, C2: a decision always states its reasons (art. 19-1 p.1, for every outcome: the complainant learns why
 * even when upheld); the decision is on time when taken on or before the current last day (extended or not).
 */
export function decideComplaint(input: { outcome: ComplaintOutcome; reasons: string; decidedOn: IsoDate; dueOn: IsoDate }): { ok: true; onTime: boolean } | { ok: false; code: 'REASONS_REQUIRED' | 'NOT_AN_OUTCOME'; min?: number } {
  if (!COMPLAINT_OUTCOMES.includes(input.outcome)) return { ok: false, code: 'NOT_AN_OUTCOME' };
  if (input.reasons.trim().length < MIN_DECISION_REASONS) return { ok: false, code: 'REASONS_REQUIRED', min: MIN_DECISION_REASONS };
  return { ok: true, onTime: input.decidedOn <= input.dueOn };
}

/**
 * C4: the quality-control body directs proposals to restore violated rights after upholding a complaint (in
 * whole or in part) and controls their fulfilment. The law gives no term: we chose 30 calendar days from the
 * day the proposal is directed (the term of a recommendation, Q4), counted by T6.
 */
export function proposalDueOn(directedOn: IsoDate, cal: WorkingCalendar): IsoDate {
  return dueOn(directedOn, PERIODS.recommendationAct, cal);
}

export function mayDirectProposals(addressee: ComplaintAddressee, status: string): boolean {
  return addressee === 'QUALITY_CONTROL_BODY' && (status === 'UPHELD' || status === 'PARTLY_UPHELD');
}

/** The complaint's last day now: the extended one when extended (C3). */
export function currentComplaintDueOn(c: { dueOn: IsoDate; extendedDueOn: IsoDate | null }): IsoDate {
  return c.extendedDueOn ?? c.dueOn;
}

/** "Complain about inaction": the facts of a missed service period, for the complaint's text (C1). */
export function inactionFacts(app: { number: string; dueOn: IsoDate }, today: IsoDate): { subject: string; text: string } | null {
  if (!(app.dueOn < today)) return null;
  return {
    subject: `Inaction: application ${app.number} not decided within its service period`,
    text: `The service period of application ${app.number} ended on ${app.dueOn}; no decision had been issued by ${today}.`,
  };
}

// ---------------------------------------------------------------- the public status check (G2, beyond peers)

/**
 * The rate limit of the public status check: fixed windows per client address and per number. Where the law is
 * silent we chose 20 checks per address and 5 per number in 15 minutes: enough for a person checking a few items,
 * too few to guess an 8-character code (31^8 ≈ 8.5·10^11) by trying.
 */
export const STATUS_CHECK_LIMITS = {
  windowSeconds: 15 * 60,
  perAddress: 20,
  perNumber: 5,
} as const;

/** The start of the fixed window that `now` falls in, and the seconds until the next one. */
export function statusCheckWindow(now: Date, windowSeconds: number = STATUS_CHECK_LIMITS.windowSeconds): { start: Date; retryAfterSeconds: number } {
  const ms = windowSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), retryAfterSeconds: Math.max(1, Math.ceil((start + ms - now.getTime()) / 1000)) };
}

/** The n-th check in a window is allowed while n ≤ limit. */
export function withinLimit(countInWindow: number, limit: number): boolean {
  return countInWindow <= limit;
}

/** Access codes: 8 characters of an alphabet without look-alikes (no 0/O, 1/I/L). */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 8;

/** A code from random bytes (the caller supplies them: the domain does no I/O). */
export function accessCodeFrom(bytes: Uint8Array): string {
  if (bytes.length < ACCESS_CODE_LENGTH) throw new RangeError('need at least 8 random bytes');
  let s = '';
  for (let i = 0; i < ACCESS_CODE_LENGTH; i++) s += ACCESS_CODE_ALPHABET[bytes[i]! % ACCESS_CODE_ALPHABET.length];
  return s;
}

/** A code as typed (spaces, dashes, lower case) in its canonical form. */
export function normaliseAccessCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** What is stored of an access code: sha256 of the number and the canonical code (the number salts it). */
export function accessCodeHash(number: string, code: string): string {
  return sha256Hex(`${number}\u0000${normaliseAccessCode(code)}`);
}
