// G2: the list of open items past their last day (latest first) or due in the next 3 working days, each one
// click from its record, under the dashboards' filter.
import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Loading, PageHeader, useFormat, useTranslation } from '@oryndau/ui';
import { AsOf, DashboardFilterForm, FilterRegionsFragment, useDashboardFilter } from '../features/dashboards/filter.tsx';
import { OpenItemRowFragment, OpenItemsTable } from '../features/dashboards/OpenItems.tsx';

export const DashboardOpenItemsQuery = graphql(
  `
    query DashboardOpenItems($filter: DashboardFilter, $standing: OpenItemStanding!, $first: Int!) {
      dashboard(filter: $filter) {
        ...FilterRegions_dashboard
        openItems(standing: $standing) {
          asOf
          today
          totalCount
          items(first: $first) { edges { node { ...OpenItemRow_item } } pageInfo { hasNextPage } }
        }
      }
    }
  `,
  [FilterRegionsFragment, OpenItemRowFragment],
);

export function DashboardOpenItemsPage({ standing }: { standing: 'OVERDUE' | 'DUE_SOON' }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [filter, , search] = useDashboardFilter();
  const [first, setFirst] = useState(100);
  const [{ data, fetching, error }] = useQuery({ query: DashboardOpenItemsQuery, variables: { filter, standing, first } });
  const o = data?.dashboard?.openItems;
  const title = standing === 'OVERDUE' ? t('app.dashboards.openItems.overdue') : t('app.dashboards.openItems.dueSoon');
  return (
    <>
      <PageHeader title={title} documentTitle={title} lead={o ? t('app.dashboards.openItems.judged', { day: format.date(o.today) }) : undefined} />
      <DashboardFilterForm dashboard={data?.dashboard} />
      {error && <ErrorNotice error={error} />}
      {!o && fetching && <Loading />}
      {o && (
        <section className="ov-panel" aria-label={title}>
          <p className="ov-total">{t('app.dashboards.openItems.total', { n: format.number(o.totalCount) })}</p>
          <AsOf at={o.asOf} />
          <OpenItemsTable items={o.items.edges.map((e) => e.node)} caption={title} fileName={standing === 'OVERDUE' ? 'overdue-items' : 'due-soon-items'} search={search} />
          {o.items.pageInfo.hasNextPage && first < 1000 && (
            <button type="button" className="or-button or-button--secondary" onClick={() => setFirst(first + 100)}>{t('common.showMore', { defaultValue: 'Show more' })}</button>
          )}
        </section>
      )}
    </>
  );
}
