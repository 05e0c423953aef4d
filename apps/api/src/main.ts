// Starts the API. With no DATABASE_URL it runs on the embedded PGlite database in .data/pglite (or in memory
// with ORYNDAU_DATA_DIR=memory), migrates it, loads the demo data and enables dev sign-in: the quick start.
import path from 'node:path';
import { targetFromEnv, repoRoot } from '@oryndau/db';
import { createServices } from './app.ts';
import { startServer } from './server.ts';
import { startScheduler } from './scheduler.ts';

const env = process.env;
const embedded = !env.DATABASE_URL;
const flag = (v: string | undefined, dflt: boolean) => (v === undefined ? dflt : v === '1' || v === 'true');
const target = targetFromEnv({ ...env, ORYNDAU_DATA_DIR: env.ORYNDAU_DATA_DIR ?? path.join(repoRoot, '.data/pglite') });
const devAuth = flag(env.ORYNDAU_DEV_AUTH, embedded);

const started = Date.now();
const services = await createServices({
  target,
  devAuth,
  migrate: flag(env.ORYNDAU_MIGRATE, embedded),
  seed: flag(env.ORYNDAU_SEED === 'demo' ? '1' : env.ORYNDAU_SEED, embedded) ? 'demo' : null,
  jwtSecret: env.ORYNDAU_JWT_SECRET,
  jwksUrl: env.ORYNDAU_JWKS_URL,
});
const server = await startServer(services, {
  port: Number(env.PORT ?? 4000),
  corsOrigins: env.ORYNDAU_CORS_ORIGINS?.split(',') ?? ['*'],
});
console.log(
  `Oryndau API ready at http://localhost:${server.port}/graphql (${target.kind}${target.kind === 'pglite' ? `: ${target.dataDir ?? 'memory'}` : ''}, dev sign-in ${devAuth ? 'on' : 'off'}) in ${Date.now() - started} ms`,
);
const stopScheduler = startScheduler(services);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    stopScheduler();
    void server.close().then(() => services.db.close()).finally(() => process.exit(0));
  });
}
