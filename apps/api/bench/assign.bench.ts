// pnpm bench — throughput and latency of the Chamber's assignment on the national-scale data set.
//
// 1. Loads the national data set (≈1,700 bailiffs, 3 M proceedings, 500 k applications, 100 k complaints) into
//    BENCH_DATABASE_URL (default: database oryndau_bench on the local server) unless it is already there.
//    BENCH_SCALE=0.05 loads a 5 % sample for a quick run.
// 2. Starts the API as its own process (so the load generator does not share its event loop); BENCH_API_WORKERS
//    runs it as a cluster.
// 3. For one chamber, then two and four chambers at once: fresh waiting documents, then concurrent officials
//    calling the `assignDocument` mutation over HTTP. Prints assignments per second, p50/p95/p99 latency, where
//    each assignment's CPU time went (API, PostgreSQL, load generator) and how busy the machine was, the scaling
//    across chambers, and the core count. Then the batch `assignAllWaiting`.
// Figures are printed, never asserted: this is a benchmark, not a test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ensureNationalDatabase } from './national-database.ts';
import { graphqlPoster } from './graphql-client.ts';
import { databaseUrl } from '@oryndau/db/testing';
import { randomBytes } from 'node:crypto';
import { TokenService } from '../src/auth/tokens.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
// production has no dev sign-in: the bench's officials get tokens signed with the API's ORYNDAU_JWT_SECRET
const JWT_SECRET = randomBytes(32).toString('hex');
const issuer = new TokenService({ secret: JWT_SECRET });
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const URL_ = process.env.BENCH_DATABASE_URL ?? databaseUrl(`oryndau_bench_${String(SCALE).replace('.', '_')}`);
const CLIENTS_PER_CHAMBER = Number(process.env.BENCH_CLIENTS ?? 8);
const DOCS_PER_CHAMBER = Number(process.env.BENCH_DOCS ?? 1500);
const PORT = Number(process.env.BENCH_PORT ?? 4111);
/** open loop: assignments per second each chamber offers, and for how long */
const PACE = Number(process.env.BENCH_PACE ?? 200);
const PACE_SECONDS = Number(process.env.BENCH_PACE_SECONDS ?? 5);
/** API processes (ORYNDAU_API_WORKERS) */
const WORKERS = Number(process.env.BENCH_API_WORKERS ?? 1);

const log = (s: string) => console.log(`[bench] ${s}`);

const ensureDatabase = () => ensureNationalDatabase(URL_, SCALE, log);

interface ChamberPick {
  id: string;
  name: string;
  regionId: string;
  bailiffs: number;
  login: string;
}

/** The four chambers with the most bailiffs, an official for each, and fresh waiting documents. */
async function prepare(db: pg.Client, count: number): Promise<ChamberPick[]> {
  const rows = (
    await db.query(`SELECT c."id", c."name", c."regionId", count(b."id")::int AS n FROM "Chamber" c JOIN "PrivateBailiff" b ON b."chamberId" = c."id"
      WHERE b."leftOn" IS NULL GROUP BY 1, 2, 3 ORDER BY n DESC, c."id" LIMIT $1`, [count])
  ).rows as { id: string; name: string; regionId: string; n: number }[];
  const picks: ChamberPick[] = [];
  for (const r of rows) {
    const login = `bench.official.${r.id}`;
    await db.query(`INSERT INTO "User" ("id", "login", "displayName", "locale") VALUES ($1, $2, $3, 'EN') ON CONFLICT ("login") DO NOTHING`, [`bench-u-${r.id}`, login, `Bench official of ${r.name}`]);
    await db.query(`INSERT INTO "RoleGrant" ("id", "userId", "role", "chamberId") SELECT $1, u."id", 'CHAMBER_OFFICIAL', $2 FROM "User" u WHERE u."login" = $3 ON CONFLICT DO NOTHING`, [`bench-g-${r.id}`, r.id, login]);
    const policy = (await db.query(`SELECT 1 FROM "AssignmentPolicy" WHERE "chamberId" = $1`, [r.id])).rowCount;
    if (!policy) {
      await db.query(`INSERT INTO "AssignmentPolicy" ("id", "chamberId", "version", "config") VALUES ($1, $2, 1, $3)`, [
        `bench-p-${r.id}`, r.id, JSON.stringify({ name: 'EVEN_COUNT', version: 1, period: 'CALENDAR_YEAR', perCategory: false, consolidateDebtor: true, weightByPresence: false }),
      ]);
    }
    picks.push({ id: r.id, name: r.name, regionId: r.regionId, bailiffs: r.n, login });
  }
  return picks;
}

