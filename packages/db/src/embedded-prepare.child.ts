// firststart: the child process of embedded-prepare.ts. Makes the embedded database asked for (argv[2], a
// PrepareRequest) in a folder beside its place, through createDatabase (templates or initdb) and prepareDatabase
// (migrations, seed, templates), closes it and renames it into place; then tells the parent where it came from.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { processAlive as alive, type PrepareRequest } from './embedded-prepare.ts';

const req = JSON.parse(process.argv[2] ?? '{}') as PrepareRequest;
const send = (m: object) => new Promise<void>((resolve) => (process.send ? process.send(m, undefined, undefined, () => resolve()) : resolve()));

const target = path.resolve(req.dataDir);
const making = `${target}.making-${process.pid}`;
try {
  const { createDatabase } = await import('./client.ts');
  const { prepareDatabase } = await import('./prepare.ts');
  const t0 = Date.now();
  fs.rmSync(making, { recursive: true, force: true });
  const db = await createDatabase({ kind: 'pglite', dataDir: making });
  const origin = db.embedded?.origin ?? 'existing';
  void send({ initialised: true }); // the parent loads its modules now (embedded-prepare.ts)
  if (origin === 'initdb' || origin === 'tarball') console.log(`[oryndau] embedded database from ${origin}: ${Date.now() - t0} ms (in a child process, while the API loads)`);
  try {
    // no template is kept on the way (a copy of a folder costs about 0.4 s on a busy first start): they are built
    // below, once the API serves
    await prepareDatabase(db, { migrate: req.migrate, seed: req.seed, templates: false });
  } finally {
    await db.close();
  }
  // into place: `target` is absent or an empty folder (rename replaces an empty one), and only now holds PG_VERSION
  fs.mkdirSync(path.dirname(target), { recursive: true });
  if (fs.existsSync(target) && fs.readdirSync(target).length === 0) fs.rmdirSync(target);
  fs.renameSync(making, target);
  // left by an interrupted start of another process
  for (const e of fs.readdirSync(path.dirname(target))) {
    const m = new RegExp(`^${path.basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.making-(\\d+)$`).exec(e);
    if (m && !alive(Number(m[1]))) fs.rmSync(path.join(path.dirname(target), e), { recursive: true, force: true });
  }
  await send({ origin });
  // the API has its database; once it serves (its message, or its end), at the lowest priority: the templates of
  // the next new folder that are missing (today's seeded one, the migrated one for another day or a changed seed),
  // in a scratch folder (pglite-template.ts). The API does not wait for them.
  await new Promise<void>((resolve) => {
    process.once('message', () => resolve());
    process.once('disconnect', () => resolve());
  });
  process.disconnect?.();
  if (req.templates && req.migrate) {
    os.setPriority(19);
    const { ensureFolderTemplates } = await import('./pglite-template.ts');
    await ensureFolderTemplates({ seed: req.seed }).catch((e: unknown) => console.error(`[oryndau] the templates of a new folder were not kept: ${e instanceof Error ? e.message : String(e)}`));
  }
  process.exit(0);
} catch (e) {
  try {
    fs.rmSync(making, { recursive: true, force: true });
  } catch {
    // nothing was made there (its parent is not a folder, say)
  }
  await send({ error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  process.exit(1);
}
