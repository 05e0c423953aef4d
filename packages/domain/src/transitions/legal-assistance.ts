// The life cycles of legal assistance (issue 12; 004, LA1–LA4): incoming orders (letters rogatory), outgoing
// orders and petitions to recognise a foreign judgment. Each edge names the Instruction's paragraph in `why`.
import type { TransitionTable } from './table.ts';

export type IncomingOrderStatus = 'REGISTERED' | 'AT_COURT' | 'RESULT_AT_DEPARTMENT' | 'RESULT_SENT' | 'RETURNED';

export const INCOMING_ORDER: TransitionTable<'incoming order', IncomingOrderStatus> = {
  entity: 'incoming order',
  column: 'IncomingOrder.status',
  statuses: {
    REGISTERED: 'Received through the Judicial Administration or a Department and registered; the Department has 10 working days (LA2).',
    AT_COURT: 'With the executing court: executed within one month of its receipt (LA1), or forwarded within 5 working days.',
    RESULT_AT_DEPARTMENT: 'Executed (or found impossible or refused) and the documents sent to the Department, which checks them within 10 working days (LA2).',
    RESULT_SENT: 'The Department sent the documents of the execution to the competent authority.',
    RETURNED: 'Returned unexecuted to the competent authority (received in violation of the procedure, or refused).',
  },
  initial: [{ to: 'REGISTERED', why: 'An order arrives through the Judicial Administration or its Department (004 p.7, p.9) and is registered.', rules: ['LA1', 'LA2'] }],
  edges: {
    REGISTERED: [
      { to: 'AT_COURT', why: 'The Department sends the order to the court that executes it (004 p.9).', rules: ['LA1', 'LA2'] },
      { to: 'RETURNED', why: 'An order received in violation of the procedure is returned to the initiator (004 p.7).', rules: ['LA1'] },
    ],
    AT_COURT: [
      { to: 'AT_COURT', why: 'A court without jurisdiction forwards the order by territoriality to another court (004 p.13).', rules: ['LA1'] },
      { to: 'RESULT_AT_DEPARTMENT', why: 'The court executes the order (or records why it could not, 004 p.14–15) and sends the documents to the Department (004 p.16).', rules: ['LA1', 'LA2'] },
    ],
    RESULT_AT_DEPARTMENT: [
      { to: 'RESULT_SENT', why: 'The Department checks the documents and sends them to the competent authority (004 p.16).', rules: ['LA2'] },
      { to: 'AT_COURT', why: 'The Department returns the documents to the court to remove deficiencies (004 p.16).', rules: ['LA2'] },
      { to: 'RETURNED', why: 'A refused or impossible order goes back through the Judicial Administration (004 p.8, p.15).', rules: ['LA2'] },
    ],
    RESULT_SENT: [],
    RETURNED: [],
  },
};

export type OutgoingOrderStatus = 'PREPARED' | 'AT_DEPARTMENT' | 'RETURNED_TO_COURT' | 'SENT_ABROAD' | 'ANSWERED';

export interface OutgoingOrderContext {
  /** LA3: why the order may not be sent now (less than 6 months before the hearing), or null */
  tooLate?: string | null;
}

export const OUTGOING_ORDER: TransitionTable<'outgoing order', OutgoingOrderStatus, OutgoingOrderContext> = {
  entity: 'outgoing order',
  column: 'OutgoingOrder.status',
  statuses: {
    PREPARED: 'Drawn up by the court with every item of LA3, signed by the judge, not yet sent.',
    AT_DEPARTMENT: 'Sent to the Department no later than 6 months before the hearing (LA3); checked within 10 working days (LA2).',
    RETURNED_TO_COURT: 'Returned by the Department to the court to remove deficiencies (004 p.26).',
    SENT_ABROAD: 'Sent by the Department to the competent authority of the foreign state (004 p.26).',
    ANSWERED: 'The foreign state’s answer (the documents of the execution, or why not) came back.',
  },
  initial: [{ to: 'PREPARED', why: 'A court prepares an order naming every item of 004 p.22 (LA3).', rules: ['LA3'] }],
  edges: {
    PREPARED: [
      {
        to: 'AT_DEPARTMENT',
        why: 'The court sends the order to the Department (004 p.25–26).',
        rules: ['LA3', 'LA2'],
        unless: (c) => (c.tooLate ? { why: c.tooLate, rule: 'LA3' } : null),
      },
    ],
    AT_DEPARTMENT: [
      { to: 'SENT_ABROAD', why: 'The Department checked the order and sends it to the competent authority (004 p.26).', rules: ['LA2'] },
      { to: 'RETURNED_TO_COURT', why: 'The Department returns it to remove deficiencies (004 p.26).', rules: ['LA2'] },
    ],
    RETURNED_TO_COURT: [
      {
        to: 'AT_DEPARTMENT',
        why: 'The court sends the corrected order again, still 6 months before the hearing.',
        rules: ['LA3', 'LA2'],
        unless: (c) => (c.tooLate ? { why: c.tooLate, rule: 'LA3' } : null),
      },
    ],
    SENT_ABROAD: [{ to: 'ANSWERED', why: 'The answer of the foreign state is received.', rules: ['—'] }],
    ANSWERED: [],
  },
};

export type PetitionStatus = 'FILED' | 'RECOGNISED' | 'REFUSED' | 'RETURNED' | 'IN_ENFORCEMENT';

export interface PetitionContext {
  /** LA4: filed after the 3 years */
  late?: boolean;
  /** LA4: the court restored the missed period (good reason, CPC art. 126) */
  periodRestored?: boolean;
}

export const RECOGNITION_PETITION: TransitionTable<'recognition petition', PetitionStatus, PetitionContext> = {
  entity: 'recognition petition',
  column: 'RecognitionPetition.status',
  statuses: {
    FILED: 'Filed with the court, within 3 years of the judgment’s entry into force or with a request to restore the period (LA4).',
    RECOGNISED: 'The court recognised the foreign judgment and permitted its execution.',
    REFUSED: 'Recognition refused on a ground of the treaty or the CPC art. 504, or the missed period was not restored (LA4).',
    RETURNED: 'The petition was returned to the petitioner.',
    IN_ENFORCEMENT: 'The recognised judgment entered enforcement as an executive document (LA4, CH1).',
  },
  initial: [{ to: 'FILED', why: 'The party in whose favour the judgment was given files the petition (004 p.17).', rules: ['LA4'] }],
  edges: {
    FILED: [
      {
        to: 'RECOGNISED',
        why: 'The court finds the conditions of the law and the treaty met (004 p.18).',
        rules: ['LA4'],
        unless: (c) => (c.late && !c.periodRestored ? { why: 'The petition was filed after the 3 years and the period was not restored', rule: 'LA4' } : null),
      },
      { to: 'REFUSED', why: 'A ground of refusal (004 p.19), or a missed period not restored.', rules: ['LA4', 'G1'] },
      { to: 'RETURNED', why: 'The petition is returned (004 p.20).', rules: ['LA4', 'G1'] },
    ],
    RECOGNISED: [{ to: 'IN_ENFORCEMENT', why: 'The recognised judgment is presented for enforcement like any executive document (LA4).', rules: ['LA4', 'CH1'] }],
    REFUSED: [],
    RETURNED: [],
    IN_ENFORCEMENT: [],
  },
};

/** The tables of legal assistance, joined into TRANSITION_TABLES. */
export const LEGAL_ASSISTANCE_TABLES = {
  incomingOrder: INCOMING_ORDER,
  outgoingOrder: OUTGOING_ORDER,
  recognitionPetition: RECOGNITION_PETITION,
} as const;
