// dashperf (issue 11): the dashboards' shared, single-flight figure cache — identical concurrent requests compute
// once; a figure is recomputed once older than 5 s and never served older than 10 s; a region-bound inspector never
// gets another scope's cached figures; a failed computation is not kept. Against PostgreSQL with the demo data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { FigureCache } from '../src/aggregates/figure-cache.ts';
import { openDataResponseKey } from '../src/aggregates/open-data-response.ts';

describe('the figure cache (unit, fake clock)', () => {
  it('16 identical concurrent requests compute once', async () => {
    const cache = new FigureCache({ clock: () => 0 });
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const compute = async () => { runs++; await gate; return { asOf: new Date(0), n: runs }; };
    const all = Promise.all(Array.from({ length: 16 }, () => cache.get('k', compute)));
    release();
    const out = await all;
    expect(runs).toBe(1);
    expect(new Set(out).size).toBe(1);
    expect(cache.stats).toEqual({ computed: 1, shared: 15 });
  });

  it('a figure older than 5 s is recomputed once (the stale one served meanwhile), and never served older than 10 s', async () => {
    let now = 0;
    const cache = new FigureCache({ clock: () => now });
    let runs = 0;
    const gates: Array<() => void> = [];
    const compute = () => new Promise<number>((r) => { const n = ++runs; gates.push(() => r(n)); });
    const first = cache.get('k', compute);
    gates.shift()!();
    expect(await first).toBe(1);
    now = 4_999;
    expect(await cache.get('k', compute)).toBe(1); // fresh
    expect(runs).toBe(1);
    now = 5_000;
    expect(await cache.get('k', compute)).toBe(1); // 5 s old: a recomputation starts, the last figure is served meanwhile
    expect(await cache.get('k', compute)).toBe(1);
    expect(runs).toBe(2); // single flight
    now = 10_000; // the recomputation has not finished and the figure would be 10 s old: wait for the new one
    const waited = cache.get('k', compute);
    gates.shift()!();
    expect(await waited).toBe(2);
    expect(runs).toBe(2);
    now = 14_000; // the second figure started at 5 000: 9 s old, still servable while a third runs
    expect(await cache.get('k', compute)).toBe(2);
    expect(runs).toBe(3);
  });

  it('a failed computation is not kept; different keys never share', async () => {
    const cache = new FigureCache({ clock: () => 0 });
    await expect(cache.get('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await cache.get('k', async () => 7)).toBe(7);
    expect(await cache.get('other', async () => 8)).toBe(8);
    expect(FigureCache.key('volumes', ['b', 'a'], { f: 1 })).toBe(FigureCache.key('volumes', ['a', 'b'], { f: 1 }));
    expect(FigureCache.key('volumes', ['a'], { f: 1 })).not.toBe(FigureCache.key('volumes', null, { f: 1 }));
  });
});

describe('open data through GraphQL: which requests share one response (unit)', () => {
  const q = (query: string, variables?: unknown) => ({ query, variables });
  it('an anonymous query of openData alone is shared; a token, a mutation, another root field, a root fragment or two operations are executed', () => {
    const key = openDataResponseKey(undefined, q('{ openData { volumes { month count } } }'));
    expect(key).not.toBeNull();
    expect(openDataResponseKey(undefined, q('{ openData { volumes { month count } } }'))).toBe(key);
    expect(openDataResponseKey(undefined, q('{ openData { volumes { month count } } }', { a: 1 }))).not.toBe(key); // variables are part of the key
    expect(openDataResponseKey('Bearer x', q('{ openData { volumes { month count } } }'))).toBeNull();
    expect(openDataResponseKey(undefined, q('mutation { openData }'))).toBeNull();
    expect(openDataResponseKey(undefined, q('{ openData { asOf } viewer { login } }'))).toBeNull();
    expect(openDataResponseKey(undefined, q('{ ...F } fragment F on Query { openData { asOf } }'))).toBeNull();
    expect(openDataResponseKey(undefined, q('query A { openData { asOf } } query B { openData { asOf } }'))).toBeNull();
    expect(openDataResponseKey(undefined, q('{ openData { '))).toBeNull(); // not parsed: Apollo reports it
    expect(openDataResponseKey(undefined, { query: `{ openData { asOf } } ${'#'.repeat(5000)}` })).toBeNull();
  });
});

describe('the cache through GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
    const prisma = api.database.db.prisma;
    const ala = await prisma.region.findUniqueOrThrow({ where: { code: 'ALA' } });
    await prisma.user.create({ data: { login: 'inspector.ala', displayName: 'Regional inspector', roles: { create: [{ role: 'MINISTRY_INSPECTOR', regionId: ala.id }] } } });
  }, 120_000);
  afterAll(async () => {
    await api?.close();
  });

  const Q = `{ dashboard(filter: { fromMonth: "2025-01" }) { volumes { asOf rows { region { code } count } } volumeTotals(by: [REGION]) { asOf rows { region { code } count } } } }`;
  type R = { dashboard: { volumes: { asOf: string; rows: { region: { code: string } | null; count: number }[] }; volumeTotals: { asOf: string; rows: { region: { code: string } | null; count: number }[] } } };
  const codes = (r: R) => new Set([...r.dashboard.volumes.rows, ...r.dashboard.volumeTotals.rows].map((x) => x.region?.code));

  it('scope isolation: a region-bound inspector never gets the country’s cached figures, nor the country theirs', async () => {
    const [country, regional] = await Promise.all([api.login('inspector'), api.login('inspector.ala')]);
    await api.gql(`{ dashboard { regions { code } } }`, {}, country); // the regions (shared reference data) are cached first
    const before = { ...api.services.figures.stats };
    // concurrently, interleaved: identical queries of two scopes
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => api.gql<R>(Q, {}, i % 2 ? regional : country)));
    for (const [i, a] of answers.entries()) {
      expect(a.errors).toBeUndefined();
      if (i % 2) expect(codes(a.data!)).toEqual(new Set(['ALA']));
      else expect(codes(a.data!).size).toBeGreaterThan(1);
    }
    // two scopes × two figures: four computations, the other twelve requests shared them (and the regions)
    expect(api.services.figures.stats.computed - before.computed).toBe(4);
    expect(api.services.figures.stats.shared - before.shared).toBeGreaterThanOrEqual(12);
    // the country inspector narrowing to ALA has the same filter as the regional one, but another scope: its own entry
    const ala = await api.database.db.prisma.region.findUniqueOrThrow({ where: { code: 'ALA' } });
    const narrowed = await api.gql<R>(Q.replace('fromMonth: "2025-01"', 'fromMonth: "2025-01", regionId: $id').replace('{ dashboard', 'query($id: ID!) { dashboard'), { id: Buffer.from(`Region:${ala.id}`).toString('base64') }, country);
    expect(codes(narrowed.data!)).toEqual(new Set(['ALA']));
    expect(api.services.figures.stats.computed - before.computed).toBe(6);
  });

  it('volumeTotals sums in SQL what volumes lists, and a change shows once the figure is older than the cache allows', async () => {
    const token = await api.login('inspector');
    api.services.figures = new FigureCache({ ttlMs: 150, maxStaleMs: 300 }); // the same rule, on a short clock
    const T = `{ dashboard(filter: { fromMonth: "2025-01" }) { volumes { rows { channel count } } volumeTotals(by: [CHANNEL]) { asOf rows { channel region { code } count } } } }`;
    type V = { dashboard: { volumes: { rows: { channel: string; count: number }[] }; volumeTotals: { asOf: string; rows: { channel: string; region: null; count: number }[] } } };
    const sum = (rows: { channel: string; count: number }[], c: string) => rows.filter((r) => r.channel === c).reduce((s, r) => s + r.count, 0);
    const a = (await api.gql<V>(T, {}, token)).data!.dashboard;
    for (const row of a.volumeTotals.rows) expect(row.count).toBe(sum(a.volumes.rows, row.channel));
    expect(a.volumeTotals.rows.every((r) => r.region === null)).toBe(true);
    const prisma = api.database.db.prisma;
    const app = await prisma.serviceApplication.findFirstOrThrow({ where: { status: { not: 'DRAFT' }, channel: 'PORTAL', registeredAt: { gte: new Date('2025-01-15T00:00:00Z') } }, select: { id: true } });
    await prisma.serviceApplication.update({ where: { id: app.id }, data: { channel: 'JUSTICE_OFFICE' } });
    const cached = (await api.gql<V>(T, {}, token)).data!.dashboard.volumeTotals; // within 150 ms: the cached figure
    expect(cached.asOf).toBe(a.volumeTotals.asOf);
    await new Promise((r) => setTimeout(r, 350)); // older than maxStale: never served again
    const b = (await api.gql<V>(T, {}, token)).data!.dashboard.volumeTotals;
    expect(Date.parse(b.asOf)).toBeGreaterThan(Date.parse(a.volumeTotals.asOf));
    expect(sum(b.rows, 'PORTAL')).toBe(sum(a.volumeTotals.rows, 'PORTAL') - 1);
    expect(sum(b.rows, 'JUSTICE_OFFICE')).toBe(sum(a.volumeTotals.rows, 'JUSTICE_OFFICE') + 1);
  });

  it('open data: the files carry Last-Modified and are served from one computation', async () => {
    api.services.figures = new FigureCache();
    const [x, y] = await Promise.all([fetch(new URL("/open-data/volumes.json", api.url)), fetch(new URL("/open-data/volumes.json", api.url))]);
    expect(x.status).toBe(200);
    const asOf = ((await x.json()) as { asOf: string }).asOf;
    expect(x.headers.get('last-modified')).toBe(new Date(asOf).toUTCString());
    expect(((await y.json()) as { asOf: string }).asOf).toBe(asOf);
    expect(api.services.figures.stats.computed).toBe(1);
    expect(Date.now() - Date.parse(asOf)).toBeLessThan(10_000);
  });
  it('open data through GraphQL: concurrent anonymous callers share one execution, an error is not kept', async () => {
    api.services.figures = new FigureCache();
    const Q = '{ openData { asOf volumes { service region month channel count } } }';
    const first = await api.gql<{ openData: { asOf: string; volumes: unknown[] } }>(Q);
    expect(first.errors).toBeUndefined();
    const afterFirst = api.services.figures.stats.computed;
    const asked: string[] = []; // the figures the requests ask the cache for
    const cache = api.services.figures;
    const get = cache.get.bind(cache);
    cache.get = ((key: string, compute: () => Promise<unknown>) => (asked.push(key), get(key, compute))) as typeof cache.get;
    const again = await Promise.all(Array.from({ length: 8 }, () => api.gql<{ openData: { asOf: string; volumes: unknown[] } }>(Q)));
    expect(api.services.figures.stats.computed).toBe(afterFirst); // the whole response was kept: nothing computed again
    expect(asked).toHaveLength(8);
    expect(asked.every((k) => k.startsWith('["openDataGraphQL"'))).toBe(true); // no resolver ran: no dataset was asked for
    for (const a of again) expect(a.data).toEqual(first.data);
    const bad = await api.gql('{ openData { noSuchField } }');
    expect(bad.errors?.length).toBeGreaterThan(0);
    const computed = api.services.figures.stats.computed;
    await api.gql('{ openData { noSuchField } }');
    expect(api.services.figures.stats.computed).toBe(computed + 1); // an error answer is computed again, never served from the cache
  });
});
