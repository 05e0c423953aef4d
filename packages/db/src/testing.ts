// Test databases: each test file creates its own PostgreSQL database, migrates it with the real migration
// path, and drops it. Tests may run in parallel and CI shares the server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase, type Database } from './client.ts';
import { applyMigrations } from './migrate.ts';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, admin = ADMIN_URL): string {
  const u = new URL(admin);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>, adminUrl = ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A new empty database `<prefix>_<random>` on the server of `adminUrl`; `drop` is idempotent. */
export async function createEmptyDatabase(prefix = 'oryndau_test', adminUrl = ADMIN_URL): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`), adminUrl);
  let dropped: Promise<void> | null = null;
  return { name, url: databaseUrl(name, adminUrl), drop: () => (dropped ??= dropDatabase(name, adminUrl)) };
}

/** Terminates the database's connections and drops it; retries while a killed process's connections linger. */
export async function dropDatabase(name: string, adminUrl = ADMIN_URL): Promise<void> {
  await admin(async (c) => {
    for (let attempt = 1; ; attempt++) {
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      try {
        await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
        return;
      } catch (error) {
        // 55006: "database is being accessed by other users"
        if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
      }
    }
  }, adminUrl);
}

export interface TestDatabase {
  name: string;
  url: string;
  db: Database;
  /** closes the client and drops the database */
  drop(): Promise<void>;
}

/** A fresh, migrated PostgreSQL database. */
export async function createTestDatabase(opts: { prefix?: string; poolMax?: number } = {}): Promise<TestDatabase> {
  const empty = await createEmptyDatabase(opts.prefix);
  const db = await createDatabase({ kind: 'postgres', url: empty.url, max: opts.poolMax ?? 10 });
  try {
    await applyMigrations(db.adapterFactory);
  } catch (e) {
    await db.close();
    await empty.drop();
    throw e;
  }
  return {
    name: empty.name,
    url: empty.url,
    db,
    async drop() {
      await db.close();
      await empty.drop();
    },
  };
}
