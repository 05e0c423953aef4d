// Q1 (4), (5): one subject of quality control — its facts, the art. 465 fines of its officials and the
// monitoring recommendations sent to it — and, for the quality-control inspectors, the forms that record them.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { Link, localizedName, NodePageFallback, PageHeader, useLanguage, useTranslation } from '@oryndau/ui';
import { SubjectFacts, SubjectFactsFragment } from '../features/subjects/SubjectFacts.tsx';
import { ProviderFines, ProviderFinesFragment } from '../features/subjects/ProviderFines.tsx';
import { MonitoringRecommendations, MonitoringRecommendationsFragment } from '../features/subjects/MonitoringRecommendations.tsx';
import { FineForm, RecommendationForm } from '../features/subjects/SubjectForms.tsx';
import { SUBJECTS_PATH } from '../paths.ts';

export const SubjectQuery = graphql(
  `
    query OversightSubject($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on ServiceProvider {
          id code nameKk nameRu nameEn viewerCanKeepPlanRecords
          ...SubjectFacts_provider
          ...ProviderFines_provider
          ...MonitoringRecommendations_provider
        }
      }
    }
  `,
  [SubjectFactsFragment, ProviderFinesFragment, MonitoringRecommendationsFragment],
);

export function SubjectPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [result, refetch] = useQuery({ query: SubjectQuery, variables: { id } });
  const node = result.data?.node;
  if (!node || node.__typename !== 'ServiceProvider') return <NodePageFallback result={result} refetch={refetch} />;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <>
      <PageHeader title={localizedName(node, lang)} documentTitle={t('app.subjects.oneShort')} actions={<Link to={SUBJECTS_PATH}>{t('app.subjects.backToList')}</Link>} />
      <SubjectFacts provider={node} />
      <ProviderFines provider={node} />
      {node.viewerCanKeepPlanRecords && <FineForm providerId={node.id} onRecorded={reload} />}
      <MonitoringRecommendations provider={node} onRecorded={reload} />
      {node.viewerCanKeepPlanRecords && <RecommendationForm providerId={node.id} onRecorded={reload} />}
    </>
  );
}
