#!/usr/bin/env node
// After `pnpm install` (the root's postinstall; firststart): the generated code — the Prisma client and the typed
// GraphQL client — is made as part of installing, as Prisma's own postinstall would, so that an editor and a
// typecheck work right after the install and the first `npm start` finds both steps done (./setup-stamps.mjs)
// instead of spending 2–4 s generating on its way to the first page. Then the modules of the API and of the child
// that makes the embedded database are loaded once through tsx, which keeps what it transpiled (its cache in the
// system's temporary folder): a first start on a new machine then loads them as fast as any later one (about
// 2 s less), and the apps' dependencies are pre-bundled for Vite's dev server (`vite optimize`, which the dev
// server would otherwise do at its first start, on the cores the API needs: about 1.5 s of a first start on a new
// clone). A failure here does not fail the install: `npm start` and `npm test` generate again and report it, and
// a cold cache only costs time. ORYNDAU_POSTINSTALL=0 skips all three.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stamp } from './setup-stamps.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** pnpm points a lifecycle script's temporary folder into node_modules/.tmp; tsx keeps its cache in the temporary
 * folder, so the warm-up writes where `npm start` (run from the user's shell) will read: the user's own. */
const userTmp = (env) => Object.fromEntries(Object.entries(env).filter(([k, v]) => !(['TMPDIR', 'TMP', 'TEMP'].includes(k) && String(v).includes(`${path.sep}node_modules${path.sep}`))));
if (process.env.ORYNDAU_POSTINSTALL !== '0') {
  const started = Date.now();
  // pnpm puts node_modules/.bin on the PATH of a lifecycle script
  const res = spawnSync('turbo', ['run', 'generate', '--output-logs=errors-only'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status === 0) {
    stamp('install');
    stamp('generate');
    console.log(`\x1b[1m[oryndau]\x1b[0m generate (Prisma client, typed GraphQL client): ${((Date.now() - started) / 1000).toFixed(1)} s, as part of the install`);
    // the transpile cache: the API's modules (run.ts and what it imports) and the child's (prepare, the demo seed)
    const warmStarted = Date.now();
    const modules = ['apps/api/src/run.ts', 'apps/api/src/auth/installation.ts', 'packages/db/src/embedded-prepare.ts', 'packages/db/src/client.ts', 'packages/db/src/prepare.ts', 'packages/db/src/seed/demo.ts'].map((f) => pathToFileURL(path.join(root, f)).href);
    const warm = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', `for (const m of ${JSON.stringify(modules)}) await import(m); process.exit(0);`], {
      cwd: path.join(root, 'apps/api'),
      stdio: ['ignore', 'ignore', 'pipe'],
      env: userTmp({ ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' }),
    });
    console.log(`\x1b[1m[oryndau]\x1b[0m ${warm.status === 0 ? `modules transpiled for the first start: ${((Date.now() - warmStarted) / 1000).toFixed(1)} s` : `modules not transpiled ahead (${String(warm.stderr).split('\n')[0]}): the first start does it`}`);
    // the apps' dependencies, pre-bundled where their dev servers look for them (apps/*/node_modules/.vite)
    const optimizeStarted = Date.now();
    const apps = ['portal', 'chamber', 'oversight', 'desk'].filter((a) => fs.existsSync(path.join(root, 'apps', a, 'node_modules/vite/bin/vite.js')));
    const optimized = apps.filter((a) => spawnSync(process.execPath, [path.join(root, 'apps', a, 'node_modules/vite/bin/vite.js'), 'optimize', '--logLevel', 'error'], { cwd: path.join(root, 'apps', a), stdio: 'ignore' }).status === 0);
    console.log(`\x1b[1m[oryndau]\x1b[0m the apps' dependencies pre-bundled for Vite (${optimized.length} of ${apps.length}): ${((Date.now() - optimizeStarted) / 1000).toFixed(1)} s`);
  } else {
    console.log(`\x1b[1m[oryndau]\x1b[0m generate after install failed (exit ${res.status ?? res.signal}); npm start and npm test will run it again`);
  }
}
