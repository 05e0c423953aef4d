// patterns (first start): a new embedded database is loaded from the migrated template instead of an initdb and
// the migrations, and a database whose migrations are all applied, unchanged, is not handed to the engine.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/client.ts';
import { allMigrationsApplied, applyMigrations, migrationsDir } from '../src/migrate.ts';
import { ensurePgliteTemplate, pgliteTemplateFile } from '../src/pglite-template.ts';

const migrations = fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oryndau-template-'));
const saved = process.env.ORYNDAU_PGLITE_TEMPLATE_DIR;

beforeAll(() => {
  process.env.ORYNDAU_PGLITE_TEMPLATE_DIR = path.join(tmp, 'cache');
});
afterAll(() => {
  if (saved === undefined) delete process.env.ORYNDAU_PGLITE_TEMPLATE_DIR;
  else process.env.ORYNDAU_PGLITE_TEMPLATE_DIR = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the PGlite template', () => {
  it('is built once per PGlite version and set of migrations, and a new data folder starts from it, migrated', async () => {
    const built = await ensurePgliteTemplate();
    expect(built).toMatchObject({ built: true, file: pgliteTemplateFile() });
    expect(await ensurePgliteTemplate()).toMatchObject({ built: false });
    const db = await createDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'data') });
    try {
      // loaded from the template: every migration is there before applyMigrations runs
      const rows = await db.prisma.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY migration_name`;
      expect(rows.map((r) => r.migration_name)).toEqual(migrations);
      expect(await applyMigrations(db.adapterFactory)).toEqual([]);
      // the client works on it (the stage enum of the last migrations included)
      const labels = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_enum WHERE enumtypid = '"ApplicationStageKind"'::regtype`;
      expect(labels[0]!.n).toBeGreaterThan(20);
    } finally {
      await db.close();
    }
  });

  it('a database is handed to the engine unless every migration is recorded, finished and unchanged', async () => {
    const db = await createDatabase({ kind: 'pglite', dataDir: path.join(tmp, 'data') });
    const name = migrations.at(-1)!;
    try {
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
      const [row] = await db.prisma.$queryRaw<{ checksum: string; finished_at: Date }[]>`SELECT checksum, finished_at FROM _prisma_migrations WHERE migration_name = ${name}`;
      // edited after it was applied
      await db.prisma.$executeRaw`UPDATE _prisma_migrations SET checksum = 'edited' WHERE migration_name = ${name}`;
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(false);
      await db.prisma.$executeRaw`UPDATE _prisma_migrations SET checksum = ${row!.checksum} WHERE migration_name = ${name}`;
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
      // a failed attempt
      await db.prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = ${name}`;
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(false);
      await db.prisma.$executeRaw`UPDATE _prisma_migrations SET finished_at = ${row!.finished_at} WHERE migration_name = ${name}`;
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
      // pending
      await db.prisma.$executeRaw`DELETE FROM _prisma_migrations WHERE migration_name = ${name}`;
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(false);
    } finally {
      await db.close();
    }
  });
});
