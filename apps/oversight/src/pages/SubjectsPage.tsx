// Q1: the subjects of state quality control — the providers of public services — each opening its page with the
// records the semi-annual plan counts (fines of officials, monitoring recommendations).
import { useQuery } from 'urql';
import { graphql } from '@oryndau/client';
import { DataTable, ErrorNotice, Link, Loading, localizedName, PageHeader, useEnumLabel, useLanguage, useTranslation } from '@oryndau/ui';
import { subjectPath } from '../paths.ts';

export const SubjectsQuery = graphql(`
  query OversightSubjects {
    serviceProviders { id code kind nameKk nameRu nameEn }
  }
`);

export function SubjectsPage() {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [lang] = useLanguage();
  const [result, refetch] = useQuery({ query: SubjectsQuery, requestPolicy: 'cache-and-network' });
  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) return <ErrorNotice error={result.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <>
      <PageHeader title={t('app.subjects.title')} lead={t('app.subjects.lead')} />
      <section className="or-card" aria-labelledby="subjects-list" data-section="subjects">
        <h2 className="or-card__title" id="subjects-list">{t('app.subjects.list')}</h2>
        <DataTable
          caption={t('app.subjects.list')}
          captionHidden
          rows={result.data!.serviceProviders}
          rowKey={(p) => p.id}
          empty={t('app.subjects.none')}
          columns={[
            { key: 'code', header: t('app.subjects.code'), render: (p) => p.code },
            { key: 'name', header: t('app.subjects.name'), rowHeader: true, render: (p) => <Link to={subjectPath(p.id)} data-subject={p.code}>{localizedName(p, lang)}</Link> },
            { key: 'kind', header: t('app.subjects.kind'), render: (p) => label('serviceProviderKind', p.kind) },
          ]}
        />
      </section>
    </>
  );
}
