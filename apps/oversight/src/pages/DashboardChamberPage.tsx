// One chamber (drill-down from the country and its region): every bailiff's assignments this year, who can take
// cases and why not, and the share of the chamber's assignments that verify (the replay of its chain).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, Link, Loading, NotFoundPage, PageHeader, useFormat, useTranslation } from '@oryndau/ui';
import { AsOf, useFilterSearch } from '../features/dashboards/filter.tsx';
import { BailiffRowFragment, BailiffsTable, ChamberRowFragment, ChambersTable } from '../features/dashboards/Chambers.tsx';

export const DashboardChamberQuery = graphql(
  `
    query DashboardChamber($id: ID!) {
      dashboard {
        chamber(id: $id) {
          asOf
          chamber { id name }
          ...ChamberRow_figure
          bailiffs { ...DashboardBailiffRow_bailiff }
          verification { checked verified share }
        }
      }
    }
  `,
  [ChamberRowFragment, BailiffRowFragment],
);

export function DashboardChamberPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const search = useFilterSearch();
  const [{ data, fetching, error }] = useQuery({ query: DashboardChamberQuery, variables: { id } });
  const c = data?.dashboard?.chamber;
  if (error) return <ErrorNotice error={error} />;
  if (!c && fetching) return <Loading />;
  if (!c) return <NotFoundPage />;
  return (
    <>
      <PageHeader title={c.chamber.name} documentTitle={c.chamber.name} lead={t('app.dashboards.chambers.drill')} />
      <p><Link to={`/dashboards/chambers${search}`}>{t('app.dashboards.chambers.back')}</Link></p>
      <section className="ov-panel" aria-label={c.chamber.name}>
        <AsOf at={c.asOf} />
        <ChambersTable figures={[c]} search={search} />
        <p>{t('app.dashboards.chambers.verified', { verified: format.number(c.verification.verified), checked: format.number(c.verification.checked), share: c.verification.share === null ? '—' : `${format.number(c.verification.share * 100, 1)} %` })}</p>
      </section>
      <section className="ov-panel" aria-labelledby="ov-bailiffs">
        <h2 id="ov-bailiffs">{t('app.dashboards.chambers.bailiffs')}</h2>
        <BailiffsTable bailiffs={c.bailiffs} caption={t('app.dashboards.chambers.bailiffs')} />
      </section>
    </>
  );
}
