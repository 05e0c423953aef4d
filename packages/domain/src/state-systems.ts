// Licence area (issue 9): which state information systems each service consults (A3, L2), what a negative answer
// of each means for a licence (L4), and how an unavailable system is retried. Pure data and rules, no I/O: the
// adapters are in apps/api/src/state-systems/.
import type { LicenceRefusalGround, ServiceKind } from './refusals.ts';

export const STATE_SYSTEMS = [
  'IDENTITY',
  'INDIVIDUALS',
  'CRIMINAL_RECORD',
  'CORRUPTION_OFFENCES',
  'NEGATIVE_DISMISSALS',
  'LICENCE_DEPRIVATION',
  'MENTAL_HEALTH_REGISTER',
  'NARCOLOGY_REGISTER',
  'PAYMENT_GATEWAY',
] as const;
export type StateSystemName = (typeof STATE_SYSTEMS)[number];

/** L2 (App.2 p.8): what the licensor pulls for an issue, never asking the applicant. */
export const LICENCE_CHECKS: readonly StateSystemName[] = [
  'IDENTITY',
  'CORRUPTION_OFFENCES',
  'CRIMINAL_RECORD',
  'NEGATIVE_DISMISSALS',
  'LICENCE_DEPRIVATION',
  'MENTAL_HEALTH_REGISTER',
  'NARCOLOGY_REGISTER',
];

/** A3 (App.1 p.6): identity and the mental-health and narcology registers for an attestation. */
export const ATTESTATION_CHECKS: readonly StateSystemName[] = ['IDENTITY', 'MENTAL_HEALTH_REGISTER', 'NARCOLOGY_REGISTER'];

/** L8 (App.2 p.13): a reissue after a change of name checks identity and the "Individuals" name-change records. */
export const REISSUE_CHECKS: readonly StateSystemName[] = ['IDENTITY', 'INDIVIDUALS'];

/** The state systems a service consults on submission (the payment gateway is asked when the fee is paid, L6). */
export function stateChecksFor(service: ServiceKind): readonly StateSystemName[] {
  switch (service) {
    case 'LICENCE':
      return LICENCE_CHECKS;
    case 'ATTESTATION':
      return ATTESTATION_CHECKS;
    case 'ATTESTATION_AND_LICENCE':
      return LICENCE_CHECKS; // a superset of ATTESTATION_CHECKS
    case 'LICENCE_REISSUE':
      return REISSUE_CHECKS;
    case 'ENFORCEMENT_INITIATION':
      return [];
  }
}

/**
 * L4: the refusal ground a negative answer of each system supports. Where the law is silent we chose:
 * a criminal record, a corruption offence or a dismissal for negative reasons make the activity prohibited for
 * this person (art. 140 p.2 of the Enforcement Law, L4 ground 1); an earlier deprivation of the licence by a
 * court is a court ban on the activity (ground 5); a registration with the mental-health or narcology register is
 * the negative answer of an approving state body (ground 4); an identity that the register does not confirm
 * makes the data unreliable (ground 7); a fee the gateway does not know is not paid (ground 2). Grounds 3
 * (qualification, from the basis of L5) and 6 (a court's temporary prohibition) come from the application and
 * from court acts the licensing officer records, not from a register.
 */
export const LICENCE_GROUND_OF_NEGATIVE: Readonly<Record<StateSystemName, LicenceRefusalGround | null>> = {
  IDENTITY: 'UNRELIABLE_DATA',
  INDIVIDUALS: 'UNRELIABLE_DATA',
  CRIMINAL_RECORD: 'ACTIVITY_PROHIBITED',
  CORRUPTION_OFFENCES: 'ACTIVITY_PROHIBITED',
  NEGATIVE_DISMISSALS: 'ACTIVITY_PROHIBITED',
  LICENCE_DEPRIVATION: 'COURT_BAN',
  MENTAL_HEALTH_REGISTER: 'NEGATIVE_APPROVAL',
  NARCOLOGY_REGISTER: 'NEGATIVE_APPROVAL',
  PAYMENT_GATEWAY: 'FEE_NOT_PAID',
};

export interface StateAnswerSummary {
  system: StateSystemName;
  status: 'ANSWERED' | 'WAITING';
  negative: boolean;
  found: boolean;
}

/**
 * L2, L4: the refusal grounds the answers support, each once, in the order of L4. An identity not found is as
 * negative as a record found (the data cannot be confirmed).
 */
export function licenceGroundsFromAnswers(answers: readonly StateAnswerSummary[]): LicenceRefusalGround[] {
  const grounds = new Set<LicenceRefusalGround>();
  for (const a of answers) {
    if (a.status !== 'ANSWERED') continue;
    const bad = a.negative || (a.system === 'IDENTITY' && !a.found);
    const g = LICENCE_GROUND_OF_NEGATIVE[a.system];
    if (bad && g) grounds.add(g);
  }
  const order: LicenceRefusalGround[] = ['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID', 'QUALIFICATION_NOT_MET', 'NEGATIVE_APPROVAL', 'COURT_BAN', 'COURT_TEMPORARY_PROHIBITION', 'UNRELIABLE_DATA'];
  return order.filter((g) => grounds.has(g));
}

/** The systems still waited for. */
export function waitingFor(answers: readonly StateAnswerSummary[]): StateSystemName[] {
  return answers.filter((a) => a.status === 'WAITING').map((a) => a.system);
}

/**
 * When to ask an unavailable system again after `attempts` failed attempts: 1, 2, 4, 8 minutes, then every
 * 15 minutes (the law is silent; a reissue must finish within 20 minutes, L8, so the first retries are quick).
 */
export function nextStateQueryAttempt(failedAt: Date, attempts: number): Date {
  const minutes = Math.min(15, 2 ** Math.max(0, attempts - 1));
  return new Date(failedAt.getTime() + minutes * 60_000);
}
