// Every status column of the platform has one transition table here, and only here. Each edge says why it
// exists and which rules of DOMAIN.md it rests on ("—": the law is silent, the choice is ours and written down).
// Every write of a status — through Prisma or in hand-written SQL — takes its value from `transition(…)` of
// one of these tables (see table.ts); `apps/api/test/status-writes.test.ts` fails on a write that does not.
import { COMPLAINT_PROPOSAL } from './complaint-proposal.ts'; // complaints (issue 10)
import type { ServiceKind } from '../refusals.ts';
import type { TransitionTable } from './table.ts';
// legal assistance (issue 12, area: legal): its tables live beside this file
import { LEGAL_ASSISTANCE_TABLES } from './legal-assistance.ts';

// ---------------------------------------------------------------- application (ServiceApplication.status)

export type ApplicationStatus = 'DRAFT' | 'REGISTERED' | 'IN_REVIEW' | 'HEARING' | 'APPROVED' | 'REFUSED' | 'REJECTED_INCOMPLETE' | 'WITHDRAWN';

export interface ApplicationContext {
  /** the service applied for: some refusals need a hearing first (A11) */
  service?: ServiceKind;
}

/** A11: services whose refusal requires the hearing first (attestation App.1 p.14, licence App.2 p.11). */
export function refusalRequiresHearing(service: ServiceKind): boolean {
  return service === 'ATTESTATION' || service === 'LICENCE' || service === 'ATTESTATION_AND_LICENCE';
}

const withdraw = { to: 'WITHDRAWN', why: 'The recipient withdraws the request before a result is issued (the law is silent; a recipient may drop a request).', rules: ['—'] } as const;

export const APPLICATION: TransitionTable<'application', ApplicationStatus, ApplicationContext> = {
  entity: 'application',
  column: 'ServiceApplication.status',
  statuses: {
    DRAFT: 'Saved by the applicant, not sent.',
    REGISTERED: 'Registered by the provider; the service period runs (T3, T6).',
    IN_REVIEW: 'Being considered: completeness checked (A4, L3), or with the enforcing bailiff (E4).',
    HEARING: 'A preliminary refusal was sent; the hearing is pending (A11).',
    APPROVED: 'A positive result was issued (for enforcement: proceedings initiated, E4).',
    REFUSED: 'A reasoned refusal was issued (G1; E5 for enforcement).',
    REJECTED_INCOMPLETE: 'An incomplete package was refused at acceptance or at the completeness check (E3, A4, L3).',
    WITHDRAWN: 'Withdrawn by the applicant.',
  },
  initial: [
    { to: 'DRAFT', why: 'The applicant saves a form on the portal before sending it.', rules: ['A2', 'E2'] },
    { to: 'REGISTERED', why: 'A complete application is registered on receipt (next working day after hours).', rules: ['T3', 'E4', 'L3'] },
    { to: 'REJECTED_INCOMPLETE', why: 'An incomplete paper package is refused at acceptance, with the receipt of Annex 4, and never registered.', rules: ['E3'] },
  ],
  edges: {
    DRAFT: [
      { to: 'REGISTERED', why: 'The applicant sends the draft; it is registered on receipt.', rules: ['T3'] },
      { to: 'REJECTED_INCOMPLETE', why: 'An incomplete package is refused at acceptance, never registered.', rules: ['E3'] },
      withdraw,
    ],
    REGISTERED: [
      {
        to: 'IN_REVIEW',
        why: 'Consideration begins: the completeness check passed, or (enforcement) the enforcing bailiff received the case — the Chamber appointed one (CH1), or the state bailiff registered the proceeding (E4).',
        rules: ['A4', 'L3', 'E4', 'CH1'],
      },
      { to: 'REJECTED_INCOMPLETE', why: 'The completeness check within 2 working days ends consideration.', rules: ['A4', 'L3'] },
      withdraw,
    ],
    IN_REVIEW: [
      { to: 'HEARING', why: 'A refusal is intended: the preliminary decision is sent and a hearing offered.', rules: ['A11'] },
      { to: 'APPROVED', why: 'A positive result (for enforcement, the decision to initiate).', rules: ['A10', 'L7', 'E4'] },
      {
        to: 'REFUSED',
        why: 'A reasoned refusal (for enforcement, the decision to refuse on a ground of E5).',
        rules: ['G1', 'E4', 'E5'],
        unless: (c) =>
          c.service && refusalRequiresHearing(c.service)
            ? { why: 'A refusal of this service needs a preliminary decision and a hearing first', rule: 'A11' }
            : null,
      },
      { to: 'REJECTED_INCOMPLETE', why: 'The completeness check, made during consideration, ends it.', rules: ['A4', 'L3'] },
      withdraw,
    ],
    HEARING: [
      { to: 'APPROVED', why: 'The hearing convinced the provider.', rules: ['A11'] },
      { to: 'REFUSED', why: 'The final refusal after the hearing.', rules: ['A11', 'G1'] },
      withdraw,
    ],
    APPROVED: [],
    REFUSED: [],
    REJECTED_INCOMPLETE: [],
    WITHDRAWN: [],
  },
};

