// The Chambers (CH2, CH4): per chamber assignments this year, max − min among those who can take cases,
// redistributions and replacements, who is excluded and why; drill-down country → region → bailiff.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, Link, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton, type CsvColumn } from '../../components/CsvButton.tsx';

export const ChamberRowFragment = graphql(`
  fragment ChamberRow_figure on ChamberFigure {
    asOf year members receiving assignmentsThisYear perBailiff min max spread
    chamber { id name }
    region { id code nameKk nameRu nameEn }
    excluded { reason count }
    byKind { kind count }
  }
`);

export function ChambersTable({ figures, search }: { figures: readonly FragmentOf<typeof ChamberRowFragment>[]; search: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = figures.map((f) => readFragment(ChamberRowFragment, f));
  type Row = (typeof rows)[number];
  const kind = (r: Row, k: string) => r.byKind.find((x) => x.kind === k)?.count ?? 0;
  const excluded = (r: Row) => r.excluded.map((e) => `${label('bailiffExclusion', e.reason)}: ${format.number(e.count)}`).join('; ') || '—';
  const columns: Column<Row>[] = [
    { key: 'chamber', header: t('app.dashboards.col.chamber'), render: (r) => <Link to={`/dashboards/chambers/${encodeURIComponent(r.chamber.id)}${search}`}>{r.region ? format.name(r.region) : r.chamber.name}</Link>, rowHeader: true },
    { key: 'assignments', header: t('app.dashboards.col.assignments'), render: (r) => format.number(r.assignmentsThisYear), align: 'end' },
    { key: 'receiving', header: t('app.dashboards.col.receiving'), render: (r) => `${format.number(r.receiving)} / ${format.number(r.members)}`, align: 'end' },
    { key: 'per', header: t('app.dashboards.col.perBailiff'), render: (r) => format.number(r.perBailiff, 1), align: 'end' },
    { key: 'spread', header: t('app.dashboards.col.spread'), render: (r) => `${format.number(r.spread)} (${format.number(r.min)}–${format.number(r.max)})`, align: 'end' },
    { key: 'redistributions', header: t('app.dashboards.col.redistributions'), render: (r) => format.number(kind(r, 'REDISTRIBUTION')), align: 'end' },
    { key: 'replacements', header: t('app.dashboards.col.replacements'), render: (r) => format.number(kind(r, 'REPLACEMENT')), align: 'end' },
    { key: 'excluded', header: t('app.dashboards.col.excluded'), render: excluded },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.chamber'), value: (r) => r.chamber.name },
    { header: t('app.dashboards.col.assignments'), value: (r) => r.assignmentsThisYear },
    { header: t('app.dashboards.col.receiving'), value: (r) => r.receiving },
    { header: t('app.dashboards.col.perBailiff'), value: (r) => Math.round(r.perBailiff * 10) / 10 },
    { header: t('app.dashboards.col.spread'), value: (r) => r.spread },
    { header: t('app.dashboards.col.redistributions'), value: (r) => kind(r, 'REDISTRIBUTION') },
    { header: t('app.dashboards.col.replacements'), value: (r) => kind(r, 'REPLACEMENT') },
    { header: t('app.dashboards.col.excluded'), value: excluded },
  ];
  const name = (r: Row) => (r.region ? format.name(r.region) : r.chamber.name);
  return (
    <>
      <BarChart caption={t('app.dashboards.chambers.chart')} labels={rows.map(name)} series={[{ label: t('app.dashboards.col.perBailiff'), values: rows.map((r) => r.perBailiff) }, { label: t('app.dashboards.col.spread'), values: rows.map((r) => r.spread) }]} horizontal fileName="chambers" />
      <div className="ov-actions"><CsvButton columns={csv} rows={rows} fileName="chambers" /></div>
      <DataTable caption={t('app.dashboards.chambers.table')} columns={columns} rows={rows} rowKey={(r) => r.chamber.id} />
    </>
  );
}

export const BailiffRowFragment = graphql(`
  fragment DashboardBailiffRow_bailiff on BailiffEvenness { id name count canReceiveNow exclusions }
`);

export function BailiffsTable({ bailiffs, caption }: { bailiffs: readonly FragmentOf<typeof BailiffRowFragment>[]; caption: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = bailiffs.map((b) => readFragment(BailiffRowFragment, b));
  type Row = (typeof rows)[number];
  const why = (r: Row) => (r.canReceiveNow ? t('app.dashboards.chambers.receiving') : r.exclusions.map((e) => label('bailiffExclusion', e)).join(', '));
  const columns: Column<Row>[] = [
    { key: 'name', header: t('app.dashboards.col.bailiff'), render: (r) => r.name, rowHeader: true },
    { key: 'count', header: t('app.dashboards.col.assignments'), render: (r) => format.number(r.count), align: 'end' },
    { key: 'why', header: t('app.dashboards.col.canReceive'), render: why },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.bailiff'), value: (r) => r.name },
    { header: t('app.dashboards.col.assignments'), value: (r) => r.count },
    { header: t('app.dashboards.col.canReceive'), value: why },
  ];
  return (
    <>
      <BarChart caption={caption} labels={rows.map((r) => r.name)} series={[{ label: t('app.dashboards.col.assignments'), values: rows.map((r) => r.count) }]} horizontal fileName="bailiffs" />
      <div className="ov-actions"><CsvButton columns={csv} rows={rows} fileName="bailiffs" /></div>
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(r) => r.id} />
    </>
  );
}
