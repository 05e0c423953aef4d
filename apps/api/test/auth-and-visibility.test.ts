import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const APPLICATIONS = /* GraphQL */ `
  query Apps($first: Int, $after: String) {
    applications(first: $first, after: $after) {
      edges { cursor node { id number kind status applicant { login } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type AppsData = {
  applications: {
    edges: { cursor: string; node: { id: string; number: string; applicant: { login: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

async function allApplications(token: string) {
  const nodes: AppsData['applications']['edges'][number]['node'][] = [];
  let after: string | null = null;
  for (;;) {
    const r: Awaited<ReturnType<typeof api.gql<AppsData>>> = await api.gql<AppsData>(APPLICATIONS, { first: 100, after }, token);
    expect(r.errors).toBeUndefined();
    nodes.push(...r.data!.applications.edges.map((e) => e.node));
    if (!r.data!.applications.pageInfo.hasNextPage) return nodes;
    after = r.data!.applications.pageInfo.endCursor;
  }
}

describe('authentication', () => {
  it('without a token, applications answers an authentication error', async () => {
    const r = await api.gql(APPLICATIONS, { first: 5 });
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.data?.applications ?? null).toBeNull();
  });

  it('a forged token is refused as unauthenticated', async () => {
    const r = await api.gql(APPLICATIONS, { first: 5 }, 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl');
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(r.errors?.[0]?.message).toMatch(/invalid or expired/);
  });

  it('viewer is null without a token and the user with one', async () => {
    expect((await api.gql<{ viewer: null }>('{ viewer { login } }')).data?.viewer).toBeNull();
    const token = await api.login('aigerim');
    const r = await api.gql<{ viewer: { login: string; roles: { role: string }[] } }>('{ viewer { login displayName roles { role } } }', {}, token);
    expect(r.data?.viewer.login).toBe('aigerim');
    expect(r.data?.viewer.roles.map((g) => g.role)).toContain('APPLICANT');
  });

  it('devLogin refuses an unknown login with a typed user error and issues no token', async () => {
    const r = await api.gql<{ devLogin: { token: string | null; userErrors: { code: string; field: string[] }[] } }>(
      'mutation { devLogin(input: { login: "nobody" }) { token userErrors { code field message } } }',
    );
    expect(r.data?.devLogin.token).toBeNull();
    expect(r.data?.devLogin.userErrors).toEqual([expect.objectContaining({ code: 'UNKNOWN_USER', field: ['input', 'login'] })]);
  });

  it('demoUsers lists a demo user for every role', async () => {
    const r = await api.gql<{ demoUsers: { login: string; roles: string[] }[] }>('{ demoUsers { login roles } }');
    const roles = new Set(r.data!.demoUsers.flatMap((u) => u.roles));
    for (const role of ['APPLICANT', 'JUSTICE_OFFICER', 'STATE_BAILIFF', 'COMMISSION_MEMBER', 'LICENSING_OFFICER', 'CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF', 'MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR', 'MINISTRY_ADMIN']) {
      expect(roles, role).toContain(role);
    }
  });
});

describe('an applicant sees only their own applications', () => {
  it('aigerim gets hers, all of them, and no one else’s', async () => {
    const mine = await allApplications(await api.login('aigerim'));
    const owner = await api.database.db.prisma.user.findUniqueOrThrow({ where: { login: 'aigerim' } });
    const expected = await api.database.db.prisma.serviceApplication.count({ where: { applicantId: owner.id } });
    expect(expected).toBeGreaterThan(0);
    expect(mine).toHaveLength(expected);
    expect(new Set(mine.map((a) => a.applicant.login))).toEqual(new Set(['aigerim']));
  });

  it('timur sees none of aigerim’s, by list or by node id', async () => {
    const aigerims = await allApplications(await api.login('aigerim'));
    const timurToken = await api.login('timur');
    const timurs = await allApplications(timurToken);
    const ids = new Set(timurs.map((a) => a.id));
    expect(aigerims.some((a) => ids.has(a.id))).toBe(false);
    const r = await api.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id ... on ServiceApplication { number form } } }', { id: aigerims[0]!.id }, timurToken);
    // issue 8: missing and forbidden look the same from outside, null without an error
    expect(r.data?.node).toBeNull();
    expect(r.errors).toBeUndefined();
  });

  it('a ministry inspector reads every application', async () => {
    const all = await allApplications(await api.login('inspector'));
    expect(all.length).toBe(await api.database.db.prisma.serviceApplication.count());
  });

  it('pages are capped at 100 and cursors are stable', async () => {
    const token = await api.login('inspector');
    // a page larger than 100 is clamped to 100
    const total = await api.database.db.prisma.serviceApplication.count();
    const r = await api.gql<AppsData>(APPLICATIONS, { first: 1000 }, token);
    expect(r.data!.applications.edges).toHaveLength(Math.min(total, 100));
    expect(r.data!.applications.pageInfo.hasNextPage).toBe(total > 100);
    const p1 = await api.gql<AppsData>(APPLICATIONS, { first: 3 }, token);
    const p2 = await api.gql<AppsData>(APPLICATIONS, { first: 3, after: p1.data!.applications.pageInfo.endCursor }, token);
    const both = await api.gql<AppsData>(APPLICATIONS, { first: 6 }, token);
    expect([...p1.data!.applications.edges, ...p2.data!.applications.edges].map((e) => e.node.id)).toEqual(both.data!.applications.edges.map((e) => e.node.id));
  });

  it('totalCount counts what the viewer may see, whatever the page: everything for an inspector, her own for an applicant', async () => {
    const COUNT = `query($first: Int) { applications(first: $first) { totalCount edges { node { id } } } }`;
    const inspector = await api.gql<{ applications: { totalCount: number; edges: unknown[] } }>(COUNT, { first: 2 }, await api.login('inspector'));
    expect(inspector.data!.applications.totalCount).toBe(await api.database.db.prisma.serviceApplication.count());
    expect(inspector.data!.applications.edges).toHaveLength(2);
    const owner = await api.database.db.prisma.user.findUniqueOrThrow({ where: { login: 'aigerim' } });
    const hers = await api.gql<{ applications: { totalCount: number } }>(COUNT, { first: 1 }, await api.login('aigerim'));
    expect(hers.data!.applications.totalCount).toBe(await api.database.db.prisma.serviceApplication.count({ where: { applicantId: owner.id } }));
  });
});

describe('health', () => {
  it('GET /healthz answers 200 when the database answers', async () => {
    const res = await fetch(api.url.replace('/graphql', '/healthz'));
    expect(res.status).toBe(200);
  });
});
