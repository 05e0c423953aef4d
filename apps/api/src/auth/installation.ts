// Secrets generated per installation and kept in its data folder: the dev sign-in secret and, in dev, the
// platform's Ed25519 signing key. Nothing secret is written in the source.
//
// The data folder is the one that holds the embedded database: `.data/` next to `.data/pglite`, or the parent of
// ORYNDAU_DATA_DIR; with ORYNDAU_DATA_DIR=memory (and in tests, which pass no folder) the values live in this
// process's memory only, shared by every API instance of the process.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The folder for installation secrets, or null for memory only. */
export function stateDirFromEnv(env: NodeJS.ProcessEnv, repoRoot: string): string | null {
  if (env.ORYNDAU_DATA_DIR === 'memory') return null;
  return env.ORYNDAU_DATA_DIR ? path.dirname(path.resolve(env.ORYNDAU_DATA_DIR)) : path.join(repoRoot, '.data');
}

const inMemory = new Map<string, string>();

/**
 * The value kept in `dir/name`, created with `make()` at first use (mode 0600). Several processes starting at
 * once agree on one value: it is written to a temporary file and linked into place, which fails if another won.
 */
export function installationValue(dir: string | null, name: string, make: () => string): string {
  if (!dir) {
    let v = inMemory.get(name);
    if (v === undefined) inMemory.set(name, (v = make()));
    return v;
  }
  const file = path.join(dir, name);
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(tmp, make(), { mode: 0o600 });
  try {
    fs.linkSync(tmp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    fs.unlinkSync(tmp);
  }
  return fs.readFileSync(file, 'utf8');
}

/**
 * The secret dev sign-in signs its tokens with: 32 random bytes, generated at first start. Refused with
 * NODE_ENV=production: dev sign-in never runs there.
 */
export function devSecret(dir: string | null, env: NodeJS.ProcessEnv = process.env): string {
  if (env.NODE_ENV === 'production') throw new Error('Dev sign-in is never available with NODE_ENV=production.');
  return installationValue(dir, 'dev-secret', () => randomBytes(32).toString('hex'));
}
