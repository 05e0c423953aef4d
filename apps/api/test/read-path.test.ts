// The read path of issue 11 ("Fast at national scale"), proved on what it promises rather than on timings
// (speed is measured by `pnpm bench:read`, never asserted): the SQL a request runs does not grow with the rows,
// reads select only what the query asks for (Assignment.pool only when asked), `viewer { login }` runs no
// query yet never answers stale, and the embedded database of `npm start` keeps viewers too (its own
// notifications), forgetting them on every change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createServices } from '../src/app.ts';
import { startServer } from '../src/server.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await until(() => api.services.viewers.listening, 'viewer cache listening');
});
afterAll(async () => {
  await api?.close();
});

async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function sql(text: string, values: unknown[] = []) {
  const c = new pg.Client({ connectionString: api.database.url });
  await c.connect();
  try {
    return await c.query(text, values);
  } finally {
    await c.end();
  }
}

/** Every statement the API sends while `run` runs (pg's Client.query, which adapter-pg uses for all of them). */
async function statementsOf(run: () => Promise<unknown>): Promise<string[]> {
  await new Promise((r) => setTimeout(r, 60)); // the access log's batch of an earlier request (record-auth.ts)
  const seen: string[] = [];
  const original = pg.Client.prototype.query;
  (pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
    const q = args[0] as string | { text?: string };
    seen.push(typeof q === 'string' ? q : (q?.text ?? ''));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  };
  try {
    await run();
  } finally {
    (pg.Client.prototype as { query: unknown }).query = original;
  }
  // the access log writes after the answer (not part of the read) and the notification listener's own traffic
  return seen.filter((s) => !/"AccessLog"|^LISTEN/.test(s));
}

const NESTED = `query($id: ID!, $first: Int!) { node(id: $id) { ... on Chamber { assignments(first: $first) { edges { node {
  id sequence kind assignedAt
  bailiff { id name office licence { number status } }
  document { id caseNumber court category status proceeding { id number status decisionDueOn } application { id number status stages { stage status at } } }
} } } } } }`;