async function addWaitingDocuments(db: pg.Client, chamber: ChamberPick, n: number): Promise<string[]> {
  const res = await db.query(
    `INSERT INTO "ExecutiveDocument" ("id", "court", "caseNumber", "issuedOn", "category", "amountTenge", "claimantName", "claimantIdNumber",
       "debtorName", "debtorIdNumber", "debtorAddress", "districtId", "routing", "status", "originalReceivedAt", "receivedAt")
     SELECT 'bench-' || md5(random()::text || g::text), 'Bench court', 'B-' || g, DATE '2026-01-15', 'PRIVATE_CLAIM', 100000 + g, 'Bench claimant', '010240000012',
       'Bench debtor ' || g, lpad(((random() * 899999999999)::bigint + 100000000000)::text, 12, '0'), 'Bench street', d."id", 'CHAMBER', 'AWAITING_ASSIGNMENT', now(), now() - (g || ' seconds')::interval
     FROM generate_series(1, $1) g
     CROSS JOIN LATERAL (SELECT bd."districtId" AS "id" FROM "BailiffDistrict" bd JOIN "PrivateBailiff" b ON b."id" = bd."bailiffId"
                         WHERE b."chamberId" = $2 ORDER BY bd."districtId" OFFSET (g % 3) LIMIT 1) d
     RETURNING "id"`,
    [n, chamber.id],
  );
  return res.rows.map((r: { id: string }) => r.id);
}

// CPU accounting from /proc (Linux): where each assignment's CPU time goes — the API process, PostgreSQL (all its
// processes), the load generator (this process) — and how busy the machine was. Steadier than throughput on a
// shared virtual machine, and it tells whether chambers contend (CPU per assignment rising with chambers) or
// only share the cores.
const TICK_MS = 10; // USER_HZ is 100 on Linux
interface ProcStat {
  pid: string;
  comm: string;
  ppid: string;
  cpuMs: number;
  sysMs: number;
  /** CPU of its children that have exited (and been waited for) */
  childrenMs: number;
}
function processes(): ProcStat[] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  const out: ProcStat[] = [];
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push({ pid, comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ppid: f[1]!, cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS, sysMs: Number(f[12]) * TICK_MS, childrenMs: (Number(f[13]) + Number(f[14])) * TICK_MS });
    } catch {
      /* gone */
    }
  }
  return out;
}
function machineTicks(): { busy: number; total: number } {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = f[3]! + (f[4] ?? 0);
    const total = f.reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}
let apiPid = 0;
function cpuSnapshot() {
  const self = process.cpuUsage();
  const procs = processes();
  // the API: its process and, with ORYNDAU_API_WORKERS, its workers
  const apiProcs = procs.filter((p) => p.pid === String(apiPid) || p.ppid === String(apiPid));
  const api = apiProcs.reduce((a, p) => a + p.cpuMs, 0);
  const apiSys = apiProcs.reduce((a, p) => a + p.sysMs, 0);
  // PostgreSQL: every postgres process, plus what the postmaster's exited children (backends, autovacuum
  // workers) used, so that a process ending between two readings does not take its time with it
  const pgProcs = procs.filter((p) => p.comm === 'postgres');
  const postmasters = new Set(pgProcs.filter((p) => !pgProcs.some((q) => q.pid === p.ppid)).map((p) => p.pid));
  const pg = pgProcs.reduce((a, p) => a + p.cpuMs + (postmasters.has(p.pid) ? p.childrenMs : 0), 0);
  return { api, apiSys, pg, gen: (self.user + self.system) / 1000, machine: machineTicks() };
}
function cpuReport(a: ReturnType<typeof cpuSnapshot>, b: ReturnType<typeof cpuSnapshot>, n: number) {
  const per = (x: number) => (x / n).toFixed(2);
  const busy = b.machine.total > a.machine.total ? ((b.machine.busy - a.machine.busy) / (b.machine.total - a.machine.total)) * 100 : 0;
  return {
    text: `CPU per assignment: API ${per(b.api - a.api)} ms (${per(b.apiSys - a.apiSys)} in the kernel), PostgreSQL ${per(b.pg - a.pg)} ms, load generator ${per(b.gen - a.gen)} ms; machine ${busy.toFixed(0)} % busy`,
    apiMs: (b.api - a.api) / n,
    pgMs: (b.pg - a.pg) / n,
    generatorMs: (b.gen - a.gen) / n,
    busyPercent: busy,
  };
}

