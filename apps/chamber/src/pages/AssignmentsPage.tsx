// The chamber's chain of assignments, newest first, each linking to its proof.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, ErrorNotice, Link, Loading, nodesOf, Notice, PageHeader, StatusBadge, useEnumLabel, useFormat, useTranslation, type AssignmentRule } from '@oryndau/ui';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';
import { CourtCase } from '../features/documents/DocumentCells.tsx';

const PAGE_SIZE = 50;

export const AssignmentRowFragment = graphql(`
  fragment AssignmentRow_assignment on Assignment {
    id
    sequence
    kind
    rule
    assignedAt
    active
    bailiff { id name }
    document { id court caseNumber category }
  }
`);

export const AssignmentsQuery = graphql(
  `
    query ChamberAssignments($chamberId: ID!, $first: Int!, $after: String) {
      node(id: $chamberId) {
        id
        __typename
        ... on Chamber {
          id
          name
          assignments(first: $first, after: $after) {
            edges { cursor node { id ...AssignmentRow_assignment } }
            pageInfo { hasNextPage endCursor }
          }
        }
      }
    }
  `,
  [AssignmentRowFragment],
);

type Row = ResultOf<typeof AssignmentRowFragment>;

export function AssignmentsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { chamber, fetching } = useOfficialChamber();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: AssignmentsQuery,
    variables: { chamberId: chamber?.id ?? '', first: PAGE_SIZE, after },
    pause: !chamber,
  });
  if (fetching) return <Loading />;
  if (!chamber) return <Notice tone="warning">{t('app.common.noChamber')}</Notice>;
  const node = result.data?.node;
  const connection = node?.__typename === 'Chamber' ? node.assignments : null;
  const rows = nodesOf(connection).map((a) => readFragment(AssignmentRowFragment, a));
  const columns: Column<Row>[] = [
    {
      key: 'sequence',
      header: t('app.assignments.sequence'),
      align: 'end',
      render: (a) => (
        <Link to={`/assignments/${encodeURIComponent(a.id)}`} data-assignment-id={a.id}>
          {a.sequence}
        </Link>
      ),
    },
    { key: 'assignedAt', header: t('app.assignment.assignedAt'), render: (a) => format.dateTimeShort(a.assignedAt) },
    { key: 'case', header: t('app.queue.courtCase'), rowHeader: true, render: (a) => <CourtCase court={a.document.court} caseNumber={a.document.caseNumber} to={`/documents/${encodeURIComponent(a.document.id)}`} /> },
    { key: 'category', header: t('app.document.category'), render: (a) => label('documentCategory', a.document.category) },
    { key: 'bailiff', header: t('app.assignment.bailiff'), render: (a) => a.bailiff.name },
    { key: 'kind', header: t('app.assignment.kind'), render: (a) => label('assignmentKind', a.kind) },
    { key: 'rule', header: t('app.assignment.rule'), render: (a) => (a.rule ? label('assignmentRule', a.rule as AssignmentRule) : '—') },
    {
      key: 'state',
      header: t('app.assignment.state'),
      render: (a) => (a.active ? <StatusBadge tone="success">{t('app.assignment.active')}</StatusBadge> : <StatusBadge tone="neutral">{t('app.assignment.ended')}</StatusBadge>),
    },
  ];
  return (
    <>
      <PageHeader title={t('app.assignments.title')} lead={t('app.assignments.lead', { chamber: chamber.name })} />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <DataTable
          caption={t('app.assignments.caption')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(a) => a.id}
          loading={result.fetching && !result.data}
          empty={t('app.assignments.empty')}
          pageInfo={connection?.pageInfo}
          onLoadMore={(cursor) => setAfter(cursor)}
          loadingMore={result.fetching && !!after}
        />
      )}
    </>
  );
}
