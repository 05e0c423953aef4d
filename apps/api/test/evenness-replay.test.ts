// CH2, provability at scale: the evenness report's replay of a chamber's chain goes on from where the last report
// left it (each API instance replays the whole chain once), runs only when the report's verification is asked
// for, and starts over when the chain's tip it reached is no longer the record's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, createWaitingDocuments, type ChamberFixture } from './fixtures.ts';

let api: TestApi;
let fx: ChamberFixture;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  fx = await createChamberFixture(api.database.db.prisma, { bailiffs: 5, officials: 1 });
  await createWaitingDocuments(api.database.db.prisma, fx, 60);
  token = await api.login(fx.officialLogins[0]!);
}, 120_000);
afterAll(async () => {
  await api?.close();
});

const ASSIGN_ALL = `mutation($c: ID!, $n: Int!) { assignAllWaiting(input: { chamberId: $c, limit: $n }) { assignedCount userErrors { code } } }`;
const COUNTS = `query($id: ID!) { node(id: $id) { ... on Chamber { evenness { all { spread } rows { count } } } } }`;
const VERIFIED = `query($id: ID!) { node(id: $id) { ... on Chamber { evenness { assignmentsChecked failed { assignment { sequence } problems } } } } }`;
type Verified = { node: { evenness: { assignmentsChecked: number; failed: { assignment: { sequence: number }; problems: string[] }[] } } };

async function assign(n: number) {
  const r = await api.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN_ALL, { c: encodeGlobalID('Chamber', fx.chamberId), n }, token);
  expect(r.data?.assignAllWaiting.assignedCount).toBe(n);
}
const verified = async () => (await api.gql<Verified>(VERIFIED, { id: encodeGlobalID('Chamber', fx.chamberId) }, token)).data!.node.evenness;

describe('the evenness report’s replay of the chain', () => {
  it('CH2: the counts alone run no replay; the verification replays the chain once, then only what was added', async () => {
    const stats = api.services.chainReplays.stats;
    await assign(20);
    const counts = await api.gql<{ node: { evenness: { all: { spread: number }; rows: { count: number }[] } } }>(COUNTS, { id: encodeGlobalID('Chamber', fx.chamberId) }, token);
    expect(counts.data!.node.evenness.rows.reduce((n, r) => n + r.count, 0)).toBe(20);
    expect(stats.recomputed).toBe(0);

    expect(await verified()).toEqual({ assignmentsChecked: 20, failed: [] });
    expect(stats.recomputed).toBe(20);
    await assign(15);
    expect(await verified()).toEqual({ assignmentsChecked: 35, failed: [] });
    expect(stats.recomputed).toBe(35); // 15 more, not 35 again
    expect(await verified()).toEqual({ assignmentsChecked: 35, failed: [] });
    expect(stats.recomputed).toBe(35);
  });

  it('CH2: a chain whose tip was rewritten is replayed from the start, and the rewrite is reported', async () => {
    const stats = api.services.chainReplays.stats;
    const prisma = api.database.db.prisma;
    const tip = await prisma.assignment.findFirstOrThrow({ where: { chamberId: fx.chamberId }, orderBy: { sequence: 'desc' } });
    await prisma.$executeRaw`ALTER TABLE "Assignment" DISABLE TRIGGER "Assignment_record_immutable"`;
    try {
      await prisma.$executeRaw`UPDATE "Assignment" SET "hash" = 'forged' WHERE "id" = ${tip.id}`;
    } finally {
      await prisma.$executeRaw`ALTER TABLE "Assignment" ENABLE TRIGGER "Assignment_record_immutable"`;
    }
    const before = stats.startedOver;
    const report = await verified();
    expect(stats.startedOver).toBe(before + 1);
    expect(report.assignmentsChecked).toBe(35);
    expect(report.failed.map((f) => f.assignment.sequence)).toEqual([tip.sequence]);
    expect(report.failed[0]!.problems.join(' ')).toMatch(/hash does not match/);
  });

  for (const policy of [
    { period: 'ROLLING_365_DAYS', perCategory: false },
    { period: 'CALENDAR_YEAR', perCategory: true },
    { period: 'ALL_TIME', perCategory: true },
  ] as const) {
    it(`CH2: with a ${policy.period.toLowerCase()} window${policy.perCategory ? ' per category' : ''}, every assignment verifies from the record, one by one and in the replay`, async () => {
      const prisma = api.database.db.prisma;
      const other = await createChamberFixture(prisma, { bailiffs: 4, officials: 1, policy });
      await createWaitingDocuments(prisma, other, 16); // four categories, in turn
      const otherToken = await api.login(other.officialLogins[0]!);
      const r = await api.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN_ALL, { c: encodeGlobalID('Chamber', other.chamberId), n: 16 }, otherToken);
      expect(r.data?.assignAllWaiting.assignedCount).toBe(16);
      const ids = (await prisma.assignment.findMany({ where: { chamberId: other.chamberId }, select: { id: true } })).map((a) => a.id);
      for (const id of ids) {
        const v = await api.gql<{ verifyAssignment: { ok: boolean; problems: string[] } }>(`query($id: ID!) { verifyAssignment(id: $id) { ok problems } }`, { id: encodeGlobalID('Assignment', id) }, otherToken);
        expect(v.data!.verifyAssignment).toEqual({ ok: true, problems: [] });
      }
      const report = (await api.gql<Verified>(VERIFIED, { id: encodeGlobalID('Chamber', other.chamberId) }, otherToken)).data!.node.evenness;
      expect(report).toEqual({ assignmentsChecked: 16, failed: [] });
    });
  }
});

