// Starts the API. With no DATABASE_URL it runs on the embedded PGlite database in .data/pglite (or in memory
// with ORYNDAU_DATA_DIR=memory), migrates it, loads the demo data and enables dev sign-in: the quick start.
// Dev sign-in is on only then or with ORYNDAU_DEV_AUTH=1, and never with NODE_ENV=production (asking for both
// refuses to start). Its secret is generated at first start and kept in the data folder (auth/installation.ts).
//
// ORYNDAU_API_WORKERS=N (PostgreSQL only) runs N API processes on one port (node:cluster): the primary migrates
// and seeds once, then forks the workers, which share the listening socket. Everything that must hold across
// processes already does across API instances: a chamber's assignments apply only at the chain position they
// were decided at, the caches are valid only for the versions they were read at, and the viewers are forgotten
// on PostgreSQL's announcements. Only the first worker runs the scheduler.
import cluster from 'node:cluster';
import os from 'node:os';
import path from 'node:path';
import { targetFromEnv, repoRoot } from '@oryndau/db';
import { createServices } from './app.ts';
import { stateDirFromEnv } from './auth/installation.ts';
import { tokenConfigFromEnv } from './auth/tokens.ts';
import { startServer } from './server.ts';
import { startScheduler } from './scheduler.ts';

const env = process.env;
const embedded = !env.DATABASE_URL;
const flag = (v: string | undefined, dflt: boolean) => (v === undefined ? dflt : v === '1' || v === 'true');
const target = targetFromEnv({ ...env, ORYNDAU_DATA_DIR: env.ORYNDAU_DATA_DIR ?? path.join(repoRoot, '.data/pglite') });
const production = env.NODE_ENV === 'production';
const devAuth = flag(env.ORYNDAU_DEV_AUTH, embedded && !production);
const stateDir = stateDirFromEnv(env, repoRoot);
if (devAuth && production) {
  console.error('[oryndau] ORYNDAU_DEV_AUTH=1 with NODE_ENV=production: dev sign-in is never available in production. Unset one of them.');
  process.exit(2);
}
const workers = env.ORYNDAU_API_WORKERS === 'auto' ? os.availableParallelism() : Math.max(1, Number(env.ORYNDAU_API_WORKERS ?? 1) || 1);
const migrate = flag(env.ORYNDAU_MIGRATE, embedded);
const seed = flag(env.ORYNDAU_SEED === 'demo' ? '1' : env.ORYNDAU_SEED, embedded) ? ('demo' as const) : null;

if (workers > 1 && target.kind !== 'postgres') {
  console.error('[oryndau] ORYNDAU_API_WORKERS > 1 needs PostgreSQL (DATABASE_URL): the embedded database lives in one process.');
  process.exit(2);
}

if (workers > 1 && cluster.isPrimary) {
  await runPrimary();
} else {
  await runApi();
}

async function runPrimary() {
  const started = Date.now();
  if (migrate || seed) {
    // once, before any worker serves a request
    const services = await createServices({ target, devAuth, migrate, seed, stateDir });
    await services.db.close();
  }
  let stopping = false;
  const fork = (n: number) => {
    const worker = cluster.fork({ ORYNDAU_WORKER: String(n), ORYNDAU_MIGRATE: '0', ORYNDAU_SEED: '0' });
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      console.error(`[oryndau] API worker ${n} exited (${signal ?? code}); starting another in a second`);
      setTimeout(() => {
        if (!stopping) fork(n);
      }, 1_000); // a worker that cannot start must not be restarted in a tight loop
    });
  };
  for (let n = 1; n <= workers; n++) fork(n);
  let ready = 0;
  cluster.on('listening', () => {
    if (++ready === workers) console.log(`Oryndau API: ${workers} workers on port ${env.PORT ?? 4000} in ${Date.now() - started} ms`);
  });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopping = true;
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill(sig);
      setTimeout(() => process.exit(0), 5_000).unref();
      cluster.on('exit', () => {
        if (!Object.values(cluster.workers ?? {}).some((w) => w && !w.isDead())) process.exit(0);
      });
    });
  }
}

async function runApi() {
  const started = Date.now();
  const services = await createServices({ target, devAuth, migrate, seed, stateDir, templates: true, jwtSecret: env.ORYNDAU_JWT_SECRET, jwksUrl: env.ORYNDAU_JWKS_URL, tokens: tokenConfigFromEnv(env) });
  const server = await startServer(services, {
    port: Number(env.PORT ?? 4000),
    corsOrigins: env.ORYNDAU_CORS_ORIGINS?.split(',') ?? ['*'],
  });
  const worker = env.ORYNDAU_WORKER;
  console.log(
    `Oryndau API ${worker ? `worker ${worker} ` : ''}ready at http://localhost:${server.port}/graphql (${target.kind}${target.kind === 'pglite' ? `: ${target.dataDir ?? 'memory'}` : ''}${services.db.embedded ? `, database from ${services.db.embedded.origin}` : ''}, dev sign-in ${devAuth ? 'on' : 'off'}) in ${Date.now() - started} ms`,
  );
  const stopScheduler = !worker || worker === '1' ? startScheduler(services) : () => {};
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopScheduler();
      void server.close().then(() => services.db.close()).finally(() => process.exit(0));
    });
  }
}
