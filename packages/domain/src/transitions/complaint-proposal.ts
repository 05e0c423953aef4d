// complaints (issue 10) — C4: the quality-control body's proposals to restore violated rights, and the control
// of their fulfilment (ComplaintProposal.status).
import type { TransitionTable } from './table.ts';

export type ComplaintProposalStatus = 'DIRECTED' | 'FULFILLED' | 'NOT_FULFILLED';

export const COMPLAINT_PROPOSAL: TransitionTable<'complaintProposal', ComplaintProposalStatus> = {
  entity: 'complaintProposal',
  column: 'ComplaintProposal.status',
  statuses: {
    DIRECTED: 'Directed to the provider; its fulfilment is under the quality-control body’s control (C4).',
    FULFILLED: 'The control found the violated rights restored (C4).',
    NOT_FULFILLED: 'The control found the proposal not fulfilled (C4); the body may act further (an inspection, Q2).',
  },
  initial: [{ to: 'DIRECTED', why: 'The quality-control body directs proposals with an upheld complaint’s decision.', rules: ['C4'] }],
  edges: {
    DIRECTED: [
      { to: 'FULFILLED', why: 'The control of fulfilment: the rights were restored.', rules: ['C4'] },
      { to: 'NOT_FULFILLED', why: 'The control of fulfilment: the proposal was not fulfilled.', rules: ['C4'] },
    ],
    FULFILLED: [],
    NOT_FULFILLED: [],
  },
};