describe('a rolling window, over more than a year', () => {
  let clock = new Date('2026-03-10T06:00:00Z');
  let rolling: TestApi;
  afterAll(async () => {
    await rolling?.close();
  });

  it('CH2: with a 365-day window, the counts a pool stored are those of the 365 days before, and verify so', async () => {
    rolling = await startTestApi({ seed: false, now: () => clock });
    const prisma = rolling.database.db.prisma;
    const r = await createChamberFixture(prisma, { bailiffs: 3, officials: 1, policy: { period: 'ROLLING_365_DAYS' } });
    await createWaitingDocuments(prisma, r, 12);
    const t = await rolling.login(r.officialLogins[0]!);
    const assignAt = async (iso: string, n: number) => {
      clock = new Date(iso);
      const res = await rolling.gql<{ assignAllWaiting: { assignedCount: number } }>(ASSIGN_ALL, { c: encodeGlobalID('Chamber', r.chamberId), n }, t);
      expect(res.data?.assignAllWaiting.assignedCount).toBe(n);
    };
    await assignAt('2026-03-10T06:00:00Z', 6); // day 0
    await assignAt('2026-03-20T06:00:00Z', 3); // 10 days on: the pools count day 0's six
    await assignAt('2027-03-15T06:00:00Z', 3); // 370 days on: day 0 has left the window, the 20th of March not
    const chain = await prisma.assignment.findMany({ where: { chamberId: r.chamberId }, orderBy: { sequence: 'asc' }, select: { id: true, pool: true } });
    const counted = (i: number) => ((chain[i]!.pool as { c: ([number, number, number] | null)[] }).c.reduce((n, e) => n + (e?.[0] ?? 0), 0));
    expect(counted(6)).toBe(6);
    expect(counted(9)).toBe(3);
    for (const a of chain) {
      const v = await rolling.gql<{ verifyAssignment: { ok: boolean; problems: string[] } }>(`query($id: ID!) { verifyAssignment(id: $id) { ok problems } }`, { id: encodeGlobalID('Assignment', a.id) }, t);
      expect(v.data!.verifyAssignment).toEqual({ ok: true, problems: [] });
    }
    const report = (await rolling.gql<Verified>(VERIFIED, { id: encodeGlobalID('Chamber', r.chamberId) }, t)).data!.node.evenness;
    expect(report).toEqual({ assignmentsChecked: 12, failed: [] });
  });
});
