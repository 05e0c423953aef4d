// patterns (first start): a new PGlite database costs an initdb in WebAssembly (about 7 s of CPU here) and the
// migrations (about 2.5 s). The template is that work done once: an empty cluster with every migration applied,
// dumped as a tarball under node_modules/.cache/oryndau, named by the PGlite version and the migrations it holds.
// A new data folder is loaded from it (about 1.5 s); `applyMigrations` then applies whatever came after it.
// Without a matching template a new database is created the ordinary way, so the template only saves time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { migrationsDir, processAlive as alive, repoRoot } from './embedded-prepare.ts';

const require = createRequire(import.meta.url);

/** Where the templates live: outside `.data/`, so that "delete .data/ to start over" starts fast too. */
export const pgliteTemplateDir = (): string => process.env.ORYNDAU_PGLITE_TEMPLATE_DIR ?? path.join(repoRoot, 'node_modules/.cache/oryndau');

function pgliteVersion(): string {
  const pkg = path.resolve(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

/** The template's file for the installed PGlite and the migrations of prisma/migrations, as they are now. */
export function pgliteTemplateFile(): string {
  const h = createHash('sha256').update(`pglite ${pgliteVersion()}\n`);
  const dirs = fs.existsSync(migrationsDir) ? fs.readdirSync(migrationsDir).filter((d) => fs.existsSync(path.join(migrationsDir, d, 'migration.sql'))).sort() : [];
  for (const d of dirs) h.update(`${d}\n`).update(fs.readFileSync(path.join(migrationsDir, d, 'migration.sql')));
  return path.join(pgliteTemplateDir(), `pglite-${h.digest('hex').slice(0, 16)}.tar.gz`);
}

/** The template matching the current migrations, or null. */
export function readPgliteTemplate(): Blob | null {
  if (process.env.ORYNDAU_PGLITE_TEMPLATE === '0') return null;
  const file = pgliteTemplateFile();
  return fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : null;
}

/**
 * Builds the template when it is missing (an in-memory database, migrated with the one migration path) and
 * removes templates of older migrations. Returns the file and whether it had to be built.
 */
export async function ensurePgliteTemplate(log: (line: string) => void = () => {}): Promise<{ file: string; built: boolean; ms: number }> {
  const started = Date.now();
  const file = pgliteTemplateFile();
  if (fs.existsSync(file)) return { file, built: false, ms: 0 };
  const { PGlite } = await import('@electric-sql/pglite');
  const { PrismaPGlite } = await import('pglite-prisma-adapter');
  const { applyMigrations } = await import('./migrate.ts');
  const pglite = new PGlite();
  try {
    await pglite.waitReady;
    await applyMigrations(new PrismaPGlite(pglite) as unknown as Parameters<typeof applyMigrations>[0]);
    const tar = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
    fs.mkdirSync(pgliteTemplateDir(), { recursive: true });
    for (const old of fs.readdirSync(pgliteTemplateDir())) if (/^pglite-[0-9a-f]{16}\.tar\.gz$/.test(old)) fs.rmSync(path.join(pgliteTemplateDir(), old), { force: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, tar);
    fs.renameSync(tmp, file); // atomic: a start never reads half a template
  } finally {
    await pglite.close();
  }
  const ms = Date.now() - started;
  log(`PGlite template (initdb + migrations) built in ${ms} ms: ${path.relative(repoRoot, file)}`);
  return { file, built: true, ms };
}

// firststart: two folder templates, copied instead of loaded. A new data folder is a copy of the newest one that
// fits: the seeded template of today (migrated and seeded: no initdb, no migration, no seed), else the migrated
// template, else the tarball above, else an initdb. They are written by the API itself while it makes a new
// folder (`saveFolderTemplate`: a CHECKPOINT, then a synchronous copy of the folder, so no statement runs
// between the two and the copy is what a clean shutdown would leave), hence off the way of no start after the
// first. The demo's dates are relative to its day (Asia/Almaty), so the seeded template is keyed by that day
// (and by the PGlite version, the migrations and the sources of the seed); a template of another day is never used.

/** The sources the demo data is computed from: the seed files and the domain's rules. */
function seedSourcesHash(): string {
  const h = createHash('sha256');
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) h.update(`${path.relative(repoRoot, p)}\n`).update(fs.readFileSync(p));
    }
  };
  walk(path.join(repoRoot, 'packages/db/src/seed'));
  walk(path.join(repoRoot, 'packages/domain/src'));
  return h.digest('hex').slice(0, 16);
}

export type FolderTemplate = { kind: 'migrated' } | { kind: 'seeded'; day: string };

