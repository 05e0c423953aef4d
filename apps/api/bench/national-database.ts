// The benchmarks' shared set-up (pnpm bench, pnpm bench:read): the national data set in its own PostgreSQL
// database, created and migrated if needed, loaded once (generateNational) and reused by every later run.
import pg from 'pg';
import { generateNational } from '@oryndau/db/seed';
import { applyMigrations, createAdapterFactory } from '@oryndau/db';
import { ADMIN_URL } from '@oryndau/db/testing';

export async function ensureNationalDatabase(url: string, scale: number, log: (line: string) => void): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const { factory, close } = await createAdapterFactory({ kind: 'postgres', url });
  await applyMigrations(factory);
  await close();
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const bailiffs = Number((await c.query('SELECT count(*) FROM "PrivateBailiff"')).rows[0].count);
  await c.end();
  if (bailiffs === 0) {
    log(`loading the national data set at scale ${scale} into ${name} (once)…`);
    const t = Date.now();
    await generateNational(url, { scale, log: (s) => log(`  ${s}`) });
    log(`loaded in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  } else {
    log(`national data set already in ${name} (${bailiffs} bailiffs)`);
  }
}
