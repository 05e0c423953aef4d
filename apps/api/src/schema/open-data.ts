// Issue 11: open data without sign-in — only aggregates that carry no personal data (volumes, terms met,
// enforcement decisions, evenness per chamber), in the documented, stable shape of aggregates/open-data.ts. No
// record, id or node is reachable from here (test/open-data.test.ts checks the schema). The same datasets are
// served as files: GET /open-data/<dataset>.csv and .json.
import { GraphQLError } from 'graphql';
import { builder } from '../builder.ts';
import type { Context } from '../context.ts';
import { FigureCache } from '../aggregates/figure-cache.ts'; // dashperf
import { OPEN_DATASETS, OpenDataInputError, openDataset, type OpenDataset, type OpenRow } from '../aggregates/open-data.ts';

const OpenColumnRef = builder.objectRef<OpenDataset['columns'][number]>('OpenDataColumn').implement({
  description: 'A column of an open dataset.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name in CSV and JSON.' }),
    type: t.exposeString('type', { description: 'string, integer or number.' }),
    description: t.exposeString('description', { description: 'What it holds.' }),
  }),
});

const OpenDatasetRef = builder.objectRef<OpenDataset>('OpenDataset').implement({
  description: 'One open dataset: its shape and where to download it.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Its name.' }),
    description: t.exposeString('description', { description: 'What it counts.' }),
    columns: t.field({ type: [OpenColumnRef], description: 'Its columns, in order; columns are only ever added.', resolve: (d) => d.columns }),
    csvPath: t.string({ description: 'The CSV download, relative to the API’s origin.', resolve: (d) => `/open-data/${d.name}.csv` }),
    jsonPath: t.string({ description: 'The JSON download.', resolve: (d) => `/open-data/${d.name}.json` }),
  }),
});

const str = (r: OpenRow, k: string) => (r[k] === null || r[k] === undefined ? null : String(r[k]));
const int = (r: OpenRow, k: string) => (r[k] === null || r[k] === undefined ? null : Number(r[k]));

const OpenVolumeRef = builder.objectRef<OpenRow>('OpenVolume').implement({
  description: 'Open data: applications registered for a service in a region, month and channel.',
  fields: (t) => ({
    service: t.string({ description: 'The ServiceKind.', resolve: (r) => str(r, 'service')! }),
    region: t.string({ description: 'The region’s code.', resolve: (r) => str(r, 'region') ?? '' }),
    month: t.string({ description: 'YYYY-MM of registration.', resolve: (r) => str(r, 'month')! }),
    channel: t.string({ description: 'The Channel.', resolve: (r) => str(r, 'channel')! }),
    count: t.int({ description: 'Applications registered.', resolve: (r) => int(r, 'count')! }),
  }),
});

const OpenTermRef = builder.objectRef<OpenRow>('OpenTerm').implement({
  description: 'Open data: decided within the statutory term, and working days taken, for a service (or enforcement decisions) in a region and month.',
  fields: (t) => ({
    key: t.string({ description: 'The ServiceKind (terms), or CHAMBER / STATE_BAILIFF (decisions).', resolve: (r) => str(r, 'service') ?? str(r, 'body')! }),
    region: t.string({ description: 'The region’s code.', resolve: (r) => str(r, 'region') ?? '' }),
    month: t.string({ description: 'YYYY-MM of registration.', resolve: (r) => str(r, 'month')! }),
    decided: t.int({ description: 'Decided.', resolve: (r) => int(r, 'decided')! }),
    withinTerm: t.int({ description: 'Of which within the term.', resolve: (r) => int(r, 'within_term')! }),
    shareWithinTerm: t.float({ nullable: true, description: '0–1.', resolve: (r) => int(r, 'share_within_term') }),
    medianWorkingDays: t.int({ nullable: true, description: 'Median working days taken.', resolve: (r) => int(r, 'median_working_days') }),
    p90WorkingDays: t.int({ nullable: true, description: '90th percentile of the working days taken.', resolve: (r) => int(r, 'p90_working_days') }),
  }),
});

