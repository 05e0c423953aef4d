// complaints (issue 10): the applicant's complaints, with their status and last day.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { ComplaintStatusBadge, DataTable, DeadlineBadge, ErrorNotice, Link, PageHeader, nodesOf, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { complaintPath } from '../features/complaints/operations.ts';

const ComplaintRowFragment = graphql(`
  fragment PortalComplaintRow on Complaint {
    id
    number
    subject
    addressee
    status
    registeredAt
    dueOn
    overdue
    outcome
  }
`);

const ComplaintsQuery = graphql(
  `
    query PortalComplaints($after: String) {
      complaints(first: 50, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...PortalComplaintRow
          }
        }
      }
    }
  `,
  [ComplaintRowFragment],
);

type Row = ResultOf<typeof ComplaintRowFragment>;

export function ComplaintsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: ComplaintsQuery, variables: { after } });
  const connection = result.data?.complaints;
  const rows = nodesOf(connection).map((n) => readFragment(ComplaintRowFragment, n));
  const columns: Column<Row>[] = [
    { key: 'number', header: t('app.complaints.number'), rowHeader: true, render: (r) => <Link to={complaintPath(r.id)}>{r.number}</Link> },
    { key: 'subject', header: t('app.complaints.subject'), render: (r) => r.subject },
    { key: 'addressee', header: t('app.complaints.addressee'), render: (r) => label('complaintAddressee', r.addressee) },
    { key: 'status', header: t('app.complaints.status'), render: (r) => <ComplaintStatusBadge status={r.status} /> },
    { key: 'registered', header: t('app.complaints.registeredAt'), render: (r) => <time dateTime={r.registeredAt}>{format.date(r.registeredAt)}</time> },
    { key: 'due', header: t('app.complaints.dueOn'), render: (r) => <DeadlineBadge due={r.dueOn} overdue={r.overdue} done={!!r.outcome || r.status === 'WITHDRAWN'} /> },
  ];
  return (
    <>
      <PageHeader title={t('app.complaints.title')} lead={t('app.complaints.lead')} />
      {result.error && !connection && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        caption={t('app.complaints.title')}
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
