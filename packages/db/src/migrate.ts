// Prisma migrations without the native schema engine: the engine's WebAssembly build, driven through the
// same driver adapter as the client. `applyMigrations` is what `prisma migrate deploy` does; `diffSql` is
// what `prisma migrate diff` prints. Internal Prisma APIs: versions are pinned together in package.json and
// the path is covered by test/migrate.test.ts against a real PostgreSQL server.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { applyDataMigrations } from './data-migrations.ts';
import { migrationsDir, repoRoot } from './embedded-prepare.ts';

export { migrationsDir, repoRoot } from './embedded-prepare.ts';
export const schemaPath = path.join(repoRoot, 'prisma/schema.prisma');

const require = createRequire(import.meta.url);
const noFilter = { externalTables: [], externalEnums: [] };

interface WasmEngine {
  applyMigrations(input: unknown): Promise<{ appliedMigrationNames: string[] }>;
  diff(input: unknown): Promise<{ exitCode: number; stdout?: string | null }>;
  free?(): void;
}
interface WasmEngineCtor {
  new: (input: unknown, debug: (msg: string) => void, adapter: unknown) => Promise<WasmEngine>;
}

// Node has WebAssembly; the ES lib typings used here do not declare it.
declare const WebAssembly: {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Record<string, unknown>) => { exports: Record<string, unknown> };
};

let engineCtor: Promise<WasmEngineCtor> | undefined;
function loadEngineCtor(): Promise<WasmEngineCtor> {
  engineCtor ??= (async () => {
    const runtimePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
    const runtime = (await import('@prisma/schema-engine-wasm/schema_engine_bg')) as unknown as Record<string, unknown> & {
      __wbg_set_wasm(exports: Record<string, unknown>): void;
      SchemaEngine: WasmEngineCtor;
    };
    const bytes = fs.readFileSync(path.join(path.dirname(runtimePath), 'schema_engine_bg.wasm'));
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { './schema_engine_bg.js': runtime });
    runtime.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
    return runtime.SchemaEngine;
  })();
  return engineCtor;
}

async function withEngine<T>(factory: SqlMigrationAwareDriverAdapterFactory, fn: (e: WasmEngine) => Promise<T>): Promise<T> {
  const Ctor = await loadEngineCtor();
  const schema = fs.readFileSync(schemaPath, 'utf8');
  // The engine opens its own connections (and holds Prisma Migrate's advisory lock on them); track them and
  // dispose of them when it is done, or the lock and the pool outlive the call.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking: SqlMigrationAwareDriverAdapterFactory = Object.create(factory);
  tracking.connect = async () => {
    const adapter = await factory.connect();
    opened.push(adapter);
    return adapter;
  };
  tracking.connectToShadowDb = async () => {
    const adapter = await factory.connectToShadowDb();
    opened.push(adapter);
    return adapter;
  };
  const engine = await Ctor.new({ datamodels: [[path.relative(repoRoot, schemaPath), schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  try {
    return await fn(engine);
  } finally {
    engine.free?.();
    for (const a of opened) await a.dispose().catch(() => {});
  }
}

export function readMigrationsList() {
  const dirs = fs.existsSync(migrationsDir)
    ? fs.readdirSync(migrationsDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, 'migration_lock.toml');
  return {
    baseDir: migrationsDir,
    lockfile: { path: 'migration_lock.toml', content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, 'utf8') : null },
    shadowDbInitScript: '',
    migrationDirectories: dirs.map((name) => ({
      path: name,
      migrationFile: {
        path: 'migration.sql',
        content: { tag: 'ok', value: fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8') },
      },
    })),
  };
}

/**
 * Applies every pending migration of prisma/migrations, then the data migrations not yet run (data-migrations.ts:
 * values recomputed with the domain's rules, once per database); returns the names of the SQL migrations applied.
 */
export async function applyMigrations(factory: SqlMigrationAwareDriverAdapterFactory, opts: { newDatabase?: boolean } = {}): Promise<string[]> {
  // firststart: a database made from nothing a moment ago (`newDatabase`: a new embedded folder after its initdb)
  // is migrated without the engine, as the engine would (migrate-new-database.ts), when it holds no table
  if (opts.newDatabase) {
    const { applyMigrationsToNewDatabase } = await import('./migrate-new-database.ts');
    const applied = await applyMigrationsToNewDatabase(factory);
    if (applied) return applied;
  }
  // patterns (first start): when every migration is recorded as applied, unchanged, the engine has nothing to
  // do; starting it costs about a second of CPU on every start. Anything else (a pending, failed or edited
  // migration, no migrations table) goes to the engine exactly as before.
  if (await allMigrationsApplied(factory)) {
    await applyDataMigrations(factory);
    return [];
  }
  const applied = await withEngine(factory, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: readMigrationsList(), filters: noFilter });
    return out.appliedMigrationNames;
  });
  await applyDataMigrations(factory);
  return applied;
}

/** Every migration of prisma/migrations is in `_prisma_migrations`, finished, with the checksum of its file now. */
export async function allMigrationsApplied(factory: SqlMigrationAwareDriverAdapterFactory): Promise<boolean> {
  const adapter = await factory.connect();
  try {
    const r = await adapter.queryRaw({
      sql: 'SELECT "migration_name", "checksum", "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL AS "ok" FROM "_prisma_migrations"',
      args: [],
      argTypes: [],
    });
    const recorded = new Map<string, { checksum: string; ok: boolean }>();
    for (const [name, checksum, ok] of r.rows as [string, string, boolean][]) {
      if (!ok) return false; // a failed or rolled-back attempt: the engine decides
      recorded.set(name, { checksum, ok });
    }
    const dirs = readMigrationsList().migrationDirectories;
    if (recorded.size !== dirs.length) return false;
    return dirs.every((d) => {
      const content = d.migrationFile.content.value;
      return recorded.get(d.path)?.checksum === createHash('sha256').update(content).digest('hex');
    });
  } catch {
    return false; // no migrations table yet
  } finally {
    await adapter.dispose().catch(() => {});
  }
}

/**
 * The SQL that takes a database migrated with prisma/migrations to prisma/schema.prisma.
 * Needs a shadow database: the factory's `connectToShadowDb`.
 */
export async function pendingSchemaSql(factory: SqlMigrationAwareDriverAdapterFactory): Promise<string> {
  return withEngine(factory, async (engine) => {
    const schema = fs.readFileSync(schemaPath, 'utf8');
    const from = readMigrationsList().migrationDirectories.length
      ? { tag: 'migrations', ...readMigrationsList() }
      : { tag: 'empty' };
    const res = await engine.diff({
      from,
      to: { tag: 'schemaDatamodel', files: [{ path: path.relative(repoRoot, schemaPath), content: schema }] },
      script: true,
      shadowDatabaseUrl: null,
      exitCode: null,
      filters: noFilter,
    });
    return res.stdout ?? '';
  });
}

export function isEmptyMigration(sql: string): boolean {
  return sql.replace(/--.*$/gm, '').trim() === '';
}
