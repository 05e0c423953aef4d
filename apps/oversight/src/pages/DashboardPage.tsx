// The dashboards' overview (the oversight app's home page): volumes by month and channel, terms met per service,
// items overdue and due soon by region and body — under one filter (region, period, service, body).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Link, Loading, PageHeader, ViewerCard, useTranslation, useViewer } from '@oryndau/ui';
import { DashboardFilterForm, FilterRegionsFragment, useDashboardFilter, AsOf } from '../features/dashboards/filter.tsx';
import { Volumes, VolumesFragment } from '../features/dashboards/Volumes.tsx';
import { TermRowsFragment, TermsTable } from '../features/dashboards/Terms.tsx';
import { OpenItemsSummary, OpenItemsSummaryFragment } from '../features/dashboards/OpenItems.tsx';

export const DashboardOverviewQuery = graphql(
  `
    query DashboardOverview($filter: DashboardFilter) {
      dashboard(filter: $filter) {
        ...FilterRegions_dashboard
        ...Volumes_dashboard
        terms { asOf rows { ...TermRows_term } }
        overdue: openItems(standing: OVERDUE) { ...OpenItemsSummary_items }
        dueSoon: openItems(standing: DUE_SOON) { ...OpenItemsSummary_items }
      }
    }
  `,
  [FilterRegionsFragment, VolumesFragment, TermRowsFragment, OpenItemsSummaryFragment],
);

export function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [filter, , search] = useDashboardFilter();
  const [{ data, fetching, error }] = useQuery({ query: DashboardOverviewQuery, variables: { filter } });
  const d = data?.dashboard;
  return (
    <>
      <PageHeader title={`${t('app.dashboards.overview.title')} · ${viewer.displayName}`} documentTitle={t('app.dashboards.overview.title')} lead={t('app.dashboards.overview.lead', { name: viewer.displayName })} />
      <DashboardFilterForm dashboard={d} />
      {error && <ErrorNotice error={error} />}
      {!d && fetching && <Loading />}
      {d && (
        <>
          <section className="ov-panel" aria-labelledby="ov-overdue">
            <h2 id="ov-overdue">{t('app.dashboards.openItems.overdue')}</h2>
            <OpenItemsSummary items={d.overdue} title={t('app.dashboards.openItems.overdue')} fileName="overdue" />
            <p><Link to={`/dashboards/overdue${search}`}>{t('app.dashboards.openItems.list')}</Link></p>
          </section>
          <section className="ov-panel" aria-labelledby="ov-soon">
            <h2 id="ov-soon">{t('app.dashboards.openItems.dueSoon')}</h2>
            <OpenItemsSummary items={d.dueSoon} title={t('app.dashboards.openItems.dueSoon')} fileName="due-soon" />
            <p><Link to={`/dashboards/due-soon${search}`}>{t('app.dashboards.openItems.listSoon')}</Link></p>
          </section>
          <section className="ov-panel" aria-labelledby="ov-terms">
            <h2 id="ov-terms">{t('app.dashboards.terms.title')}</h2>
            <AsOf at={d.terms.asOf} />
            <TermsTable rows={d.terms.rows} caption={t('app.dashboards.terms.title')} fileName="terms" />
          </section>
          <Volumes dashboard={d} />
        </>
      )}
      {/* who is signed in, with their roles and region (a region-bound inspector's figures cover only that region) */}
      <ViewerCard user={viewer} />
    </>
  );
}
