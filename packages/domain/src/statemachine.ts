// The life cycles of an application and of enforcement proceedings: thin views of the transition tables in
// transitions/tables.ts, kept for the callers that ask "may it move?" without writing. Writes take their status
// from `transition(…)` (transitions/table.ts); no table is copied here.
import type { ServiceKind } from './refusals.ts';
import { allowedNext, isFinal, transition, type TransitionError } from './transitions/table.ts';
import { APPLICATION, PROCEEDING, type ApplicationStatus, type ProceedingStatus } from './transitions/tables.ts';

export const APPLICATION_STATUSES: readonly ApplicationStatus[] = Object.keys(APPLICATION.statuses) as ApplicationStatus[];
export const PROCEEDING_STATUSES: readonly ProceedingStatus[] = Object.keys(PROCEEDING.statuses) as ProceedingStatus[];

export function isTerminal(status: ApplicationStatus): boolean {
  return isFinal(APPLICATION, status);
}

export function nextStatuses(from: ApplicationStatus, opts: { service?: ServiceKind } = {}): ApplicationStatus[] {
  return allowedNext(APPLICATION, from, opts);
}

/**
 * Can an application move from `from` to `to`? With `service`, a direct IN_REVIEW → REFUSED is
 * refused for services that require a hearing first (A11).
 */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus, opts: { service?: ServiceKind } = {}): boolean {
  return transition(APPLICATION, from, to, opts).ok;
}

export type CheckResult<S extends string> = { ok: true } | { ok: false; error: TransitionError<S> };

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus, opts: { service?: ServiceKind } = {}): CheckResult<ApplicationStatus> {
  const r = transition(APPLICATION, from, to, opts);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}

export function canTransitionProceeding(from: ProceedingStatus, to: ProceedingStatus): boolean {
  return transition(PROCEEDING, from, to).ok;
}

export function assertProceedingTransition(from: ProceedingStatus, to: ProceedingStatus): CheckResult<ProceedingStatus> {
  const r = transition(PROCEEDING, from, to);
  return r.ok ? { ok: true } : { ok: false, error: r.error };
}
