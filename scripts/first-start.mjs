#!/usr/bin/env node
// Measures the first start (README, "First start"): `npm start` on a clone whose dependencies are installed,
// with no embedded database (`.data/`) and no cached template, until the API answers /healthz with the demo
// data loaded and the four apps' dev servers answer. Prints wall time, the CPU time of the whole process tree
// (user + system, read from /proc: live processes and the children they reaped) and the load average.
//   node scripts/first-start.mjs [runs=3] [--keep-cache]   (--keep-cache: keep node_modules/.cache/oryndau)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 3);
const keepCache = process.argv.includes('--keep-cache');
const TICK = 100; // clock ticks per second (USER_HZ) on Linux
const apps = [5173, 5174, 5175, 5176];

function cpuOfTree(pid) {
  const children = new Map();
  let total = 0;
  const stats = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      stats.set(Number(d), Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]));
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(d));
    } catch {
      // gone meanwhile
    }
  }
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    total += stats.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return total / TICK;
}

async function answers(url, check, init) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000), ...init });
    return res.ok && (!check || check(await res.text()));
  } catch {
    return false;
  }
}

async function once(n) {
  fs.rmSync(path.join(root, '.data'), { recursive: true, force: true });
  if (!keepCache) fs.rmSync(path.join(root, 'node_modules/.cache/oryndau'), { recursive: true, force: true });
  const load = fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const started = Date.now();
  const child = spawn('npm', ['start'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: { ...process.env, FORCE_COLOR: '0' } });
  let out = '';
  // every line with the time it arrived, from the start of `npm start`
  const stampLines = (d) => (out += String(d).split('\n').filter(Boolean).map((l) => `+${((Date.now() - started) / 1000).toFixed(1)} s ${l}\n`).join(''));
  child.stdout.on('data', stampLines);
  child.stderr.on('data', stampLines);
  const marks = {};
  // the API answers /healthz only after the seed (createServices runs before the server listens); the demo
  // users' list proves the data is there
  const demo = () =>
    answers('http://localhost:4000/graphql', (t) => t.includes('chamber.almaty'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ demoUsers { login } }' }),
    });
  while (Date.now() - started < 120_000) {
    if (!marks.api && (await answers('http://localhost:4000/healthz')) && (await demo())) marks.api = Date.now() - started;
    for (const port of apps) if (!marks[port] && (await answers(`http://localhost:${port}/`))) marks[port] = Date.now() - started;
    if (marks.api && apps.every((p) => marks[p])) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const wall = Math.max(marks.api ?? Infinity, ...apps.map((p) => marks[p] ?? Infinity));
  const cpu = cpuOfTree(child.pid);
  // eslint-disable-next-line no-control-regex -- the ANSI colour codes of the servers' output
  const phases = out.split('\n').filter((l) => /\[oryndau\]|ready at|demo data/.test(l) && !/audit anchor|scheduler/.test(l)).map((l) => `    ${l.replace(/\x1b\[[0-9;]*m/g, '').trim()}`);
  console.log(`run ${n}: first start ${(wall / 1000).toFixed(1)} s wall (API with demo data ${((marks.api ?? NaN) / 1000).toFixed(1)} s, apps ${apps.map((p) => ((marks[p] ?? NaN) / 1000).toFixed(1)).join('/')} s), CPU ${cpu.toFixed(1)} s, load before ${load}`);
  console.log(phases.join('\n'));
  process.kill(-child.pid, 'SIGTERM');
  await new Promise((r) => child.on('exit', r));
  // every server of the run is gone before the next one starts
  for (let i = 0; i < 100; i++) {
    const up = await Promise.all([4000, ...apps].map((p) => answers(`http://localhost:${p}/${p === 4000 ? 'healthz' : ''}`)));
    if (!up.some(Boolean)) break;
    if (i === 50) {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // gone
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { wall, cpu };
}

const results = [];
for (let i = 1; i <= runs; i++) results.push(await once(i));
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`median of ${runs}: ${(med(results.map((r) => r.wall)) / 1000).toFixed(1)} s wall, ${med(results.map((r) => r.cpu)).toFixed(1)} s CPU (${os.availableParallelism()} cores)`);
