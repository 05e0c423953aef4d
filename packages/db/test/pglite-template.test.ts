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

// firststart: the folder templates the API keeps (main.ts → createServices({ templates: true }))
describe('the folder templates', () => {
  it('a new folder is a copy of the seeded template of its day, else the migrated one, and never of another day', async () => {
    const { copyFolderTemplate, saveFolderTemplate, folderTemplateDir } = await import('../src/pglite-template.ts');
    const made = path.join(tmp, 'made');
    const db = await createDatabase({ kind: 'pglite', dataDir: made });
    try {
      expect(db.embedded?.origin).not.toBe('existing');
      await applyMigrations(db.adapterFactory);
      expect(await saveFolderTemplate(made, { kind: 'migrated' }, db.embedded!.checkpoint)).toBe(folderTemplateDir({ kind: 'migrated' }));
      await db.prisma.$executeRaw`INSERT INTO "Region" ("id", "code", "kind", "nameKk", "nameRu", "nameEn") VALUES ('r-template', 'TPL', 'CITY', 'т', 'т', 't')`;
      expect(await saveFolderTemplate(made, { kind: 'seeded', day: '2026-12-02' }, db.embedded!.checkpoint)).toBeTruthy();
      // saved once: a second save of the same template does nothing
      expect(await saveFolderTemplate(made, { kind: 'seeded', day: '2026-12-02' }, db.embedded!.checkpoint)).toBeNull();
    } finally {
      await db.close();
    }
    const open = async (dir: string) => {
      const d = await createDatabase({ kind: 'pglite', dataDir: dir });
      try {
        const rows = await d.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Region" WHERE "id" = 'r-template'`;
        return { origin: d.embedded?.origin, seeded: rows[0]?.n === 1, migrated: await allMigrationsApplied(d.adapterFactory) };
      } finally {
        await d.close();
      }
    };
    expect(copyFolderTemplate(path.join(tmp, 'probe'), '2026-12-02')).toBe('seeded');
    expect(copyFolderTemplate(path.join(tmp, 'probe-other-day'), '2026-12-03')).toBe('migrated');
    expect(await open(path.join(tmp, 'probe'))).toEqual({ origin: 'existing', seeded: true, migrated: true });
    expect(await open(path.join(tmp, 'probe-other-day'))).toEqual({ origin: 'existing', seeded: false, migrated: true });
  });
});
