// Issue 11: open data — the aggregates that carry no personal data, without sign-in, in a documented and stable
// shape: GraphQL `openData` and GET /open-data/<dataset>.csv | .json (as Ukraine's and Russia's enforcement
// services publish theirs). Columns are only added, never renamed or removed; regions are named by their code.
import { almatyDate } from '@oryndau/domain';
import type { PrismaClient } from '@oryndau/db';
import type { CalendarService } from '../services/calendar.ts';
import { readCounters, type CounterFilter } from './counters.ts';
import { termFigures } from './figures.ts';
import { chamberFigures } from './chambers.ts';

export interface OpenDataset {
  name: string;
  description: string;
  columns: { name: string; type: 'string' | 'integer' | 'number'; description: string }[];
}

export const OPEN_DATASETS: readonly OpenDataset[] = [
  {
    name: 'volumes',
    description: 'Applications registered for each public service, by region, month of registration (Asia/Almaty) and channel.',
    columns: [
      { name: 'service', type: 'string', description: 'ServiceKind: ATTESTATION, LICENCE, ATTESTATION_AND_LICENCE, LICENCE_REISSUE, ENFORCEMENT_INITIATION (more may be added).' },
      { name: 'region', type: 'string', description: 'The region’s code; empty when the provider is national.' },
      { name: 'month', type: 'string', description: 'YYYY-MM.' },
      { name: 'channel', type: 'string', description: 'PORTAL, JUSTICE_OFFICE or STATE_CORPORATION.' },
      { name: 'count', type: 'integer', description: 'Applications registered.' },
    ],
  },
  {
    name: 'terms',
    description: 'Applications decided, and decided within the statutory term, by service, region and month of registration, with the median and 90th percentile of the working days taken (the day of registration not counted).',
    columns: [
      { name: 'service', type: 'string', description: 'ServiceKind.' },
      { name: 'region', type: 'string', description: 'The region’s code.' },
      { name: 'month', type: 'string', description: 'YYYY-MM of registration.' },
      { name: 'decided', type: 'integer', description: 'Decided (approved or refused).' },
      { name: 'within_term', type: 'integer', description: 'Of which on or before the last day of the term.' },
      { name: 'share_within_term', type: 'number', description: 'within_term / decided, 0–1; empty when nothing was decided.' },
      { name: 'median_working_days', type: 'integer', description: 'Median working days taken.' },
      { name: 'p90_working_days', type: 'integer', description: '90th percentile of the working days taken.' },
    ],
  },
  {
    name: 'decisions',
    description: 'Decisions to initiate or refuse enforcement proceedings (E4: within 3 working days of registration), by region and month of registration.',
    columns: [
      { name: 'body', type: 'string', description: 'CHAMBER (private bailiffs) or STATE_BAILIFF.' },
      { name: 'region', type: 'string', description: 'The region’s code.' },
      { name: 'month', type: 'string', description: 'YYYY-MM of registration.' },
      { name: 'decided', type: 'integer', description: 'Decided.' },
      { name: 'within_term', type: 'integer', description: 'Of which within 3 working days.' },
      { name: 'share_within_term', type: 'number', description: '0–1.' },
      { name: 'median_working_days', type: 'integer', description: 'Median working days taken.' },
      { name: 'p90_working_days', type: 'integer', description: '90th percentile.' },
    ],
  },
  {
    name: 'evenness',
    description: 'How evenly each regional Chamber of Private Bailiffs distributed its cases in the year (CH2): assignments per bailiff among those who can take cases today.',
    columns: [
      { name: 'chamber', type: 'string', description: 'The chamber’s name.' },
      { name: 'region', type: 'string', description: 'The region’s code.' },
      { name: 'year', type: 'integer', description: 'The counting year.' },
      { name: 'members', type: 'integer', description: 'Members of the chamber.' },
      { name: 'receiving', type: 'integer', description: 'Members who can take cases today.' },
      { name: 'assignments', type: 'integer', description: 'Assignments this year.' },
      { name: 'min', type: 'number', description: 'Fewest assignments of a member who can take cases.' },
      { name: 'max', type: 'number', description: 'Most assignments of a member who can take cases.' },
      { name: 'spread', type: 'number', description: 'max − min.' },
      { name: 'mean', type: 'number', description: 'Mean per member who can take cases.' },
    ],
  },
];

export type OpenRow = Record<string, string | number | null>;

export interface OpenDataQuery {
  fromMonth?: string | null;
  toMonth?: string | null;
  year?: number | null;
}

const MONTH_RE = /^\d{4}-(0[1-9]|1[0-2])$/;

export class OpenDataInputError extends Error {}

function period(now: Date, q: OpenDataQuery): { fromMonth: string; toMonth: string } {
  const toMonth = q.toMonth ?? almatyDate(now).slice(0, 7);
  const [y, m] = toMonth.split('-').map(Number) as [number, number];
  const fromMonth = q.fromMonth ?? `${y - 2}-${String(m).padStart(2, '0')}`;
  if (!MONTH_RE.test(fromMonth) || !MONTH_RE.test(toMonth) || fromMonth > toMonth) throw new OpenDataInputError('from and to must be months YYYY-MM, from not after to.');
  return { fromMonth, toMonth };
}

