// The API's process, once main.ts has read its configuration (and, for a new embedded folder, started the child
// that makes it): the primary of several workers (runPrimary) or one API (runApi).
import cluster from 'node:cluster';
import { targetFromEnv } from '@oryndau/db';
import { precompilePglite, type PreparedFolder } from '@oryndau/db/embedded';
import { createServices } from './app.ts';
import { tokenConfigFromEnv } from './auth/tokens.ts';
import type { ApiConfig } from './main.ts';
import { startServer } from './server.ts';
import { startScheduler } from './scheduler.ts';

const targetOf = (config: ApiConfig) => targetFromEnv({ ...config.env, ORYNDAU_DATA_DIR: config.dataDir ?? 'memory' });

export async function runPrimary(config: ApiConfig) {
  const { env, devAuth, migrate, seed, stateDir, workers } = config;
  const target = targetOf(config);
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

export async function runApi(config: ApiConfig, preparing: Promise<PreparedFolder> | null) {
  const { env, devAuth, migrate, seed, stateDir } = config;
  const target = targetOf(config);
  const started = Date.now();
  const loaded = Math.round(performance.now()); // firststart: the process's start to here (its modules loaded)
  // firststart: the child making a new embedded folder (main.ts); once it is done, the folder is migrated and
  // seeded, and createServices below only checks that (no migration is pending, the demo is there)
  if (preparing) void precompilePglite().catch(() => {}); // meanwhile: PGlite's module, for the API's own database
  const prepared = preparing ? await preparing : null;
  const waited = Date.now() - started;
  // (the child migrated and seeded it; the templates are the child's, after this serves: nothing is asked again)
  const services = await createServices({ target, devAuth, ...(prepared ? { migrate: false, seed: null, templates: false } : { migrate, seed, templates: true }), stateDir, jwtSecret: env.ORYNDAU_JWT_SECRET, jwksUrl: env.ORYNDAU_JWKS_URL, tokens: tokenConfigFromEnv(env) });
  const server = await startServer(services, {
    port: Number(env.PORT ?? 4000),
    corsOrigins: env.ORYNDAU_CORS_ORIGINS?.split(',') ?? ['*'],
  });
  const worker = env.ORYNDAU_WORKER;
  console.log(
    `Oryndau API ${worker ? `worker ${worker} ` : ''}ready at http://localhost:${server.port}/graphql (${target.kind}${target.kind === 'pglite' ? `: ${target.dataDir ?? 'memory'}` : ''}${services.db.embedded ? `, database from ${prepared ? `${prepared.origin}, made beside in ${prepared.ms} ms` : services.db.embedded.origin}` : ''}, dev sign-in ${devAuth ? 'on' : 'off'}) in ${Date.now() - started} ms (modules loaded in ${loaded} ms before${prepared ? `, then ${waited} ms waiting for the database` : ''})`,
  );
  prepared?.serving(); // firststart: the child that made the folder may build the next folder's templates now
  const stopScheduler = !worker || worker === '1' ? startScheduler(services) : () => {};
  for (const sig of ['SIGINT', 'SIGTERM'] as const) {
    process.once(sig, () => {
      stopScheduler();
      void server.close().then(() => services.db.close()).finally(() => process.exit(0));
    });
  }
}
