// pnpm bench:read — the read path at national scale (issue 11, "Benchmark"). Printed, never asserted.
//
// 1. Loads the national data set into BENCH_READ_DATABASE_URL (default: database oryndau_read_<scale>) unless it
//    is there, and gives one chamber (the one with the most bailiffs) a chain of assignments through the API.
// 2. The nested read path (read-operations.ts NESTED_READS): for every role that may read it, the SQL statements
//    one request runs at first: 50 and first: 100 (counted in-process on pg's Client.query), then the latency of
//    the GraphQL request against the API process vs the one hand-written SQL statement returning the same JSON,
//    one client and 8 clients, with the API's CPU per request.
// 3. `viewer { login }`: requests per second of one API process (16 keep-alive clients) vs a bare node:http
//    server answering the same JSON; on PostgreSQL and on the embedded PGlite of `npm start`.
// 4. Each dashboard query (read-operations.ts DASHBOARDS, those in the schema): p50/p95/p99 with 16 concurrent
//    inspectors, alone and while assignments run at 200/s; the naive GROUP BY beside it; staleness after a
//    burst of 10,000 writes.
// 5. The applicant portal's JavaScript, gzipped, per route (vite build with a manifest).
//
// BENCH_SCALE=0.05 loads a 5 % sample for a quick run; BENCH_READ_ONLY=nested,viewer,dashboards,portal runs a part.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { ensureNationalDatabase } from './national-database.ts';
import { graphqlPoster } from './graphql-client.ts';
import { databaseUrl } from '@oryndau/db/testing';
import { TokenService } from '../src/auth/tokens.ts';
import { DASHBOARDS, NESTED_READS, VIEWER_LOGIN, type NestedRead } from './read-operations.ts';
import { portalBundle } from './portal-bundle.ts';
import { closedLoop, cpuMs, f1, pct } from './read-figures.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const JWT_SECRET = randomBytes(32).toString('hex');
const issuer = new TokenService({ secret: JWT_SECRET });
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const URL_ = process.env.BENCH_READ_DATABASE_URL ?? databaseUrl(`oryndau_read_${String(SCALE).replace('.', '_')}`);
const PORT = Number(process.env.BENCH_PORT ?? 4121);
const ONLY = new Set((process.env.BENCH_READ_ONLY ?? 'nested,viewer,dashboards,portal').split(','));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
/** dashboards: runs of each naive GROUP BY (seconds each on the national set) */
const NAIVE_SAMPLES = Number(process.env.BENCH_NAIVE_SAMPLES ?? 10);

const log = (s: string) => console.log(`[bench:read] ${s}`);
const results: Record<string, unknown> = {};

// ---------------------------------------------------------------- the data set

const ensureDatabase = () => ensureNationalDatabase(URL_, SCALE, log);

interface Readers {
  chamberId: string;
  chamberName: string;
  logins: Record<NestedRead['role'], { id: string; login: string }>;
}

async function user(db: pg.Client, id: string, login: string, role: string, chamberId: string | null) {
  await db.query(`INSERT INTO "User" ("id", "login", "displayName", "locale") VALUES ($1, $2, $2, 'EN') ON CONFLICT ("login") DO NOTHING`, [id, login]);
  await db.query(`INSERT INTO "RoleGrant" ("id", "userId", "role", "chamberId") SELECT $1, u."id", $2, $3 FROM "User" u WHERE u."login" = $4 ON CONFLICT DO NOTHING`, [`${id}-g`, role, chamberId, login]);
  return { id: (await db.query(`SELECT "id" FROM "User" WHERE "login" = $1`, [login])).rows[0].id as string, login };
}

