// firststart: a database made from nothing is migrated without the schema engine (migrate-new-database.ts), and
// what that writes is what the engine writes: the same schema, the same records of the migrations, which the
// engine then reads as its own (it applies only what came after them).
import { afterAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../src/client.ts';
import { allMigrationsApplied, applyMigrations, readMigrationsList } from '../src/migrate.ts';
import { applyMigrationsToNewDatabase } from '../src/migrate-new-database.ts';
import { createEmptyDatabase } from '../src/testing.ts';

const all = readMigrationsList().migrationDirectories;
const opened: { db: Database; drop(): Promise<void> }[] = [];
async function empty(prefix: string) {
  const e = await createEmptyDatabase(prefix);
  const db = await createDatabase({ kind: 'postgres', url: e.url, max: 2 });
  const entry = { db, drop: async () => (await db.close(), await e.drop()) };
  opened.push(entry);
  return db;
}
afterAll(async () => {
  for (const o of opened) await o.drop();
});

/** Everything a migration makes, read from the catalogue, in an order that does not depend on when it was made. */
async function schemaOf(db: Database) {
  const q = <T>(sql: string) => db.prisma.$queryRawUnsafe<T[]>(sql);
  return {
    columns: await q(`SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1, 2`),
    constraints: await q(`SELECT conrelid::regclass::text AS t, conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`),
    indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2`),
    functions: await q(`SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args, md5(pg_get_functiondef(p.oid)) AS def FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind IN ('f', 'p') ORDER BY 1, 2`),
    triggers: await q(`SELECT tgrelid::regclass::text AS t, tgname, pg_get_triggerdef(oid) AS def, tgenabled::text AS enabled FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1, 2`),
    enums: await q(`SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid ORDER BY 1, 3`),
    views: await q(`SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1`),
    migrations: await q(`SELECT migration_name, checksum, applied_steps_count, finished_at IS NOT NULL AS finished, logs, rolled_back_at FROM _prisma_migrations ORDER BY 1`),
    dataMigrations: await q(`SELECT "name" FROM "_oryndau_data_migrations" ORDER BY 1`),
  };
}

describe('migrating a new database without the engine', () => {
  it('writes the schema and the migrations’ records the engine writes (PostgreSQL)', async () => {
    const byEngine = await empty('oryndau_newdb_engine');
    const byScripts = await empty('oryndau_newdb_scripts');
    expect(await applyMigrations(byEngine.adapterFactory)).toEqual(all.map((d) => d.path));
    expect(await applyMigrations(byScripts.adapterFactory, { newDatabase: true })).toEqual(all.map((d) => d.path));
    const [a, b] = [await schemaOf(byEngine), await schemaOf(byScripts)];
    expect(b.columns.length).toBeGreaterThan(300);
    expect(b).toEqual(a);
    // and the quick check of every start reads them as applied, unchanged
    expect(await allMigrationsApplied(byScripts.adapterFactory)).toBe(true);
  });

  it('the engine takes its records as its own: it applies only the migrations that came after', async () => {
    const db = await empty('oryndau_newdb_then_engine');
    const [last] = all.slice(-1);
    expect(await applyMigrationsToNewDatabase(db.adapterFactory, all.slice(0, -1))).toHaveLength(all.length - 1);
    expect(await allMigrationsApplied(db.adapterFactory)).toBe(false);
    // the engine: one pending migration, applied; none re-applied, none reported as edited or failed
    expect(await applyMigrations(db.adapterFactory)).toEqual([last!.path]);
    expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
  });

  it('a database that holds a table is left to the engine, untouched', async () => {
    const db = await empty('oryndau_newdb_not_new');
    await db.prisma.$executeRawUnsafe('CREATE TABLE "Somebody" ("id" int)');
    expect(await applyMigrationsToNewDatabase(db.adapterFactory)).toBeNull();
    const tables = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    expect(tables[0]!.n).toBe(1);
  });

  it('a failing script leaves its record unfinished with the error, as the engine does, and throws', async () => {
    const db = await empty('oryndau_newdb_failing');
    const broken = { ...all[0]!, path: '20991231000000_broken', migrationFile: { ...all[0]!.migrationFile, content: { tag: 'ok' as const, value: 'CREATE TABLE "A" ("id" int); SELECT * FROM "NoSuchTable";' } } };
    await expect(applyMigrationsToNewDatabase(db.adapterFactory, [all[0]!, broken])).rejects.toThrow(/NoSuchTable/);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished: boolean; logs: string | null }[]>(`SELECT migration_name, finished_at IS NOT NULL AS finished, logs FROM _prisma_migrations ORDER BY 1`);
    expect(rows.map((r) => [r.migration_name, r.finished, /NoSuchTable/.test(r.logs ?? '')])).toEqual([
      [all[0]!.path, true, false],
      ['20991231000000_broken', false, true],
    ]);
    // the script ran as one transaction: nothing of it stayed
    const a = await db.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM pg_tables WHERE tablename = 'A'`);
    expect(a[0]!.n).toBe(0);
    // the engine reports the failed migration instead of applying anything
    await expect(applyMigrations(db.adapterFactory)).rejects.toThrow();
  });
});

describe('migrating a new embedded database without the engine', () => {
  it('PGlite in memory: every migration applied and recorded, and the client works on it', async () => {
    const db = await createDatabase({ kind: 'pglite' });
    try {
      expect(await applyMigrations(db.adapterFactory, { newDatabase: true })).toEqual(all.map((d) => d.path));
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
      expect(await applyMigrations(db.adapterFactory)).toEqual([]);
      await db.prisma.region.create({ data: { code: 'TST', kind: 'REGION', nameKk: 'Т', nameRu: 'Т', nameEn: 'T' } });
      expect(await db.prisma.region.count()).toBe(1);
    } finally {
      await db.close();
    }
  });
});
