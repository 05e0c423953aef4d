// A private bailiff's cases: those awaiting a decision first, by due date (E4: 3 working days from
// registration), an overdue decision flagged.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql, readFragment, type ResultOf } from '@oryndau/client';
import { type Column, DataTable, DeadlineBadge, ErrorNotice, Link, nodesOf, PageHeader, PROCEEDING_STATUSES, type ProceedingStatus, ProceedingStatusBadge, StatusBadge, useEnumLabel, useFormat, useLocation, useTranslation } from '@oryndau/ui';
import { FilterButtons } from '../components/FilterButtons.tsx';
import { CourtCase } from '../features/documents/DocumentCells.tsx';

const PAGE_SIZE = 50;

export const CaseRowFragment = graphql(`
  fragment CaseRow_proceeding on EnforcementProceeding {
    id
    number
    status
    registeredAt
    decisionDueOn
    decisionOverdue
    decidedAt
    decidedLate
    document { id court caseNumber debtorName }
  }
`);

export const MyCasesQuery = graphql(
  `
    query ChamberMyCases($first: Int!, $after: String, $status: ProceedingStatus) {
      myCases(first: $first, after: $after, status: $status) {
        edges { cursor node { id ...CaseRow_proceeding } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [CaseRowFragment],
);

type Row = ResultOf<typeof CaseRowFragment>;
type Filter = 'ALL' | ProceedingStatus;

function filterOf(search: string): Filter {
  const status = new URLSearchParams(search).get('status');
  return (PROCEEDING_STATUSES as readonly string[]).includes(status ?? '') ? (status as ProceedingStatus) : 'ALL';
}

export function MyCasesPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const { search } = useLocation();
  const [filter, setFilter] = useState<Filter>(() => filterOf(search));
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: MyCasesQuery, variables: { first: PAGE_SIZE, after, status: filter === 'ALL' ? null : filter } });
  const rows = nodesOf(result.data?.myCases).map((p) => readFragment(CaseRowFragment, p));
  const columns: Column<Row>[] = [
    {
      key: 'number',
      header: t('app.case.number'),
      rowHeader: true,
      render: (p) => (
        <Link to={`/cases/${encodeURIComponent(p.id)}`} data-case-number={p.number} className="ch-strong">
          {p.number}
        </Link>
      ),
    },
    { key: 'document', header: t('app.queue.courtCase'), render: (p) => <CourtCase court={p.document.court} caseNumber={p.document.caseNumber} /> },
    { key: 'debtor', header: t('app.document.debtor'), render: (p) => p.document.debtorName },
    { key: 'registered', header: t('app.case.registered'), render: (p) => format.dateTimeShort(p.registeredAt) },
    {
      key: 'due',
      header: t('app.case.decisionDue'),
      render: (p) => (
        <span data-overdue={p.decisionOverdue ? 'true' : 'false'}>
          <DeadlineBadge due={p.decisionDueOn} overdue={p.decisionOverdue} done={p.status !== 'AWAITING_DECISION'} />
          {p.decidedLate && <span className="ch-block ch-small ch-warning-text">{t('app.case.decidedLate')}</span>}
        </span>
      ),
    },
    {
      key: 'status',
      header: t('app.case.status'),
      render: (p) => (
        <ProceedingStatusBadge status={p.status} />
      ),
    },
  ];
  const overdue = rows.filter((p) => p.decisionOverdue).length;
  return (
    <>
      <PageHeader title={t('app.cases.title')} lead={t('app.cases.lead')} />
      {overdue > 0 && (
        <div data-overdue-count={overdue}>
          <StatusBadge tone="danger">{t('app.cases.overdue', { count: overdue })}</StatusBadge>
        </div>
      )}
      <FilterButtons<Filter>
        name="case-status"
        label={t('app.cases.filter')}
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setAfter(null);
        }}
        options={[{ value: 'ALL', label: t('app.queue.filterAll') }, ...PROCEEDING_STATUSES.map((s) => ({ value: s, label: label('proceedingStatus', s) }))]}
      />
      {result.error && !result.data ? (
        <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : (
        <DataTable
          caption={t('app.cases.caption')}
          captionHidden
          columns={columns}
          rows={rows}
          rowKey={(p) => p.id}
          loading={result.fetching && !result.data}
          empty={t('app.cases.empty')}
          pageInfo={result.data?.myCases.pageInfo}
          onLoadMore={(cursor) => setAfter(cursor)}
          loadingMore={result.fetching && !!after}
        />
      )}
    </>
  );
}
