// Volumes of each service by region and month, by channel: a chart of the months (one bar per channel) and the
// full table beside it, both exportable.
import { useMemo } from 'react';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton, type CsvColumn } from '../../components/CsvButton.tsx';
import { AsOf } from './filter.tsx';

export const VolumesFragment = graphql(`
  fragment Volumes_dashboard on Dashboard {
    volumes {
      asOf
      rows { service month channel count region { id code nameKk nameRu nameEn } }
    }
  }
`);

export function Volumes({ dashboard }: { dashboard: FragmentOf<typeof VolumesFragment> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { volumes } = readFragment(VolumesFragment, dashboard);
  type Row = (typeof volumes.rows)[number];
  const chart = useMemo(() => {
    const months = [...new Set(volumes.rows.map((r) => r.month))].sort();
    const channels = [...new Set(volumes.rows.map((r) => r.channel))].sort();
    return {
      labels: months,
      series: channels.map((c) => ({ label: label('channel', c), values: months.map((m) => volumes.rows.filter((r) => r.month === m && r.channel === c).reduce((s, r) => s + r.count, 0)) })),
    };
  }, [volumes.rows, label]);
  const columns: Column<Row>[] = [
    { key: 'month', header: t('app.dashboards.col.month'), render: (r) => r.month, rowHeader: true },
    { key: 'service', header: t('app.dashboards.col.service'), render: (r) => label('serviceKind', r.service) },
    { key: 'region', header: t('app.dashboards.col.region'), render: (r) => (r.region ? format.name(r.region) : '—') },
    { key: 'channel', header: t('app.dashboards.col.channel'), render: (r) => label('channel', r.channel) },
    { key: 'count', header: t('app.dashboards.col.count'), render: (r) => format.number(r.count), align: 'end' },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.month'), value: (r) => r.month },
    { header: t('app.dashboards.col.service'), value: (r) => label('serviceKind', r.service) },
    { header: t('app.dashboards.col.region'), value: (r) => (r.region ? format.name(r.region) : '') },
    { header: t('app.dashboards.col.channel'), value: (r) => label('channel', r.channel) },
    { header: t('app.dashboards.col.count'), value: (r) => r.count },
  ];
  return (
    <section className="ov-panel" aria-labelledby="ov-volumes">
      <h2 id="ov-volumes">{t('app.dashboards.volumes.title')}</h2>
      <AsOf at={volumes.asOf} />
      <BarChart caption={t('app.dashboards.volumes.chart')} labels={chart.labels} series={chart.series} stacked fileName="volumes" />
      <div className="ov-actions"><CsvButton columns={csv} rows={volumes.rows} fileName="volumes" /></div>
      <DataTable caption={t('app.dashboards.volumes.table')} columns={columns} rows={volumes.rows} rowKey={(r) => `${r.month}|${r.service}|${r.region?.id}|${r.channel}`} />
    </section>
  );
}
