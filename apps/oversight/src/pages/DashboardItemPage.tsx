// One open item, opened from the dashboards (one click): the record as the API shows an inspector.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ApplicationStatusBadge, ErrorNotice, Link, Loading, NotFoundPage, PageHeader, ProceedingStatusBadge, useEnumLabel, useFormat, useTranslation } from '@oryndau/ui';
import { useFilterSearch } from '../features/dashboards/filter.tsx';

export const DashboardItemQuery = graphql(`
  query DashboardItem($id: ID!) {
    node(id: $id) {
      id
      __typename
      ... on ServiceApplication { appNumber: number kind channel appStatus: status appRegisteredAt: registeredAt dueOn overdue }
      ... on EnforcementProceeding {
        number status registeredAt decisionDueOn decisionOverdue
        bailiff { id name chamber { id name } }
        document { id court caseNumber district { id nameKk nameRu nameEn } }
      }
    }
  }
`);

export function DashboardItemPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const search = useFilterSearch();
  const [{ data, fetching, error }] = useQuery({ query: DashboardItemQuery, variables: { id } });
  const n = data?.node;
  if (error) return <ErrorNotice error={error} />;
  if (!n && fetching) return <Loading />;
  const back = <p><Link to={`/dashboards/overdue${search}`}>{t('app.dashboards.item.back')}</Link></p>;
  if (n?.__typename === 'EnforcementProceeding') {
    return (
      <>
        <PageHeader title={t('app.dashboards.item.proceeding', { number: n.number })} documentTitle={n.number} />
        {back}
        <dl className="ov-facts">
          <dt>{t('app.dashboards.col.status')}</dt><dd><ProceedingStatusBadge status={n.status} /></dd>
          <dt>{t('app.dashboards.item.registered')}</dt><dd>{format.dateTime(n.registeredAt)}</dd>
          <dt>{t('app.dashboards.col.dueOn')}</dt><dd>{format.date(n.decisionDueOn)}{n.decisionOverdue ? ` — ${t('app.dashboards.openItems.overdue')}` : ''}</dd>
          <dt>{t('app.dashboards.col.bailiff')}</dt><dd>{n.bailiff ? `${n.bailiff.name} (${n.bailiff.chamber.name})` : '—'}</dd>
          <dt>{t('app.dashboards.item.case')}</dt><dd>{n.document ? `${n.document.court}, ${n.document.caseNumber}` : '—'}</dd>
          <dt>{t('app.dashboards.col.region')}</dt><dd>{n.document ? format.name(n.document.district) : '—'}</dd>
        </dl>
      </>
    );
  }
  if (n?.__typename === 'ServiceApplication') {
    return (
      <>
        <PageHeader title={t('app.dashboards.item.application', { number: n.appNumber })} documentTitle={n.appNumber ?? ''} />
        {back}
        <dl className="ov-facts">
          <dt>{t('app.dashboards.col.service')}</dt><dd>{n.kind ? label('serviceKind', n.kind) : '—'}</dd>
          <dt>{t('app.dashboards.col.status')}</dt><dd>{n.appStatus ? <ApplicationStatusBadge status={n.appStatus} /> : '—'}</dd>
          <dt>{t('app.dashboards.col.channel')}</dt><dd>{n.channel ? label('channel', n.channel) : '—'}</dd>
          <dt>{t('app.dashboards.item.registered')}</dt><dd>{n.appRegisteredAt ? format.dateTime(n.appRegisteredAt) : '—'}</dd>
          <dt>{t('app.dashboards.col.dueOn')}</dt><dd>{n.dueOn ? format.date(n.dueOn) : '—'}</dd>
        </dl>
      </>
    );
  }
  return <NotFoundPage />;
}
