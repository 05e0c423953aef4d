// complaints (issue 10): the handlers' queue — the complaints addressed to the viewer's body, by their last day
// (overdue first), each with its due date and the item complained about one click away.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { ComplaintStatusBadge, DataTable, DeadlineBadge, ErrorNotice, Link, PageHeader, nodesOf, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { complaintPath } from '../features/complaints/operations.ts';

const QueueRowFragment = graphql(`
  fragment OversightComplaintRow on Complaint {
    id
    number
    addressee
    about
    subject
    status
    registeredAt
    dueOn
    overdue
    extended
    item {
      applicationNumber
      proceedingNumber
    }
  }
`);

const QueueQuery = graphql(
  `
    query OversightComplaints($filter: ComplaintFilter, $after: String) {
      complaints(first: 50, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...OversightComplaintRow
          }
        }
      }
    }
  `,
  [QueueRowFragment],
);

type Row = ResultOf<typeof QueueRowFragment>;
type View = 'open' | 'overdue' | 'decided';

export function ComplaintsQueuePage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [view, setView] = useState<View>('open');
  const [after, setAfter] = useState<string | null>(null);
  const filter = view === 'open' ? { open: true } : view === 'overdue' ? { overdue: true } : { open: false };
  const [result, refetch] = useQuery({ query: QueueQuery, variables: { filter, after }, requestPolicy: 'cache-and-network' });
  const connection = result.data?.complaints;
  const rows = nodesOf(connection).map((n) => readFragment(QueueRowFragment, n));
  const columns: Column<Row>[] = [
    { key: 'number', header: t('app.complaints.number'), rowHeader: true, render: (r) => <Link to={complaintPath(r.id)}>{r.number}</Link> },
    { key: 'due', header: t('app.complaints.dueOn'), render: (r) => <DeadlineBadge due={r.dueOn} overdue={r.overdue} done={view === 'decided'} /> },
    { key: 'status', header: t('app.complaints.status'), render: (r) => <ComplaintStatusBadge status={r.status} /> },
    { key: 'addressee', header: t('app.complaints.addressee'), render: (r) => label('complaintAddressee', r.addressee) },
    { key: 'about', header: t('app.complaints.about'), render: (r) => `${label('complaintAbout', r.about)}${r.subject ? ` — ${r.subject}` : ''}` },
    {
      key: 'item',
      header: t('app.complaints.item'),
      render: (r) => (r.item.applicationNumber || r.item.proceedingNumber ? <Link to={`${complaintPath(r.id)}#item`}>{r.item.proceedingNumber ?? r.item.applicationNumber}</Link> : <span className="or-muted">—</span>),
    },
    { key: 'registered', header: t('app.complaints.registeredAt'), render: (r) => <time dateTime={r.registeredAt}>{format.date(r.registeredAt)}</time> },
  ];
  return (
    <>
      <PageHeader title={t('app.complaints.queueTitle')} lead={t('app.complaints.queueLead')} />
      <div className="ov-views" role="group" aria-label={t('app.complaints.views')}>
        {(['open', 'overdue', 'decided'] as const).map((v) => (
          <button key={v} type="button" className={v === view ? 'or-button' : 'or-button or-button--secondary'} aria-pressed={v === view} onClick={() => { setView(v); setAfter(null); }}>
            {t(`app.complaints.view.${v}`)}
          </button>
        ))}
      </div>
      {result.error && !connection && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        caption={t('app.complaints.queueTitle')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        loading={result.fetching && !connection}
        empty={t('app.complaints.empty')}
        pageInfo={connection?.pageInfo}
        onLoadMore={(cursor) => setAfter(cursor)}
        loadingMore={result.fetching && !!connection && after !== null}
      />
    </>
  );
}
