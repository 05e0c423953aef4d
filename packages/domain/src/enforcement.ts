// Initiation of enforcement proceedings at a claimant's request (000, Appendix 3): E1–E5.
import { type IsoDate, type WorkingCalendar } from './calendar.ts';
import { dueOn, PERIODS } from './deadlines.ts';
import { SERVICE_CHANNELS, type ServiceChannel } from './hours.ts';
import type { Registration } from './registration.ts';

/** E1: the service is free and reachable through every channel. */
export const ENFORCEMENT_INITIATION_FEE_TENGE = 0;
export const ENFORCEMENT_CHANNELS: readonly ServiceChannel[] = SERVICE_CHANNELS;

// E2, E3: the package and its completeness are in intake.ts (missingDocuments, the Annex 4 receipt).

/** E4 (App.3 p.5–7): the bailiff's decision to initiate or refuse is due within 3 working days. */
export function enforcementDecisionDueOn(registration: Registration, cal: WorkingCalendar): IsoDate {
  return dueOn(registration.periodStartsAfter, PERIODS.enforcementDecision, cal);
}

/** E4: the decision goes to the claimant, and to the State Corporation when the application came through it. */
export function decisionRecipients(channel: ServiceChannel): Array<'CLAIMANT' | 'STATE_CORPORATION'> {
  return channel === 'STATE_CORPORATION' ? ['CLAIMANT', 'STATE_CORPORATION'] : ['CLAIMANT'];
}