/** The chamber with the most bailiffs, an official and an inspector, and at least 120 assignments in its chain. */
async function prepare(db: pg.Client): Promise<Readers> {
  const c = (
    await db.query(`SELECT c."id", c."name", count(b."id")::int AS n FROM "Chamber" c JOIN "PrivateBailiff" b ON b."chamberId" = c."id"
      WHERE b."leftOn" IS NULL GROUP BY 1, 2 ORDER BY n DESC, c."id" LIMIT 1`)
  ).rows[0] as { id: string; name: string };
  const official = await user(db, `read-u-${c.id}`, `read.official.${c.id}`, 'CHAMBER_OFFICIAL', c.id);
  const inspector = await user(db, 'read-u-inspector', 'read.inspector', 'MINISTRY_INSPECTOR', null);
  const policy = (await db.query(`SELECT 1 FROM "AssignmentPolicy" WHERE "chamberId" = $1`, [c.id])).rowCount;
  if (!policy) {
    await db.query(`INSERT INTO "AssignmentPolicy" ("id", "chamberId", "version", "config") VALUES ($1, $2, 1, $3)`, [
      `read-p-${c.id}`, c.id, JSON.stringify({ name: 'EVEN_COUNT', version: 1, period: 'CALENDAR_YEAR', perCategory: false, consolidateDebtor: true, weightByPresence: false }),
    ]);
  }
  return { chamberId: c.id, chamberName: c.name, logins: { CHAMBER_OFFICIAL: official, MINISTRY_INSPECTOR: inspector } as Readers['logins'] };
}

/** Waiting documents for the chamber (as `pnpm bench` adds them), each with an application of an applicant of the data set. */
async function addWaitingDocuments(db: pg.Client, chamberId: string, n: number, applicantId?: string, debtorIdNumber?: string): Promise<string[]> {
  const res = await db.query(
    `WITH docs AS (
       SELECT 'read-' || md5(random()::text || g::text) AS id, g FROM generate_series(1, $1) g
     ), apps AS (
       INSERT INTO "ServiceApplication" ("id", "number", "kind", "channel", "status", "applicantId", "providerRegionId", "receivedAt", "registeredAt", "updatedAt")
       SELECT 'rapp-' || docs.id, 'READ-' || docs.id, 'ENFORCEMENT_INITIATION', 'PORTAL', 'REGISTERED', coalesce($3, (SELECT "id" FROM "User" WHERE "login" LIKE 'id:%' OFFSET (g * 37) % 1000 LIMIT 1)),
              (SELECT "regionId" FROM "Chamber" WHERE "id" = $2), now(), now(), now()
       FROM docs RETURNING "id"
     ), stages AS (
       INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage", "at")
       SELECT 'rst-' || a."id" || '-' || k, a."id", 'REGISTERED', (CASE k WHEN 1 THEN 'registered' ELSE 'routed-to-chamber' END)::"ApplicationStageKind", now() - ((3 - k) || ' minutes')::interval
       FROM apps a CROSS JOIN generate_series(1, 2) k RETURNING 1
     )
     INSERT INTO "ExecutiveDocument" ("id", "applicationId", "court", "caseNumber", "issuedOn", "category", "amountTenge", "claimantName", "claimantIdNumber",
       "debtorName", "debtorIdNumber", "debtorAddress", "districtId", "routing", "status", "originalReceivedAt", "receivedAt")
     SELECT docs.id, 'rapp-' || docs.id, 'Bench court', 'R-' || g, DATE '2026-01-15', 'PRIVATE_CLAIM', 100000 + g, 'Bench claimant', '010240000012',
       CASE WHEN $4::text IS NULL THEN 'Bench debtor ' || g ELSE 'Read debtor' END, coalesce($4, lpad(((random() * 899999999999)::bigint + 100000000000)::text, 12, '0')), 'Bench street', d."id", 'CHAMBER', 'AWAITING_ASSIGNMENT', now(), now() - (g || ' seconds')::interval
     FROM docs
     CROSS JOIN LATERAL (SELECT bd."districtId" AS "id" FROM "BailiffDistrict" bd JOIN "PrivateBailiff" b ON b."id" = bd."bailiffId"
                         WHERE b."chamberId" = $2 ORDER BY bd."districtId" OFFSET (g % 3) LIMIT 1) d
     RETURNING "id"`,
    [n, chamberId, applicantId ?? null, debtorIdNumber ?? null],
  );
  return res.rows.map((r: { id: string }) => r.id);
}

