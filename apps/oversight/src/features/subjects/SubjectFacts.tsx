// Q1: a subject of quality control (a provider of public services): its code, kind, address, the services it
// provides and the channels it receives them through.
import { graphql, readFragment, type FragmentOf } from '@oryndau/client';
import { SummaryList, localizedName, useEnumLabel, useLanguage, useTranslation } from '@oryndau/ui';

export const SubjectFactsFragment = graphql(`
  fragment SubjectFacts_provider on ServiceProvider {
    id code kind nameKk nameRu nameEn location serviceKinds channels
  }
`);

export function SubjectFacts({ provider }: { provider: FragmentOf<typeof SubjectFactsFragment> }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [lang] = useLanguage();
  const p = readFragment(SubjectFactsFragment, provider);
  return (
    <section className="or-card" aria-labelledby="subject-facts" data-section="facts">
      <h2 className="or-card__title" id="subject-facts">{t('app.subjects.facts')}</h2>
      <SummaryList
        items={[
          { key: 'code', label: t('app.subjects.code'), value: <span data-code={p.code}>{p.code}</span> },
          { key: 'name', label: t('app.subjects.name'), value: localizedName(p, lang) },
          { key: 'kind', label: t('app.subjects.kind'), value: label('serviceProviderKind', p.kind) },
          { key: 'location', label: t('app.subjects.location'), value: p.location },
          p.serviceKinds.length > 0 && { key: 'services', label: t('app.subjects.services'), value: p.serviceKinds.map((k) => label('serviceKind', k)).join('; ') },
          p.channels.length > 0 && { key: 'channels', label: t('app.subjects.channels'), value: p.channels.map((c) => label('channel', c)).join('; ') },
        ]}
      />
    </section>
  );
}
