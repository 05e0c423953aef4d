import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { ErrorNotice, hasAnyRole, Link, PageHeader, useFormat, useTranslation, useViewer, ViewerCard } from '@oryndau/ui';
import { StatGrid, StatTile } from '../components/StatTile.tsx';
import { useOfficialChamber } from '../features/chamber/officialChamber.ts';

// The connections carry no total count: the home page counts the first page (up to 100) and says "100+"
// when there are more. Its connections select what the list pages select of every edge (`cursor`) and of
// `pageInfo`: Graphcache's relayPagination merges the pages of one connection, and an edge lacking a field
// the list page needs would make that page a cache miss.
const COUNT_LIMIT = 100;

export const OfficialHomeQuery = graphql(`
  query ChamberOfficialHome($chamberId: ID!, $first: Int!) {
    node(id: $chamberId) {
      id
      __typename
      ... on Chamber {
        id
        name
        awaitingOriginal: queue(first: $first, status: AWAITING_ORIGINAL) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
        readyToAssign: queue(first: $first, status: AWAITING_ASSIGNMENT) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
      }
    }
  }
`);

export const BailiffHomeQuery = graphql(`
  query ChamberBailiffHome($first: Int!) {
    awaiting: myCases(first: $first, status: AWAITING_DECISION) { edges { cursor node { id decisionOverdue } } pageInfo { hasNextPage endCursor } }
    initiated: myCases(first: $first, status: INITIATED) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
  }
`);

function useCount() {
  const format = useFormat();
  return (connection: { edges: readonly unknown[]; pageInfo: { hasNextPage: boolean } } | null | undefined) =>
    connection ? (connection.pageInfo.hasNextPage ? `${format.number(COUNT_LIMIT)}+` : format.number(connection.edges.length)) : '…';
}

function OfficialSummary() {
  const { t } = useTranslation();
  const count = useCount();
  const { chamber } = useOfficialChamber();
  const [result, refetch] = useQuery({ query: OfficialHomeQuery, variables: { chamberId: chamber?.id ?? '', first: COUNT_LIMIT }, pause: !chamber });
  if (!chamber) return null;
  const node = result.data?.node;
  const c = node?.__typename === 'Chamber' ? node : null;
  return (
    <section aria-labelledby="official-summary" className="ch-home-section">
      <h2 id="official-summary">{chamber.name}</h2>
      {result.error && !result.data && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <StatGrid label={t('app.home.waiting')}>
        <StatTile
          id="ready-to-assign"
          tone="info"
          label={t('app.home.readyToAssign')}
          value={count(c?.readyToAssign)}
          hint={t('app.home.readyToAssignHint')}
          to="/queue?status=AWAITING_ASSIGNMENT"
          linkLabel={t('app.home.openQueue')}
        />
        <StatTile
          id="awaiting-original"
          tone="warning"
          label={t('app.home.awaitingOriginal')}
          value={count(c?.awaitingOriginal)}
          hint={t('app.home.awaitingOriginalHint')}
          to="/queue?status=AWAITING_ORIGINAL"
          linkLabel={t('app.home.openQueue')}
        />
      </StatGrid>
      <ul className="ch-links">
        <li>
          <Link to="/assignments">{t('app.nav.assignments')}</Link> — {t('app.home.assignmentsHint')}
        </li>
        <li>
          <Link to="/evenness">{t('app.nav.evenness')}</Link> — {t('app.home.evennessHint')}
        </li>
        <li>
          <Link to="/bailiffs">{t('app.nav.bailiffs')}</Link> — {t('app.home.bailiffsHint')}
        </li>
      </ul>
    </section>
  );
}

function BailiffSummary() {
  const { t } = useTranslation();
  const count = useCount();
  const [result, refetch] = useQuery({ query: BailiffHomeQuery, variables: { first: COUNT_LIMIT } });
  const overdue = result.data?.awaiting.edges.filter((e) => e.node.decisionOverdue).length ?? 0;
  return (
    <section aria-labelledby="bailiff-summary" className="ch-home-section">
      <h2 id="bailiff-summary">{t('app.nav.myCases')}</h2>
      {result.error && !result.data && <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      <StatGrid label={t('app.nav.myCases')}>
        <StatTile
          id="awaiting-decision"
          tone="warning"
          label={t('app.home.awaitingDecision')}
          value={count(result.data?.awaiting)}
          hint={t('app.home.awaitingDecisionHint')}
          to="/cases?status=AWAITING_DECISION"
          linkLabel={t('app.home.openCases')}
        />
        <StatTile id="overdue" tone={overdue > 0 ? 'danger' : 'success'} label={t('app.home.overdue')} value={result.data ? String(overdue) : '…'} hint={t('app.home.overdueHint')} />
        <StatTile id="initiated" label={t('app.home.initiated')} value={count(result.data?.initiated)} to="/cases?status=INITIATED" linkLabel={t('app.home.openCases')} />
      </StatGrid>
    </section>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const official = hasAnyRole(viewer.roles, ['CHAMBER_OFFICIAL']);
  const bailiff = hasAnyRole(viewer.roles, ['PRIVATE_BAILIFF']);
  // Chamber officials and private bailiffs share this console; each is told what it is for them.
  const intros = [official && t('app.home.officialIntro'), bailiff && t('app.home.bailiffIntro')].filter((text): text is string => !!text);
  return (
    <>
      <PageHeader title={t('home.welcome', { name: viewer.displayName })} documentTitle={t('common.home')} lead={intros.join(' ')} />
      {official && <OfficialSummary />}
      {bailiff && <BailiffSummary />}
      <ViewerCard user={viewer} />
    </>
  );
}
