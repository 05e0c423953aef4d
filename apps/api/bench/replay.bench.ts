// pnpm --filter @oryndau/api bench:replay [chamberId] — how fast a chamber's chain is replayed (the evenness
// report's verification: every assignment recomputed from what was stored), from the start and then going on
// after new assignments, on the benchmark's database (run `pnpm bench` first to fill it). Prints assignments
// per second and the memory the replay holds. Figures are printed, never asserted.
import os from 'node:os';
import pg from 'pg';
import { createDatabase } from '@oryndau/db';
import { databaseUrl } from '@oryndau/db/testing';
import { ChainReplay } from '../src/usecases/assignment-audit.ts';

const URL_ = process.env.BENCH_DATABASE_URL ?? databaseUrl(`oryndau_bench_${String(Number(process.env.BENCH_SCALE ?? 1)).replace('.', '_')}`);
const log = (s: string) => console.log(`[bench:replay] ${s}`);

const client = new pg.Client({ connectionString: URL_ });
await client.connect();
const chamberId =
  process.argv[2] ??
  ((await client.query(`SELECT "chamberId" FROM "Assignment" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`)).rows[0] as { chamberId: string } | undefined)?.chamberId;
await client.end();
if (!chamberId) {
  log('no assignment in the benchmark database yet: run `pnpm bench` first');
  process.exit(0);
}

const db = await createDatabase({ kind: 'postgres', url: URL_ });
try {
  log(`machine: ${os.cpus().length} cores, Node ${process.version}; chamber ${chamberId}`);
  const replay = new ChainReplay(chamberId);
  await db.prisma.assignment.findFirst({ where: { chamberId }, select: { pool: true } }); // the client warmed up first
  global.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t = performance.now();
  const r = await replay.continue(db.prisma);
  const s = (performance.now() - t) / 1000;
  global.gc?.();
  const held = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  log(`full replay: ${r.checked} assignments in ${s.toFixed(2)} s = ${(r.checked / s).toFixed(0)} assignments/s; ${r.failed.length} did not verify; the replay holds ${held.toFixed(1)} MiB${global.gc ? '' : ' (approximate: run with --expose-gc)'}`);
  const t2 = performance.now();
  const holds = await replay.tipHolds(db.prisma);
  const again = await replay.continue(db.prisma);
  log(`going on with nothing added: tip holds ${holds}, ${again.checked - r.checked} more in ${(performance.now() - t2).toFixed(0)} ms`);
} finally {
  await db.close();
}
