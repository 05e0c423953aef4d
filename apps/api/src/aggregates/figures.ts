// Issue 11: the dashboards' figures, each computed from the counters (counters.ts) — volumes, terms met,
// time taken, the bailiffs' work, complaints, inspections, assignments by kind. A new service kind, status,
// channel or body appears as new rows here, without a new code path.
import { percentileOf, shareWithinTerm } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';
import { readCounters, type CounterFilter, type CounterRow } from './counters.ts';

export interface VolumeRow {
  service: string;
  regionId: string;
  month: string;
  channel: string;
  count: number;
}

export interface TermFigure {
  /** what the row is about: a service kind, a complaint addressee, CHAMBER / STATE_BAILIFF for E4 */
  key: string;
  regionId: string | null;
  decided: number;
  withinTerm: number;
  open: number;
  share: number | null;
  medianDays: number | null;
  p90Days: number | null;
}

export interface CountRow {
  key: string;
  regionId: string | null;
  count: number;
}

const num = (r: CounterRow) => Number(r.count);

/** Volumes of each service by region, month and channel: registered applications (drafts are not a volume). */
export async function volumes(prisma: PrismaClient, filter: CounterFilter) {
  const { asOf, rows } = await readCounters(prisma, 'APPLICATION', filter, ['service', 'regionId', 'month', 'channel', 'outcome']);
  const out = new Map<string, VolumeRow>();
  for (const r of rows) {
    if (r.outcome === 'DRAFT') continue;
    const k = `${r.service}|${r.regionId}|${r.month}|${r.channel}`;
    const v = out.get(k) ?? { service: r.service!, regionId: r.regionId!, month: r.month!, channel: r.channel!, count: 0 };
    v.count += num(r);
    out.set(k, v);
  }
  return { asOf, rows: [...out.values()].filter((v) => v.count).sort((a, b) => a.month.localeCompare(b.month) || a.service.localeCompare(b.service) || a.regionId.localeCompare(b.regionId) || a.channel.localeCompare(b.channel)) };
}

/**
 * Terms: per key (and region when `byRegion`), decided items, those decided within the term, the share, and the
 * median and 90th percentile of the working days taken (nearest rank over the histogram of days).
 */
export function termFigures(rows: CounterRow[], keyOf: (r: CounterRow) => string, byRegion: boolean): TermFigure[] {
  const acc = new Map<string, { key: string; regionId: string | null; met: number; missed: number; open: number; hist: Map<number, number> }>();
  for (const r of rows) {
    const key = keyOf(r);
    const regionId = byRegion ? r.regionId ?? '' : null;
    const k = `${key}|${regionId ?? ''}`;
    let a = acc.get(k);
    if (!a) acc.set(k, (a = { key, regionId, met: 0, missed: 0, open: 0, hist: new Map() }));
    const n = num(r);
    if (r.term === 'MET') a.met += n;
    else if (r.term === 'MISSED') a.missed += n;
    else if (r.term === 'OPEN') a.open += n;
    if ((r.term === 'MET' || r.term === 'MISSED') && (r.days ?? -1) >= 0) a.hist.set(r.days!, (a.hist.get(r.days!) ?? 0) + n);
  }
  return [...acc.values()]
    .map((a) => {
      const hist = [...a.hist].map(([days, count]) => ({ days, count }));
      return { key: a.key, regionId: a.regionId, decided: a.met + a.missed, withinTerm: a.met, open: a.open, share: shareWithinTerm(a.met, a.missed), medianDays: percentileOf(hist, 0.5), p90Days: percentileOf(hist, 0.9) };
    })
    .filter((f) => f.decided || f.open)
    .sort((x, y) => x.key.localeCompare(y.key) || (x.regionId ?? '').localeCompare(y.regionId ?? ''));
}

/** The share decided within the statutory term, and the time taken, per service (applications). */
export async function serviceTerms(prisma: PrismaClient, filter: CounterFilter, byRegion = false) {
  const { asOf, rows } = await readCounters(prisma, 'APPLICATION', { ...filter, terms: ['MET', 'MISSED', 'OPEN'] }, ['service', 'regionId', 'term', 'days']);
  return { asOf, rows: termFigures(rows, (r) => r.service!, byRegion) };
}

