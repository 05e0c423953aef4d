// firststart: the migrations of a database made from nothing a moment ago (a new embedded folder after its
// initdb), without Prisma's schema engine. Loading the engine's WebAssembly and its steps cost about 0.5 s of a
// first start of 1 s for the migrations; the scripts themselves about 0.4 s.
//
// What is written is what `prisma migrate deploy` writes (packages/db/test/migrate-new-database.test.ts compares
// the two on PostgreSQL): the engine's "_prisma_migrations" table; per migration, in file order, a row started
// before its script runs, the script as one implicit transaction (the adapter's executeScript, as the engine
// runs it), then the row finished with one applied step. A script that fails leaves its row unfinished with the
// error in "logs", as the engine leaves it, and the error is thrown: the engine then reports the failed
// migration at the next start. Used only when the database holds no table at all; anything else goes to the
// engine (migrate.ts).
import { createHash, randomUUID } from 'node:crypto';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { dataMigrationsOfNewDatabaseSql } from './data-migrations.ts';
import { readMigrationsList } from './migrate.ts';

/** The engine's table, as `prisma migrate deploy` creates it on PostgreSQL. */
const MIGRATIONS_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

type MigrationDirectory = ReturnType<typeof readMigrationsList>['migrationDirectories'][number];

const lit = (x: string) => `'${x.replace(/'/g, "''")}'`;

/**
 * Applies every migration to a database with no table (else returns null and changes nothing: the caller asks the
 * engine). Returns the names applied.
 */
export async function applyMigrationsToNewDatabase(
  factory: SqlMigrationAwareDriverAdapterFactory,
  migrations: readonly MigrationDirectory[] = readMigrationsList().migrationDirectories,
): Promise<string[] | null> {
  const adapter = await factory.connect();
  try {
    const tables = await adapter.queryRaw({ sql: `SELECT count(*)::int AS n FROM pg_catalog.pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')`, args: [], argTypes: [] });
    if (Number((tables.rows[0] as unknown[] | undefined)?.[0]) !== 0) return null;
    await adapter.executeScript(MIGRATIONS_TABLE);
    const applied: string[] = [];
    for (const d of migrations) {
      const script = d.migrationFile.content.value;
      const id = randomUUID();
      const checksum = createHash('sha256').update(script).digest('hex');
      await adapter.executeScript(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "applied_steps_count") VALUES (${lit(id)}, ${lit(checksum)}, ${lit(d.path)}, now(), 0)`);
      try {
        await adapter.executeScript(script);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        await adapter.executeScript(`UPDATE "_prisma_migrations" SET "logs" = ${lit(message)} WHERE "id" = ${lit(id)}`).catch(() => {});
        throw e;
      }
      await adapter.executeScript(`UPDATE "_prisma_migrations" SET "finished_at" = now(), "applied_steps_count" = 1 WHERE "id" = ${lit(id)}`);
      applied.push(d.path);
    }
    // the data migrations have no rows to recompute in a database made now: recorded as run (data-migrations.ts)
    await adapter.executeScript(dataMigrationsOfNewDatabaseSql());
    return applied;
  } finally {
    await adapter.dispose().catch(() => {});
  }
}
