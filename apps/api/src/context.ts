import type { Database } from '@oryndau/db';
import type { Role } from '@oryndau/db';
import type { CalendarService } from './services/calendar.ts';
import type { TokenService } from './auth/tokens.ts';
import type { AssignmentBatcher } from './usecases/assignment-batcher.ts';
import type { AssignmentCache } from './usecases/assignment.ts';
import type { ViewerCache } from './auth/viewer-cache.ts';
import type { ChainReplays } from './usecases/assignment-audit.ts';

export interface ViewerGrant {
  role: Role;
  regionId: string | null;
  chamberId: string | null;
  /** the region of the chamber, for chamber grants */
  chamberRegionId: string | null;
}

export interface Viewer {
  id: string;
  login: string;
  displayName: string;
  personId: string | null;
  organisationId: string | null;
  grants: ViewerGrant[];
}

export interface AppConfig {
  /** dev mode: devLogin and demoUsers are available */
  devAuth: boolean;
}

export interface Services {
  db: Database;
  calendar: CalendarService;
  tokens: TokenService;
  /** group commit of the Chamber's single assignments (one per process) */
  assignments: AssignmentBatcher;
  /** facts and counts of the last assignments, per API instance, valid only for the version they were read at */
  assignmentCache: AssignmentCache;
  /** the replays of the chambers' chains, continued by each evenness report (per API instance) */
  chainReplays: ChainReplays;
  /** the signed-in users' viewers, kept while PostgreSQL announces their changes */
  viewers: ViewerCache;
  config: AppConfig;
  /** the clock; tests may pin it */
  now(): Date;
}

export interface Context extends Services {
  viewer: Viewer | null;
  requestId: string;
  /** set when the Authorization header was present but invalid */
  authError: string | null;
  /** aborts when the request's deadline passes (server.ts): no resolver starts after it (src/limits/guards.ts) */
  signal?: AbortSignal;
  /** records already authorised by a scoped list query in this request ("Type:id"), to skip re-checks */
  visible: Set<string>;
}

export function hasRole(viewer: Viewer | null, ...roles: Role[]): boolean {
  return !!viewer && viewer.grants.some((g) => roles.includes(g.role));
}
