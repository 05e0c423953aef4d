// firststart: a new embedded folder is made by a child process while the API loads (embedded-prepare.ts): the
// folder appears in its place complete (migrated, seeded, the dashboards counted) or not at all, and the
// templates of the next new folder are built once the API says it serves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../src/client.ts';
import { isNewEmbeddedFolder, prepareEmbeddedInChild } from '../src/embedded-prepare.ts';
import { allMigrationsApplied } from '../src/migrate.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'oryndau-prepare-'));
const saved = process.env.ORYNDAU_PGLITE_TEMPLATE_DIR;
const cache = path.join(tmp, 'cache');
beforeAll(() => {
  // the child inherits the environment: its templates go here, not into the repository's cache
  process.env.ORYNDAU_PGLITE_TEMPLATE_DIR = cache;
});
afterAll(() => {
  if (saved === undefined) delete process.env.ORYNDAU_PGLITE_TEMPLATE_DIR;
  else process.env.ORYNDAU_PGLITE_TEMPLATE_DIR = saved;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const leftovers = (dir: string) => fs.readdirSync(path.dirname(dir)).filter((e) => e.startsWith(`${path.basename(dir)}.making-`));
const templates = () => (fs.existsSync(cache) ? fs.readdirSync(cache).sort() : []);

describe('a new embedded folder made in a child process', () => {
  it('a child killed during its work leaves no database behind, and the next one makes it', async () => {
    const dataDir = path.join(tmp, 'interrupted');
    const first = prepareEmbeddedInChild({ dataDir, migrate: true, seed: 'demo', templates: false });
    await first.initialised;
    process.kill(first.pid!, 'SIGKILL');
    await expect(first.done).rejects.toThrow(/could not be made/);
    expect(isNewEmbeddedFolder(dataDir)).toBe(true);
    expect(leftovers(dataDir)).toHaveLength(1); // its half-made folder, beside the place, never in it
    const second = prepareEmbeddedInChild({ dataDir, migrate: true, seed: null, templates: false });
    expect((await second.done).origin).toBe('initdb');
    second.done.then((p) => p.serving());
    expect(isNewEmbeddedFolder(dataDir)).toBe(false);
    expect(leftovers(dataDir)).toEqual([]); // the killed child's folder, removed by the next
  }, 120_000);

  it('is in place migrated and seeded, with the dashboards counted; the templates are kept', async () => {
    const dataDir = path.join(tmp, 'data');
    const child = prepareEmbeddedInChild({ dataDir, migrate: true, seed: 'demo', templates: true });
    await child.initialised;
    const prepared = await child.done;
    expect(prepared.origin).toBe('initdb');
    // no template on the way: they are built once the API serves
    expect(templates()).toEqual([]);
    const db = await createDatabase({ kind: 'pglite', dataDir });
    try {
      expect(db.embedded?.origin).toBe('existing');
      expect(await allMigrationsApplied(db.adapterFactory)).toBe(true);
      expect(await db.prisma.user.count({ where: { login: 'aigerim' } })).toBe(1);
      // the counters the seed recounts once (its triggers are off during the load)
      const [c] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "DashboardCounter"`;
      expect(c!.n).toBeGreaterThan(100);
      const [d] = await db.prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "DashboardDelta"`;
      expect(d!.n).toBe(0);
    } finally {
      await db.close();
    }
    prepared.serving();
    const both = () => templates().filter((t) => /-migrated$|-seeded-/.test(t)).length === 2 && !templates().some((t) => /\.tmp$/.test(t));
    for (let i = 0; i < 900 && !both(); i++) await new Promise((r) => setTimeout(r, 100));
    expect(templates().filter((t) => /-migrated$/.test(t))).toHaveLength(1);
    expect(templates().filter((t) => /-seeded-/.test(t))).toHaveLength(1);
    expect(templates().filter((t) => /\.tmp$/.test(t))).toEqual([]); // the scratch folder is gone
    // a new folder now is a copy of today's seeded template
    const again = await prepareEmbeddedInChild({ dataDir: path.join(tmp, 'data-again'), migrate: true, seed: 'demo', templates: true }).done;
    expect(again.origin).toBe('seeded');
    again.serving();
    expect(leftovers(dataDir)).toEqual([]);
  }, 120_000);

  it('a failure is told with its reason, and nothing is left in the place', async () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    const child = prepareEmbeddedInChild({ dataDir: path.join(blocker, 'data'), migrate: true, seed: null, templates: false });
    await expect(child.done).rejects.toThrow(/could not be made in .*a-file.*: .*ENOTDIR/s);
  }, 60_000);
});
