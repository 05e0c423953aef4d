// The attestation as a service, end to end (issue 9): what the portal and the desk show and check, on top of the
// single rules of attestation.ts and deadlines.ts. Pure: no I/O, browser-safe.
import { almatyDate, type IsoDate, type WorkingCalendar } from './calendar.ts';
import {
  attestationApplicationsCloseOn,
  attestationResultSignedBy,
  attestationServiceDueOn,
  dueOn,
  hearingSchedule,
  PERIODS,
} from './deadlines.ts';
import { reapplyAllowedFrom, TEST_QUESTIONS } from './attestation.ts';

// ---------------------------------------------------------------- A1, A6: admissible before anything is stored

export type AdmissionRefusal =
  | { code: 'TOO_LATE'; rule: 'A1'; lastDay: IsoDate; nextSession: { id: string; heldOn: IsoDate; closesOn: IsoDate } | null }
  | { code: 'SUSPENDED'; rule: 'A6'; suspendedOn: IsoDate; reapplyFrom: IsoDate }
  | { code: 'SESSION_CLOSED'; rule: 'A1' };

export interface AdmissionInput {
  now: Date;
  session: { heldOn: IsoDate; status: string };
  /** the region's other announced sessions (for the first admissible date when this one is too late) */
  otherSessions: ReadonlyArray<{ id: string; heldOn: IsoDate }>;
  /** days on which the candidate was suspended for using aids (A6), any session */
  suspensions: readonly IsoDate[];
}

/**
 * A1 (App.1 p.4): apply no later than 5 working days before the attestation (the Almaty date of sending counts:
 * the portal accepts round the clock); A6 (p.10): a candidate suspended for using aids applies again from the same
 * date three months after the decision. Returns every refusal (empty = admissible), each with the first date on
 * which applying would be admissible: the next announced session still open (A1), or the reapply date (A6).
 * Where the law is silent: the date of the Commission's decision on a suspension is the day of the suspension
 * (it is recorded in the minutes of that session's day, A6, A9).
 */
export function admissionRefusals(input: AdmissionInput, cal: WorkingCalendar): AdmissionRefusal[] {
  const today = almatyDate(input.now);
  const out: AdmissionRefusal[] = [];
  if (input.session.status !== 'ANNOUNCED') out.push({ code: 'SESSION_CLOSED', rule: 'A1' });
  const lastDay = attestationApplicationsCloseOn(input.session.heldOn, cal);
  if (today > lastDay) {
    const next = input.otherSessions
      .map((s) => ({ id: s.id, heldOn: s.heldOn, closesOn: attestationApplicationsCloseOn(s.heldOn, cal) }))
      .filter((s) => s.closesOn >= today)
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0))[0];
    out.push({ code: 'TOO_LATE', rule: 'A1', lastDay, nextSession: next ?? null });
  }
  const latest = [...input.suspensions].sort().at(-1);
  if (latest) {
    const reapplyFrom = reapplyAllowedFrom(latest);
    if (today < reapplyFrom) out.push({ code: 'SUSPENDED', rule: 'A6', suspendedOn: latest, reapplyFrom });
  }
  return out;
}

// ---------------------------------------------------------------- every deadline of an application, with its due date

export type AttestationDeadlineKind =
  | 'APPLICATIONS_CLOSE'
  | 'REGISTRATION'
  | 'COMPLETENESS_CHECK'
  | 'HEARING_NOTICE'
  | 'HEARING'
  | 'SIGNING'
  | 'SERVICE_PERIOD';

export interface AttestationDeadline {
  kind: AttestationDeadlineKind;
  rule: string;
  dueOn: IsoDate;
  /** the day it was done, when it was */
  doneOn: IsoDate | null;
}

export interface AttestationDeadlineInput {
  heldOn: IsoDate;
  receivedOn: IsoDate | null;
  registeredOn: IsoDate | null;
  completenessCheckedOn: IsoDate | null;
  noticeOn: IsoDate | null;
  hearingOn: IsoDate | null;
  decidedOn: IsoDate | null;
  signedOn: IsoDate | null;
  resultOn: IsoDate | null;
}

/**
 * The deadlines an attestation application runs on, each computed by the calendar (T5, T6):
 * A1 the closing date; T3 registration (the working day of receipt, or the next); A4 the completeness check, 2
 * working days from registration; A11 the latest day for the hearing notice (3 working days before the service
 * period ends) and the hearing (2 working days after the notice, once sent); A10 the signing, 1 working day from
 * the Commission's decision (once taken); A12 the service period, 10 working days from the closing date.
 */
export function attestationDeadlines(i: AttestationDeadlineInput, cal: WorkingCalendar): AttestationDeadline[] {
  const serviceDue = attestationServiceDueOn(i.heldOn, cal);
  const hearing = hearingSchedule(serviceDue, cal);
  const out: AttestationDeadline[] = [{ kind: 'APPLICATIONS_CLOSE', rule: 'A1', dueOn: attestationApplicationsCloseOn(i.heldOn, cal), doneOn: i.receivedOn }];
  if (i.receivedOn) {
    out.push({ kind: 'REGISTRATION', rule: 'T3', dueOn: cal.isWorkingDay(i.receivedOn) ? i.receivedOn : cal.nextWorkingDay(i.receivedOn), doneOn: i.registeredOn });
  }
  if (i.registeredOn) out.push({ kind: 'COMPLETENESS_CHECK', rule: 'A4', dueOn: dueOn(i.registeredOn, PERIODS.completenessCheck, cal), doneOn: i.completenessCheckedOn });
  out.push({ kind: 'HEARING_NOTICE', rule: 'A11', dueOn: hearing.noticeLatestOn, doneOn: i.noticeOn });
  if (i.noticeOn) out.push({ kind: 'HEARING', rule: 'A11', dueOn: hearing.hearingLatestAfterNotice(i.noticeOn), doneOn: i.hearingOn });
  if (i.decidedOn) out.push({ kind: 'SIGNING', rule: 'A10', dueOn: attestationResultSignedBy(i.decidedOn, cal), doneOn: i.signedOn });
  out.push({ kind: 'SERVICE_PERIOD', rule: 'A12', dueOn: serviceDue, doneOn: i.resultOn });
  return out;
}

// ---------------------------------------------------------------- A7: the test taken in the app

/**
 * A7: draws `count` distinct questions from the bank (a partial Fisher–Yates shuffle). `random` returns a
 * uniform number in [0, 1); the API passes a cryptographic one, tests a seeded one.
 */
export function drawQuestions<T>(bank: readonly T[], random: () => number, count = TEST_QUESTIONS): T[] {
  if (bank.length < count) throw new RangeError(`The bank holds ${bank.length} questions; ${count} distinct are needed (A7).`);
  const a = [...bank];
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (a.length - i));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a.slice(0, count);
}

/** A7: the number of correct answers; `answers[i]` is the option chosen for question i (-1 unanswered). */
export function scoreAnswers(correctOptions: readonly number[], answers: readonly number[]): number {
  return correctOptions.reduce((n, c, i) => n + (answers[i] === c ? 1 : 0), 0);
}

/**
 * A7: the server closes the test 90 minutes after it starts. Where the law is silent: answers sent after that are
 * not counted (the test is scored on those saved in time), rather than invalidating the whole sheet.
 */
export function acceptsAnswers(endsAt: Date, now: Date): boolean {
  return now.getTime() < endsAt.getTime();
}

/** A7: the test is taken on the day of the attestation, from its announced time. */
export function testMayStart(heldAt: Date, now: Date): boolean {
  return almatyDate(now) === almatyDate(heldAt) && now.getTime() >= heldAt.getTime();
}