async function startApi(): Promise<() => void> {
  // BENCH_PROFILE=dir writes a V8 CPU profile of the API process there (open it in Chrome's DevTools)
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, ...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', path.join(here, '../src/main.ts')], {
    // measured as deployed: NODE_ENV=production (graphql-js skips its development-only checks)
    env: { NODE_ENV: 'production', ...process.env, ORYNDAU_API_WORKERS: String(WORKERS), DATABASE_URL: URL_, DATABASE_POOL_MAX: '24', PORT: String(PORT), ORYNDAU_JWT_SECRET: JWT_SECRET, ORYNDAU_MIGRATE: '0', ORYNDAU_SEED: '0' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  apiPid = child.pid ?? 0;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${PORT}/healthz`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error('API did not start');
    await new Promise((r) => setTimeout(r, 250));
  }
  return () => child.kill('SIGTERM');
}

// The load generator: node:http with keep-alive connections and no per-request allocation beyond the body. It
// shares the cores with the API and PostgreSQL, so it must be cheap: fetch (undici) cost about 1 ms of CPU per
// request here, as much as PostgreSQL's whole share of an assignment.
const postTo = graphqlPoster(256);
const post = (body: string, token?: string) => postTo(PORT, body, token);

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const body = JSON.parse(await post(JSON.stringify({ query, variables }), token)) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function login(l: string) {
  return issuer.sign(l.replace(/^bench\.official\./, 'bench-u-'), l);
}

const ASSIGN = 'mutation($id: ID!) { assignDocument(input: { documentId: $id }) { assignment { id } userErrors { code message } } }';

const cpuOf = (r: { cpu: { apiMs: number; pgMs: number } }) => r.cpu.apiMs + r.cpu.pgMs;

function pct(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/**
 * Closed loop (default): CLIENTS_PER_CHAMBER officials per chamber, each sending its next request when the last
 * is answered — as fast as the system goes. Open loop (`pace`): each chamber offers `pace` assignments per
 * second on a fixed schedule, whatever the answers; latency counts from the scheduled time, so a system that
 * falls behind shows it (no coordinated omission).
 */
async function run(db: pg.Client, chambers: ChamberPick[], label: string, docsPerChamber = DOCS_PER_CHAMBER, pace?: number) {
  const work = await Promise.all(chambers.map(async (c) => ({ c, token: await login(c.login), docs: await addWaitingDocuments(db, c, docsPerChamber) })));
  const latencies: number[] = [];
  let failures = 0;
  const assign = async (token: string, id: string, since: number) => {
    const r = await gql<{ assignDocument: { assignment: { id: string } | null; userErrors: { message: string }[] } }>(ASSIGN, { id: encodeGlobalID('ExecutiveDocument', id) }, token);
    latencies.push(performance.now() - since);
    if (!r.assignDocument.assignment) failures++;
  };
  const cpu0 = cpuSnapshot();
  const t0 = performance.now();
  if (pace) {
    await Promise.all(
      work.map(async ({ token, docs }) => {
        const inFlight: Promise<void>[] = [];
        for (let i = 0; i < docs.length; i++) {
          const due = t0 + (i * 1000) / pace;
          const wait = due - performance.now();
          if (wait > 1) await new Promise((r) => setTimeout(r, wait));
          inFlight.push(assign(token, docs[i]!, due));
        }
        await Promise.all(inFlight);
      }),
    );
  } else {
    await Promise.all(
      work.flatMap(({ token, docs }) => {
        let next = 0;
        return Array.from({ length: CLIENTS_PER_CHAMBER }, async () => {
          for (;;) {
            const i = next++;
            if (i >= docs.length) return;
            await assign(token, docs[i]!, performance.now());
          }
        });
      }),
    );
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = cpuReport(cpu0, cpuSnapshot(), latencies.length);
  latencies.sort((a, b) => a - b);
  const total = latencies.length - failures;
  const rate = total / seconds;
  log(
    `${label}: ${total} assignments in ${seconds.toFixed(2)} s = ${rate.toFixed(0)} assignments/s; latency p50 ${pct(latencies, 50).toFixed(1)} ms, p95 ${pct(latencies, 95).toFixed(1)} ms, p99 ${pct(latencies, 99).toFixed(1)} ms${failures ? `; ${failures} refused` : ''}`,
  );
  log(`  ${cpu.text}`);
  return { rate, cpu: { apiMs: cpu.apiMs, pgMs: cpu.pgMs, generatorMs: cpu.generatorMs, busyPercent: cpu.busyPercent }, p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99) };
}

async function batch(db: pg.Client, chamber: ChamberPick) {
  const token = await login(chamber.login);
  const n = 2000;
  await addWaitingDocuments(db, chamber, n);
  const t = performance.now();
  const d = await gql<{ assignAllWaiting: { assignedCount: number } }>(
    'mutation($c: ID!) { assignAllWaiting(input: { chamberId: $c, limit: 5000 }) { assignedCount userErrors { message } } }',
    { c: encodeGlobalID('Chamber', chamber.id) },
    token,
  );
  const s = (performance.now() - t) / 1000;
  log(`batch assignAllWaiting: ${d.assignAllWaiting.assignedCount} in ${s.toFixed(2)} s = ${(d.assignAllWaiting.assignedCount / s).toFixed(0)} assignments/s`);
}

async function main() {
  log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; API processes: ${WORKERS}`);
  await ensureDatabase();
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  const counts = (await db.query(`SELECT (SELECT count(*) FROM "PrivateBailiff")::int b, (SELECT count(*) FROM "EnforcementProceeding")::int p, (SELECT count(*) FROM "ServiceApplication")::int a, (SELECT count(*) FROM "Complaint")::int c, (SELECT count(*) FROM "Assignment")::int s`)).rows[0];
  log(`data set: ${counts.b} bailiffs, ${counts.p} proceedings, ${counts.a} applications, ${counts.c} complaints, ${counts.s} assignments`);
  const chambers = await prepare(db, 4);
  log(`chambers: ${chambers.map((c) => `${c.name} (${c.bailiffs} bailiffs)`).join('; ')}`);
  const stop = await startApi();
  try {
    // warm-up: a few assignments so that the first timed request does not pay for JIT and connection set-up
    await run(db, [chambers[0]!], 'warm-up', 200);
    const one = await run(db, [chambers[0]!], `1 chamber, ${CLIENTS_PER_CHAMBER} concurrent officials`);
    const two = await run(db, chambers.slice(0, 2), `2 chambers at once, ${CLIENTS_PER_CHAMBER} officials each`);
    const four = await run(db, chambers, `4 chambers at once, ${CLIENTS_PER_CHAMBER} officials each`);
    log(
      `scaling 1 → 2 → 4 chambers: ×${(two.rate / one.rate).toFixed(2)}, ×${(four.rate / one.rate).toFixed(2)} throughput; CPU per assignment ×${(cpuOf(two) / cpuOf(one)).toFixed(2)}, ×${(cpuOf(four) / cpuOf(one)).toFixed(2)} (1.00 = chambers do not contend, so throughput grows with the cores: this machine has ${os.cpus().length})`,
    );
    // Open loop: every chamber offers the same load; served in full, throughput grows with the chambers (×1, ×2, ×4)
    // while latency tells what the others cost each chamber.
    const paced = [];
    for (const n of [1, 2, 4]) {
      paced.push(await run(db, chambers.slice(0, n), `${n} chamber${n > 1 ? 's' : ''} offering ${PACE}/s each`, Math.round(PACE * PACE_SECONDS), PACE));
    }
    log(
      `open loop, ${PACE}/s per chamber: 1 → 2 → 4 chambers served ${paced.map((r) => r.rate.toFixed(0)).join(' → ')} assignments/s (×${(paced[1]!.rate / paced[0]!.rate).toFixed(2)}, ×${(paced[2]!.rate / paced[0]!.rate).toFixed(2)}); p99 ${paced.map((r) => r.p99.toFixed(1)).join(' → ')} ms`,
    );
    await batch(db, chambers[1]!);
    console.log(
      JSON.stringify({ cores: os.cpus().length, scale: SCALE, oneChamber: one, twoChambers: two, fourChambers: four, scaling: four.rate / one.rate, openLoop: { perChamber: PACE, chambers: [1, 2, 4], runs: paced } }, (_k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)),
    );
  } finally {
    stop();
    await db.end();
  }
}

await main();
