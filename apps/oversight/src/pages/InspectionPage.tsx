// One inspection: its facts, deadlines, validity and stages (Q3–Q5, G2), and what the inspector may do next.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { Link, localizedName, NodePageFallback, PageHeader, useLanguage, useTranslation } from '@oryndau/ui';
import { InspectionLife, InspectionLifeFragment } from '../features/inspections/InspectionLife.tsx';
import { InspectionActions } from '../features/inspections/InspectionActions.tsx';

export const InspectionQuery = graphql(
  `
    query OversightInspection($id: ID!) {
      node(id: $id) {
        id
        __typename
        ... on Inspection { id subjectName provider { id nameKk nameRu nameEn } ...InspectionLife_inspection }
      }
    }
  `,
  [InspectionLifeFragment],
);

export function InspectionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const [lang] = useLanguage();
  const [result, refetch] = useQuery({ query: InspectionQuery, variables: { id } });
  const node = result.data?.node;
  if (!node || node.__typename !== 'Inspection') return <NodePageFallback result={result} refetch={refetch} />;
  return (
    <>
      <PageHeader
        title={t('app.inspections.one', { subject: node.provider ? localizedName(node.provider, lang) : node.subjectName })}
        documentTitle={t('app.inspections.oneShort')}
        actions={<Link to="/inspections">{t('app.inspections.backToList')}</Link>}
      />
      <InspectionLife inspection={node} />
      <InspectionActions inspection={node} />
    </>
  );
}
