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
//
// firststart: this file loads only Node's own modules and two small ones before it decides whether the embedded
// database's folder is new. If it is, a child process makes it (initdb, migrations, demo data: embedded-prepare.ts)
// while the API's modules load (run.ts and everything it imports, about 2 s); the API then opens the finished folder.
import os from 'node:os';
import path from 'node:path';
import cluster from 'node:cluster';
import { embeddedDataDirFromEnv, isNewEmbeddedFolder, prepareEmbeddedInChild, repoRoot, type PreparedFolder } from '@oryndau/db/embedded';
import { stateDirFromEnv } from './auth/installation.ts';

const env = process.env;
const embedded = !env.DATABASE_URL;
const flag = (v: string | undefined, dflt: boolean) => (v === undefined ? dflt : v === '1' || v === 'true');
const production = env.NODE_ENV === 'production';
const devAuth = flag(env.ORYNDAU_DEV_AUTH, embedded && !production);
if (devAuth && production) {
  console.error('[oryndau] ORYNDAU_DEV_AUTH=1 with NODE_ENV=production: dev sign-in is never available in production. Unset one of them.');
  process.exit(2);
}
const workers = env.ORYNDAU_API_WORKERS === 'auto' ? os.availableParallelism() : Math.max(1, Number(env.ORYNDAU_API_WORKERS ?? 1) || 1);
if (workers > 1 && !env.DATABASE_URL) {
  console.error('[oryndau] ORYNDAU_API_WORKERS > 1 needs PostgreSQL (DATABASE_URL): the embedded database lives in one process.');
  process.exit(2);
}
const dataDir = embeddedDataDirFromEnv(env, path.join(repoRoot, '.data/pglite'));
const config = {
  env,
  dataDir,
  devAuth,
  workers,
  migrate: flag(env.ORYNDAU_MIGRATE, embedded),
  seed: flag(env.ORYNDAU_SEED === 'demo' ? '1' : env.ORYNDAU_SEED, embedded) ? ('demo' as const) : null,
  stateDir: stateDirFromEnv(env, repoRoot),
};
export type ApiConfig = typeof config;

// a new embedded folder: made beside, while the modules below load. They load once the child's initdb is done:
// the initdb (the longest step, one core's work) then has a core to itself, and the modules (about 2 s) load
// while the child migrates and seeds (about 2.5 s), on the other core; earlier, both only took longer.
let preparing: Promise<PreparedFolder> | null = null;
if (dataDir && cluster.isPrimary && isNewEmbeddedFolder(dataDir)) {
  const child = prepareEmbeddedInChild({ dataDir, migrate: config.migrate, seed: config.seed, templates: true });
  preparing = child.done;
  preparing.catch(() => {}); // awaited in runApi; a failure is reported there
  await child.initialised;
}

// firststart: while the child migrates and seeds (the longest way), the modules load at a lower priority, so that
// on a busy machine the child keeps its core; the priority is given back after (where the system lets a process
// raise it again: otherwise the API stays at nice 10, which only matters while the machine is busy)
const renice = (n: number) => {
  try {
    os.setPriority(n);
  } catch {
    // not allowed here
  }
};
if (preparing && process.env.ORYNDAU_API_NICE !== '0') renice(Number(process.env.ORYNDAU_API_NICE ?? 10));
const { runApi, runPrimary } = await import('./run.ts');
if (preparing && process.env.ORYNDAU_API_NICE !== '0') renice(0);
if (workers > 1 && cluster.isPrimary) await runPrimary(config);
else await runApi(config, preparing);
