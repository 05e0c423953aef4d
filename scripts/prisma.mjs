#!/usr/bin/env node
// Runs the Prisma CLI offline-safe: the CLI checks for a schema-engine binary before `generate`
// and would try to download one; `generate` itself needs no engine, so any existing file satisfies the check.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(path.join(root, 'packages/db/package.json'));
const cli = require.resolve('prisma/build/index.js');
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1', CHECKPOINT_DISABLE: '1' };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= cli;
// generators (prisma-pothos-types) are binaries of packages/db
env.PATH = [path.join(root, 'packages/db/node_modules/.bin'), env.PATH].join(path.delimiter);
const args = process.argv.slice(2);
const res = spawnSync(process.execPath, [cli, ...args, '--schema', path.join(root, 'prisma/schema.prisma')], {
  cwd: root,
  env,
  stdio: 'inherit',
});
process.exit(res.status ?? 1);
