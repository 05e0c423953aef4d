// One client factory, one code path above it: PostgreSQL through @prisma/adapter-pg when a URL is given,
// an embedded PGlite database (in a folder, or in memory) when it is not.
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { almatyDate } from '@oryndau/domain';
import { PrismaClient } from './generated/prisma/client.ts';
import type { PGliteOptions } from '@electric-sql/pglite';
import { embeddedDataDirFromEnv, precompiledPglite } from './embedded-prepare.ts';
import { listenPostgres, type NotificationHandlers, type Subscription } from './notifications.ts';

export type { NotificationHandlers } from './notifications.ts';

export type DatabaseTarget =
  | {
      kind: 'postgres';
      url: string;
      max?: number;
      /** named prepared statements (default true) */
      statementCache?: boolean;
      /** where LISTEN connects (default url): a direct connection, when url goes through a transaction pooler */
      listenUrl?: string;
      /** PostgreSQL's statement_timeout on every pooled connection, in ms (none when unset or 0); migrations are exempt */
      statementTimeoutMs?: number;
    }
  | { kind: 'pglite'; dataDir?: string }; // dataDir undefined = in memory

export interface Database {
  prisma: PrismaClient;
  target: DatabaseTarget;
  /** The driver adapter factory the client and the migration engine share. */
  adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  /** firststart: the embedded database's folder (none in memory and on PostgreSQL) */
  embedded?: EmbeddedFolder;
  /**
   * Notifications on `channel` (PostgreSQL LISTEN), on a connection of their own, closed with the database. The
   * embedded database (one process, nobody else writes) delivers its own triggers' notifications in process
   * (PGlite's `listen`): live from the moment it listens, never lost.
   */
  listen(channel: string, handlers: NotificationHandlers): void;
  close(): Promise<void>;
}

/** DATABASE_URL wins; otherwise the embedded database in ORYNDAU_DATA_DIR (default `.data/pglite`). */
export function targetFromEnv(env: NodeJS.ProcessEnv = process.env): DatabaseTarget {
  if (env.DATABASE_URL) {
    return {
      kind: 'postgres',
      url: env.DATABASE_URL,
      max: Number(env.DATABASE_POOL_MAX ?? 10),
      statementCache: env.DATABASE_STATEMENT_CACHE !== '0',
      listenUrl: env.DATABASE_LISTEN_URL || undefined,
      statementTimeoutMs: Number(env.DATABASE_STATEMENT_TIMEOUT_MS ?? 10_000) || undefined,
    };
  }
  const dataDir = embeddedDataDirFromEnv(env);
  return dataDir ? { kind: 'pglite', dataDir } : { kind: 'pglite' };
}

/**
 * adapter-pg's `executeScript` splits a script at every `;`, which breaks function bodies and triggers in
 * migrations. PostgreSQL's simple-query protocol takes the whole script at once and runs it as one implicit
 * transaction, so a migration applies entirely or not at all.
 */
class WholeScriptPrismaPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    adapter.executeScript = async (script: string) => {
      // a migration may run longer than any request's statement may (statement_timeout)
      await pool.query(`SET LOCAL statement_timeout = 0;\n${script}`);
    };
    return adapter;
  }
}

/**
 * Names for prepared statements, one per distinct SQL text: pg then parses a statement once per connection and
 * PostgreSQL may reuse its plan, instead of parsing and planning every query anew (adapter-pg's default). Bounded:
 * past MAX_NAMED distinct texts (e.g. IN-lists of every length) further texts run unnamed, as before.
 */
function statementNames() {
  const MAX_NAMED = 2000;
  const names = new Map<string, string>();
  return (query: { sql: string }): string => {
    let name = names.get(query.sql);
    if (name === undefined) {
      if (names.size >= MAX_NAMED) return ''; // unnamed
      name = `o_${createHash('sha1').update(query.sql).digest('base64url')}`;
      names.set(query.sql, name);
    }
    return name;
  };
}

export async function createAdapterFactory(target: DatabaseTarget): Promise<{
  factory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
  /** the embedded database's notifications (PGlite only) */
  listen?: (channel: string, onMessage: (payload: string) => void) => Promise<unknown>;
  embedded?: EmbeddedFolder;
}> {
  if (target.kind === 'postgres') {
    const factory = new WholeScriptPrismaPg(
      { connectionString: target.url, max: target.max ?? 10, ...(target.statementTimeoutMs ? { statement_timeout: target.statementTimeoutMs } : {}) },
      target.statementCache === false ? {} : { statementNameGenerator: statementNames() },
    );
    return { factory, close: async () => {} };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  let template: Blob | null = null;
  let origin: EmbeddedOrigin = 'memory';
  if (target.dataDir) {
    const fs = await import('node:fs');
    const path = await import('node:path');
    fs.mkdirSync(target.dataDir, { recursive: true });
    origin = 'existing';
    if (!fs.existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
      const templates = await import('./pglite-template.ts');
      // firststart: a copy of today's seeded template or of the migrated one, else (patterns) the tarball
      const copied = templates.copyFolderTemplate(target.dataDir, almatyDate(new Date()));
      if (copied) origin = copied;
      else {
        template = templates.readPgliteTemplate();
        origin = template ? 'tarball' : 'initdb';
      }
    }
  }
  // firststart: PGlite's module compiled ahead (main.ts, while the child made the folder), when it was
  const pgliteWasmModule = (await precompiledPglite()?.catch(() => undefined)) as PGliteOptions['pgliteWasmModule'];
  const pglite = new PGlite({ dataDir: target.dataDir, ...(template ? { loadDataDir: template } : {}), ...(pgliteWasmModule ? { pgliteWasmModule } : {}) });
  await pglite.waitReady;
  const factory = new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
  return {
    factory,
    close: () => pglite.close(),
    listen: (channel, onMessage) => pglite.listen(channel, onMessage),
    embedded: target.dataDir ? { dataDir: target.dataDir, origin, checkpoint: () => pglite.exec('CHECKPOINT') } : undefined,
  };
}

/** firststart: where an embedded database's folder came from (pglite-template.ts) */
export type EmbeddedOrigin = 'memory' | 'existing' | 'seeded' | 'migrated' | 'tarball' | 'initdb';
export interface EmbeddedFolder {
  dataDir: string;
  origin: EmbeddedOrigin;
  /** flushes everything to the folder (before it is copied as a template) */
  checkpoint(): Promise<unknown>;
}

export async function createDatabase(target: DatabaseTarget = targetFromEnv()): Promise<Database> {
  const { factory, close, listen: listenEmbedded, embedded } = await createAdapterFactory(target);
  const prisma = new PrismaClient({ adapter: factory });
  const subscriptions: Subscription[] = [];
  return {
    prisma,
    target,
    adapterFactory: factory,
    embedded,
    listen(channel, handlers) {
      if (target.kind === 'postgres') subscriptions.push(listenPostgres(target.listenUrl ?? target.url, channel, handlers));
      // read path (bench:read): the embedded database notifies in process, so caches that forget on notifications
      // (the viewers) work there too instead of loading on every request
      else if (listenEmbedded) void listenEmbedded(channel, handlers.message).then(() => handlers.live(true), () => handlers.live(false));
    },
    async close() {
      await Promise.all(subscriptions.splice(0).map((s) => s.close()));
      await prisma.$disconnect();
      await close();
    },
  };
}
