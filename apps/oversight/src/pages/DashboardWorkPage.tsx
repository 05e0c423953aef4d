// The bailiffs' work, complaints and inspections, under the dashboards' filter.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Loading, PageHeader, useTranslation } from '@oryndau/ui';
import { DashboardFilterForm, FilterRegionsFragment, useDashboardFilter } from '../features/dashboards/filter.tsx';
import { Work, WorkFragment } from '../features/dashboards/Work.tsx';

export const DashboardWorkQuery = graphql(
  `
    query DashboardWork($filter: DashboardFilter) {
      dashboard(filter: $filter) { ...FilterRegions_dashboard ...Work_dashboard }
    }
  `,
  [FilterRegionsFragment, WorkFragment],
);

export function DashboardWorkPage() {
  const { t } = useTranslation();
  const [filter] = useDashboardFilter();
  const [{ data, fetching, error }] = useQuery({ query: DashboardWorkQuery, variables: { filter } });
  return (
    <>
      <PageHeader title={t('app.dashboards.work.title')} documentTitle={t('app.dashboards.work.title')} lead={t('app.dashboards.work.lead')} />
      <DashboardFilterForm dashboard={data?.dashboard} />
      {error && <ErrorNotice error={error} />}
      {!data && fetching && <Loading />}
      {data?.dashboard && <Work dashboard={data.dashboard} />}
    </>
  );
}
