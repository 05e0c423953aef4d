// LA4: the applicant's petitions to recognise foreign judgments, and the way to file one.
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DataTable, ErrorNotice, Link, Loading, PageHeader, PETITION_STATUS_TONE, StatusBadge, localizedName, nodesOf, useEnumLabel, useFormat, useLanguage, useTranslation } from '@oryndau/ui';

export const PetitionsQuery = graphql(`
  query PortalRecognitionPetitions {
    recognitionPetitions(first: 50) {
      edges { node { id number status foreignCourt filedOn filingDueOn late court { nameKk nameRu nameEn } } }
    }
  }
`);

export function RecognitionPetitionsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const format = useFormat();
  const [language] = useLanguage();
  const [result, refetch] = useQuery({ query: PetitionsQuery, requestPolicy: 'cache-and-network' });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <PageHeader title={t('app.recognition.title')} lead={t('app.recognition.lead')} actions={<Link className="or-button" to="/recognition/new" data-action="file-petition">{t('app.recognition.file')}</Link>} />
      <DataTable
        caption={t('app.recognition.title')}
        captionHidden
        rows={nodesOf(result.data?.recognitionPetitions)}
        rowKey={(p) => p.id}
        empty={t('app.recognition.none')}
        columns={[
          { key: 'number', header: t('app.recognition.number'), rowHeader: true, render: (p) => <Link to={`/recognition/${p.id}`}>{p.number}</Link> },
          { key: 'foreign', header: t('app.recognition.foreignCourt'), render: (p) => p.foreignCourt },
          { key: 'court', header: t('app.recognition.court'), render: (p) => localizedName(p.court, language) },
          { key: 'filed', header: t('app.recognition.filedOn'), render: (p) => format.date(p.filedOn) },
          { key: 'status', header: t('app.recognition.status'), render: (p) => <StatusBadge tone={PETITION_STATUS_TONE[p.status]}>{label('petitionStatus', p.status)}</StatusBadge> },
        ]}
      />
    </>
  );
}