/** E4, E5, E6: the bailiffs' decisions within 3 working days, refusals by ground, measures by kind. */
export async function bailiffWork(prisma: PrismaClient, filter: CounterFilter, byRegion = false) {
  const [decisions, measures] = await Promise.all([
    readCounters(prisma, 'PROCEEDING', filter, ['service', 'regionId', 'outcome', 'term', 'days']),
    readCounters(prisma, 'MEASURE', { ...filter, bodies: null }, ['service', 'regionId']),
  ]);
  const refusals = new Map<string, CountRow>();
  for (const r of decisions.rows) {
    if (!r.outcome?.startsWith('REFUSED:')) continue;
    const key = r.outcome.slice('REFUSED:'.length);
    const regionId = byRegion ? r.regionId! : null;
    const k = `${key}|${regionId ?? ''}`;
    const c = refusals.get(k) ?? { key, regionId, count: 0 };
    c.count += num(r);
    refusals.set(k, c);
  }
  return {
    asOf: decisions.asOf,
    decisions: termFigures(decisions.rows, (r) => r.service!, byRegion),
    refusalsByGround: [...refusals.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
    measuresByKind: countBy(measures.rows, byRegion),
  };
}

function countBy(rows: CounterRow[], byRegion: boolean, keyOf: (r: CounterRow) => string = (r) => r.service!): CountRow[] {
  const out = new Map<string, CountRow>();
  for (const r of rows) {
    const key = keyOf(r);
    const regionId = byRegion ? r.regionId! : null;
    const k = `${key}|${regionId ?? ''}`;
    const c = out.get(k) ?? { key, regionId, count: 0 };
    c.count += num(r);
    out.set(k, c);
  }
  return [...out.values()].filter((c) => c.count).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

export interface ComplaintRow {
  addressee: string;
  status: string;
  term: string;
  count: number;
}

/** C2: complaints by addressee, outcome and term met, and the terms per addressee. */
export async function complaints(prisma: PrismaClient, filter: CounterFilter) {
  const { asOf, rows } = await readCounters(prisma, 'COMPLAINT', { ...filter, services: null }, ['service', 'regionId', 'outcome', 'term', 'days']);
  const byOutcome = new Map<string, ComplaintRow>();
  for (const r of rows) {
    const k = `${r.service}|${r.outcome}|${r.term}`;
    const c = byOutcome.get(k) ?? { addressee: r.service!, status: r.outcome!, term: r.term || 'NONE', count: 0 };
    c.count += num(r);
    byOutcome.set(k, c);
  }
  return { asOf, rows: [...byOutcome.values()].sort((a, b) => a.addressee.localeCompare(b.addressee) || a.status.localeCompare(b.status) || a.term.localeCompare(b.term)), terms: termFigures(rows, (r) => r.service!, false) };
}

export interface InspectionRow {
  kind: string;
  status: string;
  planId: string | null;
  count: number;
}

/** Q1–Q4: inspections by kind, status and plan (the plan's id; none for unscheduled ones). */
export async function inspections(prisma: PrismaClient, filter: CounterFilter) {
  const { asOf, rows } = await readCounters(prisma, 'INSPECTION', { ...filter, services: null }, ['service', 'body', 'outcome']);
  return {
    asOf,
    rows: rows
      .map((r) => ({ kind: r.service!, status: r.outcome!, planId: r.body || null, count: num(r) }))
      .sort((a, b) => a.kind.localeCompare(b.kind) || (a.planId ?? '').localeCompare(b.planId ?? '') || a.status.localeCompare(b.status)),
  };
}

/** CH2, CH4: assignments by chamber and kind (initial, redistribution, replacement, territorial forward). */
export async function assignmentsByKind(prisma: PrismaClient, filter: CounterFilter) {
  const { asOf, rows } = await readCounters(prisma, 'ASSIGNMENT', { ...filter, services: null }, ['service', 'body']);
  return { asOf, rows: rows.map((r) => ({ chamberId: r.body!, kind: r.service!, count: num(r) })) };
}

// dashperf (issue 11): volumes summed in SQL to the dimensions a page asks for — tens of rows, not thousands.
export type VolumeDimension = 'service' | 'regionId' | 'month' | 'channel';
export type VolumeTotal = { [K in VolumeDimension]: string | null } & { count: number };

/** Registered applications (drafts are not a volume) summed over every dimension not in `by`. */
export async function volumeTotals(prisma: PrismaClient, filter: CounterFilter, by: readonly VolumeDimension[]) {
  const dims = (['month', 'service', 'regionId', 'channel'] as const).filter((d) => by.includes(d));
  const { asOf, rows } = await readCounters(prisma, 'APPLICATION', filter, [...dims, 'outcome']);
  const out = new Map<string, VolumeTotal>();
  for (const r of rows) {
    if (r.outcome === 'DRAFT') continue;
    const k = dims.map((d) => r[d]).join('|');
    const v = out.get(k) ?? { service: r.service ?? null, regionId: r.regionId ?? null, month: r.month ?? null, channel: r.channel ?? null, count: 0 };
    v.count += num(r);
    out.set(k, v);
  }
  const cmp = (a: VolumeTotal, b: VolumeTotal) => dims.reduce((c, d) => c || (a[d] ?? '').localeCompare(b[d] ?? ''), 0);
  return { asOf, rows: [...out.values()].filter((v) => v.count).sort(cmp) };
}
