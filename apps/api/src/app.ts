// Composition root: builds the services from configuration. main.ts, the tests and the benchmark use it.
import { createDatabase, prepareDatabase, type Database, type DatabaseTarget } from '@oryndau/db';
import { CalendarService } from './services/calendar.ts';
import { TokenService, type TokenConfig } from './auth/tokens.ts';
import { devSecret } from './auth/installation.ts';
import { signingKeyFromEnv } from './audit/keys.ts';
import type { Services } from './services.ts';
import { AssignmentBatcher } from './usecases/assignment-batcher.ts';
import { AssignmentCache } from './usecases/assignment-cache.ts';
import { ViewerCache } from './auth/viewer-cache.ts';
import { ChainReplays } from './usecases/assignment-audit.ts';
// licence area (issue 9)
import { stateSystemsFromEnv } from './state-systems/index.ts';
// dashperf: the dashboards' shared result cache
import { FigureCache } from './aggregates/figure-cache.ts';

export interface AppOptions {
  target: DatabaseTarget;
  devAuth: boolean;
  migrate?: boolean;
  seed?: 'demo' | null;
  jwtSecret?: string;
  jwksUrl?: string;
  /** issuer, audience, JWKS algorithms (tokenConfigFromEnv) */
  tokens?: Pick<TokenConfig, 'issuer' | 'audience' | 'jwksAlgorithms'>;
  /** where the installation's generated secrets live (installation.ts); null or absent: memory only */
  stateDir?: string | null;
  now?: () => Date;
  /** firststart: keep a new embedded folder as the template of the next (main.ts) */
  templates?: boolean;
  // dashperf: how long a dashboard figure is served from the cache (default 5 s; 0: off)
  figureTtlMs?: number;
}

export async function createServices(opts: AppOptions): Promise<Services> {
  const db: Database = await createDatabase(opts.target);
  await prepareDatabase(db, { migrate: opts.migrate, seed: opts.seed, templates: opts.templates });
  const secret = opts.jwtSecret ?? (opts.devAuth ? devSecret(opts.stateDir ?? null) : undefined);
  return {
    db,
    calendar: new CalendarService(),
    tokens: new TokenService({ secret, jwksUrl: opts.jwksUrl, ...opts.tokens }),
    signing: signingKeyFromEnv(process.env, opts.stateDir ?? null),
    assignments: new AssignmentBatcher(),
    assignmentCache: new AssignmentCache(),
    viewers: new ViewerCache(db),
    chainReplays: new ChainReplays(),
    config: { devAuth: opts.devAuth },
    // licence area (issue 9)
    stateSystems: stateSystemsFromEnv(process.env, db.prisma, opts.now),
    // dashperf (issue 11)
    figures: new FigureCache({ ttlMs: opts.figureTtlMs }),
    now: opts.now ?? (() => new Date()),
  };
}
