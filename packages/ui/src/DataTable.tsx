import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface Column<Row> {
  /** Unique among the columns. */
  key: string;
  header: ReactNode;
  render: (row: Row) => ReactNode;
  align?: 'start' | 'end' | 'center';
  /** Marks the column whose cell names the row (rendered as a row header for screen readers). */
  rowHeader?: boolean;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface DataTableProps<Row> {
  /** Describes the table for screen readers; shown unless `captionHidden`. */
  caption: ReactNode;
  captionHidden?: boolean;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Shown when there are no rows (and nothing is loading). */
  empty?: ReactNode;
  /** The first page is loading. */
  loading?: boolean;
  /** For connections: shows "Show more" while `pageInfo.hasNextPage`. */
  pageInfo?: PageInfoLike | null;
  onLoadMore?: (endCursor: string | null) => void;
  /** A next page is loading. */
  loadingMore?: boolean;
}

/** A table of records, with an empty state and "Show more" for relay connections. */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  rowKey,
  empty,
  loading = false,
  pageInfo,
  onLoadMore,
  loadingMore = false,
}: DataTableProps<Row>) {
  const { t } = useTranslation();
  const alignClass = (align: Column<Row>['align']) => (align && align !== 'start' ? `or-align-${align}` : undefined);
  return (
    <div className="or-table-wrap">
      <table className="or-table" aria-busy={loading || loadingMore}>
        <caption className={captionHidden ? 'or-visually-hidden' : 'or-table__caption'}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={alignClass(column.align)}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="or-table__empty">
                {loading ? t('common.loading') : (empty ?? t('common.noRecords'))}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column) =>
                  column.rowHeader ? (
                    <th key={column.key} scope="row" className={alignClass(column.align)}>
                      {column.render(row)}
                    </th>
                  ) : (
                    <td key={column.key} className={alignClass(column.align)}>
                      {column.render(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
      {pageInfo?.hasNextPage && onLoadMore && (
        <div className="or-table__more">
          <button type="button" className="or-button or-button--secondary" disabled={loadingMore} onClick={() => onLoadMore(pageInfo.endCursor ?? null)}>
            {loadingMore ? t('common.loadingMore') : t('common.loadMore')}
          </button>
        </div>
      )}
    </div>
  );
}

interface ConnectionLike<Node> {
  readonly edges?: readonly ({ readonly node?: Node | null } | null)[] | null;
}

/** The nodes of a relay connection, skipping null edges and nodes. */
export function nodesOf<Node>(connection: ConnectionLike<Node> | null | undefined): Node[] {
  const nodes: Node[] = [];
  for (const edge of connection?.edges ?? []) {
    if (edge?.node != null) nodes.push(edge.node);
  }
  return nodes;
}
