// Home: a short summary of the viewer's applications (how many are active; which wait for the viewer to bring
// the paper original to the Chamber, CH3) and the call to apply for enforcement.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ACTIVE_APPLICATION_STATUSES, ErrorNotice, Link, Loading, PageHeader, ViewerCard, nodesOf, useTranslation, useViewer } from '@oryndau/ui';
import { applicationPath } from '../paths.ts';

/** The API has no count on connections: the home page reads up to this many active applications. */
const ACTIVE_LIMIT = 100;

export const HomeQuery = graphql(`
  query PortalHome($first: Int!, $statuses: [ApplicationStatus!]) {
    applications(first: $first, filter: { statuses: $statuses }) {
      edges {
        node {
          id
          number
          executiveDocument {
            id
            status
          }
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function Summary() {
  const { t } = useTranslation();
  const [result, refetch] = useQuery({ query: HomeQuery, variables: { first: ACTIVE_LIMIT, statuses: [...ACTIVE_APPLICATION_STATUSES] } });
  const connection = result.data?.applications;
  if (!connection) {
    if (result.error) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
    return <Loading />;
  }
  const active = nodesOf(connection);
  const awaitingOriginal = active.filter((a) => a.executiveDocument?.status === 'AWAITING_ORIGINAL');
  return (
    <section className="or-card pt-home-summary" aria-labelledby="home-summary">
      <h2 className="or-card__title" id="home-summary">
        {t('app.home.summaryTitle')}
      </h2>
      <p className="pt-stat">
        <span className="pt-stat__value" data-testid="active-count">
          {connection.pageInfo.hasNextPage ? t('app.home.activeMore', { count: ACTIVE_LIMIT }) : active.length}
        </span>
        <span className="pt-stat__label">{t('app.home.activeLabel')}</span>
      </p>
      <p className="pt-explain">{t('app.home.activeHint')}</p>
      {awaitingOriginal.length > 0 && (
        <div className="pt-home-originals">
          <p className="pt-home-originals__title">{t('app.home.originalsTitle')}</p>
          <p className="pt-explain">{t('app.home.originalsText')}</p>
          <ul>
            {awaitingOriginal.map((a) => (
              <li key={a.id}>
                <Link to={applicationPath(a.id)}>{a.number}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <Link to="/applications">{t('app.home.viewAll')}</Link>
      </p>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <>
      <PageHeader title={t('home.welcome', { name: viewer.displayName })} documentTitle={t('common.home')} lead={t('app.home.intro')} />
      <div className="pt-home">
        <section className="or-card pt-home-apply" aria-labelledby="home-apply">
          <h2 className="or-card__title" id="home-apply">
            {t('app.home.applyTitle')}
          </h2>
          <p>{t('app.home.applyText')}</p>
          <p>
            <Link to="/apply/enforcement" className="or-button pt-home-apply__action">
              {t('app.home.applyAction')}
            </Link>
          </p>
        </section>
        <Summary />
      </div>
      <ViewerCard user={viewer} />
    </>
  );
}
