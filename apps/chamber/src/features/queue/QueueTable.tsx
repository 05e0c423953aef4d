// The chamber's queue: documents waiting, oldest first (CH1, CH3). Per row: "Original received" while the
// paper original is awaited, then "Assign" — each shown only when the API says the viewer may do it.
import { graphql, readFragment, type FragmentOf, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, DocumentStatusBadge, type PageInfoLike, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { CourtCase } from '../documents/DocumentCells.tsx';

export const QueueRowFragment = graphql(`
  fragment QueueRow_document on ExecutiveDocument {
    id
    court
    caseNumber
    category
    status
    receivedAt
    originalReceivedAt
    debtorName
    district { id nameKk nameRu nameEn }
    viewerCanAssign
    viewerCanMarkOriginalReceived
  }
`);

type Row = ResultOf<typeof QueueRowFragment>;

export interface QueueTableProps {
  documents: readonly FragmentOf<typeof QueueRowFragment>[];
  caption: string;
  loading: boolean;
  pageInfo: PageInfoLike | null | undefined;
  onLoadMore: (cursor: string | null) => void;
  loadingMore: boolean;
  /** The document a mutation is running for. */
  busyId: string | null;
  onMarkOriginal: (documentId: string) => void;
  onAssign: (documentId: string) => void;
}

export function QueueTable({ documents, caption, loading, pageInfo, onLoadMore, loadingMore, busyId, onMarkOriginal, onAssign }: QueueTableProps) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const rows = documents.map((document) => readFragment(QueueRowFragment, document));
  const columns: Column<Row>[] = [
    {
      key: 'received',
      header: t('app.queue.received'),
      render: (d) => <time dateTime={d.receivedAt}>{format.dateTimeShort(d.receivedAt)}</time>,
    },
    {
      key: 'case',
      header: t('app.queue.courtCase'),
      rowHeader: true,
      render: (d) => (
        <span data-document-id={d.id}>
          <CourtCase court={d.court} caseNumber={d.caseNumber} to={`/documents/${encodeURIComponent(d.id)}`} />
        </span>
      ),
    },
    {
      key: 'debtor',
      header: t('app.queue.debtorDistrict'),
      render: (d) => (
        <span>
          <span className="ch-block">{d.debtorName}</span>
          <span className="ch-block ch-muted ch-small">{format.name(d.district)}</span>
        </span>
      ),
    },
    { key: 'category', header: t('app.document.category'), render: (d) => <span className="ch-small">{label('documentCategory', d.category)}</span> },
    { key: 'status', header: t('app.document.status'), render: (d) => <DocumentStatusBadge status={d.status} /> },
    {
      key: 'actions',
      header: t('app.queue.actions'),
      render: (d) => (
        <div className="ch-row-actions">
          {d.viewerCanMarkOriginalReceived && (
            <button
              type="button"
              className="or-button or-button--secondary ch-button--small"
              data-action="mark-original"
              disabled={busyId !== null}
              onClick={() => onMarkOriginal(d.id)}
            >
              {busyId === d.id ? t('form.submitting') : t('app.queue.markOriginal')}
            </button>
          )}
          {d.viewerCanAssign && (
            <button type="button" className="or-button ch-button--small" data-action="assign" disabled={busyId !== null} onClick={() => onAssign(d.id)}>
              {busyId === d.id ? t('form.submitting') : t('app.queue.assign')}
            </button>
          )}
          {d.status === 'AWAITING_ORIGINAL' && <span className="ch-row-actions__note">{t('app.queue.awaitingOriginalNote')}</span>}
        </div>
      ),
    },
  ];
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(d) => d.id}
      loading={loading}
      empty={t('app.queue.empty')}
      pageInfo={pageInfo}
      onLoadMore={onLoadMore}
      loadingMore={loadingMore}
    />
  );
}
