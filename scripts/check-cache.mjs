#!/usr/bin/env node
// Proves that Turbo's cache cannot replay a stale pass: run by `npm test` after the typecheck.
//
// In a scratch copy of the repository (the tracked and untracked-not-ignored files of the working tree; every
// node_modules rebuilt from symlinks, the workspace's own packages pointing into the copy), with the real cache
// directory (TURBO_CACHE_DIR, else <root>/.turbo/cache, Turbo's own place in a clone):
//   1. `turbo run typecheck --filter=@oryndau/api` passes (a hit when `npm test`'s typecheck ran just before),
//      so the cache holds a pass for the API;
//   2. an exported type of packages/domain changes in a way that breaks apps/api (IsoDate becomes a number);
//   3. the same run must miss the cache for @oryndau/api#typecheck (another hash), execute it and fail.
// A cached pass replayed at step 3 is exactly the bug this guards against (issue 7, part 4).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = path.resolve(process.env.TURBO_CACHE_DIR ?? path.join(root, '.turbo/cache'));
const TASK = '@oryndau/api#typecheck';
const PROBE = { file: 'packages/domain/src/calendar.ts', from: 'export type IsoDate = string;', to: 'export type IsoDate = number; // cache probe' };

const log = (m) => console.log(`check-cache: ${m}`);
function fail(m) {
  console.error(`check-cache: FAILED: ${m}`);
  process.exit(1);
}

function sh(cmd, args, cwd, opts = {}) {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
}

function workspaceDirs() {
  const dirs = [''];
  for (const group of ['apps', 'packages']) {
    for (const d of fs.readdirSync(path.join(root, group))) if (fs.existsSync(path.join(root, group, d, 'package.json'))) dirs.push(`${group}/${d}`);
  }
  return dirs;
}

/** node_modules of the copy: a link per entry; a workspace package links into the copy, everything else to its real place. */
function linkModules(scratch, rel) {
  const real = path.join(root, rel, 'node_modules');
  if (!fs.existsSync(real)) return;
  const target = path.join(scratch, rel, 'node_modules');
  fs.mkdirSync(target, { recursive: true });
  const linkEntry = (from, to) => {
    const resolved = fs.realpathSync(from);
    const inside = path.relative(root, resolved);
    const workspace = !inside.startsWith('..') && !inside.split(path.sep).includes('node_modules');
    fs.symlinkSync(workspace ? path.join(scratch, inside) : resolved, to);
  };
  for (const name of fs.readdirSync(real)) {
    const from = path.join(real, name);
    if (name.startsWith('@') && fs.lstatSync(from).isDirectory() && !fs.lstatSync(from).isSymbolicLink()) {
      fs.mkdirSync(path.join(target, name));
      for (const inner of fs.readdirSync(from)) linkEntry(path.join(from, inner), path.join(target, name, inner));
    } else if (name === '.bin' || name === '.pnpm' || name.startsWith('.')) {
      fs.symlinkSync(fs.realpathSync(from), path.join(target, name));
    } else {
      linkEntry(from, path.join(target, name));
    }
  }
}

function copyRepo(scratch) {
  const files = sh('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], root).stdout.split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(root, f);
    if (!fs.existsSync(from) || fs.lstatSync(from).isDirectory()) continue;
    fs.mkdirSync(path.dirname(path.join(scratch, f)), { recursive: true });
    fs.copyFileSync(from, path.join(scratch, f));
  }
  for (const rel of workspaceDirs()) linkModules(scratch, rel);
  // Turbo hashes files through git: give the copy its own repository
  const git = (...a) => sh('git', ['-c', 'user.name=check-cache', '-c', 'user.email=check-cache@localhost', ...a], scratch);
  git('init', '-q');
  git('add', '-A');
  git('commit', '-q', '--no-verify', '-m', 'scratch copy');
  return files.length;
}

function turbo(scratch, label) {
  const bin = path.join(root, 'node_modules/.bin/turbo');
  const runs = path.join(scratch, '.turbo/runs');
  fs.rmSync(runs, { recursive: true, force: true });
  const started = Date.now();
  const r = sh(bin, ['run', 'typecheck', '--filter=@oryndau/api', `--cache-dir=${cacheDir}`, '--summarize', '--output-logs=errors-only'], scratch, {
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', TURBO_NO_UPDATE_NOTIFIER: '1', TURBO_CACHE_DIR: cacheDir },
  });
  const summaries = fs.existsSync(runs) ? fs.readdirSync(runs).filter((f) => f.endsWith('.json')) : [];
  if (!summaries.length) fail(`${label}: turbo wrote no run summary (exit ${r.status})\n${r.stdout}\n${r.stderr}`);
  const summary = JSON.parse(fs.readFileSync(path.join(runs, summaries[0]), 'utf8'));
  const task = summary.tasks.find((t) => t.taskId === TASK);
  if (!task) fail(`${label}: ${TASK} is not in the run`);
  const result = { status: r.status, hash: task.hash, cache: task.cache.status, exitCode: task.execution?.exitCode, output: `${r.stdout}\n${r.stderr}` };
  log(`${label}: ${TASK} hash ${result.hash}, cache ${result.cache}, exit ${result.exitCode ?? result.status} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result;
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'oryndau-cache-'));
try {
  const n = copyRepo(scratch);
  log(`scratch copy of ${n} files in ${scratch}; cache ${cacheDir}`);
  const before = turbo(scratch, 'unchanged copy');
  if (before.status !== 0) fail(`the unchanged copy does not typecheck:\n${before.output}`);

  const file = path.join(scratch, PROBE.file);
  const text = fs.readFileSync(file, 'utf8');
  if (!text.includes(PROBE.from)) fail(`the probe no longer applies: "${PROBE.from}" is not in ${PROBE.file}; pick another exported type of packages/domain that apps/api uses`);
  fs.writeFileSync(file, text.replace(PROBE.from, PROBE.to));
  log(`changed ${PROBE.file}: ${PROBE.to}`);

  const after = turbo(scratch, 'domain type changed');
  if (after.hash === before.hash) fail(`${TASK} kept its hash ${after.hash} although a dependency's exported type changed`);
  if (after.cache !== 'MISS') fail(`${TASK} was replayed from the cache (${after.cache}) after a dependency changed`);
  if (after.status === 0 || !(after.exitCode > 0)) fail(`${TASK} passed although packages/domain's IsoDate no longer fits apps/api`);
  if (!/error TS\d+/.test(after.output)) fail(`${TASK} failed, but not with a type error:\n${after.output}`);
  log('ok: a change of a dependency\'s exported type misses the cache and fails the dependent\'s typecheck');
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
