#!/usr/bin/env node
// After `pnpm install` (the root's postinstall; firststart): the generated code — the Prisma client and the typed
// GraphQL client — is made as part of installing, as Prisma's own postinstall would, so that an editor and a
// typecheck work right after the install and the first `npm start` finds both steps done (./setup-stamps.mjs)
// instead of spending 2–4 s generating on its way to the first page. A failure here does not fail the install:
// `npm start` and `npm test` generate again and report it. ORYNDAU_POSTINSTALL=0 skips it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stamp } from './setup-stamps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (process.env.ORYNDAU_POSTINSTALL !== '0') {
  const started = Date.now();
  // pnpm puts node_modules/.bin on the PATH of a lifecycle script
  const res = spawnSync('turbo', ['run', 'generate', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status === 0) {
    stamp('install');
    stamp('generate');
    console.log(`\x1b[1m[oryndau]\x1b[0m generate (Prisma client, typed GraphQL client): ${((Date.now() - started) / 1000).toFixed(1)} s, as part of the install`);
  } else {
    console.log(`\x1b[1m[oryndau]\x1b[0m generate after install failed (exit ${res.status ?? res.signal}); npm start and npm test will run it again`);
  }
}
