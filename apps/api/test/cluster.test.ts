// ORYNDAU_API_WORKERS: the API as several processes on one port. The primary migrates and seeds once, the workers
// serve, and a request answers whichever worker takes it; a stopped primary stops them all.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmptyDatabase } from '@oryndau/db/testing';

const here = path.dirname(fileURLToPath(import.meta.url));
let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let api: ChildProcess;
let output = '';
let port = 0;

beforeAll(async () => {
  database = await createEmptyDatabase('oryndau_cluster');
  api = spawn(process.execPath, ['--import', 'tsx', path.join(here, '../src/main.ts')], {
    env: { ...process.env, DATABASE_URL: database.url, ORYNDAU_API_WORKERS: '2', ORYNDAU_MIGRATE: '1', ORYNDAU_SEED: 'demo', ORYNDAU_DEV_AUTH: '1', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  api.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 90_000;
  while ((output.match(/worker \d ready at http:\/\/localhost:(\d+)/g) ?? []).length < 2) {
    if (Date.now() > deadline || api.exitCode !== null) throw new Error(`the cluster did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  port = Number(/worker \d ready at http:\/\/localhost:(\d+)/.exec(output)![1]);
}, 120_000);

afterAll(async () => {
  if (api && api.exitCode === null) {
    api.kill('SIGTERM');
    await new Promise((r) => api.once('exit', r));
  }
  await database?.drop();
});

describe('the API as a cluster', () => {
  it('two workers share one port, on a database the primary migrated and seeded once', async () => {
    const ports = [...output.matchAll(/worker (\d) ready at http:\/\/localhost:(\d+)/g)].map((m) => [m[1], m[2]]);
    expect(new Set(ports.map(([w]) => w))).toEqual(new Set(['1', '2']));
    expect(new Set(ports.map(([, p]) => p)).size).toBe(1);
    const gql = async (query: string, token?: string) =>
      (await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', connection: 'close', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query }),
      }).then((r) => r.json())) as { data: Record<string, { token?: string; login?: string }> };
    const token = (await gql('mutation { devLogin(input: { login: "chamber.almaty" }) { token } }')).data.devLogin!.token!;
    // fresh connections, so that both workers answer some
    const logins = await Promise.all(Array.from({ length: 10 }, () => gql('{ viewer { login } }', token)));
    expect(logins.map((r) => r.data.viewer!.login)).toEqual(Array(10).fill('chamber.almaty'));
  });

  it('stopping the primary stops the workers', async () => {
    api.kill('SIGTERM');
    const code = await new Promise((r) => api.once('exit', (c) => r(c)));
    expect(code).toBe(0);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  });
});
