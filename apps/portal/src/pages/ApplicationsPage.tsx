// "My applications": the viewer's applications, newest first (the API's order), a page at a time with
// "Show more" (Graphcache's relayPagination appends the next page). Each row: number (link to the page),
// service, status, registration date and the deadline that runs — the service period (`dueOn`, `overdue`),
// or for enforcement the bailiff's decision (E4) once proceedings are registered.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { ApplicationStatusBadge, DataTable, DeadlineBadge, ErrorNotice, FINAL_APPLICATION_STATUSES, Link, PageHeader, nodesOf, useEnumLabel, useFormat, useTranslation, type Column } from '@oryndau/ui';
import { applicationPath } from '../paths.ts';

/** Rows per page. */
export const APPLICATIONS_PAGE_SIZE = 10;

export const ApplicationRowFragment = graphql(`
  fragment ApplicationRow_application on ServiceApplication {
    id
    number
    kind
    status
    createdAt
    registeredAt
    dueOn
    overdue
    executiveDocument {
      id
      proceeding {
        id
        decisionDueOn
        decisionOverdue
        decidedAt
      }
    }
  }
`);

export const ApplicationsQuery = graphql(
  `
    query PortalApplications($first: Int!, $after: String) {
      applications(first: $first, after: $after) {
        edges {
          cursor
          node {
            id
            ...ApplicationRow_application
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  [ApplicationRowFragment],
);

type Row = ResultOf<typeof ApplicationRowFragment>;

function Deadline({ row }: { row: Row }) {
  const { t } = useTranslation();
  const final = FINAL_APPLICATION_STATUSES.includes(row.status);
  if (row.dueOn) return <DeadlineBadge due={row.dueOn} overdue={row.overdue} done={final} />;
  const proceeding = row.executiveDocument?.proceeding;
  if (proceeding) {
    return (
      <span className="pt-deadline-cell">
        <span className="pt-deadline-cell__label">{t('app.applications.decisionDue')}</span>
        <DeadlineBadge due={proceeding.decisionDueOn} overdue={proceeding.decisionOverdue} done={proceeding.decidedAt != null || final} />
      </span>
    );
  }
  return <span className="or-muted">{t('app.common.none')}</span>;
}

export function ApplicationsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: ApplicationsQuery, variables: { first: APPLICATIONS_PAGE_SIZE, after } });
  const connection = result.data?.applications;
  const rows = nodesOf(connection).map((node) => readFragment(ApplicationRowFragment, node));

  const columns: Column<Row>[] = [
    {
      key: 'number',
      header: t('app.applications.number'),
      rowHeader: true,
      render: (row) => (
        <Link to={applicationPath(row.id)} className="pt-application-link">
          {row.number}
        </Link>
      ),
    },
    { key: 'kind', header: t('app.applications.kind'), render: (row) => label('serviceKind', row.kind) },
    { key: 'status', header: t('app.applications.status'), render: (row) => <ApplicationStatusBadge status={row.status} title={t(`app.statusHint.${row.status}`)} /> },
    {
      key: 'registered',
      header: t('app.applications.registered'),
      render: (row) =>
        row.registeredAt ? (
          <time className="pt-nowrap" dateTime={row.registeredAt}>
            {format.date(row.registeredAt)}
          </time>
        ) : (
          <span className="or-muted">{t('app.applications.notRegistered')}</span>
        ),
    },
    { key: 'deadline', header: t('app.applications.deadline'), render: (row) => <Deadline row={row} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('app.applications.title')}
        lead={t('app.applications.lead')}
        actions={
          <Link to="/apply/enforcement" className="or-button">
            {t('app.nav.apply')}
          </Link>
        }
      />
      {result.error && !connection && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <DataTable
        caption={t('app.applications.caption')}
        captionHidden
        columns={columns}
        rows={rows}
        rowKey={(row) => row.id}
        loading={result.fetching && !connection}
        empty={t('app.applications.empty')}
        pageInfo={connection?.pageInfo}
        onLoadMore={(cursor) => setAfter(cursor)}
        loadingMore={result.fetching && !!connection && after !== null}
      />
    </>
  );
}
