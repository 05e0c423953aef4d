#!/usr/bin/env node
// The two front-door commands, runnable on a fresh machine with only Node 20 and npm:
//   npm start  — installs, then runs the API (embedded PGlite database with demo data) and the three apps;
//   npm test   — installs, then lint, typecheck, schema checks and every test (unit, PostgreSQL integration,
//                Chromium browser tests); the last line is "N passed, N failed".
import { spawnSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stamp, upToDate } from './setup-stamps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PNPM_VERSION = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const log = (msg) => console.log(`\x1b[1m[oryndau]\x1b[0m ${msg}`);

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...opts.env } });
  return res.status ?? 1;
}
function ok(cmd, args) {
  return spawnSync(cmd, args, { cwd: root, stdio: 'ignore' }).status === 0;
}
function must(cmd, args, what, opts) {
  const started = Date.now();
  const code = run(cmd, args, opts);
  if (code !== 0) {
    log(`${what} failed (exit ${code}).`);
    process.exit(code);
  }
  log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function pnpm() {
  if (ok('pnpm', ['--version'])) return ['pnpm'];
  log(`pnpm not found: installing pnpm@${PNPM_VERSION} with npm`);
  if (run('npm', ['install', '-g', `pnpm@${PNPM_VERSION}`]) === 0 && ok('pnpm', ['--version'])) return ['pnpm'];
  return ['npx', '-y', `pnpm@${PNPM_VERSION}`]; // no global install rights
}

// firststart: `npm start` skips the install check and the generate step when nothing they read has changed since
// they last succeeded here (./setup-stamps.mjs); `pnpm install` generates and stamps both itself (./postinstall.mjs).
function setup({ skipWhenStamped = false } = {}) {
  // firststart: pnpm is looked for (`pnpm --version`, about 0.35 s) only when a step has to run
  let pm;
  const p = (args, what, opts) => {
    pm ??= pnpm();
    const [cmd, ...pre] = pm;
    must(cmd, [...pre, ...args], what, opts);
  };
  for (const [step, args, what] of [
    ['install', ['install', '--frozen-lockfile'], 'install'],
    ['generate', ['turbo', 'run', 'generate'], 'generate (Prisma client)'],
  ]) {
    if (skipWhenStamped && upToDate(step)) {
      log(`${what}: up to date (nothing it reads changed since it last ran)`);
      continue;
    }
    p(args, what);
    stamp(step);
  }
  return p;
}

function ensureChromium() {
  const exe = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(exe)) return;
  if (process.getuid?.() === 0 && ok('which', ['apt-get'])) {
    log('Chromium not found: installing Debian’s chromium for the browser tests');
    run('apt-get', ['update', '-qq']);
    if (run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { DEBIAN_FRONTEND: 'noninteractive' } }) === 0) return;
  }
  log(`Chromium is needed for the browser tests: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

function ensurePostgres() {
  const url = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  const ready = () => ok('pg_isready', ['-h', url.hostname, '-p', url.port || '5432']);
  if (!ok('which', ['pg_isready']) || ready()) return;
  if (ok('which', ['pg_ctlcluster']) && fs.existsSync('/etc/postgresql')) {
    for (const v of fs.readdirSync('/etc/postgresql')) run('pg_ctlcluster', ['--skip-systemctl-redirect', v, 'main', 'start']);
  }
  if (!ready()) {
    log(`PostgreSQL is not answering at ${url.host}: the integration tests need it (set TEST_DATABASE_URL).`);
    process.exit(1);
  }
}

function test() {
  const started = Date.now();
  ensurePostgres();
  ensureChromium();
  const p = setup();
  p(['turbo', 'run', 'lint', 'typecheck', 'check', '--output-logs=errors-only'], 'lint, typecheck, schema checks');
  // the repository's own checks: each failure counts as a failed test and fails the run
  let checksFailed = 0;
  for (const [script, what, ...args] of [
    // the root's own scripts and configuration are in no package's lint task
    ['node_modules/eslint/bin/eslint.js', 'lint of scripts/ and the root configuration', 'scripts', '*.ts', 'eslint.config.js'],
    ['scripts/schema-compat.mjs', 'breaking changes of schema.graphql'],
    ['scripts/check-cache.mjs', 'build cache: a dependency change misses the cache'],
    ['scripts/check-size.mjs', 'no source file over 500 lines (generated and seed data aside)'],
  ]) {
    const t0 = Date.now();
    const code = run(process.execPath, [script, ...args]);
    log(`${what}: ${code === 0 ? 'ok' : `FAILED (exit ${code})`}, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    if (code !== 0) checksFailed++;
  }
  const report = path.join(os.tmpdir(), `oryndau-vitest-${process.pid}.json`);
  const [cmd, ...pre] = pnpm();
  const code = run(cmd, [...pre, 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  let passed = 0, failed = 0, skipped = 0;
  try {
    const r = JSON.parse(fs.readFileSync(report, 'utf8'));
    passed = r.numPassedTests;
    skipped = r.numPendingTests + r.numTodoTests;
    // a file that failed to load has no failed assertion of its own: count it as one failure
    const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')).length;
    failed = r.numFailedTests + brokenFiles;
  } catch {
    failed = 1; // no report: the run itself broke
  }
  failed += checksFailed;
  log(`tests finished in ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(code !== 0 || failed > 0 ? 1 : 0);
}

// firststart: `npm start` spawns the five servers itself instead of `turbo run dev`, which would start pnpm once
// per package (about 0.35 s of CPU each) and check the generate tasks again (they ran, or were up to date, just
// above): about 3 s of CPU on a two-core machine whose cores the first start needs. `pnpm dev` is the turbo way.
// Each line of a server's output is prefixed with its package, as turbo does.
const SERVERS = [
  // the API as its `start` script runs it (node with tsx's loader); `pnpm dev` runs it in tsx's watch mode, which
  // restarts it on a change of its sources (one more process on the way to a first start)
  { name: '@oryndau/api', dir: 'apps/api', node: (dir) => ['--import', pathToFileURL(resolveIn(dir, 'tsx', 'dist/loader.mjs')).href, 'src/main.ts'] },
  // the apps' Vite dev servers (hot reload)
  // firststart: at a lower priority (nice 10) than the API and the child making its database, the longest way of a
  // first start: on a busy machine the dev servers take what those two leave (they answer in about 2 s even so)
  ...['portal', 'chamber', 'oversight', 'desk'].map((app) => ({ name: `@oryndau/${app}`, dir: `apps/${app}`, nice: 10, node: (dir) => [resolveIn(dir, 'vite', 'bin/vite.js')] })),
];
function resolveIn(dir, pkg, file) {
  const require = createRequire(path.join(root, dir, 'package.json'));
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
}
function prefixed(stream, out, label) {
  let rest = '';
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${label}${line}\n`);
  });
  stream.on('end', () => rest && out.write(`${label}${rest}\n`));
}

