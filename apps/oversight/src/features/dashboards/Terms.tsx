// The share decided within the statutory term, with the median and 90th percentile of the working days taken
// (T5, T6), per service — and the same table for E4 decisions and complaints (C2).
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { DataTable, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { BarChart } from '../../components/Chart.tsx';
import { CsvButton, type CsvColumn } from '../../components/CsvButton.tsx';

export const TermRowsFragment = graphql(`
  fragment TermRows_term on TermFigure {
    service body decided withinTerm open share medianDays p90Days
    region { id code nameKk nameRu nameEn }
  }
`);

export function TermsTable({ rows: data, caption, fileName }: { rows: readonly FragmentOf<typeof TermRowsFragment>[]; caption: string; fileName: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = data.map((r) => readFragment(TermRowsFragment, r));
  type Row = (typeof rows)[number];
  const name = (r: Row) => (r.service ? label('serviceKind', r.service) : r.body ? label('responsibleBody', r.body) : '—') + (r.region ? ` — ${format.name(r.region)}` : '');
  const pct = (v: number | null) => (v === null ? '—' : `${format.number(v * 100, 1)} %`);
  const days = (v: number | null) => (v === null ? '—' : format.number(v));
  const columns: Column<Row>[] = [
    { key: 'name', header: t('app.dashboards.col.what'), render: name, rowHeader: true },
    { key: 'decided', header: t('app.dashboards.col.decided'), render: (r) => format.number(r.decided), align: 'end' },
    { key: 'within', header: t('app.dashboards.col.withinTerm'), render: (r) => format.number(r.withinTerm), align: 'end' },
    { key: 'share', header: t('app.dashboards.col.share'), render: (r) => pct(r.share), align: 'end' },
    { key: 'median', header: t('app.dashboards.col.median'), render: (r) => days(r.medianDays), align: 'end' },
    { key: 'p90', header: t('app.dashboards.col.p90'), render: (r) => days(r.p90Days), align: 'end' },
    { key: 'open', header: t('app.dashboards.col.open'), render: (r) => format.number(r.open), align: 'end' },
  ];
  const csv: CsvColumn<Row>[] = [
    { header: t('app.dashboards.col.what'), value: name },
    { header: t('app.dashboards.col.decided'), value: (r) => r.decided },
    { header: t('app.dashboards.col.withinTerm'), value: (r) => r.withinTerm },
    { header: t('app.dashboards.col.share'), value: (r) => (r.share === null ? '' : Math.round(r.share * 1000) / 10) },
    { header: t('app.dashboards.col.median'), value: (r) => r.medianDays },
    { header: t('app.dashboards.col.p90'), value: (r) => r.p90Days },
    { header: t('app.dashboards.col.open'), value: (r) => r.open },
  ];
  const charted = rows.filter((r) => r.decided > 0);
  return (
    <>
      {charted.length > 0 && <BarChart caption={caption} labels={charted.map(name)} series={[{ label: t('app.dashboards.col.share'), values: charted.map((r) => r.share ?? 0) }]} horizontal percent fileName={fileName} />}
      <div className="ov-actions"><CsvButton columns={csv} rows={rows} fileName={fileName} /></div>
      <DataTable caption={caption} captionHidden columns={columns} rows={rows} rowKey={(r) => `${r.service}|${r.body}|${r.region?.id}`} />
    </>
  );
}
