// The badge colour of each status, decided once for every app. The text always carries the meaning; the
// colour only repeats it:
//   info     the record is on its way in the normal course (someone acts within a deadline the platform
//            watches; the deadline badge beside it turns warning on the day and danger when overdue);
//   warning  it waits on something outside the platform (the paper original, a hearing, a suspension);
//   success  the service reached its goal, or the document reached its enforcer;
//   danger   refused, revoked, invalid;
//   neutral  ended without a verdict (terminated, withdrawn, closed) or not yet submitted.
// So AWAITING_DECISION is `info` everywhere: the bailiff's 3 working days (E4) are shown by the deadline.
import type { BadgeTone } from '../badges.tsx';
import type { ApplicationStatus, DocumentStatus, InspectionStatus, LicenceStatus, MonitoringRecommendationState, ProceedingStatus, StateQueryStatus } from './enums.ts';
// legal assistance (issue 12, area: legal)
import type { IncomingOrderStatus, OutgoingOrderStatus, PetitionStatus } from './enums.ts';
import type { ComplaintProposalStatus, ComplaintStatus } from './enums.ts'; // complaints (issue 10)

export const APPLICATION_STATUS_TONE: Record<ApplicationStatus, BadgeTone> = {
  DRAFT: 'neutral',
  REGISTERED: 'info',
  IN_REVIEW: 'info',
  HEARING: 'warning',
  APPROVED: 'success',
  REFUSED: 'danger',
  REJECTED_INCOMPLETE: 'danger',
  WITHDRAWN: 'neutral',
};

export const DOCUMENT_STATUS_TONE: Record<DocumentStatus, BadgeTone> = {
  AWAITING_ORIGINAL: 'warning',
  AWAITING_ASSIGNMENT: 'info',
  ASSIGNED: 'success',
  WITH_STATE_BAILIFF: 'success',
  CLOSED: 'neutral',
};

export const PROCEEDING_STATUS_TONE: Record<ProceedingStatus, BadgeTone> = {
  AWAITING_DECISION: 'info',
  INITIATED: 'success',
  REFUSED: 'danger',
  COMPLETED: 'success',
  TERMINATED: 'neutral',
};

export const LICENCE_STATUS_TONE: Record<LicenceStatus, BadgeTone> = {
  ACTIVE: 'success',
  SUSPENDED: 'warning',
  REVOKED: 'danger',
  TERMINATED: 'neutral',
  REISSUED: 'neutral',
};

export const INSPECTION_STATUS_TONE: Record<InspectionStatus, BadgeTone> = {
  PLANNED: 'neutral',
  NOTIFIED: 'info',
  IN_PROGRESS: 'info',
  SUSPENDED: 'warning',
  DRAFT_CERTIFICATE_SENT: 'info',
  COMPLETED: 'success',
  INVALID: 'danger',
};

// Q1 (5): a recommendation overdue puts its subject into the next plan
export const MONITORING_RECOMMENDATION_STATE_TONE: Record<MonitoringRecommendationState, BadgeTone> = {
  OPEN: 'info',
  OVERDUE: 'danger',
  IMPLEMENTED: 'success',
  IMPLEMENTED_LATE: 'warning',
};

// licence area (issue 9): a state system's answer is on its way (answered) or waits on the system (warning)
export const STATE_QUERY_STATUS_TONE: Record<StateQueryStatus, BadgeTone> = {
  ANSWERED: 'success',
  WAITING: 'warning',
};
// legal assistance (issue 12, area: legal): on its way (info) while a court or Department acts within a watched
// deadline; waiting abroad (warning); done (success); refused or returned (danger / neutral)
export const INCOMING_ORDER_STATUS_TONE: Record<IncomingOrderStatus, BadgeTone> = {
  REGISTERED: 'info',
  AT_COURT: 'info',
  RESULT_AT_DEPARTMENT: 'info',
  RESULT_SENT: 'success',
  RETURNED: 'neutral',
};
export const OUTGOING_ORDER_STATUS_TONE: Record<OutgoingOrderStatus, BadgeTone> = {
  PREPARED: 'neutral',
  AT_DEPARTMENT: 'info',
  RETURNED_TO_COURT: 'warning',
  SENT_ABROAD: 'warning',
  ANSWERED: 'success',
};
export const PETITION_STATUS_TONE: Record<PetitionStatus, BadgeTone> = {
  FILED: 'info',
  RECOGNISED: 'success',
  REFUSED: 'danger',
  RETURNED: 'neutral',
  IN_ENFORCEMENT: 'success',
};

// complaints (issue 10): a complaint under consideration is on its way (info; its deadline badge warns); an
// extension waits on a study, a check or information (warning); upheld is success, rejected danger
export const COMPLAINT_STATUS_TONE: Record<ComplaintStatus, BadgeTone> = {
  REGISTERED: 'info',
  EXTENDED: 'warning',
  UPHELD: 'success',
  PARTLY_UPHELD: 'success',
  REJECTED: 'danger',
  WITHDRAWN: 'neutral',
};

export const COMPLAINT_PROPOSAL_STATUS_TONE: Record<ComplaintProposalStatus, BadgeTone> = {
  DIRECTED: 'info',
  FULFILLED: 'success',
  NOT_FULFILLED: 'danger',
};

// admit (issue 9): a bailiff's licence lets them receive cases, or not (L9, CH2)
export const LICENCE_ELIGIBILITY_TONE: Record<'eligible' | 'notEligible', BadgeTone> = {
  eligible: 'success',
  notEligible: 'danger',
};