describe('issue 11: the nested read path', () => {
  let chamberId: string;
  beforeAll(async () => {
    const r = await sql(`SELECT "chamberId", count(*)::int n FROM "Assignment" GROUP BY 1 ORDER BY n DESC LIMIT 1`);
    chamberId = r.rows[0].chamberId;
    expect(r.rows[0].n).toBeGreaterThanOrEqual(6);
  });

  for (const login of ['chamber.almaty', 'inspector']) {
    it(`${login}: the statements of a chamber's newest assignments with bailiff, licence, document, proceeding, application and stages do not grow with the rows`, async () => {
      const token = await api.login(login);
      const ask = (first: number) => api.gql<{ node: { assignments: { edges: unknown[] } } }>(NESTED, { id: encodeGlobalID('Chamber', chamberId), first }, token);
      const warm = await ask(2);
      expect(warm.errors).toBeUndefined();
      let small: Awaited<ReturnType<typeof ask>> | undefined;
      let large: Awaited<ReturnType<typeof ask>> | undefined;
      const few = await statementsOf(async () => (small = await ask(2)));
      const many = await statementsOf(async () => (large = await ask(50)));
      expect(small!.errors).toBeUndefined();
      expect(large!.errors).toBeUndefined();
      expect(large!.data!.node.assignments.edges.length).toBeGreaterThan(small!.data!.node.assignments.edges.length);
      expect(few.length).toBeGreaterThan(0); // the count sees the API's statements
      expect(many.length).toBe(few.length);
    });
  }

  it('reads select what the query asks for: Assignment.pool only when asked', async () => {
    const token = await api.login('inspector');
    const id = encodeGlobalID('Chamber', chamberId);
    const without = await statementsOf(() => api.gql(NESTED, { id, first: 5 }, token));
    // (column names, whatever alias a joined relation gets: only Assignment has a "pool", only applications a "form")
    expect(without.filter((s) => /"Assignment"/.test(s)).length).toBeGreaterThan(0);
    expect(without.filter((s) => /"pool"/.test(s))).toEqual([]);
    expect(without.filter((s) => /"form"/.test(s))).toEqual([]); // personal data never read unasked
    const withPool = await statementsOf(async () => {
      const r = await api.gql<{ node: { assignments: { edges: { node: { pool: unknown[] } }[] } } }>(
        'query($id: ID!) { node(id: $id) { ... on Chamber { assignments(first: 2) { edges { node { tiedCount pool { count eligible } } } } } } }', { id }, token,
      );
      expect(r.errors).toBeUndefined();
      expect(r.data!.node.assignments.edges[0]!.node.pool.length).toBeGreaterThan(0);
    });
    expect(withPool.some((s) => /"pool"/.test(s))).toBe(true);
  });

  it('fields still answer the same in select mode (a case read by its claimant and by the inspector)', async () => {
    const token = await api.login('aigerim');
    const r = await api.gql<{ applications: { edges: { node: { number: string; overdue: boolean; executiveDocument: { amountTenge: number | null; debtorIdNumber: string | null; currentAssignment: { active: boolean; bailiff: { name: string } } | null } | null } }[] } }>(
      '{ applications(first: 20) { edges { node { number overdue executiveDocument { amountTenge debtorIdNumber currentAssignment { active bailiff { name } } } } } } }', {}, token,
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.applications.edges.map((e) => e.node).filter((n) => n.executiveDocument);
    expect(rows.length).toBeGreaterThan(0);
    const stored = await sql(`SELECT a."number", d."amountTenge"::float8 AS amount, d."debtorIdNumber" FROM "ServiceApplication" a JOIN "ExecutiveDocument" d ON d."applicationId" = a."id" WHERE a."number" = ANY($1)`, [rows.map((n) => n.number)]);
    for (const n of rows) {
      const s = stored.rows.find((x) => x.number === n.number)!;
      expect(n.executiveDocument!.amountTenge).toBe(s.amount);
      expect(n.executiveDocument!.debtorIdNumber).toBe(s.debtorIdNumber); // the claimant reads the parties' IIN (own case)
      if (n.executiveDocument!.currentAssignment) {
        expect(n.executiveDocument!.currentAssignment.active).toBe(true);
        expect(n.executiveDocument!.currentAssignment.bailiff.name.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('issue 11: viewer { login }', () => {
  it('answers from the request’s viewer without a query', async () => {
    const token = await api.login('timur');
    await api.gql('{ viewer { login } }', {}, token); // the viewer is loaded once, then kept
    let answer: Awaited<ReturnType<typeof api.gql>> | undefined;
    const statements = await statementsOf(async () => (answer = await api.gql('{ viewer { __typename id login displayName } }', {}, token)));
    expect(answer!.errors).toBeUndefined();
    expect((answer!.data as { viewer: { login: string } }).viewer.login).toBe('timur');
    expect(statements).toEqual([]);
  });

  it('never answers stale: a changed display name is read anew once PostgreSQL announces it', async () => {
    const token = await api.login('timur');
    const name = async () => ((await api.gql<{ viewer: { displayName: string } }>('{ viewer { displayName } }', {}, token)).data!.viewer.displayName);
    const before = await name();
    await sql(`UPDATE "User" SET "displayName" = $1 WHERE "login" = 'timur'`, [`${before} (renamed)`]);
    await until(async () => (await name()) === `${before} (renamed)`, 'the new display name');
    await sql(`UPDATE "User" SET "displayName" = $1 WHERE "login" = 'timur'`, [before]);
    await until(async () => (await name()) === before, 'the display name restored');
  });

  it('asks the database for what the viewer does not carry (roles), and the answer is the stored one', async () => {
    const token = await api.login('chamber.almaty');
    const r = await api.gql<{ viewer: { login: string; roles: { role: string }[] } }>('{ viewer { login roles { role } } }', {}, token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.viewer.roles.map((g) => g.role)).toEqual(['CHAMBER_OFFICIAL']);
  });
});

describe('issue 11: the embedded database (npm start) keeps viewers, and forgets them on a change', () => {
  it('listens to its own notifications: a revoked grant stops working at once', async () => {
    const services = await createServices({ target: { kind: 'pglite' }, devAuth: true, migrate: true, seed: 'demo' });
    const server = await startServer(services, { port: 0, host: '127.0.0.1' });
    try {
      await until(() => services.viewers.listening, 'PGlite viewer cache listening');
      const gql = async <T,>(query: string, token?: string) => {
        const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query }) });
        return (await res.json()) as { data?: T; errors?: unknown[] };
      };
      const login = await gql<{ devLogin: { token: string } }>('mutation { devLogin(input: { login: "chamber.almaty" }) { token } }');
      const token = login.data!.devLogin.token;
      const official = async () => (await gql<{ chambers: { viewerIsOfficial: boolean }[] }>('{ chambers { viewerIsOfficial } }', token)).data!.chambers.some((c) => c.viewerIsOfficial);
      expect(await official()).toBe(true);
      const loads = services.viewers.stats.loads;
      expect(await official()).toBe(true);
      expect(services.viewers.stats.loads).toBe(loads); // kept: no load for the second request
      await services.db.prisma.$executeRawUnsafe(`DELETE FROM "RoleGrant" WHERE "userId" = (SELECT "id" FROM "User" WHERE "login" = 'chamber.almaty')`);
      await until(async () => !(await official()), 'the revoked grant to stop working');
    } finally {
      await server.close();
      await services.db.close();
    }
  }, 120_000);
});
