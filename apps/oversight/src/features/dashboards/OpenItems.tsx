// G2: open items past their last day (how late, in working days) or due in the next 3 working days, by body and
// region, each one click from its record.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, Link, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton, type CsvColumn } from '../../components/CsvButton.tsx';
import { AsOf } from './filter.tsx';

export const OpenItemsSummaryFragment = graphql(`
  fragment OpenItemsSummary_items on OpenItems {
    asOf today totalCount
    byRegion { count region { id code nameKk nameRu nameEn } }
    byBody { body count }
  }
`);

export function OpenItemsSummary({ items, title, fileName }: { items: FragmentOf<typeof OpenItemsSummaryFragment>; title: string; fileName: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const o = readFragment(OpenItemsSummaryFragment, items);
  type R = (typeof o.byRegion)[number];
  type B = (typeof o.byBody)[number];
  const regionName = (r: R) => (r.region ? format.name(r.region) : '—');
  const regionCols: Column<R>[] = [
    { key: 'region', header: t('app.dashboards.col.region'), render: regionName, rowHeader: true },
    { key: 'count', header: t('app.dashboards.col.count'), render: (r) => format.number(r.count), align: 'end' },
  ];
  const bodyCols: Column<B>[] = [
    { key: 'body', header: t('app.dashboards.col.body'), render: (b) => (b.body ? label('responsibleBody', b.body) : '—'), rowHeader: true },
    { key: 'count', header: t('app.dashboards.col.count'), render: (b) => format.number(b.count), align: 'end' },
  ];
  const regionCsv: CsvColumn<R>[] = [{ header: t('app.dashboards.col.region'), value: regionName }, { header: t('app.dashboards.col.count'), value: (r) => r.count }];
  return (
    <div>
      <p className="ov-total">{t('app.dashboards.openItems.total', { n: format.number(o.totalCount) })}</p>
      <AsOf at={o.asOf} />
      {o.byRegion.length > 0 && <BarChart caption={`${title}: ${t('app.dashboards.col.region')}`} labels={o.byRegion.map(regionName)} series={[{ label: t('app.dashboards.col.count'), values: o.byRegion.map((r) => r.count) }]} horizontal fileName={`${fileName}-regions`} />}
      <div className="ov-grid2">
        <div>
          <div className="ov-actions"><CsvButton columns={regionCsv} rows={o.byRegion} fileName={`${fileName}-regions`} /></div>
          <DataTable caption={`${title}: ${t('app.dashboards.col.region')}`} columns={regionCols} rows={o.byRegion} rowKey={(r) => r.region?.id ?? 'none'} />
        </div>
        <div>
          <DataTable caption={`${title}: ${t('app.dashboards.col.body')}`} columns={bodyCols} rows={o.byBody} rowKey={(b) => b.body ?? 'none'} />
        </div>
      </div>
    </div>
  );
}

export const OpenItemRowFragment = graphql(`
  fragment OpenItemRow_item on OpenItem {
    id kind number service status body dueOn recordedDueOn workingDaysLate workingDaysLeft standing
    region { id code nameKk nameRu nameEn }
    chamber { id name }
  }
`);

export function OpenItemsTable({ items: data, caption, fileName, search }: { items: readonly FragmentOf<typeof OpenItemRowFragment>[]; caption: string; fileName: string; search: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = data.map((i) => readFragment(OpenItemRowFragment, i));
  type Row = (typeof rows)[number];
  const columns: Column<Row>[] = [
    { key: 'number', header: t('app.dashboards.col.number'), render: (r) => <Link to={`/dashboards/items/${encodeURIComponent(r.id)}${search}`}>{r.number}</Link>, rowHeader: true },
    { key: 'kind', header: t('app.dashboards.col.kind'), render: (r) => label('openItemKind', r.kind) },
    { key: 'service', header: t('app.dashboards.col.service'), render: (r) => (r.service ? label('serviceKind', r.service) : '—') },
    { key: 'body', header: t('app.dashboards.col.body'), render: (r) => label('responsibleBody', r.body) + (r.chamber ? ` (${r.chamber.name})` : '') },
    { key: 'region', header: t('app.dashboards.col.region'), render: (r) => (r.region ? format.name(r.region) : '—') },
    { key: 'due', header: t('app.dashboards.col.dueOn'), render: (r) => format.date(r.dueOn) },
    { key: 'late', header: r0(t), render: (r) => format.number(r.standing === 'OVERDUE' ? r.workingDaysLate : r.workingDaysLeft), align: 'end' },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.number'), value: (r) => r.number },
    { header: t('app.dashboards.col.kind'), value: (r) => label('openItemKind', r.kind) },
    { header: t('app.dashboards.col.service'), value: (r) => (r.service ? label('serviceKind', r.service) : '') },
    { header: t('app.dashboards.col.body'), value: (r) => label('responsibleBody', r.body) + (r.chamber ? ` (${r.chamber.name})` : '') },
    { header: t('app.dashboards.col.region'), value: (r) => (r.region ? format.name(r.region) : '') },
    { header: t('app.dashboards.col.dueOn'), value: (r) => r.dueOn },
    { header: r0(t), value: (r) => (r.standing === 'OVERDUE' ? r.workingDaysLate : r.workingDaysLeft) },
  ];
  return (
    <>
      <div className="ov-actions"><CsvButton columns={csv} rows={rows} fileName={fileName} /></div>
      <DataTable caption={caption} columns={columns} rows={rows} rowKey={(r) => r.id} />
    </>
  );
}

const r0 = (t: (k: string) => string) => t('app.dashboards.col.workingDays');
