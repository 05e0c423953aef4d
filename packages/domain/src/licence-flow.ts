// Licence area (issue 9): the deadlines of a licence application (L3, L7, A11, L8) computed by the calendar, the
// completeness items of App.2 p.8 (L3), and the grounds a licence application supports (L4, L5, L6), so that the
// portal, the desk and the API show one set of due dates and one set of suggested grounds.
import { almatyDate, type IsoDate, type WorkingCalendar } from './calendar.ts';
import { completenessCheckDueOn, hearingSchedule, PERIODS, serviceDueOn } from './deadlines.ts';
import { register } from './registration.ts';
import { isFeePaid, licenceIssueFeeTenge, licenceReissueFeeTenge, reissueResultDueAt, validateLicenceBasis, type LicenceBasisInput, type PaymentMethod } from './licence.ts';
import { licenceGroundsFromAnswers, type StateAnswerSummary } from './state-systems.ts';
import type { LicenceRefusalGround } from './refusals.ts';

export type DeadlineKind = 'REGISTRATION' | 'COMPLETENESS_CHECK' | 'SERVICE_PERIOD' | 'HEARING_NOTICE' | 'HEARING' | 'REISSUE_RESULT';

export interface ServiceDeadline {
  kind: DeadlineKind;
  /** the last day (Asia/Almaty) */
  dueOn: IsoDate;
  /** for a real-time limit (L8: 20 minutes), the instant */
  dueAt: Date | null;
  /** the rule ids behind it */
  rules: string[];
}

/**
 * L3, L7, A11, L8 (T3, T5, T6): the deadlines of a licence application received at `receivedAt` on the portal:
 * registration (the day of receipt, the next working day after hours), the completeness check (2 working days),
 * the term (10 working days to issue; for a reissue, 20 minutes of a working day), the hearing notice (3 working
 * days before the term ends) and, for each hearing sent, the hearing itself (2 working days after its notice).
 */
export function licenceDeadlines(
  input: { kind: 'LICENCE' | 'LICENCE_REISSUE' | 'ATTESTATION_AND_LICENCE'; receivedAt: Date; hearingNoticesOn?: readonly IsoDate[] },
  cal: WorkingCalendar,
): ServiceDeadline[] {
  const registration = register(input.receivedAt, 'PORTAL', cal);
  const out: ServiceDeadline[] = [{ kind: 'REGISTRATION', dueOn: registration.registeredOn, dueAt: null, rules: ['L3', 'T3'] }];
  if (input.kind === 'LICENCE_REISSUE') {
    const at = reissueResultDueAt(input.receivedAt, cal);
    out.push({ kind: 'REISSUE_RESULT', dueOn: almatyDate(at), dueAt: at, rules: ['L8', 'T5'] });
    return out;
  }
  out.push({ kind: 'COMPLETENESS_CHECK', dueOn: completenessCheckDueOn(registration, cal), dueAt: null, rules: ['L3', 'T6'] });
  const term = serviceDueOn(registration, PERIODS.licenceIssue, cal);
  out.push({ kind: 'SERVICE_PERIOD', dueOn: term, dueAt: null, rules: ['L7', 'T6'] });
  const schedule = hearingSchedule(term, cal);
  out.push({ kind: 'HEARING_NOTICE', dueOn: schedule.noticeLatestOn, dueAt: null, rules: ['A11'] });
  for (const noticeOn of input.hearingNoticesOn ?? []) out.push({ kind: 'HEARING', dueOn: schedule.hearingLatestAfterNotice(noticeOn), dueAt: null, rules: ['A11'] });
  return out;
}

/**
 * L3 (App.2 p.8): what a licence application consists of. The identity, the registers and the fee paid through
 * the gateway are pulled (L2, L6), never asked; the applicant gives the application itself, the copy of the
 * basis document (the labour record, or the attestation decision, L5) and, when paid at a bank, the receipt.
 */
export const LICENCE_PACKAGE_ITEMS = ['APPLICATION_FORM', 'BASIS_DOCUMENT', 'FEE_RECEIPT'] as const;
export type LicencePackageItem = (typeof LICENCE_PACKAGE_ITEMS)[number];

export function requiredLicenceItems(paidBy: PaymentMethod | null): LicencePackageItem[] {
  return paidBy === 'EGOV_GATEWAY' ? ['APPLICATION_FORM', 'BASIS_DOCUMENT'] : ['APPLICATION_FORM', 'BASIS_DOCUMENT', 'FEE_RECEIPT'];
}

/** L6: the fee of a licence service for a payment on `paidOn`, from the dated MCI. */
export function licenceFeeTenge(kind: 'LICENCE' | 'LICENCE_REISSUE' | 'ATTESTATION_AND_LICENCE', mciTenge: number): number {
  return kind === 'LICENCE_REISSUE' ? licenceReissueFeeTenge(mciTenge) : licenceIssueFeeTenge(mciTenge);
}

/**
 * L4 with L2, L5, L6: the refusal grounds a licence application supports, in the order of L4 — from the state
 * systems' answers (state-systems.ts), the basis (QUALIFICATION_NOT_MET when the labour record falls short of L5)
 * and the fee (FEE_NOT_PAID). The officer may add grounds the registers do not hold (a court's temporary
 * prohibition, from the court's act), each with reasons; these are suggestions, never an automatic refusal.
 */
export function suggestedLicenceGrounds(input: {
  answers: readonly StateAnswerSummary[];
  basis: LicenceBasisInput;
  payments: ReadonlyArray<{ amountTenge: number; method: PaymentMethod }>;
  feeTenge: number;
}): LicenceRefusalGround[] {
  const grounds = new Set<LicenceRefusalGround>(licenceGroundsFromAnswers(input.answers));
  const basis = validateLicenceBasis(input.basis);
  if (!basis.ok) grounds.add('QUALIFICATION_NOT_MET');
  if (!isFeePaid(input.payments, input.feeTenge)) grounds.add('FEE_NOT_PAID');
  const order: LicenceRefusalGround[] = ['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID', 'QUALIFICATION_NOT_MET', 'NEGATIVE_APPROVAL', 'COURT_BAN', 'COURT_TEMPORARY_PROHIBITION', 'UNRELIABLE_DATA'];
  return order.filter((g) => grounds.has(g));
}
