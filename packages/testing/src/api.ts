// Runs the real API (apps/api/src/main.ts) as a child process against a test database. With the env
// below the API migrates the database, loads the demo data and enables dev sign-in itself.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, waitForHttp } from './net.ts';
import { repoRoot } from './paths.ts';
import { killOnExit } from './processes.ts';

export interface StartApiOptions {
  databaseUrl: string;
  /** Default: a free port. */
  port?: number;
  /** Extra environment for the API (overrides the defaults). */
  env?: Record<string, string>;
  /** How long to wait for GET /healthz → 200; default 60 s. */
  timeoutMs?: number;
}

export interface RunningApi {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:41234/graphql. */
  url: string;
  origin: string;
  port: number;
  /** What the API printed so far (stdout and stderr), for failure messages. */
  logs(): string;
  stop(): Promise<void>;
}

export const API_MAIN = path.join(repoRoot, 'apps/api/src/main.ts');

/** The test runner's own variables must not leak into the API (it would think it runs under Vitest). */
function inheritedEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|TINYPOOL|NODE_ENV$|NODE_OPTIONS$)/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startApi({ databaseUrl, port, env = {}, timeoutMs = 60_000 }: StartApiOptions): Promise<RunningApi> {
  const chosenPort = port ?? (await freePort());
  const origin = `http://127.0.0.1:${chosenPort}`;
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', API_MAIN], {
    cwd: repoRoot,
    env: {
      ...inheritedEnv(),
      DATABASE_URL: databaseUrl,
      PORT: String(chosenPort),
      ORYNDAU_DEV_AUTH: '1',
      ORYNDAU_SEED: 'demo',
      ORYNDAU_MIGRATE: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forget = killOnExit(child);
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 500) output.splice(0, output.length - 500);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const logs = () => output.join('');

  const stop = async () => {
    forget();
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    if (!(await waitForExit(child, 10_000))) {
      child.kill('SIGKILL');
      await waitForExit(child, 5_000);
    }
  };

  try {
    await waitForHttp(`${origin}/healthz`, {
      timeoutMs,
      abort: () =>
        child.exitCode !== null || child.signalCode !== null
          ? `The API exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${logs()}`
          : null,
    });
  } catch (error) {
    await stop();
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(logs()) ? message : `${message}\nAPI output:\n${logs()}`, { cause: error });
  }
  return { url: `${origin}/graphql`, origin, port: chosenPort, logs, stop };
}
