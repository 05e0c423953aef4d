// Issue 11: each dashboard figure's latency on a database (e.g. the national data set), against the same figure
// computed by a plain GROUP BY over the base tables: p50 / p95 and the ratio "ours / naive". Printed, never
// asserted. Entry points for `pnpm bench:read`: the functions of src/aggregates/* (volumes, serviceTerms,
// bailiffWork, complaints, inspections, openItems, chamberFigures) and the NAIVE queries below.
// Usage: DATABASE_URL=postgres://… npx tsx bench/dashboards.bench.ts [iterations]
import { almatyDate } from '@oryndau/domain';
import { createDatabase } from '@oryndau/db';
import { bailiffWork, complaints, serviceTerms, volumes } from '../src/aggregates/figures.ts';
import { openItems } from '../src/aggregates/open-items.ts';
import { chamberFigures } from '../src/aggregates/chambers.ts';
import { CalendarService } from '../src/services/calendar.ts';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL');
const n = Number(process.argv[2] ?? 20);
const db = await createDatabase({ kind: 'postgres', url, max: 4 });
const p = db.prisma;
const now = new Date(process.env.BENCH_NOW ?? '2026-11-20T07:00:00Z');
const filter = { regionIds: null, fromMonth: '2025-12', toMonth: '2026-11' };
const cal = new CalendarService();
const month = (c: string) => `to_char((${c} AT TIME ZONE 'UTC') + interval '5 hours', 'YYYY-MM')`;

export const NAIVE: Record<string, string> = {
  volumes: `SELECT "kind", "providerRegionId", ${month('COALESCE("registeredAt", "createdAt")')} m, "channel", count(*) FROM "ServiceApplication" WHERE "status" <> 'DRAFT' AND ${month('COALESCE("registeredAt", "createdAt")')} BETWEEN '2025-12' AND '2026-11' GROUP BY 1, 2, 3, 4`,
  terms: `SELECT "kind", count(*) FILTER (WHERE "decidedAt" IS NOT NULL), count(*) FILTER (WHERE (("decidedAt" AT TIME ZONE 'UTC') + interval '5 hours')::date <= "dueOn"), percentile_disc(0.5) WITHIN GROUP (ORDER BY "dashboard_working_days"((("registeredAt" AT TIME ZONE 'UTC') + interval '5 hours')::date, (("decidedAt" AT TIME ZONE 'UTC') + interval '5 hours')::date)) FROM "ServiceApplication" WHERE "status" IN ('APPROVED', 'REFUSED') AND ${month('"registeredAt"')} BETWEEN '2025-12' AND '2026-11' GROUP BY 1`,
  bailiffWork: `SELECT "status", "refusalGround", count(*), count(*) FILTER (WHERE (("decidedAt" AT TIME ZONE 'UTC') + interval '5 hours')::date <= "decisionDueOn") FROM "EnforcementProceeding" WHERE ${month('"registeredAt"')} BETWEEN '2025-12' AND '2026-11' GROUP BY 1, 2`,
  complaints: `SELECT "addressee", "status", count(*) FROM "Complaint" WHERE ${month('"registeredAt"')} BETWEEN '2025-12' AND '2026-11' GROUP BY 1, 2`,
};

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  await fn();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}
const pct = (xs: number[], q: number) => xs[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)]!;

const ours: Record<string, () => Promise<unknown>> = {
  volumes: () => volumes(p, filter),
  terms: () => serviceTerms(p, filter),
  bailiffWork: () => bailiffWork(p, filter),
  complaints: () => complaints(p, filter),
  overdue: () => openItems(p, cal, now, { regionIds: null, services: null, bodies: null }, 'OVERDUE'),
  chambers: () => chamberFigures(p, 2026, almatyDate(now), null),
};
console.log(`figure        ours p50   ours p95   naive p50  naive p95  ratio p50 (${n} runs each)`);
for (const [name, fn] of Object.entries(ours)) {
  const a = await time(fn);
  const naive = NAIVE[name];
  const b = naive ? await time(() => p.$queryRawUnsafe(naive)) : null;
  const f = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
  console.log(`${name.padEnd(12)} ${f(pct(a, 0.5))} ${f(pct(a, 0.95))} ${b ? `${f(pct(b, 0.5))} ${f(pct(b, 0.95))}  ${(pct(a, 0.5) / pct(b, 0.5)).toFixed(3)}` : '        —          —        —'}`);
}
await db.close();
