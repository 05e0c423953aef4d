// patterns (first start): a new PGlite database costs an initdb in WebAssembly (about 7 s of CPU here) and the
// migrations (about 2.5 s). The template is that work done once: an empty cluster with every migration applied,
// dumped as a tarball under node_modules/.cache/oryndau, named by the PGlite version and the migrations it holds.
// A new data folder is loaded from it (about 1.5 s); `applyMigrations` then applies whatever came after it.
// Without a matching template a new database is created the ordinary way, so the template only saves time.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { migrationsDir, repoRoot } from './migrate.ts';

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
