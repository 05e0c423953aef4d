// Exports the rows of a table as CSV (RFC 4180, UTF-8 with a byte-order mark so that spreadsheet programs read
// Kazakh and Russian), with the same headers and cell texts as the table on the screen.
import { useTranslation } from '@oryndau/ui';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | null | undefined;
}

export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns.map((c) => cell(c.header)).join(','), ...rows.map((r) => columns.map((c) => cell(c.value(r))).join(','))].join('\r\n') + '\r\n';
}

export function CsvButton<Row>({ columns, rows, fileName }: { columns: readonly CsvColumn<Row>[]; rows: readonly Row[]; fileName: string }) {
  const { t } = useTranslation();
  const download = () => {
    const blob = new Blob(['\uFEFF', toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${fileName}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  };
  return (
    <button type="button" className="or-button or-button--secondary ov-small" onClick={download}>
      {t('app.dashboards.exportCsv')}
    </button>
  );
}