/** The folder of a template for the installed PGlite and the migrations (and seed, and day) as they are now. */
export function folderTemplateDir(t: FolderTemplate): string {
  const base = path.basename(pgliteTemplateFile(), '.tar.gz'); // pglite-<PGlite version and migrations>
  return path.join(pgliteTemplateDir(), t.kind === 'migrated' ? `${base}-migrated` : `${base}-seeded-${seedSourcesHash()}-${t.day}`);
}

const COMPLETE = '.oryndau-template';

/**
 * Copies the best fitting folder template into `dataDir` (which has no database yet); returns which one, or
 * null when none fits (`ORYNDAU_PGLITE_TEMPLATE=0`: never).
 */
export function copyFolderTemplate(dataDir: string, day: string): FolderTemplate['kind'] | null {
  if (process.env.ORYNDAU_PGLITE_TEMPLATE === '0') return null;
  for (const t of [{ kind: 'seeded', day }, { kind: 'migrated' }] as FolderTemplate[]) {
    const dir = folderTemplateDir(t);
    if (!fs.existsSync(path.join(dir, COMPLETE))) continue;
    fs.cpSync(dir, dataDir, { recursive: true, filter: (src) => path.basename(src) !== COMPLETE });
    return t.kind;
  }
  return null;
}

/**
 * Saves the embedded database in `dataDir` as the template `t` when it is missing (and removes the older
 * templates of that kind). `checkpoint` must flush everything to the folder; nothing runs between its end and the
 * copy (the copy is synchronous).
 */
export async function saveFolderTemplate(dataDir: string, t: FolderTemplate, checkpoint: () => Promise<unknown>): Promise<string | null> {
  if (process.env.ORYNDAU_PGLITE_TEMPLATE === '0') return null;
  const dir = folderTemplateDir(t);
  if (fs.existsSync(path.join(dir, COMPLETE))) return null;
  await checkpoint();
  const tmp = `${dir}.${process.pid}.tmp`;
  fs.mkdirSync(pgliteTemplateDir(), { recursive: true });
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.cpSync(dataDir, tmp, { recursive: true });
  fs.writeFileSync(path.join(tmp, COMPLETE), `${JSON.stringify(t)}\n`);
  for (const old of fs.readdirSync(pgliteTemplateDir())) {
    const same = t.kind === 'migrated' ? /-migrated$/.test(old) : /-seeded-/.test(old);
    const tmpOf = /\.(\d+)\.tmp$/.exec(old)?.[1];
    const stale = tmpOf !== undefined && Number(tmpOf) !== process.pid && !alive(Number(tmpOf)); // a copy its process never finished
    if ((same && old.startsWith('pglite-') && tmpOf === undefined && old !== path.basename(dir)) || stale) fs.rmSync(path.join(pgliteTemplateDir(), old), { recursive: true, force: true });
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir); // atomic: a start never copies half a template
  return dir;
}

/**
 * firststart: builds the folder templates a new folder would want and that are missing (the migrated one; the
 * seeded one of today when `seed`), in a scratch folder made the way any new folder is: a copy of the best
 * template there (else an initdb), the migrations and the seed through prepareDatabase, which keeps the templates.
 * A first start runs it after the API serves, at low priority (embedded-prepare.child.ts), instead of copying
 * its own folder on the way. Returns whether it built anything.
 */
export async function ensureFolderTemplates(opts: { seed: 'demo' | null; now?: Date }): Promise<boolean> {
  if (process.env.ORYNDAU_PGLITE_TEMPLATE === '0') return false;
  const { almatyDate } = await import('@oryndau/domain');
  const day = almatyDate(opts.now ?? new Date());
  const have = (t: FolderTemplate) => fs.existsSync(path.join(folderTemplateDir(t), COMPLETE));
  if (have({ kind: 'migrated' }) && (!opts.seed || have({ kind: 'seeded', day }))) return false;
  const { createDatabase } = await import('./client.ts');
  const { prepareDatabase } = await import('./prepare.ts');
  fs.mkdirSync(pgliteTemplateDir(), { recursive: true });
  const scratch = path.join(pgliteTemplateDir(), `pglite-scratch.${process.pid}.tmp`); // removed by a later save if this process dies
  fs.rmSync(scratch, { recursive: true, force: true });
  try {
    const db = await createDatabase({ kind: 'pglite', dataDir: scratch });
    try {
      await prepareDatabase(db, { migrate: true, seed: opts.seed, templates: true, now: opts.now, log: () => {} });
    } finally {
      await db.close();
    }
    return true;
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