// ---------------------------------------------------------------- executive document (ExecutiveDocument.status)

export type DocumentStatus = 'AWAITING_ORIGINAL' | 'AWAITING_ASSIGNMENT' | 'ASSIGNED' | 'WITH_STATE_BAILIFF' | 'CLOSED';

export const EXECUTIVE_DOCUMENT: TransitionTable<'executive document', DocumentStatus> = {
  entity: 'executive document',
  column: 'ExecutiveDocument.status',
  statuses: {
    AWAITING_ORIGINAL: 'Routed to the Chamber; the paper original is not yet with it (CH3).',
    AWAITING_ASSIGNMENT: 'The Chamber holds the original; a bailiff is to be appointed (CH1, CH2).',
    ASSIGNED: 'A private bailiff is appointed and enforces it.',
    WITH_STATE_BAILIFF: 'A state claim above the Chamber limit, with a state bailiff (CH1).',
    CLOSED: 'Enforcement ended (proceedings refused, completed or terminated).',
  },
  initial: [
    { to: 'AWAITING_ORIGINAL', why: "The Chamber's categories wait for the paper original before assignment.", rules: ['CH1', 'CH3'] },
    { to: 'WITH_STATE_BAILIFF', why: 'State claims above the limit go to the territorial justice body.', rules: ['CH1'] },
  ],
  edges: {
    AWAITING_ORIGINAL: [{ to: 'AWAITING_ASSIGNMENT', why: 'The original paper decision is handed to the Chamber.', rules: ['CH3'] }],
    AWAITING_ASSIGNMENT: [{ to: 'ASSIGNED', why: 'The Chamber appoints a bailiff, evenly.', rules: ['CH1', 'CH2'] }],
    ASSIGNED: [
      { to: 'AWAITING_ASSIGNMENT', why: 'Redistribution found nobody who can lawfully take it now: back to the queue.', rules: ['CH2'] },
      { to: 'CLOSED', why: 'The proceedings were refused, completed or terminated.', rules: ['E4'] },
    ],
    WITH_STATE_BAILIFF: [{ to: 'CLOSED', why: 'The proceedings were refused, completed or terminated.', rules: ['E4'] }],
    CLOSED: [],
  },
};

// ---------------------------------------------------------------- proceeding (EnforcementProceeding.status)

export type ProceedingStatus = 'AWAITING_DECISION' | 'INITIATED' | 'REFUSED' | 'COMPLETED' | 'TERMINATED';

export const PROCEEDING: TransitionTable<'proceeding', ProceedingStatus> = {
  entity: 'proceeding',
  column: 'EnforcementProceeding.status',
  statuses: {
    AWAITING_DECISION: 'Registered with the enforcing bailiff; the decision is due within 3 working days (E4, T6).',
    INITIATED: 'The bailiff decided to initiate; measures follow (E6).',
    REFUSED: 'The bailiff refused on a ground of E5.',
    COMPLETED: 'Enforcement completed.',
    TERMINATED: 'Enforcement terminated.',
  },
  initial: [{ to: 'AWAITING_DECISION', why: 'Registered on the day the enforcing bailiff receives the document.', rules: ['E4'] }],
  edges: {
    AWAITING_DECISION: [
      { to: 'INITIATED', why: 'The decision to initiate.', rules: ['E4'] },
      { to: 'REFUSED', why: 'The decision to refuse, on a ground of E5, with reasons.', rules: ['E4', 'E5', 'G1'] },
    ],
    INITIATED: [
      { to: 'COMPLETED', why: 'The executive document has been enforced.', rules: ['E6'] },
      { to: 'TERMINATED', why: 'Enforcement ends without completion (the grounds are in the Enforcement Law, not distilled here).', rules: ['E6'] },
    ],
    REFUSED: [],
    COMPLETED: [],
    TERMINATED: [],
  },
};

// ---------------------------------------------------------------- complaint (Complaint.status)

export type ComplaintStatus = 'REGISTERED' | 'EXTENDED' | 'UPHELD' | 'REJECTED' | 'WITHDRAWN' | 'PARTLY_UPHELD'; // complaints (issue 10): PARTLY_UPHELD (G1)

