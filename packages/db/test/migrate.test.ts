// The migration path (WebAssembly schema engine through a driver adapter) on a real PostgreSQL server and on
// PGlite: a fresh database migrates to the current schema, a second run is a no-op, and the constraints the
// schema language cannot express are in place.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { createAdapterFactory, createDatabase, type Database } from '../src/client.ts';
import { applyMigrations, isEmptyMigration, migrationsDir, pendingSchemaSql } from '../src/migrate.ts';
import { createEmptyDatabase } from '../src/testing.ts';

const migrations = fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

describe('migrations on PostgreSQL', () => {
  let empty: Awaited<ReturnType<typeof createEmptyDatabase>>;
  let db: Database;
  beforeAll(async () => {
    empty = await createEmptyDatabase('oryndau_migrate');
    db = await createDatabase({ kind: 'postgres', url: empty.url });
  });
  afterAll(async () => {
    await db?.close();
    await empty?.drop();
  });

  it('a fresh database migrates to the current schema, and a second run applies nothing', async () => {
    expect(await applyMigrations(db.adapterFactory)).toEqual(migrations);
    expect(await applyMigrations(db.adapterFactory)).toEqual([]);
    const applied = await db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
    expect(applied.map((r) => r.migration_name)).toEqual(migrations);
    // the client works on the migrated schema
    await db.prisma.region.create({ data: { code: 'TST', kind: 'REGION', nameKk: 'Т', nameRu: 'Т', nameEn: 'T' } });
    expect(await db.prisma.region.count()).toBe(1);
  });

  it('statements are prepared once per connection and reused (named), unless the cache is turned off', async () => {
    const prepared = (d: Database) =>
      d.prisma.$transaction(async (tx) => {
        for (let i = 0; i < 3; i++) await tx.$queryRaw`SELECT count(*) FROM "Region" WHERE "code" <> ${`X${i}`}`;
        const rows = await tx.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_prepared_statements WHERE statement LIKE '%FROM "Region" WHERE "code"%' AND statement NOT LIKE '%pg_prepared_statements%'`;
        return Number(rows[0]!.n);
      });
    expect(await prepared(db)).toBe(1);
    const uncached = await createDatabase({ kind: 'postgres', url: empty.url, statementCache: false });
    try {
      expect(await prepared(uncached)).toBe(0);
    } finally {
      await uncached.close();
    }
  });

  it('the migrations hold the whole of prisma/schema.prisma (no drift)', async () => {
    const { factory, close } = await createAdapterFactory({ kind: 'pglite' });
    try {
      const sql = await pendingSchemaSql(factory);
      expect(isEmptyMigration(sql), sql).toBe(true);
    } finally {
      await close();
    }
  });

  it('impossible states are unstorable: malformed IIN/BIN, two active assignments, an edited audit log', async () => {
    await expect(db.prisma.person.create({ data: { iin: '12345', lastName: 'X', firstName: 'Y' } })).rejects.toThrow(/Person_iin_shape|check constraint/i);
    await expect(db.prisma.organisation.create({ data: { bin: '12345678901A', name: 'X' } })).rejects.toThrow(/check constraint|Organisation_bin_shape/i);
    await db.prisma.auditLog.create({ data: { action: 'test', entityType: 'Test', entityId: '1' } });
    await expect(db.prisma.$executeRaw`UPDATE "AuditLog" SET "action" = 'changed'`).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRaw`DELETE FROM "AuditLog"`).rejects.toThrow(/append-only/);
    const checks = await db.prisma.$queryRaw<{ conname: string }[]>`SELECT conname FROM pg_constraint WHERE contype = 'c' ORDER BY conname`;
    expect(checks.map((c) => c.conname)).toEqual(expect.arrayContaining(['Assignment_active_is_document', 'Assignment_active_xor_ended', 'ExecutiveDocument_debtor_shape', 'TestResult_score_range']));
  });
});

describe('migrations on PGlite (the embedded quick-start database)', () => {
  it('the same migrations apply in memory', async () => {
    const db = await createDatabase({ kind: 'pglite' });
    try {
      expect(await applyMigrations(db.adapterFactory)).toEqual(migrations);
      await expect(db.prisma.person.create({ data: { iin: 'abc', lastName: 'X', firstName: 'Y' } })).rejects.toThrow();
      expect(await db.prisma.user.count()).toBe(0);
    } finally {
      await db.close();
    }
  });
});
