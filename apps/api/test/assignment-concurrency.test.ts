// CH2 under concurrency: several officials of one chamber assign at once, through the real GraphQL API on a
// real PostgreSQL server. No document is ever assigned twice, and with the count policy and a constant pool,
// max − min among the pool never exceeds 1 — after every single assignment, not only at the end. The officials
// are spread over two API instances on one database, so that neither instance's group commit nor its in-memory
// facts and counts can hide the other's writes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { almatyDate } from '@oryndau/domain';
import { replayChain } from '../src/usecases/assignment-audit.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, createWaitingDocuments, type ChamberFixture } from './fixtures.ts';

const CLIENTS = 20;
const DOCUMENTS = 2000;
const BAILIFFS = 7;

let api: TestApi;
let second: Awaited<ReturnType<TestApi['secondInstance']>>;
let fx: ChamberFixture;
let docIds: string[];

beforeAll(async () => {
  api = await startTestApi({ seed: false });
  fx = await createChamberFixture(api.database.db.prisma, { bailiffs: BAILIFFS, officials: CLIENTS, policy: { consolidateDebtor: false } });
  docIds = await createWaitingDocuments(api.database.db.prisma, fx, DOCUMENTS);
  second = await api.secondInstance();
}, 180_000);

afterAll(async () => {
  await second?.close();
  await api?.close();
});

const ASSIGN = `mutation($id: ID!) { assignDocument(input: { documentId: $id }) { assignment { id bailiff { id } } userErrors { code message } } }`;
const ASSIGN_ALL = `mutation($c: ID!) { assignAllWaiting(input: { chamberId: $c, limit: 40 }) { assignedCount userErrors { code } } }`;

describe('concurrent assignment in one chamber', () => {
  it(`CH2: ${CLIENTS} concurrent officials over ${DOCUMENTS} documents — none assigned twice, max − min ≤ 1 after every step`, async () => {
    const tokens = await Promise.all(fx.officialLogins.map((l) => api.login(l)));
    const chamberGid = encodeGlobalID('Chamber', fx.chamberId);
    // Every document is attempted by two different single-assign clients, in opposite orders, so that races are
    // real; two more officials press "assign all" at the same time.
    const SINGLE = CLIENTS - 2;
    const chunk = Math.ceil(DOCUMENTS / SINGLE);
    const outcomes = { assigned: 0, conflict: 0, other: [] as string[] };
    const clients = tokens.map(async (token, c) => {
      const gql = c % 2 ? second.gql : api.gql; // half the officials on each API instance
      if (c >= SINGLE) {
        // two officials press "assign all" repeatedly while the others assign one by one
        for (let i = 0; i < 10; i++) {
          const r = await gql<{ assignAllWaiting: { assignedCount: number | null; userErrors: { code: string }[] } }>(ASSIGN_ALL, { c: chamberGid }, token);
          if (r.errors) outcomes.other.push(JSON.stringify(r.errors));
          outcomes.assigned += r.data?.assignAllWaiting.assignedCount ?? 0;
        }
        return;
      }
      const next = (c + 1) % SINGLE;
      const mine = [...docIds.slice(c * chunk, (c + 1) * chunk), ...docIds.slice(next * chunk, (next + 1) * chunk).reverse()];
      for (const id of mine) {
        const r = await gql<{ assignDocument: { assignment: { id: string } | null; userErrors: { code: string; message: string }[] } }>(ASSIGN, { id: encodeGlobalID('ExecutiveDocument', id) }, token);
        if (r.errors) outcomes.other.push(JSON.stringify(r.errors));
        else if (r.data!.assignDocument.assignment) outcomes.assigned++;
        else if (r.data!.assignDocument.userErrors[0]?.code === 'CONFLICT' || r.data!.assignDocument.userErrors[0]?.code === 'INVALID_STATE') outcomes.conflict++;
        else outcomes.other.push(JSON.stringify(r.data!.assignDocument.userErrors));
      }
    });
    await Promise.all(clients);
    expect(outcomes.other).toEqual([]);

    const prisma = api.database.db.prisma;
    // every document assigned, exactly once
    expect(outcomes.assigned).toBe(DOCUMENTS);
    expect(outcomes.conflict).toBeGreaterThan(0); // the races happened
    expect(await prisma.executiveDocument.count({ where: { district: { regionId: fx.regionId }, status: 'ASSIGNED' } })).toBe(DOCUMENTS);
    const perDoc = await prisma.assignment.groupBy({ by: ['documentId'], where: { chamberId: fx.chamberId }, _count: { _all: true } });
    expect(perDoc).toHaveLength(DOCUMENTS);
    expect(perDoc.every((g) => g._count._all === 1)).toBe(true);
    expect(await prisma.enforcementProceeding.count({ where: { document: { district: { regionId: fx.regionId } } } })).toBe(DOCUMENTS);

    // max − min ≤ 1 after every assignment, in the order they were committed (the chain's sequence)
    const chain = await prisma.assignment.findMany({ where: { chamberId: fx.chamberId }, orderBy: { sequence: 'asc' }, select: { bailiffId: true, sequence: true } });
    expect(chain.map((a) => a.sequence)).toEqual(Array.from({ length: DOCUMENTS }, (_, i) => i + 1));
    const counts = new Map(fx.bailiffs.map((b) => [b.id, 0]));
    let worst = 0;
    for (const a of chain) {
      counts.set(a.bailiffId, counts.get(a.bailiffId)! + 1);
      const v = [...counts.values()];
      worst = Math.max(worst, Math.max(...v) - Math.min(...v));
    }
    expect(worst).toBeLessThanOrEqual(1);
    // the running counters agree with the record
    const loads = await prisma.bailiffLoad.findMany({ where: { chamberId: fx.chamberId, bucket: almatyDate(new Date()).slice(0, 4) } });
    for (const l of loads) expect(l.count).toBe(counts.get(l.bailiffId));

    // one audit record per assignment: a group commit that lost a race to the other instance wrote nothing, not
    // even its audit records, and planned again
    const audited = await prisma.auditLog.count({ where: { entityType: 'Assignment', entityId: { in: chain.length ? (await prisma.assignment.findMany({ where: { chamberId: fx.chamberId }, select: { id: true } })).map((a) => a.id) : [] } } });
    expect(audited).toBe(DOCUMENTS);
    const stats = [api.services.assignments.stats, second.services.assignments.stats];
    expect(stats.reduce((n, s) => n + s.optimistic, 0)).toBeGreaterThan(0);
    expect(stats.reduce((n, s) => n + s.stale, 0)).toBeGreaterThan(0); // the optimistic writes did lose races…
    expect(stats.reduce((n, s) => n + s.locked, 0)).toBeGreaterThan(0); // …and were written again under the lock

    // and every decision recomputes from what was stored
    const replay = await replayChain(prisma, fx.chamberId);
    expect(replay.checked).toBe(DOCUMENTS);
    expect(replay.failed).toEqual([]);
  }, 600_000);
});
