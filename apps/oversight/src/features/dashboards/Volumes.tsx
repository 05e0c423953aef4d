// Volumes of the services: a chart of the months (one bar per channel) and a table of the months by service beside
// it, both exportable.
import { useMemo } from 'react';
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton, type CsvColumn } from '../../components/CsvButton.tsx';
import { AsOf } from './filter.tsx';

// dashperf: both summed in the database to what they show (volumeTotals) — tens of rows, not every region ×
// month × channel × service; the region is chosen with the filter.
export const VolumesFragment = graphql(`
  fragment Volumes_dashboard on Dashboard {
    byChannel: volumeTotals(by: [MONTH, CHANNEL]) { asOf rows { month channel count } }
    byService: volumeTotals(by: [MONTH, SERVICE]) { asOf rows { month service count } }
  }
`);

export function Volumes({ dashboard }: { dashboard: FragmentOf<typeof VolumesFragment> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { byChannel, byService } = readFragment(VolumesFragment, dashboard);
  type Row = (typeof byService.rows)[number];
  const chart = useMemo(() => {
    const months = [...new Set(byChannel.rows.map((r) => r.month ?? ''))].sort();
    const channels = [...new Set(byChannel.rows.flatMap((r) => (r.channel ? [r.channel] : [])))].sort();
    return {
      labels: months,
      series: channels.map((c) => ({ label: label('channel', c), values: months.map((m) => byChannel.rows.filter((r) => r.month === m && r.channel === c).reduce((s, r) => s + r.count, 0)) })),
    };
  }, [byChannel.rows, label]);
  const columns: Column<Row>[] = [
    { key: 'month', header: t('app.dashboards.col.month'), render: (r) => r.month ?? '', rowHeader: true },
    { key: 'service', header: t('app.dashboards.col.service'), render: (r) => (r.service ? label('serviceKind', r.service) : '—') },
    { key: 'count', header: t('app.dashboards.col.count'), render: (r) => format.number(r.count), align: 'end' },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.month'), value: (r) => r.month ?? '' },
    { header: t('app.dashboards.col.service'), value: (r) => (r.service ? label('serviceKind', r.service) : '') },
    { header: t('app.dashboards.col.count'), value: (r) => r.count },
  ];
  return (
    <section className="ov-panel" aria-labelledby="ov-volumes">
      <h2 id="ov-volumes">{t('app.dashboards.volumes.title')}</h2>
      <AsOf at={byService.asOf} />
      <BarChart caption={t('app.dashboards.volumes.chart')} labels={chart.labels} series={chart.series} stacked fileName="volumes" />
      <div className="ov-actions"><CsvButton columns={csv} rows={byService.rows} fileName="volumes" /></div>
      <DataTable caption={t('app.dashboards.volumes.table')} columns={columns} rows={byService.rows} rowKey={(r) => `${r.month}|${r.service}`} />
    </section>
  );
}
