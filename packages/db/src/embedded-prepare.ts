// firststart: a new embedded folder is made in a child process, while the API loads its modules.
//
// A new PGlite folder costs an initdb in WebAssembly (about 2.5 s), the migrations (1 s) and the demo seed (2 s),
// and the API's own modules take about 2 s to load; one after the other they were most of a first start. Here
// main.ts asks, before it imports anything heavy, whether the folder is new; if it is, a child process makes it
// (`embedded-prepare.child.ts`: a template's copy or an initdb, the migrations, the seed, exactly as createServices
// would, through the same `prepareDatabase`; the templates of the next new folder after the API serves) while the API's modules load, and the API opens the finished folder.
//
// - The child runs V8's baseline WebAssembly compiler only (`--liftoff-only`): a short-lived database needs no
//   optimised machine code, and optimising PGlite's 9 MB module costs about 2.5 s of CPU on the cores the first
//   start shares with the apps' dev servers. The API's own process keeps V8's defaults.
// - The folder is made beside its final place and renamed into it when it is complete, so an interrupted first
//   start (Ctrl-C during the initdb) leaves no half-made database behind; the next start makes it again.
// - Nothing here imports more than Node's own modules: this file is loaded before the API's modules.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node has WebAssembly; the ES lib typings used here do not declare it.
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<object> };

/** The repository's root (packages/db/src/../../..). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const migrationsDir = path.join(repoRoot, 'prisma/migrations');

/** Where the embedded database lives for these settings (none: PostgreSQL, or in memory). One rule: targetFromEnv uses it. */
export function embeddedDataDirFromEnv(env: NodeJS.ProcessEnv, dflt = '.data/pglite'): string | null {
  if (env.DATABASE_URL || env.ORYNDAU_DATA_DIR === 'memory') return null;
  return env.ORYNDAU_DATA_DIR ?? dflt;
}

/** The process `pid` is still running (a leftover folder of a dead one may be removed). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A folder holds no database yet (PGlite would run an initdb in it). */
export function isNewEmbeddedFolder(dataDir: string): boolean {
  return !fs.existsSync(path.join(dataDir, 'PG_VERSION'));
}

export interface PreparedFolder {
  /** where the database came from: a template (pglite-template.ts) or an initdb */
  origin: string;
  ms: number;
  /** tells the child that the API is serving: it then builds the missing templates of a new folder, at low priority */
  serving(): void;
}

/** What the child is told. */
export interface PrepareRequest {
  dataDir: string;
  migrate: boolean;
  seed: 'demo' | null;
  templates: boolean;
}

const CHILD = fileURLToPath(new URL('./embedded-prepare.child.ts', import.meta.url));

/** The loader this process runs TypeScript with (tsx's `--import`), for the child; the rest of its flags are its own. */
function childExecArgv(): string[] {
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if ((a === '--import' || a === '--loader' || a === '--experimental-loader') && argv[i + 1]) out.push(a, argv[++i]!);
    else if (/^--(import|loader|experimental-loader)=/.test(a)) out.push(a);
  }
  // no loader of its own (a test runner's process): tsx's, for the child's TypeScript
  if (!out.length && CHILD.endsWith('.ts')) {
    const tsx = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
    out.push('--import', pathToFileURL(path.join(tsx, 'dist/loader.mjs')).href);
  }
  return [...out, '--liftoff-only'];
}

/** The child at work: `initialised` once its database exists (the initdb, or a template, done), `done` once it is in place. */
export interface Preparing {
  /** the child's process id */
  pid: number | undefined;
  initialised: Promise<void>;
  done: Promise<PreparedFolder>;
}

/**
 * Makes the embedded database in `req.dataDir` in a child process: `done` resolves when it is there, complete
 * (migrated and seeded as asked); rejects when the child fails, with what it printed. The child's log lines go to
 * this process's output. (`done` resolves as soon as the folder is in place; the child may then build the
 * templates of a new folder, at low priority, without holding this process.)
 */
export function prepareEmbeddedInChild(req: PrepareRequest): Preparing {
  const started = Date.now();
  let initialised!: () => void;
  const init = new Promise<void>((resolve) => (initialised = resolve));
  let pid: number | undefined;
  const done = new Promise<PreparedFolder>((resolve, reject) => {
    const child = fork(CHILD, [JSON.stringify(req)], { execArgv: childExecArgv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    pid = child.pid;
    let answer: PreparedFolder | null = null;
    child.on('message', (m: { initialised?: boolean; origin?: string; error?: string }) => {
      if (m.initialised) initialised();
      else if (m.error) reject(new Error(`the embedded database could not be made in ${req.dataDir}: ${m.error}`));
      else if (m.origin) {
        answer = {
          origin: m.origin,
          ms: Date.now() - started,
          serving: () => {
            if (child.connected) child.send({ serving: true }, () => child.disconnect());
          },
        };
        // the folder is in place: the child may go on (the templates) without holding this process
        child.unref();
        child.channel?.unref();
        resolve(answer);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!answer) reject(new Error(`the embedded database could not be made in ${req.dataDir} (the preparing process ended with ${signal ?? code})`));
    });
  });
  // a failure ends the wait for the initdb too (the caller learns of it from `done`)
  done.then(initialised, initialised);
  return { pid, initialised: init, done };
}

// firststart: PGlite's 9 MB WebAssembly module compiled ahead, while the API waits for the child: the API's own
// PGlite (client.ts) then starts without compiling it (about 0.3 s at the moment the API opens the folder).
let precompiled: Promise<object> | undefined;
/** Starts compiling PGlite's WebAssembly module (once); createAdapterFactory uses it. */
export function precompilePglite(): Promise<object> {
  precompiled ??= (async () => {
    const dist = path.dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite'));
    return WebAssembly.compile(await fs.promises.readFile(path.join(dist, 'pglite.wasm')));
  })();
  return precompiled;
}
/** The module precompilePglite started compiling, if it was asked for (else PGlite compiles its own). */
export function precompiledPglite(): Promise<object> | undefined {
  return precompiled;
}
