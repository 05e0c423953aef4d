// Integration-test harness: a fresh PostgreSQL database per test file (migrated, demo data loaded), the real
// HTTP server on an ephemeral port, and a tiny GraphQL client that speaks HTTP like the apps do.
import { createTestDatabase, type TestDatabase } from '@oryndau/db/testing';
import { seedDemo } from '@oryndau/db/seed';
import { createServices } from '../src/app.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import type { Services } from '../src/context.ts';

export interface GqlResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: (string | number)[]; extensions?: { code?: string } }>;
}

export interface TestApi {
  url: string;
  database: TestDatabase;
  services: Services;
  server: RunningServer;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<GqlResult<T>>;
  login(login: string): Promise<string>;
  /**
   * Another API instance on the same database, with its own services (pool, caches, group commit), as a second
   * process would be: for proving that what one instance keeps in memory never misleads it after another wrote.
   */
  secondInstance(): Promise<{ gql: TestApi['gql']; services: Services; viewers: Services['viewers']; close(): Promise<void> }>;
  close(): Promise<void>;
}

function clientFor(url: string): TestApi['gql'] {
  return async (query, variables, token) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResult<never>;
  };
}

export async function startTestApi(opts: { seed?: boolean; now?: () => Date } = {}): Promise<TestApi> {
  const database = await createTestDatabase();
  if (opts.seed !== false) await seedDemo(database.db.prisma);
  const services = await createServices({ target: { kind: 'postgres', url: database.url, max: 20 }, devAuth: true, now: opts.now });
  const server = await startServer(services, { port: 0, host: '127.0.0.1' });
  const gql = clientFor(server.url);
  const tokens = new Map<string, string>();
  return {
    url: server.url,
    database,
    services,
    server,
    gql,
    async login(login) {
      const cached = tokens.get(login);
      if (cached) return cached;
      const r = await gql<{ devLogin: { token: string | null; userErrors: { message: string }[] } }>(
        'mutation($login: String!) { devLogin(input: { login: $login }) { token userErrors { message } } }',
        { login },
      );
      const token = r.data?.devLogin.token;
      if (!token) throw new Error(`devLogin(${login}) failed: ${JSON.stringify(r)}`);
      tokens.set(login, token);
      return token;
    },
    async secondInstance() {
      const other = await createServices({ target: { kind: 'postgres', url: database.url, max: 20 }, devAuth: true, now: opts.now });
      const otherServer = await startServer(other, { port: 0, host: '127.0.0.1' });
      return {
        gql: clientFor(otherServer.url),
        services: other,
        viewers: other.viewers,
        async close() {
          await otherServer.close();
          await other.db.close();
        },
      };
    },
    async close() {
      await server.close();
      await services.db.close();
      await database.drop();
    },
  };
}