/**
 * A chain of assignments in the chamber, made by the API; then the bailiff and the applicant who read them: 60
 * documents of one applicant against one debtor (the policy consolidates a debtor's cases with one bailiff, so
 * that bailiff has 60 open cases), and others of many applicants.
 */
async function ensureAssignments(db: pg.Client, r: Readers) {
  const applicant = (await db.query(`SELECT "id", "login" FROM "User" WHERE "login" LIKE 'id:%' ORDER BY "id" LIMIT 1`)).rows[0] as { id: string; login: string };
  const consolidated = Number((await db.query(`SELECT count(*) FROM "ExecutiveDocument" WHERE "debtorName" = 'Read debtor'`)).rows[0].count);
  if (consolidated < 60) await addWaitingDocuments(db, r.chamberId, 60, applicant.id, '850101300011');
  const have = Number((await db.query(`SELECT count(*) FROM "Assignment" WHERE "chamberId" = $1`, [r.chamberId])).rows[0].count);
  if (have < 150) await addWaitingDocuments(db, r.chamberId, 300 - have);
  const waiting = Number((await db.query(`SELECT count(*) FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" JOIN "Chamber" c ON c."regionId" = x."regionId"
    WHERE c."id" = $1 AND d."status" = 'AWAITING_ASSIGNMENT'`, [r.chamberId])).rows[0].count);
  if (waiting > 0) {
    const token = await tokenOf(r.logins.CHAMBER_OFFICIAL);
    const t = performance.now();
    const d = await gql<{ assignAllWaiting: { assignedCount: number } }>(
      'mutation($c: ID!) { assignAllWaiting(input: { chamberId: $c, limit: 5000 }) { assignedCount userErrors { message } } }',
      { c: encodeGlobalID('Chamber', r.chamberId) }, token,
    );
    log(`assigned ${d.assignAllWaiting.assignedCount} waiting documents in ${((performance.now() - t) / 1000).toFixed(1)} s (assignAllWaiting)`);
  }
  // the bailiff with the most open cases (the consolidated debtor's), signed in as a user of their own
  const top = (
    await db.query(`SELECT b."id", b."userId" FROM "EnforcementProceeding" p JOIN "PrivateBailiff" b ON b."id" = p."bailiffId"
      WHERE b."chamberId" = $1 AND p."status" = 'AWAITING_DECISION' GROUP BY 1, 2 ORDER BY count(*) DESC, b."id" LIMIT 1`, [r.chamberId])
  ).rows[0] as { id: string; userId: string | null };
  const bailiff = top.userId
    ? ((await db.query(`SELECT "id", "login" FROM "User" WHERE "id" = $1`, [top.userId])).rows[0] as { id: string; login: string })
    : await user(db, `read-u-bailiff-${top.id}`, `read.bailiff.${top.id}`, 'PRIVATE_BAILIFF', null);
  if (!top.userId) await db.query(`UPDATE "PrivateBailiff" SET "userId" = $1 WHERE "id" = $2`, [bailiff.id, top.id]);
  r.logins.PRIVATE_BAILIFF = bailiff;
  r.logins.APPLICANT = applicant;
  const sizes = (
    await db.query(`SELECT (SELECT count(*) FROM "Assignment" WHERE "chamberId" = $1)::int a, (SELECT count(*) FROM "EnforcementProceeding" p JOIN "PrivateBailiff" b ON b."id" = p."bailiffId" WHERE b."userId" = $2 AND p."status" = 'AWAITING_DECISION')::int p,
       (SELECT count(*) FROM "ServiceApplication" WHERE "applicantId" = $3)::int s`, [r.chamberId, bailiff.id, applicant.id])
  ).rows[0];
  log(`readers: ${r.chamberName} (${sizes.a} assignments); bailiff ${bailiff.login} (${sizes.p} open cases); applicant ${applicant.login} (${sizes.s} applications)`);
}

