// The viewers kept in memory (auth/viewer-cache.ts) are never stale past a committed change: PostgreSQL announces
// every change to a user or their grants (migration viewer_changes), and while the announcements cannot arrive
// nothing is kept. A revoked grant stops working at once, on every API instance.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await until(() => api.services.viewers.listening);
});
afterAll(async () => {
  await api?.close();
});

async function until(cond: () => boolean | Promise<boolean>, what = 'condition', ms = 10_000) {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const CHAMBERS = '{ viewer { displayName } chambers { name viewerIsOfficial } }';
type ChambersData = { viewer: { displayName: string }; chambers: { name: string; viewerIsOfficial: boolean }[] };

async function officialOf(token: string, gql = api.gql) {
  const r = await gql<ChambersData>(CHAMBERS, {}, token);
  expect(r.errors).toBeUndefined();
  return { name: r.data!.viewer.displayName, chambers: r.data!.chambers.filter((c) => c.viewerIsOfficial).map((c) => c.name) };
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

const grantOf = async (login: string) =>
  (await sql(`SELECT g.* FROM "RoleGrant" g JOIN "User" u ON u."id" = g."userId" WHERE u."login" = $1 AND g."role" = 'CHAMBER_OFFICIAL'`, [login])).rows[0] as Record<string, unknown>;

describe('viewers kept in memory', () => {
  it('a second request of the same user is answered from memory', async () => {
    const token = await api.login('chamber.almaty');
    expect((await officialOf(token)).chambers).toHaveLength(1);
    const { hits, loads } = api.services.viewers.stats;
    await officialOf(token);
    expect(api.services.viewers.stats.hits).toBe(hits + 1);
    expect(api.services.viewers.stats.loads).toBe(loads);
  });

  it('a grant revoked in the database stops working on every instance; granted again, it works again', async () => {
    const token = await api.login('chamber.almaty');
    const second = await api.secondInstance();
    try {
      await until(() => second.viewers.listening, 'second instance listening');
      expect((await officialOf(token)).chambers).toHaveLength(1);
      expect((await officialOf(token, second.gql)).chambers).toHaveLength(1);
      const grant = await grantOf('chamber.almaty');
      await sql(`DELETE FROM "RoleGrant" WHERE "id" = $1`, [grant.id]);
      // the notification arrives after the commit, within milliseconds
      await until(async () => (await officialOf(token)).chambers.length === 0, 'revocation seen');
      await until(async () => (await officialOf(token, second.gql)).chambers.length === 0, 'revocation seen by the second instance');
      const queue = await api.gql(`query($id: ID!) { node(id: $id) { ... on Chamber { queue(first: 1) { totalCount } } } }`, { id: encodeGlobalID('Chamber', String(grant.chamberId)) }, token);
      expect(queue.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await sql(`INSERT INTO "RoleGrant" ("id", "userId", "role", "chamberId") VALUES ($1, $2, $3, $4)`, [grant.id, grant.userId, grant.role, grant.chamberId]);
      await until(async () => (await officialOf(token)).chambers.length === 1, 'grant seen');
      await until(async () => (await officialOf(token, second.gql)).chambers.length === 1, 'grant seen by the second instance');
    } finally {
      await second.close();
    }
  });

  it('a renamed user is seen renamed by the requests that follow', async () => {
    const [u] = (await sql(`SELECT "id", "displayName" FROM "User" WHERE "login" = 'chamber.astana'`)).rows as { id: string; displayName: string }[];
    const viewers = api.services.viewers;
    expect((await viewers.viewerFor({ sub: u!.id }))?.displayName).toBe(u!.displayName);
    const { loads } = viewers.stats;
    expect((await viewers.viewerFor({ sub: u!.id }))?.displayName).toBe(u!.displayName);
    expect(viewers.stats.loads).toBe(loads); // kept
    await sql(`UPDATE "User" SET "displayName" = $1 WHERE "id" = $2`, [`${u!.displayName} (renamed)`, u!.id]);
    await until(async () => (await viewers.viewerFor({ sub: u!.id }))?.displayName === `${u!.displayName} (renamed)`, 'new name');
  });

  it('while the notifications cannot arrive nothing is kept, and a change made meanwhile is seen afterwards', async () => {
    const token = await api.login('chamber.almaty');
    expect((await officialOf(token)).chambers).toHaveLength(1);
    const grant = await grantOf('chamber.almaty');
    // cut the listening connection, and revoke while it is down
    const killed = await sql(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'oryndau listen oryndau_viewer' AND pid <> pg_backend_pid()`);
    expect(killed.rowCount).toBeGreaterThan(0);
    await until(() => !api.services.viewers.listening, 'listener down');
    await sql(`DELETE FROM "RoleGrant" WHERE "id" = $1`, [grant.id]);
    expect((await officialOf(token)).chambers).toHaveLength(0); // read from the database: nothing is kept
    await until(() => api.services.viewers.listening, 'listener back');
    expect((await officialOf(token)).chambers).toHaveLength(0);
    await sql(`INSERT INTO "RoleGrant" ("id", "userId", "role", "chamberId") VALUES ($1, $2, $3, $4)`, [grant.id, grant.userId, grant.role, grant.chamberId]);
    await until(async () => (await officialOf(token)).chambers.length === 1, 'grant seen');
  });

  it('a change too large to list ("*") forgets everyone', async () => {
    const token = await api.login('chamber.almaty');
    await officialOf(token);
    const { loads } = api.services.viewers.stats;
    await sql(`SELECT pg_notify('oryndau_viewer', '*')`);
    await until(async () => {
      await officialOf(token);
      return api.services.viewers.stats.loads > loads;
    }, 'reload after *');
  });
});