function start() {
  setup({ skipWhenStamped: true });
  // firststart: no template step before the API. A new embedded folder is made by a child of the API while the
  // API loads (packages/db/src/embedded-prepare.ts): a copy of a template kept by an earlier start (today's seeded
  // one, else the migrated one: pglite-template.ts), else an initdb, the migrations and the seed
  log('starting the API (http://localhost:4000/graphql) and the apps: portal http://localhost:5173, chamber http://localhost:5174, oversight http://localhost:5175, services desk http://localhost:5176');
  const colours = [36, 32, 33, 35, 34];
  const children = [];
  let stopping = false;
  const stop = (sig) => {
    stopping = true;
    for (const { child } of children) if (child.exitCode === null) child.kill(sig);
  };
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => stop(sig));
  const launch = (s, i) => {
    const child = spawn(process.execPath, s.node(s.dir), { cwd: path.join(root, s.dir), stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? (process.stdout.isTTY ? '1' : '0') } });
    const label = process.stdout.isTTY ? `\x1b[${colours[i]}m${s.name}:dev:\x1b[0m ` : `${s.name}:dev: `;
    prefixed(child.stdout, process.stdout, label);
    prefixed(child.stderr, process.stderr, label);
    children.push({ ...s, child });
    if (s.nice && process.env.ORYNDAU_APPS_NICE !== '0') {
      try {
        os.setPriority(child.pid, Number(process.env.ORYNDAU_APPS_NICE ?? s.nice));
      } catch {
        // not allowed here: the server runs at the priority it was given
      }
    }
    child.on('exit', (code, signal) => {
      // one server gone (a port taken, a crash) stops the others, as turbo does: a half-running system misleads
      if (!stopping) {
        log(`${s.name} exited (${signal ?? code}): stopping the others`);
        stop('SIGTERM');
        process.exitCode = code || 1;
      }
      if (children.every(({ child: c }) => c.exitCode !== null || c.signalCode !== null)) process.exit();
    });
  };
  // firststart: the API first; the apps' dev servers (about 1 s each to answer) half a second later, so that the
  // API's start and its child making a new database (the longest part of a first start) have the two cores to
  // themselves at first
  launch(SERVERS[0], 0);
  setTimeout(() => {
    if (!stopping) SERVERS.slice(1).forEach((s, i) => launch(s, i + 1));
  }, Number(process.env.ORYNDAU_APPS_AFTER_MS ?? 500));
}

const command = process.argv[2];
if (command === 'test') test();
else if (command === 'start') start();
else {
  console.error('usage: node scripts/oryndau.mjs start|test');
  process.exit(2);
}