// ---------------------------------------------------------------- HTTP: the API, a bare server, the client

const children: ChildProcess[] = [];
async function waitHealthy(port: number, pathName = '/healthz') {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}${pathName}`)).ok) return;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`nothing answers on ${port}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The API as its own process, as deployed (NODE_ENV=production), on PostgreSQL or (url null) on PGlite in memory. */
async function startApi(port: number, url: string | null): Promise<{ pid: number; stop: () => Promise<void> }> {
  // BENCH_PROFILE=dir writes a V8 CPU profile of the API process there (open it in Chrome's DevTools)
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  const env: NodeJS.ProcessEnv = url
    ? { NODE_ENV: 'production', ...process.env, DATABASE_URL: url, DATABASE_POOL_MAX: '24', ORYNDAU_MIGRATE: '0', ORYNDAU_SEED: '0' }
    : { ...process.env, NODE_ENV: 'development', DATABASE_URL: '', ORYNDAU_DATA_DIR: 'memory', ORYNDAU_DEV_AUTH: '1', ORYNDAU_STATE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'read-bench-')) };
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, '../src/main.ts')], {
    env: { ...env, ORYNDAU_API_WORKERS: '1', PORT: String(port), ORYNDAU_JWT_SECRET: JWT_SECRET },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  children.push(child);
  await waitHealthy(port);
  await settle(child.pid ?? 0);
  return {
    pid: child.pid ?? 0,
    stop: () => new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/**
 * Waits (at most 60 s) until the API is idle: the scheduler's first run starts a second after the API does
 * (audit anchors, the licence jobs) and would otherwise be counted in the first figures' CPU per request.
 */
async function settle(pid: number) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const c0 = cpuMs(pid);
    await new Promise((r) => setTimeout(r, 1_000));
    if (!(cpuMs(pid) - c0 > 50)) return;
  }
  log('  (the API did not become idle within 60 s: its background jobs run during the figures)');
}

