import type { Viewer } from './viewer.ts';

/**
 * The actor of what the platform does by itself (the scheduler's jobs): its audit records carry actorId
 * "system" (and so go to the audit stream "system"). No user has this id: user ids are cuids.
 */
export const SYSTEM_ACTOR_ID = 'system';

/** The viewer of the scheduler's use cases: no grants, so it can do only what a job does on its own. */
export const SYSTEM_VIEWER: Viewer = Object.freeze({
  id: SYSTEM_ACTOR_ID,
  login: SYSTEM_ACTOR_ID,
  displayName: 'Oryndau (scheduled job)',
  personId: null,
  organisationId: null,
  grants: Object.freeze([]) as unknown as Viewer['grants'],
});
