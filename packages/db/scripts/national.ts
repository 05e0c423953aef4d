// pnpm db:national [--scale 0.01] [--database-url postgres://…] [--awaiting-per-chamber 200] [--seed 1] [--now ISO]
// Generates the national-scale benchmark data set into an empty PostgreSQL database (migrating it first).
import { parseArgs } from 'node:util';
import { generateNational, isPostgresUrl } from '../src/seed/national.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    'database-url': { type: 'string' },
    'awaiting-per-chamber': { type: 'string', default: '200' },
    seed: { type: 'string', default: '1' },
    now: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log('Usage: pnpm db:national [--scale 1] [--database-url postgres://…] [--awaiting-per-chamber 200] [--seed 1] [--now 2026-11-20T07:00:00Z]');
  process.exit(0);
}

const url = values['database-url'] ?? process.env.DATABASE_URL;
if (!isPostgresUrl(url)) {
  console.error(
    'The national data set needs PostgreSQL: pass --database-url postgres://… or set DATABASE_URL.\n' +
      'The embedded PGlite database is not supported for data of this size.',
  );
  process.exit(2);
}
const scale = Number(values.scale);
const awaitingPerChamber = Number(values['awaiting-per-chamber']);
const seed = Number(values.seed);
const now = values.now ? new Date(values.now) : undefined;
if (!(scale > 0) || !(awaitingPerChamber >= 0) || !Number.isInteger(seed) || (now && Number.isNaN(now.getTime()))) {
  console.error('Invalid --scale, --awaiting-per-chamber, --seed or --now.');
  process.exit(2);
}

try {
  const summary = await generateNational(url, { scale, awaitingPerChamber, seed, now, log: (s) => console.log(s) });
  console.log(`Done in ${(summary.totalMs / 1000).toFixed(1)} s.`);
  process.exit(0);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
