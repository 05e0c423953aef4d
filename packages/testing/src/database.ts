// A fresh PostgreSQL database per test file: tests run in parallel and CI shares the server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_ADMIN_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  /** `oryndau_e2e_<random>`. */
  name: string;
  /** Connection URL of the new database. */
  url: string;
  /** Terminates its connections and drops it; safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** A database on the server to connect to for CREATE/DROP; default TEST_DATABASE_URL, else the local `postgres`. */
  adminUrl?: string;
}

async function withAdmin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const adminUrl = options.adminUrl ?? process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_DATABASE_URL;
  const name = `oryndau_e2e_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;

  let dropped: Promise<void> | null = null;
  const drop = () =>
    (dropped ??= withAdmin(adminUrl, async (client) => {
      // Connections left by a process that was killed can linger a moment: terminate, then drop, twice if needed.
      for (let attempt = 1; ; attempt++) {
        await client.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
        try {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
          return;
        } catch (error) {
          // 55006: "database is being accessed by other users".
          if ((error as { code?: string }).code !== '55006' || attempt >= 5) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        }
      }
    }));
  return { name, url: url.toString(), drop };
}
