// dashperf (issue 11): volumes summed in SQL to the dimensions a page asks for (`volumeTotals(by: [MONTH, CHANNEL])`
// is 12 × 3 rows where `volumes` is every region × month × channel × service), through the same shared cache.
import { builder } from '../builder.ts';
import { volumeTotals, type VolumeDimension, type VolumeTotal } from '../aggregates/figures.ts';
import { ServiceKindEnum } from './application.ts';
import { ChannelEnum } from './channel.ts';
import { cached, DashboardRef } from './dashboard.ts';
import { counterFilter, DashboardRegionRef, regionOf } from './dashboard-types.ts';

const VolumeDimensionEnum = builder.enumType('VolumeDimension', {
  description: 'A dimension the volumes may be split by; the others are summed.',
  values: {
    SERVICE: { value: 'service', description: 'By service.' },
    REGION: { value: 'regionId', description: 'By region.' },
    MONTH: { value: 'month', description: 'By month of registration.' },
    CHANNEL: { value: 'channel', description: 'By channel.' },
  } as const,
});

const VolumeTotalRef = builder.objectRef<VolumeTotal>('VolumeTotal').implement({
  description: 'Registered applications summed over every dimension not asked for; a dimension not asked for is null.',
  fields: (t) => ({
    service: t.field({ type: ServiceKindEnum, nullable: true, description: 'The service, when split by service.', resolve: (r) => r.service as never }),
    region: t.field({ type: DashboardRegionRef, nullable: true, description: 'The region, when split by region.', resolve: (r, _a, ctx) => regionOf(ctx, r.regionId) }),
    month: t.string({ nullable: true, description: 'YYYY-MM of registration (Asia/Almaty), when split by month.', resolve: (r) => r.month }),
    channel: t.field({ type: ChannelEnum, nullable: true, description: 'The channel, when split by channel.', resolve: (r) => r.channel as never }),
    count: t.exposeInt('count', { description: 'How many.' }),
  }),
});

const VolumeTotalsRef = builder.objectRef<{ asOf: Date; rows: VolumeTotal[] }>('DashboardVolumeTotals').implement({
  description: 'Volumes split only by the dimensions asked for.',
  fields: (t) => ({
    asOf: t.expose('asOf', { type: 'DateTime', description: 'When the figure was computed: it includes every change committed before.' }),
    rows: t.field({ type: [VolumeTotalRef], description: 'One row per combination of the dimensions asked for, with any item.', resolve: (r) => r.rows }),
  }),
});

builder.objectField(DashboardRef, 'volumeTotals', (t) =>
  t.field({
    type: VolumeTotalsRef,
    description: 'Volumes of the services split only by the dimensions asked for (summed in the database).',
    args: { by: t.arg({ type: [VolumeDimensionEnum], required: true, description: 'The dimensions to split by; none: one total.' }) },
    resolve: (d, { by }, ctx) => {
      const dims = [...new Set(by as VolumeDimension[])].sort();
      return cached(ctx, 'volumeTotals', [d.filter, dims], () => volumeTotals(ctx.db.prisma, counterFilter(d.filter, 'APPLICATION'), dims));
    },
  }),
);
