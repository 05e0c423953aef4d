// A fresh PostgreSQL database per test file (tests run in parallel and CI shares the server): the same routine
// as the integration tests', from @oryndau/db/testing. The API started on it migrates and seeds it itself.
import { createEmptyDatabase } from '@oryndau/db/testing';

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

export function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  return createEmptyDatabase('oryndau_e2e', options.adminUrl ?? process.env.TEST_DATABASE_URL ?? DEFAULT_ADMIN_DATABASE_URL);
}