/** A bare node:http server answering every POST with the same JSON as `viewer { login }`. */
async function startBare(port: number, body: string): Promise<{ pid: number; stop: () => void }> {
  const src = `const http = require('node:http'); const b = ${JSON.stringify(body)};
    http.createServer((req, res) => { if (req.url === '/healthz') { res.end('ok'); return; } let n = 0; req.on('data', (c) => (n += c.length));
      req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(b) }); res.end(b); }); }).listen(${port}, '127.0.0.1');`;
  const child = spawn(process.execPath, ['-e', src], { stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(child);
  await waitHealthy(port);
  return { pid: child.pid ?? 0, stop: () => child.kill('SIGTERM') };
}

const post = graphqlPoster(64);

async function gql<T>(query: string, variables: Record<string, unknown>, token?: string, port = PORT): Promise<T> {
  const body = JSON.parse(await post(port, JSON.stringify({ query, variables }), token)) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const tokenOf = (u: { id: string; login: string }) => issuer.sign(u.id, u.login);

// ---------------------------------------------------------------- figures


/** Sequential samples of `run`, after a warm-up: sorted latencies in ms. */
async function sample(run: () => Promise<unknown>, n = SAMPLES): Promise<number[]> {
  for (let i = 0; i < Math.min(20, n); i++) await run();
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await run();
    out.push(performance.now() - t);
  }
  return out.sort((a, b) => a - b);
}

/** Closed loop: `clients` concurrent callers for `seconds`; requests per second and sorted latencies. */
// ---------------------------------------------------------------- 2. the nested read path

/** SQL statements one request runs, counted in this process on pg's Client.query (every statement adapter-pg sends). */
async function countStatements(r: Readers) {
  const { createServices } = await import('../src/app.ts');
  const { startServer } = await import('../src/server.ts');
  const services = await createServices({ target: { kind: 'postgres', url: URL_, max: 4 }, devAuth: false, jwtSecret: JWT_SECRET });
  const server = await startServer(services, { port: 0, host: '127.0.0.1' });
  let statements = 0;
  const original = pg.Client.prototype.query;
  const counting = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    // BENCH_READ_SQL=1 prints every statement counted (what a request runs)
    if (process.env.BENCH_READ_SQL) console.log(`    sql: ${String((args[0] as { text?: string })?.text ?? args[0]).replace(/\s+/g, ' ').slice(0, 400)}`);
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  (pg.Client.prototype as { query: unknown }).query = counting;
  const out: { role: string; first: number; rows: number; statements: number; errors: number }[] = [];
  try {
    for (const read of NESTED_READS) {
      const token = await tokenOf(r.logins[read.role]);
      for (const first of [50, 100]) {
        const variables = { id: encodeGlobalID('Chamber', r.chamberId), first };
        await post(server.port, JSON.stringify({ query: read.query, variables }), token); // warm: the viewer cache, prepared statements
        await flushLogs();
        statements = 0;
        const answer = JSON.parse(await post(server.port, JSON.stringify({ query: read.query, variables }), token)) as { data: unknown; errors?: unknown[] };
        const n = statements;
        await flushLogs();
        out.push({ role: read.label, first, rows: answer.data ? read.rows(answer.data) : 0, statements: n, errors: answer.errors?.length ?? 0 });
      }
    }
  } finally {
    (pg.Client.prototype as { query: unknown }).query = original;
    await server.close();
    await services.db.close();
  }
  return out;
  async function flushLogs() {
    const { flushAccessLog } = await import('../src/schema/record-auth.ts');
    await new Promise((res) => setTimeout(res, 40));
    await flushAccessLog(services.db.prisma);
  }
}

async function nested(db: pg.Client, r: Readers, api: { pid: number }) {
  log('— the nested read path: a chamber’s newest assignments with bailiff, licence, document, proceeding, application, stages —');
  const counts = await countStatements(r);
  for (const c of counts) log(`  ${c.role.padEnd(24)} first: ${String(c.first).padStart(3)} → ${String(c.rows).padStart(3)} rows, ${String(c.statements).padStart(3)} SQL statements${c.errors ? ` (${c.errors} errors)` : ''}`);
  const rows = [];
  for (const read of NESTED_READS) {
    const u = r.logins[read.role];
    const token = await tokenOf(u);
    const variables = { id: encodeGlobalID('Chamber', r.chamberId), first: 50 };
    const param = read.role === 'CHAMBER_OFFICIAL' || read.role === 'MINISTRY_INSPECTOR' ? r.chamberId : u.id;
    const body = JSON.stringify({ query: read.query, variables });
    const api0 = cpuMs(api.pid);
    const g = await sample(() => post(PORT, body, token));
    const apiCpu = (cpuMs(api.pid) - api0) / (SAMPLES + Math.min(20, SAMPLES));
    const s = await sample(() => db.query(read.sql, [param, 50]));
    // the same JSON? (a check of the comparison, printed)
    const answer = JSON.parse(await post(PORT, body, token)) as { data: unknown; errors?: unknown };
    const sqlAnswer = (await db.query(read.sql, [param, 50])).rows[0].data;
    const same = JSON.stringify(answer.data) === JSON.stringify(sqlAnswer);
    // 8 clients: throughput of each, as the issue measured it
    const pool = new pg.Pool({ connectionString: URL_, max: 8 });
    const gt = await closedLoop(8, Math.max(2, SECONDS / 2), () => post(PORT, body, token));
    const st = await closedLoop(8, Math.max(2, SECONDS / 2), () => pool.query(read.sql, [param, 50]));
    await pool.end();
    const row = {
      role: read.label, graphqlP50: pct(g, 50), graphqlP95: pct(g, 95), sqlP50: pct(s, 50), sqlP95: pct(s, 95), ratio: pct(g, 50) / pct(s, 50),
      apiCpuMsPerRequest: apiCpu, rps8: gt.rps, sqlRps8: st.rps, throughputRatio: st.rps / gt.rps, sameJson: same, errors: answer.errors ?? null,
    };
    rows.push(row);
    log(
      `  ${read.label.padEnd(24)} GraphQL p50 ${f1(row.graphqlP50)} ms (p95 ${f1(row.graphqlP95)}) vs SQL p50 ${f1(row.sqlP50)} ms (p95 ${f1(row.sqlP95)}): ${f1(row.ratio)}× [target ≤ 2×]; ` +
        `API CPU ${f1(apiCpu)} ms/request; 8 clients ${row.rps8.toFixed(0)} vs ${row.sqlRps8.toFixed(0)} req/s (${f1(row.throughputRatio)}×); same JSON: ${same ? 'yes' : 'no'}${answer.errors ? ` ERRORS ${JSON.stringify(answer.errors).slice(0, 200)}` : ''}`,
    );
  }
  results.nested = { statements: counts, latency: rows };
}

// ---------------------------------------------------------------- 3. viewer { login }

async function viewerThroughput(r: Readers, api: { pid: number }) {
  log('— viewer { login }: one API process vs a bare node:http server with the same JSON, 16 keep-alive clients —');
  const body = JSON.stringify({ query: VIEWER_LOGIN });
  // requests per second, and the server's CPU per request (steadier than throughput on a shared machine: the
  // ratio of CPU per request is what the throughput ratio would be with a core to itself)
  const measure = async (port: number, pid: number, token: string | undefined) => {
    await closedLoop(16, 1, () => post(port, body, token)); // warm-up
    const c0 = cpuMs(pid);
    const run = await closedLoop(16, SECONDS, () => post(port, body, token));
    return { rps: run.rps, cpuUs: ((cpuMs(pid) - c0) * 1000) / run.latencies.length, p50: pct(run.latencies, 50) };
  };
  const token = await tokenOf(r.logins.MINISTRY_INSPECTOR);
  const answer = await post(PORT, body, token);
  const onPg = await measure(PORT, api.pid, token);
  const bare = await startBare(PORT + 2, answer);
  const onBare = await measure(PORT + 2, bare.pid, undefined);
  bare.stop();
  // the embedded database of `npm start`: migrated and seeded in memory, a demo user signed in by devLogin
  const lite = await startApi(PORT + 1, null);
  let onLite = { rps: NaN, cpuUs: NaN, p50: NaN };
  try {
    const t = await gql<{ devLogin: { token: string } }>('mutation { devLogin(input: { login: "inspector" }) { token } }', {}, undefined, PORT + 1);
    onLite = await measure(PORT + 1, lite.pid, t.devLogin.token);
  } catch (e) {
    log(`  PGlite: ${(e as Error).message.slice(0, 200)}`);
  } finally {
    await lite.stop();
  }
  results.viewer = {
    postgres: onPg, bare: onBare, pglite: onLite, ratio: onPg.rps / onBare.rps, cpuRatio: onBare.cpuUs / onPg.cpuUs, postgresVsPglite: onPg.rps / onLite.rps,
  };
  const fmt = (m: typeof onPg) => `${m.rps.toFixed(0)} req/s (p50 ${f1(m.p50)} ms, server CPU ${m.cpuUs.toFixed(0)} µs/request)`;
  log(`  PostgreSQL: ${fmt(onPg)}; bare node:http: ${fmt(onBare)}`);
  log(`  ratio ${(onPg.rps / onBare.rps).toFixed(3)} in throughput, ${(onBare.cpuUs / onPg.cpuUs).toFixed(3)} in CPU per request [target ≥ 0.2]`);
  log(`  PGlite (npm start): ${fmt(onLite)}; PostgreSQL / PGlite ${(onPg.rps / onLite.rps).toFixed(2)}× [target ≤ 2×]`);
}

// ---------------------------------------------------------------- 4. the dashboards

async function dashboards(db: pg.Client, r: Readers) {
  log('— dashboards: 16 concurrent inspectors, alone and while assignments run at 200/s —');
  const token = await tokenOf(r.logins.MINISTRY_INSPECTOR);
  const present = [];
  // dashperf: BENCH_DASHBOARDS_SKIP="open items,…" leaves out the queries whose label contains one of these
  const skip = (process.env.BENCH_DASHBOARDS_SKIP ?? '').split(',').map((x) => x.trim()).filter(Boolean);
  for (const d of DASHBOARDS) {
    if (skip.some((x) => d.label.includes(x))) {
      log(`  ${d.label}: skipped (BENCH_DASHBOARDS_SKIP)`);
      continue;
    }
    const answer = JSON.parse(await post(PORT, JSON.stringify({ query: d.query, variables: d.variables ?? {} }), d.anonymous ? undefined : token)) as { errors?: { message: string }[] };
    if (answer.errors) {
      const missing = answer.errors.some((e) => e.message.includes(`Cannot query field "${d.field}" on type "Query"`));
      log(`  ${d.label}: ${missing ? `absent (no Query.${d.field} in this schema)` : `does not match the schema: ${answer.errors[0]!.message.slice(0, 160)}`}`);
      continue;
    }
    present.push(d);
  }
  const out: Record<string, unknown>[] = [];
  if (!present.length) {
    results.dashboards = { present: 0 };
    return;
  }
  const official = await tokenOf(r.logins.CHAMBER_OFFICIAL);
  for (const d of present) {
    const body = JSON.stringify({ query: d.query, variables: d.variables ?? {} });
    const tk = d.anonymous ? undefined : token;
    const alone = await closedLoop(16, SECONDS, () => post(PORT, body, tk));
    // while assignments run: an open loop of 200 assignDocument calls per second by the chamber's official
    const docs = await addWaitingDocuments(db, r.chamberId, 200 * SECONDS);
    let assigned = 0;
    const t0 = performance.now();
    const writer = (async () => {
      const inFlight: Promise<unknown>[] = [];
      for (let i = 0; i < docs.length; i++) {
        const wait = t0 + (i * 1000) / 200 - performance.now();
        if (wait > 1) await new Promise((res) => setTimeout(res, wait));
        inFlight.push(gql('mutation($id: ID!) { assignDocument(input: { documentId: $id }) { assignment { id } } }', { id: encodeGlobalID('ExecutiveDocument', docs[i]!) }, official).then(() => assigned++, () => {}));
      }
      await Promise.all(inFlight);
    })();
    const busy = await closedLoop(16, SECONDS, () => post(PORT, body, tk));
    await writer;
    const assignRate = assigned / ((performance.now() - t0) / 1000);
    const naive = await sample(() => db.query(d.naive), NAIVE_SAMPLES);
    const row = {
      label: d.label, alone: { p50: pct(alone.latencies, 50), p95: pct(alone.latencies, 95), p99: pct(alone.latencies, 99) },
      whileAssigning: { p50: pct(busy.latencies, 50), p95: pct(busy.latencies, 95), p99: pct(busy.latencies, 99), assignmentsPerSecond: assignRate },
      naiveP50: pct(naive, 50), ratio: pct(alone.latencies, 50) / pct(naive, 50), load: os.loadavg()[0] ?? NaN,
    };
    out.push(row);
    log(
      `  ${d.label}: alone p50/p95/p99 ${f1(row.alone.p50)}/${f1(row.alone.p95)}/${f1(row.alone.p99)} ms; while assigning (${assignRate.toFixed(0)}/s) ${f1(row.whileAssigning.p50)}/${f1(row.whileAssigning.p95)}/${f1(row.whileAssigning.p99)} ms [target p95 < 25 ms]; ` +
        `naive GROUP BY p50 ${f1(row.naiveP50)} ms; ours / naive ${row.ratio.toFixed(3)} (load ${row.load.toFixed(1)})`,
    );
  }
  // staleness: a burst of 10,000 writes (assignments through assignAllWaiting), then how long until each figure settles
  const before = await Promise.all(present.map((d) => answerOf(d, token)));
  await addWaitingDocuments(db, r.chamberId, 10_000);
  const tBurst = performance.now();
  let n = 0;
  while (n < 10_000) {
    const d = await gql<{ assignAllWaiting: { assignedCount: number | null } }>(
      'mutation($c: ID!) { assignAllWaiting(input: { chamberId: $c, limit: 5000 }) { assignedCount } }', { c: encodeGlobalID('Chamber', r.chamberId) }, official,
    );
    if (!d.assignAllWaiting.assignedCount) break;
    n += d.assignAllWaiting.assignedCount;
  }
  const tDone = performance.now();
  log(`  burst: ${n} assignments written in ${((tDone - tBurst) / 1000).toFixed(1)} s`);
  // every figure polled at once from the burst's end (one after another, a figure would be counted from when its
  // turn came)
  await Promise.all(present.map(async (d, i) => {
    let last = before[i];
    let lastChange = NaN;
    const stopAt = performance.now() + 30_000;
    let stable = 0;
    while (performance.now() < stopAt && stable < 20) {
      const a = await answerOf(d, token);
      if (a !== last) {
        last = a;
        lastChange = performance.now();
        stable = 0;
      } else stable++;
      await new Promise((res) => setTimeout(res, 100));
    }
    const staleness = Number.isNaN(lastChange) ? NaN : Math.max(0, lastChange - tDone);
    (out[i] as Record<string, unknown>).stalenessMs = staleness;
  }));
  for (const [i, d] of present.entries()) {
    const staleness = (out[i] as { stalenessMs: number }).stalenessMs;
    log(`  ${d.label}: settled ${Number.isNaN(staleness) ? 'without a change (the figure does not count assignments?)' : `${(staleness / 1000).toFixed(2)} s after the burst`} [target ≤ 10 s]`);
  }
  results.dashboards = out;
}

/** A dashboard's answer without its "as of" (which changes on every refresh). */
async function answerOf(d: (typeof DASHBOARDS)[number], token: string) {
  const text = await post(PORT, JSON.stringify({ query: d.query, variables: d.variables ?? {} }), d.anonymous ? undefined : token);
  return text.replace(/"asOf":"[^"]*"/g, '');
}

// ---------------------------------------------------------------- main

async function main() {
  log(`machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  if (ONLY.has('portal')) results.portal = portalBundle(root, log);
  if (!(ONLY.has('nested') || ONLY.has('viewer') || ONLY.has('dashboards'))) return;
  await ensureDatabase();
  const db = new pg.Client({ connectionString: URL_ });
  await db.connect();
  const readers = await prepare(db);
  const api = await startApi(PORT, URL_);
  try {
    await ensureAssignments(db, readers);
    if (ONLY.has('nested')) await nested(db, readers, api);
    if (ONLY.has('viewer')) await viewerThroughput(readers, api);
    if (ONLY.has('dashboards')) await dashboards(db, readers);
  } finally {
    await api.stop();
    await db.end();
    for (const c of children) if (c.exitCode === null) c.kill('SIGTERM');
  }
  console.log(JSON.stringify({ cores: os.cpus().length, scale: SCALE, ...results }, (_k, v) => (typeof v === 'number' ? Math.round(v * 100) / 100 : v)));
}

await main();
process.exit(0);
