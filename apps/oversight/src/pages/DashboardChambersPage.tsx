// The Chambers, country view (CH2, CH4): one row per chamber; a chamber opens its bailiffs.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Loading, PageHeader, useTranslation } from '@oryndau/ui';
import { AsOf, DashboardFilterForm, FilterRegionsFragment, useDashboardFilter } from '../features/dashboards/filter.tsx';
import { ChamberRowFragment, ChambersTable } from '../features/dashboards/Chambers.tsx';

export const DashboardChambersQuery = graphql(
  `
    query DashboardChambers($filter: DashboardFilter) {
      dashboard(filter: $filter) {
        ...FilterRegions_dashboard
        chambers { asOf ...ChamberRow_figure }
      }
    }
  `,
  [FilterRegionsFragment, ChamberRowFragment],
);

export function DashboardChambersPage() {
  const { t } = useTranslation();
  const [filter, , search] = useDashboardFilter();
  const [{ data, fetching, error }] = useQuery({ query: DashboardChambersQuery, variables: { filter } });
  const chambers = data?.dashboard?.chambers;
  return (
    <>
      <PageHeader title={t('app.dashboards.chambers.title')} documentTitle={t('app.dashboards.chambers.title')} lead={t('app.dashboards.chambers.lead')} />
      <DashboardFilterForm dashboard={data?.dashboard} />
      {error && <ErrorNotice error={error} />}
      {!chambers && fetching && <Loading />}
      {chambers && (
        <section className="ov-panel" aria-label={t('app.dashboards.chambers.title')}>
          <AsOf at={chambers[0]?.asOf} />
          <ChambersTable figures={chambers} search={search} />
        </section>
      )}
    </>
  );
}
