// The life cycles of an application and of enforcement proceedings.
import type { ServiceKind } from './refusals.ts';

export type ApplicationStatus =
  | 'DRAFT'
  | 'REGISTERED'
  | 'IN_REVIEW'
  | 'HEARING'
  | 'APPROVED'
  | 'REFUSED'
  | 'REJECTED_INCOMPLETE'
  | 'WITHDRAWN';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = [
  'DRAFT',
  'REGISTERED',
  'IN_REVIEW',
  'HEARING',
  'APPROVED',
  'REFUSED',
  'REJECTED_INCOMPLETE',
  'WITHDRAWN',
];

/**
 * - DRAFT → REJECTED_INCOMPLETE: an incomplete package is refused at acceptance (E3), never registered.
 * - REGISTERED/IN_REVIEW → REJECTED_INCOMPLETE: the completeness check within 2 working days (A4, L3).
 * - IN_REVIEW → HEARING → REFUSED: a preliminary decision and a hearing come before a refusal (A11).
 * - HEARING → APPROVED: the hearing may convince the provider.
 * - Withdrawal: allowed until a result is issued (the law is silent; a recipient may drop a request).
 */
const APPLICATION_TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  DRAFT: ['REGISTERED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'],
  REGISTERED: ['IN_REVIEW', 'REJECTED_INCOMPLETE', 'WITHDRAWN'],
  IN_REVIEW: ['HEARING', 'APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'],
  HEARING: ['APPROVED', 'REFUSED', 'WITHDRAWN'],
  APPROVED: [],
  REFUSED: [],
  REJECTED_INCOMPLETE: [],
  WITHDRAWN: [],
};

/** A11: services whose refusal requires the hearing first (attestation App.1 p.14, licence App.2 p.11). */
export function refusalRequiresHearing(service: ServiceKind): boolean {
  return service === 'ATTESTATION' || service === 'LICENCE' || service === 'ATTESTATION_AND_LICENCE';
}

export function isTerminal(status: ApplicationStatus): boolean {
  return APPLICATION_TRANSITIONS[status].length === 0;
}

export function nextStatuses(from: ApplicationStatus, opts: { service?: ServiceKind } = {}): ApplicationStatus[] {
  return APPLICATION_TRANSITIONS[from].filter(
    (to) => !(from === 'IN_REVIEW' && to === 'REFUSED' && opts.service && refusalRequiresHearing(opts.service)),
  );
}

/**
 * Can an application move from `from` to `to`? With `service`, a direct IN_REVIEW → REFUSED is
 * refused for services that require a hearing first (A11).
 */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus, opts: { service?: ServiceKind } = {}): boolean {
  return nextStatuses(from, opts).includes(to);
}

export interface TransitionError<S extends string> {
  code: 'INVALID_TRANSITION';
  from: S;
  to: S;
  allowed: S[];
  message: string;
}

export type TransitionResult<S extends string> = { ok: true } | { ok: false; error: TransitionError<S> };

export function assertTransition(
  from: ApplicationStatus,
  to: ApplicationStatus,
  opts: { service?: ServiceKind } = {},
): TransitionResult<ApplicationStatus> {
  if (canTransition(from, to, opts)) return { ok: true };
  const allowed = nextStatuses(from, opts);
  const why =
    from === 'IN_REVIEW' && to === 'REFUSED'
      ? ' A refusal of this service needs a preliminary decision and a hearing first (A11).'
      : '';
  return {
    ok: false,
    error: {
      code: 'INVALID_TRANSITION',
      from,
      to,
      allowed,
      message: `An application cannot move from ${from} to ${to}.${why}`,
    },
  };
}

// ---------------------------------------------------------------- enforcement proceedings

export type ProceedingStatus = 'AWAITING_DECISION' | 'INITIATED' | 'REFUSED' | 'COMPLETED' | 'TERMINATED';

const PROCEEDING_TRANSITIONS: Readonly<Record<ProceedingStatus, readonly ProceedingStatus[]>> = {
  AWAITING_DECISION: ['INITIATED', 'REFUSED'],
  INITIATED: ['COMPLETED', 'TERMINATED'],
  REFUSED: [],
  COMPLETED: [],
  TERMINATED: [],
};

export function canTransitionProceeding(from: ProceedingStatus, to: ProceedingStatus): boolean {
  return PROCEEDING_TRANSITIONS[from].includes(to);
}

export function assertProceedingTransition(from: ProceedingStatus, to: ProceedingStatus): TransitionResult<ProceedingStatus> {
  if (canTransitionProceeding(from, to)) return { ok: true };
  return {
    ok: false,
    error: {
      code: 'INVALID_TRANSITION',
      from,
      to,
      allowed: [...PROCEEDING_TRANSITIONS[from]],
      message: `Enforcement proceedings cannot move from ${from} to ${to}.`,
    },
  };
}