/** One dataset's rows, as published. */
export async function openDataset(prisma: PrismaClient, _calendar: CalendarService, now: Date, name: string, q: OpenDataQuery = {}): Promise<{ asOf: Date; rows: OpenRow[] } | null> {
  const regions = new Map((await prisma.region.findMany({ select: { id: true, code: true } })).map((r) => [r.id, r.code]));
  const code = (id: string | null | undefined) => (id ? regions.get(id) ?? '' : '');
  if (name === 'volumes' || name === 'terms' || name === 'decisions') {
    const filter: CounterFilter = { regionIds: null, ...period(now, q) };
    if (name === 'volumes') {
      const { asOf, rows } = await readCounters(prisma, 'APPLICATION', filter, ['service', 'regionId', 'month', 'channel', 'outcome']);
      const acc = new Map<string, OpenRow>();
      for (const r of rows) {
        if (r.outcome === 'DRAFT') continue;
        const k = `${r.service}|${r.regionId}|${r.month}|${r.channel}`;
        const row = acc.get(k) ?? { service: r.service!, region: code(r.regionId), month: r.month!, channel: r.channel!, count: 0 };
        row.count = Number(row.count) + Number(r.count);
        acc.set(k, row);
      }
      return { asOf, rows: [...acc.values()].filter((r) => Number(r.count) !== 0).sort(byColumns(['month', 'service', 'region', 'channel'])) };
    }
    const subject = name === 'terms' ? 'APPLICATION' : 'PROCEEDING';
    const { asOf, rows } = await readCounters(prisma, subject, { ...filter, terms: ['MET', 'MISSED'] }, ['service', 'regionId', 'month', 'term', 'days']);
    const figures = termFigures(rows, (r) => `${r.service}|${r.month}`, true);
    const first = name === 'terms' ? 'service' : 'body';
    return {
      asOf,
      rows: figures
        .map((f) => {
          const [key, month] = f.key.split('|') as [string, string];
          return { [first]: key, region: code(f.regionId), month, decided: f.decided, within_term: f.withinTerm, share_within_term: f.share, median_working_days: f.medianDays, p90_working_days: f.p90Days };
        })
        .sort(byColumns(['month', first, 'region'])),
    };
  }
  if (name === 'evenness') {
    const today = almatyDate(now);
    const year = q.year ?? Number(today.slice(0, 4));
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new OpenDataInputError('year must be a year.');
    const [figures, asOf] = await Promise.all([chamberFigures(prisma, year, today, null, undefined, { withBailiffs: false }), prisma.$queryRawUnsafe<{ now: Date }[]>('SELECT now() AS "now"')]);
    return {
      asOf: asOf[0]!.now,
      rows: figures.map((c) => ({ chamber: c.name, region: code(c.regionId), year, members: c.members, receiving: c.receiving, assignments: c.assignmentsThisYear, min: c.min, max: c.max, spread: c.spread, mean: Math.round(c.mean * 100) / 100 })).sort(byColumns(['region'])),
    };
  }
  return null;
}

function byColumns(cols: string[]) {
  return (a: OpenRow, b: OpenRow) => {
    for (const c of cols) {
      const d = String(a[c] ?? '').localeCompare(String(b[c] ?? ''));
      if (d) return d;
    }
    return 0;
  };
}

/** RFC 4180 CSV with a header row, in the dataset's column order. */
export function toCsv(dataset: OpenDataset, rows: readonly OpenRow[]): string {
  const cell = (v: string | number | null | undefined) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const names = dataset.columns.map((c) => c.name);
  return [names.join(','), ...rows.map((r) => names.map((n) => cell(r[n])).join(','))].join('\r\n') + '\r\n';
}

/** GET /open-data/ and /open-data/<dataset>.(csv|json)?from=YYYY-MM&to=YYYY-MM&year=YYYY: status, headers, body. */
export async function openDataHttp(prisma: PrismaClient, calendar: CalendarService, now: Date, pathname: string, search: URLSearchParams): Promise<{ status: number; type: string; body: string; asOf?: Date }> {
  const rest = pathname.replace(/^\/open-data\/?/, '');
  if (!rest) {
    return {
      status: 200,
      type: 'application/json; charset=utf-8',
      body: JSON.stringify({ datasets: OPEN_DATASETS.map((d) => ({ ...d, csv: `/open-data/${d.name}.csv`, json: `/open-data/${d.name}.json` })), parameters: { from: 'YYYY-MM (default: 24 months before `to`)', to: 'YYYY-MM (default: this month)', year: 'evenness: the counting year' } }, null, 2),
    };
  }
  const m = /^([a-z_]+)\.(csv|json)$/.exec(rest);
  const dataset = m ? OPEN_DATASETS.find((d) => d.name === m[1]) : undefined;
  if (!m || !dataset) return { status: 404, type: 'text/plain; charset=utf-8', body: `No such dataset. See /open-data/ for the list.` };
  try {
    const year = search.get('year');
    const result = await openDataset(prisma, calendar, now, dataset.name, { fromMonth: search.get('from'), toMonth: search.get('to'), year: year ? Number(year) : null });
    if (!result) return { status: 404, type: 'text/plain; charset=utf-8', body: 'No such dataset.' };
    if (m[2] === 'csv') return { status: 200, type: 'text/csv; charset=utf-8', body: toCsv(dataset, result.rows), asOf: result.asOf };
    return { status: 200, type: 'application/json; charset=utf-8', asOf: result.asOf, body: JSON.stringify({ dataset: dataset.name, asOf: result.asOf.toISOString(), columns: dataset.columns, rows: result.rows }) };
  } catch (e) {
    if (e instanceof OpenDataInputError) return { status: 400, type: 'text/plain; charset=utf-8', body: e.message };
    throw e;
  }
}
