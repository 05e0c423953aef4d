// What the API is made of, as types: the composition root (app.ts) builds it; a request's Context (context.ts)
// adds who asks. A use case names the slice it needs (`UseCaseContext & Pick<Services, 'assignmentCache'>`), so
// this module imports no use case and nothing imports back into the use cases' types.
import type { Database } from '@oryndau/db';
import type { CalendarService } from './services/calendar.ts';
import type { TokenService } from './auth/tokens.ts';
import type { SigningKey } from './audit/keys.ts';
import type { ViewerCache } from './auth/viewer-cache.ts';
import type { AssignmentBatcher } from './usecases/assignment-batcher.ts';
import type { AssignmentCache } from './usecases/assignment-cache.ts';
import type { ChainReplays } from './usecases/assignment-audit.ts';
// licence area (issue 9): the state information systems
import type { StateSystems } from './state-systems/types.ts';
// dashperf: the dashboards' shared result cache
import type { FigureCache } from './aggregates/figure-cache.ts';

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
  /** the platform's Ed25519 key: signs the audit trail's anchors */
  signing: SigningKey;
  config: AppConfig;
  // licence area (issue 9)
  /** the state information systems (sandbox or the real gateway: state-systems/README.md); documents are signed with `signing` */
  stateSystems: StateSystems;
  // dashperf (issue 11)
  /** the dashboards' figures, computed once per filter and scope and served for at most 5 s (per API instance) */
  figures: FigureCache;
  /** the clock; tests may pin it */
  now(): Date;
}