const OpenEvennessRef = builder.objectRef<OpenRow>('OpenEvenness').implement({
  description: 'Open data: how evenly a chamber distributed its cases in the year (CH2).',
  fields: (t) => ({
    chamber: t.string({ description: 'The chamber’s name.', resolve: (r) => str(r, 'chamber')! }),
    region: t.string({ description: 'The region’s code.', resolve: (r) => str(r, 'region') ?? '' }),
    year: t.int({ description: 'The counting year.', resolve: (r) => int(r, 'year')! }),
    members: t.int({ description: 'Members.', resolve: (r) => int(r, 'members')! }),
    receiving: t.int({ description: 'Members who can take cases today.', resolve: (r) => int(r, 'receiving')! }),
    assignments: t.int({ description: 'Assignments this year.', resolve: (r) => int(r, 'assignments')! }),
    min: t.float({ description: 'Fewest assignments among those who can take cases.', resolve: (r) => int(r, 'min')! }),
    max: t.float({ description: 'Most assignments among those who can take cases.', resolve: (r) => int(r, 'max')! }),
    spread: t.float({ description: 'max − min.', resolve: (r) => int(r, 'spread')! }),
    mean: t.float({ description: 'Mean per member who can take cases.', resolve: (r) => int(r, 'mean')! }),
  }),
});

async function rows(ctx: Context, name: string, q: { fromMonth?: string | null; toMonth?: string | null; year?: number | null }) {
  try {
    // dashperf: one computation per dataset and parameters in the process's shared cache (the same for everyone)
    const asked = { fromMonth: q.fromMonth ?? null, toMonth: q.toMonth ?? null, year: q.year ?? null };
    return (await ctx.figures.get(FigureCache.key(`openData:${name}`, null, asked), () => openDataset(ctx.db.prisma, ctx.calendar, ctx.now(), name, q)))!;
  } catch (e) {
    if (e instanceof OpenDataInputError) throw new GraphQLError(e.message, { extensions: { code: 'BAD_USER_INPUT' } });
    throw e;
  }
}

const OpenDataRef = builder.objectRef<Record<string, never>>('OpenData').implement({
  description: 'Open data (issue 11): aggregates without personal data, for anyone, without sign-in. Stable: fields and columns are only added.',
  fields: (t) => ({
    datasets: t.field({ type: [OpenDatasetRef], description: 'The datasets, their columns and downloads.', resolve: () => [...OPEN_DATASETS] }),
    asOf: t.field({ type: 'DateTime', description: 'When these figures were computed (the figures are at most 10 s behind the data).', resolve: async (_r, _a, ctx) => (await rows(ctx, 'volumes', {})).asOf }), // dashperf: the cached volumes' time
    volumes: t.field({ type: [OpenVolumeRef], description: 'The `volumes` dataset.', args: { fromMonth: t.arg.string({ required: false, description: 'First month, YYYY-MM (default: 24 months before `toMonth`).' }), toMonth: t.arg.string({ required: false, description: 'Last month, YYYY-MM (default: this month).' }) }, resolve: async (_r, a, ctx) => (await rows(ctx, 'volumes', a)).rows }),
    terms: t.field({ type: [OpenTermRef], description: 'The `terms` dataset.', args: { fromMonth: t.arg.string({ required: false, description: 'First month, YYYY-MM (default: 24 months before `toMonth`).' }), toMonth: t.arg.string({ required: false, description: 'Last month, YYYY-MM (default: this month).' }) }, resolve: async (_r, a, ctx) => (await rows(ctx, 'terms', a)).rows }),
    decisions: t.field({ type: [OpenTermRef], description: 'The `decisions` dataset (E4).', args: { fromMonth: t.arg.string({ required: false, description: 'First month, YYYY-MM (default: 24 months before `toMonth`).' }), toMonth: t.arg.string({ required: false, description: 'Last month, YYYY-MM (default: this month).' }) }, resolve: async (_r, a, ctx) => (await rows(ctx, 'decisions', a)).rows }),
    evenness: t.field({
      type: [OpenEvennessRef],
      description: 'The `evenness` dataset (CH2).',
      args: { year: t.arg.int({ required: false, description: 'The counting year (default: this year).' }) },
      resolve: async (_r, { year }, ctx) => (await rows(ctx, 'evenness', { year })).rows,
    }),
  }),
});

builder.queryField('openData', (t) =>
  t.field({ type: OpenDataRef, description: 'Open data without sign-in: aggregates that carry no personal data (issue 11).', resolve: () => ({}) }),
);
