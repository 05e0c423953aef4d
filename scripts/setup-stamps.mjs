// The stamps of the set-up steps (firststart): `npm start` skips the install check (≈ 1–5 s) and the generate step
// (≈ 2–4 s) when nothing they read has changed since they last succeeded here. A stamp under
// node_modules/.cache/oryndau-setup holds the hash of a step's inputs (install: the lockfile, every package.json, the
// Node version; generate: the Prisma schema, schema.graphql and the generators), and the step's outputs must exist.
// Written by scripts/oryndau.mjs after a step it ran, and by scripts/postinstall.mjs after `pnpm install`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const STAMPS = path.join(root, 'node_modules/.cache/oryndau-setup'); // beside the templates' folder, not in it
function filesUnder(dir, keep) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  if (fs.statSync(abs).isFile()) return [dir];
  return fs
    .readdirSync(abs, { withFileTypes: true })
    .filter((e) => e.name !== 'node_modules' && e.name !== 'generated' && !e.name.startsWith('.'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name), keep) : keep(e.name) ? [path.join(dir, e.name)] : []));
}
const workspaceDirs = () => ['apps', 'packages'].flatMap((d) => (fs.existsSync(path.join(root, d)) ? fs.readdirSync(path.join(root, d)).map((x) => path.join(d, x)) : []));
const STEPS = {
  install: {
    inputs: () => ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', ...workspaceDirs().map((d) => path.join(d, 'package.json'))],
    outputs: ['node_modules/.modules.yaml'],
  },
  generate: {
    inputs: () => [
      'prisma/schema.prisma',
      'schema.graphql',
      'scripts/prisma.mjs',
      'pnpm-lock.yaml',
      ...['packages/db', 'packages/client'].flatMap((d) => [path.join(d, 'package.json'), path.join(d, 'tsconfig.json'), ...filesUnder(path.join(d, 'scripts'), () => true)]),
    ],
    outputs: ['packages/db/src/generated/prisma/client.ts', 'packages/client/src/graphql-env.d.ts'],
  },
};
function stepHash(step) {
  const h = createHash('sha256').update(`${process.version} ${process.platform} ${process.arch}\n`);
  for (const f of STEPS[step].inputs()) h.update(`${f}\n`).update(fs.existsSync(path.join(root, f)) ? fs.readFileSync(path.join(root, f)) : '');
  return h.digest('hex');
}
const stampFile = (step) => path.join(STAMPS, `${step}.stamp`);
export function upToDate(step) {
  try {
    return STEPS[step].outputs.every((o) => fs.existsSync(path.join(root, o))) && fs.readFileSync(stampFile(step), 'utf8').trim() === stepHash(step);
  } catch {
    return false;
  }
}
export function stamp(step) {
  fs.mkdirSync(STAMPS, { recursive: true });
  fs.writeFileSync(stampFile(step), `${stepHash(step)}\n`);
}

