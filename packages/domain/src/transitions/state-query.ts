// Licence area (issue 9): the life cycle of a request to a state information system (StateSystemQuery.status).
// A request that the system did not answer (down, or too slow) WAITS and is retried by the API's scheduler; it
// never loses the application (L2, A3). An answer, positive or negative, is final for that application.
import type { TransitionTable } from './table.ts';

export type StateQueryStatus = 'ANSWERED' | 'WAITING';

export const STATE_QUERY: TransitionTable<'state system query', StateQueryStatus> = {
  entity: 'state system query',
  column: 'StateSystemQuery.status',
  statuses: {
    ANSWERED: 'The state system answered (found or not, negative or not); the answer is kept with the application (L2, A3).',
    WAITING: 'The state system was unavailable or did not answer in time; the request is retried by the scheduler (L2).',
  },
  initial: [
    { to: 'ANSWERED', why: 'The state system answered the first request.', rules: ['L2', 'A3'] },
    { to: 'WAITING', why: 'The state system did not answer: the application waits for it rather than being lost or refused.', rules: ['L2', 'A3'] },
  ],
  edges: {
    WAITING: [{ to: 'ANSWERED', why: 'A retry reached the state system and it answered.', rules: ['L2', 'A3'] }],
    ANSWERED: [],
  },
};

/** The tables of the licence area, by name (walked by packages/domain/test/licence-area.test.ts). */
export const LICENCE_AREA_TABLES = { stateQuery: STATE_QUERY } as const;
