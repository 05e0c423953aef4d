// firststart: what a database needs before the API serves from it, in one place: the migrations, the demo data,
// and (for a new embedded folder) the templates of the next new folder (pglite-template.ts). createServices runs it
// in the API's process; a new embedded folder is made by the same function in a child process
// (embedded-prepare.ts) while the API loads its modules.
import { almatyDate } from '@oryndau/domain';
import type { Database } from './client.ts';
import { applyMigrations } from './migrate.ts';
import { saveFolderTemplate } from './pglite-template.ts';

export interface PrepareOptions {
  migrate?: boolean;
  seed?: 'demo' | null;
  /** keep a new embedded folder, once migrated and again once seeded, as the template of the next one */
  templates?: boolean;
  now?: Date;
  log?: (line: string) => void;
}

/** Migrates, seeds and keeps the templates as asked; returns whether the demo data was written now. */
export async function prepareDatabase(db: Database, opts: PrepareOptions): Promise<{ seeded: boolean }> {
  const log = opts.log ?? ((line: string) => console.log(`[oryndau] ${line}`));
  const t1 = Date.now();
  // a folder made by an initdb just now (or a database in memory) holds nothing: its migrations need no engine (migrate-new-database.ts)
  if (opts.migrate) await applyMigrations(db.adapterFactory, { newDatabase: db.embedded?.origin === 'initdb' || (db.target.kind === 'pglite' && !db.target.dataDir) });
  const t2 = Date.now();
  if (!opts.templates && opts.migrate && (db.embedded?.origin === 'initdb' || db.embedded?.origin === 'tarball')) log(`embedded database from ${db.embedded.origin}: migrations ${t2 - t1} ms`);
  // a new embedded folder, once migrated (and again once seeded), is kept as a template for the next new folder
  // (pglite-template.ts); a checkpoint and a copy of the folder, about 0.2 s
  const folder = opts.templates ? db.embedded : undefined;
  if (folder && opts.migrate && (folder.origin === 'initdb' || folder.origin === 'tarball')) {
    await saveFolderTemplate(folder.dataDir, { kind: 'migrated' }, folder.checkpoint);
    log(`embedded database from ${folder.origin}: migrations ${t2 - t1} ms, kept as template ${Date.now() - t2} ms`);
  }
  if (opts.seed !== 'demo') return { seeded: false };
  const now = opts.now ?? new Date();
  const { seedDemo } = await import('./seed/demo.ts');
  const demo = await seedDemo(db.prisma, { now });
  if (folder && demo.created) await saveFolderTemplate(folder.dataDir, { kind: 'seeded', day: almatyDate(now) }, folder.checkpoint);
  return { seeded: demo.created };
}