const complaintDecided = [
  { to: 'UPHELD', why: 'The complaint is upheld; violated rights are to be restored.', rules: ['C2', 'C4'] },
  { to: 'REJECTED', why: 'The complaint is rejected, with reasons; the complainant may go to court.', rules: ['C2', 'C4', 'G1'] },
  // complaints (issue 10): upheld in part, with reasons
  { to: 'PARTLY_UPHELD', why: 'The complaint is upheld in part, with reasons for the part rejected.', rules: ['C2', 'C4', 'G1'] },
  { to: 'WITHDRAWN', why: 'The complainant withdraws it (the law is silent; a complainant may drop a complaint).', rules: ['—'] },
] as const;

export const COMPLAINT: TransitionTable<'complaint', ComplaintStatus> = {
  entity: 'complaint',
  column: 'Complaint.status',
  statuses: {
    REGISTERED: 'Registered; considered within 5 (15 for the quality-control body) working days (C2).',
    EXTENDED: 'The term was extended once, by at most 10 working days (C3).',
    UPHELD: 'Decided in the complainant’s favour.',
    REJECTED: 'Decided against the complainant.',
    WITHDRAWN: 'Withdrawn by the complainant.',
    PARTLY_UPHELD: 'Decided partly in the complainant’s favour, with reasons (G1).', // complaints (issue 10)
  },
  initial: [{ to: 'REGISTERED', why: 'A complaint is registered on receipt and its term runs from the next day.', rules: ['C1', 'C2', 'T6'] }],
  edges: {
    REGISTERED: [{ to: 'EXTENDED', why: 'One extension for an extra study, an on-site check or more information.', rules: ['C3'] }, ...complaintDecided],
    // C3: "once" — EXTENDED has no edge to itself
    EXTENDED: [...complaintDecided],
    UPHELD: [],
    REJECTED: [],
    WITHDRAWN: [],
    PARTLY_UPHELD: [], // complaints (issue 10)
  },
};

// ---------------------------------------------------------------- inspection (Inspection.status)

export type InspectionStatus = 'PLANNED' | 'NOTIFIED' | 'IN_PROGRESS' | 'SUSPENDED' | 'DRAFT_CERTIFICATE_SENT' | 'COMPLETED' | 'INVALID';

export interface InspectionContext {
  /** a regional Chamber's inspection of one of its bailiffs (CH5), not a state quality-control inspection */
  byChamber?: boolean;
}

const invalidate = { to: 'INVALID', why: 'Held without grounds, without notice or outside the body’s competence.', rules: ['Q5'] } as const;

export const INSPECTION: TransitionTable<'inspection', InspectionStatus, InspectionContext> = {
  entity: 'inspection',
  column: 'Inspection.status',
  statuses: {
    PLANNED: 'In the semi-annual plan (Q1), or decided (unscheduled, Q2); notice not yet sent.',
    NOTIFIED: 'The notice of start was sent (Q3).',
    IN_PROGRESS: 'Running; at most 20 (scheduled) or 10 (unscheduled) working days (Q3).',
    SUSPENDED: 'Suspended awaiting information or during a state of emergency; the count stops (Q3).',
    DRAFT_CERTIFICATE_SENT: 'The draft certificate went to the subject; objections within 2 working days (Q4).',
    COMPLETED: 'Completed on the day the certificate is sent (Q4).',
    INVALID: 'Invalid: a gross violation (Q5).',
  },
  initial: [
    { to: 'PLANNED', why: 'A scheduled inspection enters the plan; an unscheduled one is decided on a ground.', rules: ['Q1', 'Q2'] },
    {
      to: 'IN_PROGRESS',
      why: "A Chamber's inspection of its bailiff opens with its notice sent at once (the texts set no more; we apply Q2–Q3 of an unscheduled inspection).",
      rules: ['CH5'],
      unless: (c) => (c.byChamber ? null : { why: 'A state inspection is planned and notified before it starts', rule: 'Q3' }),
    },
  ],
  edges: {
    PLANNED: [{ to: 'NOTIFIED', why: 'The notice of start is sent (3 working days / 1 day before).', rules: ['Q3'] }, invalidate],
    NOTIFIED: [{ to: 'IN_PROGRESS', why: 'The inspection starts on its start day.', rules: ['Q3'] }, invalidate],
    IN_PROGRESS: [
      { to: 'SUSPENDED', why: 'Suspended awaiting requested information or during a state of emergency.', rules: ['Q3'] },
      { to: 'DRAFT_CERTIFICATE_SENT', why: 'The draft certificate goes to the subject at least 3 working days before the end.', rules: ['Q4'] },
      {
        to: 'COMPLETED',
        why: "A Chamber's inspection of its bailiff ends with its findings (the texts set no draft certificate for it).",
        rules: ['CH5'],
        unless: (c) => (c.byChamber ? null : { why: 'A state inspection sends the draft certificate first', rule: 'Q4' }),
      },
      invalidate,
    ],
    SUSPENDED: [{ to: 'IN_PROGRESS', why: 'Resumed; the count continues from the day of resumption.', rules: ['Q3'] }, invalidate],
    DRAFT_CERTIFICATE_SENT: [{ to: 'COMPLETED', why: 'The certificate is sent, after the objections.', rules: ['Q4'] }, invalidate],
    COMPLETED: [{ ...invalidate, why: 'Found invalid afterwards (on an objection or in court): no grounds, no notice, or outside competence.' }],
    INVALID: [],
  },
};

// ---------------------------------------------------------------- licence (Licence.status)

export type LicenceStatus = 'ACTIVE' | 'SUSPENDED' | 'REVOKED' | 'TERMINATED' | 'REISSUED';

export interface LicenceContext {
  /** the change comes from a reissue after a change of name (L8), the only way to REISSUED */
  byReissue?: boolean;
}

export const LICENCE: TransitionTable<'licence', LicenceStatus, LicenceContext> = {
  entity: 'licence',
  column: 'Licence.status',
  statuses: {
    ACTIVE: 'Valid: the holder may act and receive cases (L9, CH2).',
    SUSPENDED: 'Suspended: the holder receives no cases; open cases move evenly (L9, CH2).',
    REVOKED: 'Revoked (L9).',
    TERMINATED: 'Terminated (L9).',
    REISSUED: 'Superseded by a licence reissued after a change of name (L8).',
  },
  initial: [{ to: 'ACTIVE', why: 'The licence is issued (or reissued) valid.', rules: ['L7', 'L8', 'L9'] }],
  edges: {
    ACTIVE: [
      { to: 'SUSPENDED', why: 'The licensor suspends the licence.', rules: ['L9', 'CH2'] },
      { to: 'REVOKED', why: 'The licensor revokes the licence.', rules: ['L9', 'CH2'] },
      { to: 'TERMINATED', why: 'The licence ends (e.g. at the holder’s request).', rules: ['L9'] },
      {
        to: 'REISSUED',
        why: 'A reissue after a change of surname, name or patronymic supersedes it.',
        rules: ['L8'],
        unless: (c) => (c.byReissue ? null : { why: 'A licence becomes REISSUED only by a reissue', rule: 'L8' }),
      },
    ],
    SUSPENDED: [
      { to: 'ACTIVE', why: 'The suspension is lifted.', rules: ['L9'] },
      { to: 'REVOKED', why: 'The licensor revokes a suspended licence.', rules: ['L9'] },
      { to: 'TERMINATED', why: 'The licence ends.', rules: ['L9'] },
    ],
    REVOKED: [],
    TERMINATED: [],
    REISSUED: [],
  },
};

// ---------------------------------------------------------------- attestation session (AttestationSession.status)

export type AttestationSessionStatus = 'ANNOUNCED' | 'HELD' | 'MINUTES_SIGNED';

export const ATTESTATION_SESSION: TransitionTable<'attestation session', AttestationSessionStatus> = {
  entity: 'attestation session',
  column: 'AttestationSession.status',
  statuses: {
    ANNOUNCED: 'Date, time and place announced; candidates apply up to 5 working days before (A1).',
    HELD: 'The test and interviews were held (A7).',
    MINUTES_SIGNED: 'The minutes are signed by the chair, members and secretary (A9).',
  },
  initial: [{ to: 'ANNOUNCED', why: 'The provider announces the attestation.', rules: ['A1'] }],
  edges: {
    ANNOUNCED: [{ to: 'HELD', why: 'The attestation is held on its day.', rules: ['A7'] }],
    HELD: [{ to: 'MINUTES_SIGNED', why: 'The Commission decides and the minutes are signed.', rules: ['A8', 'A9'] }],
    MINUTES_SIGNED: [],
  },
};

/** Every table, by the name the API and the checks use. */
export const TRANSITION_TABLES = {
  application: APPLICATION,
  executiveDocument: EXECUTIVE_DOCUMENT,
  proceeding: PROCEEDING,
  complaint: COMPLAINT,
  inspection: INSPECTION,
  licence: LICENCE,
  attestationSession: ATTESTATION_SESSION,
  // legal assistance (issue 12, area: legal)
  ...LEGAL_ASSISTANCE_TABLES,
  // complaints (issue 10): C4 proposals
  complaintProposal: COMPLAINT_PROPOSAL,
} as const;
